# match statements: mapping patterns.  Extra keys are allowed, **rest
# collects them into a new dict, keys are looked up with .get (a
# defaultdict's __missing__ never runs), and the subject must be a mapping.
import collections
import collections.abc


class Keys:
    NAME = "name"
    AGE = "age"


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods} if mods:
            return f"key {k} with {sorted(mods.items())}"
        case {"type": "key", "key": k}:
            return f"plain key {k}"
        case {Keys.NAME: name, Keys.AGE: int(age)}:
            return f"person {name} aged {age}"
        case {2: two, -2: minus_two, None: nothing, True: yes}:
            return f"odd keys {two} {minus_two} {nothing} {yes}"
        case {"type": t, **rest}:
            return f"unknown type {t}, rest {rest}"
        case {}:
            return f"some other mapping with {len(event)} keys"
        case _:
            return f"not a mapping: {type(event).__name__}"


events = [
    {"type": "click", "pos": (1, 2)},
    {"type": "click", "pos": [3, 4], "button": "left"},
    {"type": "click", "pos": "ab"},
    {"type": "key", "key": "a", "ctrl": True, "shift": False},
    {"type": "key", "key": "b"},
    {"type": "key", "key": 5},
    {"name": "Ann", "age": 31, "city": "Oslo"},
    {"name": "Bob", "age": "old"},
    {2: "two", -2: "minus two", None: "none", True: "yes"},
    {2: "two", -2: "minus two", None: "none", 1: "one"},
    {"type": "scroll", "dy": 3, "dx": 0},
    {},
    {"other": 1},
    [("type", "click")],
    "type",
    {"type", "click"},
]
for e in events:
    print(handle(e))

# **rest is a new dict without the matched keys; the subject is unchanged
d = {"a": 1, "b": 2, "c": 3}
match d:
    case {"a": 1, **rest}:
        print("rest", rest, "subject", d, rest is d)
match d:
    case {**everything}:
        print("everything", everything, everything == d, everything is d)

# a defaultdict does not grow: lookups go through .get
dd = collections.defaultdict(list, {"x": [1]})
match dd:
    case {"missing": value}:
        print("never", value)
    case {"x": [v]}:
        print("found", v)
print("defaultdict keys:", sorted(dd))


# OrderedDict and Counter are dicts; a Mapping subclass is a mapping
class Config(collections.abc.Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
        self.gets = 0

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def get(self, k, default=None):
        self.gets += 1
        return self._d.get(k, default)


c = Config(host="example", port=80, debug=False)
match c:
    case {"host": h, "port": int(p), **others}:
        print("config", h, p, others, "gets:", c.gets)

match collections.OrderedDict([("k", 1), ("j", 2)]):
    case {"j": j, **rest}:
        print("ordered", j, rest, type(rest).__name__)

match collections.Counter("abracadabra"):
    case {"a": a, "z": z}:
        print("never", a, z)
    case {"a": a, "b": b}:
        print("counter", a, b)


class D(dict):
    def __missing__(self, key):
        print("__missing__ called")
        return 0


match D(x=1):
    case {"y": y}:
        print("never", y)
    case {"x": x}:
        print("dict subclass", x)

# literal keys of several kinds, values are sub-patterns
match {(1, 2): "pair", 3.5: "float", b"k": "bytes", -7: "neg"}:
    case {3.5: f, b"k": bb, -7: "neg"}:
        print("mixed keys", f, bb)


# nested mappings and sequences
def config_kind(cfg):
    match cfg:
        case {"servers": [{"host": h}]}:
            return f"one server {h}"
        case {"servers": [{"host": h}, *more]}:
            return f"{1 + len(more)} servers starting at {h}"
        case {"servers": []}:
            return "no servers"
        case _:
            return "bad config"


print(config_kind({"servers": [{"host": "a", "port": 1}]}))
print(config_kind({"servers": [{"host": "a"}, {"host": "b"}, {}]}))
print(config_kind({"servers": []}))
print(config_kind({"servers": "none"}))

# the collections wrappers are mappings too
for m in (collections.ChainMap({"a": 1}, {"b": 2}), collections.UserDict(a=1, b=2)):
    match m:
        case {"a": a, "b": b, **rest}:
            print(type(m).__name__, a, b, rest)
