# SPDX-License-Identifier: MIT
# Dunder protocol errors: __init__ returning a value, __new__ returning another type, bad __bool__/__len__/__hash__/__repr__/__index__/__iter__ results.
class BadInit:
    def __init__(self): return 5
class NewOther:
    def __new__(cls): return 42
    def __init__(self): print("never")
class BadBool:
    def __bool__(self): return 1
class NegLen:
    def __len__(self): return -1
class BigLen:
    def __len__(self): return 2**70
class FloatLen:
    def __len__(self): return 1.5
class BadHash:
    def __hash__(self): return "x"
class BigHash:
    def __hash__(self): return 2**70
class BadRepr:
    def __repr__(self): return 5
class BadStr:
    def __str__(self): return None
class BadIndex:
    def __index__(self): return 1.5
class BadIter:
    def __iter__(self): return 5
class BadNext:
    def __iter__(self): return self
class BadEq:
    def __eq__(self, o): raise ValueError("eq failed")
class BadFormat:
    def __format__(self, spec): return 7
class LenBool:
    def __len__(self): return 0
class BadInt:
    def __int__(self): return "s"
class BadFloat:
    def __float__(self): return 1
tests = [lambda: BadInit(), lambda: NewOther(), lambda: bool(BadBool()), lambda: not BadBool(), lambda: len(NegLen()), lambda: len(FloatLen()),
         lambda: hash(BadHash()), lambda: hash(BigHash()) == hash(2**70), lambda: repr(BadRepr()), lambda: str(BadStr()), lambda: [1, 2][BadIndex()], lambda: iter(BadIter()),
         lambda: list(BadNext()), lambda: BadEq() in [1], lambda: [BadEq()].index(1), lambda: format(BadFormat()), lambda: f"{BadFormat()}", lambda: bool(LenBool()), lambda: int(BadInt()),
         lambda: float(BadFloat()), lambda: print(BadStr()), lambda: [BadRepr()], lambda: {BadHash()}, lambda: BadEq() == BadEq(), lambda: BadEq() != 1]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
