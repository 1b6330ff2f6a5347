# len/min/max/sum/any/all/zip/enumerate on lists and tuples.
nums = [4, -2, 7, 0, 3]
print(len(nums), min(nums), max(nums), sum(nums), sum(nums, 10), sum([[1], [2]], []))
print(any(n < 0 for n in nums), all(nums), all(n > -5 for n in nums))
print(list(zip(nums, "abcde")), list(zip(nums, "ab")), list(zip()))
print(list(enumerate("xyz", 10)), dict(enumerate("ab")))
print(sorted(nums)[len(nums) // 2], sorted(nums, reverse=True)[:2])
print(list(reversed(nums)), nums[::-1] == list(reversed(nums)))
print(max([], default="empty"), min([], default=None), max([1, 2], default=0))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
print(list(map(sum, [[1, 2], [3], []])), list(filter(bool, nums)))
print(sum(x * y for x, y in zip([1, 2, 3], [4, 5, 6])))
pairs = list(zip(*[(1, "a"), (2, "b"), (3, "c")]))
print(pairs)
