# dict insertion order, update, deletion, reinsertion, views.
d = {}
for k in ["banana", "apple", "cherry"]:
    d[k] = len(k)
print(d, list(d), list(d.values()), list(d.items()))
d["apple"] = 99
print(list(d))
del d["banana"]
d["banana"] = 0
print(list(d))
d.update({"date": 4, "apple": 1}, fig=3)
print(d)
keys = d.keys()
vals = d.values()
items = d.items()
d["elder"] = 5
print(len(keys), "elder" in keys, 5 in vals, ("fig", 3) in items)
print(keys & {"apple", "zzz"}, sorted(keys | {"x"}), sorted(keys - {"apple"}))
print(list(reversed(d)), list(reversed(d.items()))[:2])
print(dict(zip("abc", range(3))), dict([("x", 1), ("y", 2)]), dict(a=1, b=2))
print(dict.fromkeys("xyz"), dict.fromkeys([1, 2], "v"))
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print({**d, "apple": -1} == d, d == dict(d), {1: 1} == {1: 1.0})
