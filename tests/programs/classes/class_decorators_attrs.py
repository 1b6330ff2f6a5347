# Class decorators adding methods, __init_subclass__, __class_getitem__-free generics.
def add_repr(cls):
    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({items})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Item:
    def __init__(self, name, qty):
        self.name, self.qty = name, qty
print(Item("nut", 3))
class Plugin:
    registry = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[key or cls.__name__] = cls
class Alpha(Plugin, key="a"):
    pass
class Beta(Plugin):
    pass
print(sorted(Plugin.registry), Plugin.registry["a"] is Alpha)
