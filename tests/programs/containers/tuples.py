# Tuples: packing, immutability, methods, comparisons, tuple of lists.
t = (1, 2, 3, 2)
print(t, len(t), t.count(2), t.index(3), t[1:], t[::-1], t + (4,), t * 2)
single = (5,)
notuple = (5)
print(single, type(single).__name__, notuple, type(notuple).__name__)
print(tuple(), tuple("ab"), tuple([1, [2]]), tuple(range(3)))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
holder = ([1], [2])
holder[0].append(10)
print(holder)
try:
    holder[0] += [20]
except TypeError as e:
    print("TypeError:", e, holder)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), () < (0,), (1, "a") == (1, "a"))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))
a, b, c = (x * 2 for x in range(3))
print(a, b, c, hash((1, 2)) == hash((1, 2)))
print(max((1, 5), (2, 0), (1, 9)), min([(3, "c"), (3, "a")]))
print((1, 2, 3)[-1], (1,) * 0, 3 in (1, 2, 3))
