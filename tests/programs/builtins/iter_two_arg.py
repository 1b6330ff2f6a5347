# iter(callable, sentinel), iter of iterables, next with default.
import io
buf = io.StringIO("line1\nline2\nline3\n")
for line in iter(buf.readline, ""):
    print(repr(line))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print(list(iter(tick, 5)))
data = [3, 1, 4, 1, 5, 9]
it = iter(data.pop, 1)
print(list(it), data)
it = iter([1, 2])
print(next(it), next(it), next(it, None), next(it, "again"))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
print(type(iter("ab")).__name__ == type(iter("cd")).__name__, list(iter((1, 2))))
