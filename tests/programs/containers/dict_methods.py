# dict methods: get/setdefault/pop/popitem/copy/clear/|/|=.
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("b"), d.pop("zz", "missing"), d)
print(d.popitem(), d)
c = d.copy()
c["x"] = 9
print(d, c)
print(d | {"y": 2}, {"a": 0} | d)
d |= {"z": 26}
print(d)
c.clear()
print(c, bool(c), bool(d))
inv = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inv.setdefault(v, []).append(k)
print(inv)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(len({}), {"k": None}.get("k", "default"))
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("a", {}).get("x", {}).get("c"))
