# heapq as a priority queue with ties broken by insertion order.
import heapq, itertools
counter = itertools.count()
pq = []
def push(prio, name):
    heapq.heappush(pq, (prio, next(counter), name))
for prio, name in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "urgent2"), (2, "normal2")]:
    push(prio, name)
order = []
while pq:
    prio, _, name = heapq.heappop(pq)
    order.append(f"{name}({prio})")
print(order)
nums = [9, 4, 7, 1, 8, 2, 6]
k = 3
print(heapq.nlargest(k, nums), heapq.nsmallest(k, nums, key=lambda x: -x))
h = nums[:]
heapq.heapify(h)
print(h[0], sorted(h) == sorted(nums))
mh = [-x for x in nums]
heapq.heapify(mh)
print([-heapq.heappop(mh) for _ in range(3)])
words = ["pear", "fig", "banana", "kiwi"]
print(heapq.nsmallest(2, words, key=len), list(heapq.merge([1, 3], [2, 4], reverse=False)))
