# __getattr__, __getattribute__, __setattr__, __delattr__.
class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.real, d.auto_hello)
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(d, "nope", "default"), hasattr(d, "auto_x"), hasattr(d, "zzz"))
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
l = Logged()
l.x = 5
print(l.x, l.secret)
del l.x
print(l.log, hasattr(l, "x"))
class Frozen:
    __slots__ = ()
    def __setattr__(self, n, v):
        raise AttributeError(f"cannot set {n}")
try:
    Frozen().a = 1
except AttributeError as e:
    print("AttributeError:", e)
