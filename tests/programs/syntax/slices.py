# Slicing with steps, negative indices, assignment and deletion.
s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7])
print(s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(s[100:], s[-100:2], s[5:2])
lst = list(range(10))
print(lst[::3], lst[9:0:-3])
lst[2:5] = ["a", "b"]
print(lst)
lst[::2] = [0] * len(lst[::2])
print(lst)
del lst[1::2]
print(lst)
lst[:0] = [-1, -2]
print(lst)
t = tuple(range(6))
print(t[1:4], t[::-2])
sl = slice(1, 8, 3)
print(sl.start, sl.stop, sl.step, list(range(10))[sl])
print(slice(None, 5).indices(10), slice(-3, None, -1).indices(7))
b = b"bytes!"
print(b[1:4], b[::-1], b[0])
try:
    lst[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
r = range(0, 20, 2)
print(r[2:6], r[::-1], list(r[-3:]))
