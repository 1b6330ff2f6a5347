# types: SimpleNamespace, MappingProxyType and the type names
import types
from types import SimpleNamespace, MappingProxyType


def gen():
    yield 1


async def coro():
    return 1


class Point:
    def norm(self):
        return 0


print(isinstance(lambda: 0, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(gen(), types.GeneratorType), isinstance(Point().norm, types.MethodType))
c = coro()
print(isinstance(c, types.CoroutineType))
c.close()
print(isinstance(types, types.ModuleType), types.NoneType is type(None), type(None).__name__)
print(types.FunctionType is types.LambdaType)

ns = SimpleNamespace(host="localhost", port=8080)
print(ns)
ns.debug = True
del ns.port
print(ns, sorted(vars(ns)))
print(ns == SimpleNamespace(host="localhost", debug=True), ns != SimpleNamespace())
print(getattr(ns, "missing", "default"))
try:
    ns.missing
except AttributeError:
    print("AttributeError")
try:
    hash(ns)
except TypeError:
    print("unhashable")
ns.self = ns
print(ns)
try:
    SimpleNamespace(1, 2)
except TypeError as e:
    print("TypeError:", e)


class Config(SimpleNamespace):
    def describe(self):
        return ", ".join(f"{k}={v}" for k, v in sorted(vars(self).items()))


cfg = Config(b=2, a=1)
print(cfg, cfg.describe(), cfg == SimpleNamespace(a=1, b=2))

settings = {"mode": "fast", "level": 3}
view = MappingProxyType(settings)
print(view["mode"], len(view), "level" in view, list(view), view.get("nope", 0))
settings["level"] = 4
print(view["level"], dict(view.items()), view == {"mode": "fast", "level": 4})
try:
    view["x"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    del view["mode"]
except TypeError as e:
    print("TypeError:", e)
print(type(view).__name__, hasattr(view, "__setitem__"))
print(view | {"extra": 1})

Dyn = types.new_class("Dyn", (dict,), {}, lambda ns: ns.update(answer=lambda self: 42))
d = Dyn(a=1)
print(Dyn.__name__, d.answer(), d["a"], isinstance(d, dict))
