# heapq and bisect on lists.
import heapq, bisect
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print([heapq.heappop(h) for _ in range(len(h))])
data = [7, 2, 9, 4, 1]
heapq.heapify(data)
print(data[0], heapq.nsmallest(3, [7, 2, 9, 4, 1]), heapq.nlargest(2, [7, 2, 9, 4, 1]))
print(heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 3))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
tasks = [(2, "write"), (1, "plan"), (3, "test")]
heapq.heapify(tasks)
print([heapq.heappop(tasks)[1] for _ in range(3)])
a = [1, 3, 3, 5, 7]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4), bisect.bisect_left(a, 100))
bisect.insort(a, 4)
bisect.insort_left(a, 3)
print(a)
def grade(score, bps=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(bps, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
