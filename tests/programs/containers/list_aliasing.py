# Aliasing, shallow copies, nested lists, list multiplication pitfalls.
a = [1, [2, 3]]
b = a
c = a[:]
d = list(a)
a[0] = 100
a[1].append(4)
print(a, b, c, d)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
import copy
deep = copy.deepcopy(a) if False else [a[0], list(a[1])]
a[1].append(5)
print(deep, a)
x = [1, 2, 3]
y = x
x += [4]
print(y)
x = x + [5]
print(x, y)
l = [1, 2, 3]
l[1:2] = l
print(l)
m = [0, 1]
m.append(m)
print(m[2][2][0], len(m))
print(m)
