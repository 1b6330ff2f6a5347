# object(), property(), staticmethod(), classmethod() as functions.
o = object()
print(type(o).__name__, isinstance(o, object), hasattr(o, "__dict__"))
class P:
    def _get(self):
        return self._v * 2
    def _set(self, v):
        self._v = v
    v = property(_get, _set, None, "doubled")
    def s():
        return "static"
    s = staticmethod(s)
    def c(cls):
        return cls.__name__
    c = classmethod(c)
p = P()
p.v = 21
print(p.v, P.v.__doc__, P.s(), p.s(), P.c(), p.c())
print(type(P.__dict__["s"]).__name__, type(P.__dict__["c"]).__name__, type(P.__dict__["v"]).__name__)
print(P.v.fget is P._get, P.v.fset is P._set, P.v.fdel)
