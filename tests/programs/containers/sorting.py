# sorted/sort: key functions, reverse, stability, multi-key sorts.
data = [("bob", 25, "B"), ("alice", 30, "A"), ("carol", 25, "C"), ("dave", 30, "B"), ("eve", 22, "A")]
print(sorted(data))
print(sorted(data, key=lambda r: r[1]))
print(sorted(data, key=lambda r: r[1], reverse=True))
by_grade = sorted(data, key=lambda r: r[2])
print(sorted(by_grade, key=lambda r: r[1]))
print(sorted(data, key=lambda r: (-r[1], r[0])))
from operator import itemgetter, attrgetter
print(sorted(data, key=itemgetter(2, 0)))
print([r[0] for r in sorted(data, key=itemgetter(1), reverse=True)])
nums = [5, -3, 2, -8, 0, 7]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: (x % 2, x)))
l = [3, 1, 2]
print(l.sort(), l)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(sorted("Hello World"), sorted({3: "c", 1: "a"}), sorted([[2, 1], [1, 2], [1]]))
class P:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"P{self.n}"
print(sorted([P(3), P(1), P(2)], key=attrgetter("n")))
