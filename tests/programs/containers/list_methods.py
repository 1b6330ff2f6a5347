# list methods: append/extend/insert/remove/pop/index/count/sort/reverse/copy/clear.
l = [3, 1, 4, 1, 5]
l.append(9); l.extend([2, 6]); l.insert(0, 0); l.insert(100, 99); l.insert(-1, 7)
print(l)
l.remove(1)
print(l, l.pop(), l.pop(0), l.pop(-2), l)
print(l.index(5), l.index(1), l.count(1), l.count(42))
c = l.copy()
l.sort()
print(l, c)
l.sort(reverse=True)
print(l)
l.reverse()
print(l)
c.clear()
print(c, len(c))
print(l.index(4, 2) if 4 in l[2:] else "n/a")
nested = [[3, "c"], [1, "a"], [2, "b"]]
nested.sort(key=lambda p: p[1], reverse=True)
print(nested)
print([1, 2] + [3], [0] * 3, [[]] * 2, list("abc"), list(range(3)), list((1, 2)))
try:
    [].remove(1)
except ValueError as e:
    print("ValueError:", e)
try:
    [1].index(2)
except ValueError as e:
    print("ValueError:", e)
