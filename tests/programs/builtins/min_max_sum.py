# min/max with key and default; sum with start; any/all on iterables.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"))
print(max([], default=0), min((), default="none"), max([1, 5, 3], key=lambda x: -x))
print(max(["apple", "kiwi", "banana"], key=len), min(["apple", "kiwi", "fig"], key=len))
print(max([(1, "b"), (1, "a")]), max(1, 2.5), min(-0.0, 0.0), max(0.0, -0.0))
print(max([3, 3.0]), max([3.0, 3]), max([[1], [1, 0]]))
for bad in (lambda: min([]), lambda: max(), lambda: max(1)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1, 0.2, 0.3]), sum([[1], [2, 3]], []), sum(range(1000)))
print(sum([True, True]), sum(x * x for x in range(4)), sum((), 5))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
print(any([]), all([]), any([0, None, 3]), all([1, "a", [0]]), any(x > 5 for x in range(3)))
