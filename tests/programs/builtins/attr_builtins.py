# getattr/setattr/hasattr/delattr, callable, vars, dir filtered.
class Cfg:
    mode = "fast"
    def run(self):
        return "running"
c = Cfg()
print(getattr(c, "mode"), getattr(c, "missing", "dflt"), hasattr(c, "run"), hasattr(c, "nope"))
setattr(c, "level", 3)
print(c.level, vars(c))
delattr(c, "level")
print(vars(c), hasattr(c, "level"))
try:
    getattr(c, "absent")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "absent")
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(c, "run")(), callable(getattr(c, "run")), callable(c.mode), callable(Cfg), callable(print))
print([n for n in dir(c) if not n.startswith("_")], [n for n in dir(Cfg) if not n.startswith("__")])
print(getattr([], "append").__name__, getattr(5, "real"), getattr("s", "upper")())
attrs = {"a": 1, "b": 2}
for k, v in attrs.items():
    setattr(c, k, v)
print(sorted(vars(c).items()))
try:
    getattr(c, 5)
except TypeError as e:
    print("TypeError:", e)
