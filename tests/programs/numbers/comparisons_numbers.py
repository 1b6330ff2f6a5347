# Comparisons across numeric types, sorting mixed numbers, min/max ties.
vals = [3, -1.5, 2 ** 70, 0, True, -10 ** 20, 2.0, 1e25, False]
print(sorted(vals))
print(max(vals), min(vals), sorted(vals, reverse=True)[:3])
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0))
print(5 == 5.0 == True * 5, 0.1 + 0.2 > 0.3, 1e16 + 1 == 1e16)
print(float(2 ** 53) == 2 ** 53 + 1, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(-0.0 < 0.0, -0.0 == 0, 1 != 1.0000000000000002, 1 == 1.00000000000000001)
print(sorted([1, 1.0, True], key=lambda x: 0), sorted([(1, "b"), (1.0, "a")]))
