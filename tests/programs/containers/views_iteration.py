# Dict views reflect changes; iteration over views, set operations on items.
d = dict(a=1, b=2)
k, v, i = d.keys(), d.values(), d.items()
d["c"] = 3
print(list(k), list(v), list(i), len(i))
print(k == {"a", "b", "c"}, sorted(k ^ {"a", "z"}), i & {("a", 1), ("b", 9)})
for key, val in d.items():
    print(key, val)
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(isinstance(k, object), list(map(str.upper, k)))
print(sum(d.values()), max(d, key=d.get), sorted(d, key=lambda x: -d[x]))
e = {}
print(list(e.keys()), list(e.items()), not e)
print(dict(sorted(d.items(), key=lambda kv: kv[1], reverse=True)))
