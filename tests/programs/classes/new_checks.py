# __new__ of built-in types: subtype checks and use from subclasses.
class C: pass
for t in [lambda: object.__new__(int), lambda: int.__new__(C), lambda: tuple.__new__(list)]:
    try: t(); print('no error')
    except TypeError as e: print(e)
class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
print(T(1, 2), type(T(1, 2)).__name__, int.__new__(int, "7"), object.__new__(C).__class__.__name__)
class S(str):
    def __new__(cls, v): return str.__new__(cls, v.upper())
print(S("abc"), isinstance(S("x"), str))
