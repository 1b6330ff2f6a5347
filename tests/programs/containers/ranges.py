# range objects: len, indexing, slicing, containment, equality, reversed.
r = range(3, 30, 4)
print(r, len(r), r[0], r[-1], r[2:5], list(r[::2]), r.index(11), r.count(7))
print(11 in r, 12 in r, -1 in range(-5, 0), list(reversed(range(5))))
print(range(0), len(range(10, 0)), list(range(10, 0, -3)), len(range(-10, 10, 3)))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(1, 2) == range(1, 2, 5))
print(r.start, r.stop, r.step, repr(range(5)), str(range(1, 5, 2)))
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
big = range(10 ** 20)
print(big[-1], 10 ** 19 in big, big[10 ** 19 : 10 ** 19 + 3])
print(sum(range(101)), max(range(7)), min(range(3, 8)), list(enumerate(range(2, 5))))
