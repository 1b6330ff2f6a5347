# Plain, chained, tuple and list-target assignment.
a = b = c = 7
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
[p, q] = "ab"
print(p, q)
(m, (n, o)) = (1, (2, 3))
print(m, n, o)
first, *rest = [10, 20, 30, 40]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, t = "hello"
print(h, mid, t)
*allof, = (1, 2)
print(allof)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
d = {}
d["k"], d["j"] = 1, 2
print(d)
class Box:
    pass
bx = Box()
bx.val, bx.other = "v", "o"
print(bx.val, bx.other)
for k, (v1, v2) in [("a", (1, 2)), ("b", (3, 4))]:
    print(k, v1 + v2)
