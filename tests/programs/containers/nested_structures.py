# Nested containers: records as dicts of lists, grouping, transforming.
people = [
    {"name": "Ann", "age": 31, "tags": ["admin", "dev"]},
    {"name": "Bob", "age": 25, "tags": ["dev"]},
    {"name": "Cid", "age": 40, "tags": []},
    {"name": "Dee", "age": 25, "tags": ["ops", "dev"]},
]
by_age = {}
for p in people:
    by_age.setdefault(p["age"], []).append(p["name"])
print(dict(sorted(by_age.items())))
tag_index = {}
for p in people:
    for t in p["tags"]:
        tag_index.setdefault(t, set()).add(p["name"])
print({t: sorted(ns) for t, ns in sorted(tag_index.items())})
print([p["name"] for p in sorted(people, key=lambda p: (p["age"], p["name"]))])
print(sum(p["age"] for p in people) / len(people))
matrix = {(r, c): r * c for r in range(3) for c in range(3)}
print(matrix[(2, 2)], sorted(k for k, v in matrix.items() if v == 0))
tree = {"a": {"b": {"c": {}}, "d": {}}, "e": {}}
def paths(t, prefix=""):
    for k, sub in t.items():
        yield prefix + k
        yield from paths(sub, prefix + k + "/")
print(list(paths(tree)))
