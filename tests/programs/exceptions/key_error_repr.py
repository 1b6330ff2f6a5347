# KeyError's str uses repr of the key; other lookups and their messages.
d = {1: "a"}
for key in ("s", 2, (1, 2), None, "", 1.5):
    try:
        d[key]
    except KeyError as e:
        print("KeyError:", e, "| args:", e.args)
try:
    {}.pop("gone")
except KeyError as e:
    print("pop:", e)
try:
    set().remove(3)
except KeyError as e:
    print("set.remove:", e)
print(d.get("s"), d.pop("s", "dflt"), d.setdefault(2, "b"), d)
from collections import defaultdict
dd = defaultdict(list)
dd["x"].append(1)
print(dict(dd))
