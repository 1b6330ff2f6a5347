# Chained comparisons evaluate each operand once and short-circuit.
calls = []
def v(x):
    calls.append(x)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(v(1) < v(5) < v(3) < v(10))
print(calls)
calls.clear()
print(v(5) < v(1) < v(3))
print(calls)
x = 5
print(0 <= x < 10, 0 < x == 5, 1 != x != 1)
print("a" < "b" <= "b" < "c")
print([1] == [1] is not None)
print(1 < 2 > 1 < 2)
lst = [1, 2]
print(1 in lst in [[1, 2]], 3 not in lst is not False)
print(2 == 2.0 == True + 1)
