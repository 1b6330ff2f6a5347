# SPDX-License-Identifier: MIT
# __getattr__/__getattribute__ proxies, old-style sequence iteration, reflected and in-place operators, NotImplemented handling.
class Proxy:
    def __init__(self, target): object.__setattr__(self, '_t', target); object.__setattr__(self, 'log', [])
    def __getattr__(self, name):
        self.log.append(name); return getattr(self._t, name)
    def __setattr__(self, name, v):
        self.log.append('set ' + name); setattr(self._t, name, v)
    def __delattr__(self, name): self.log.append('del ' + name)
class T: a = 1
t = T(); p = Proxy(t); print(p.a); p.b = 2; print(t.b, p.b); del p.zz; print(p.log)
class Audit:
    def __getattribute__(self, name):
        if name.startswith('secret'): raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return f'fallback:{name}'
    x = 10
au = Audit(); print(au.x, au.secret1, au.other, getattr(au, 'secret', 'dflt'), hasattr(au, 'secretz'))
class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError
        return i * 10
sq = Seq(); print(list(sq), 20 in sq, 25 in sq, list(reversed([*sq])), [x for x in sq], sorted(sq, reverse=True))
class Money:
    def __init__(self, c): self.c = c
    def __add__(self, o):
        if isinstance(o, int): return Money(self.c + o)
        if isinstance(o, Money): return Money(self.c + o.c)
        return NotImplemented
    def __radd__(self, o):
        print('radd', o); return self.__add__(o)
    def __eq__(self, o): return isinstance(o, Money) and o.c == self.c
    __hash__ = None
    def __repr__(self): return f'M({self.c})'
    def __format__(self, spec): return f'${self.c / 100:{spec or ".2f"}}'
    def __round__(self, n=None): return Money(round(self.c, -2))
    def __index__(self): return self.c
    def __lt__(self, o): return self.c < o.c
print(sum([Money(1), Money(2)]), Money(5) + 3, 3 + Money(5), f'{Money(1234)}', f'{Money(5):>10.1f}', round(Money(1260)), [1, 2, 3, 4, 5][Money(2)], hex(Money(255)))
try: Money(1) + 'x'
except TypeError as e: print(e)
try: hash(Money(1))
except TypeError as e: print(e)
try: Money(1) < 5
except AttributeError as e: print('AttributeError')
print(Money(1) == Money(1), Money(1) != Money(2), Money(1) == 1, sorted([Money(3), Money(1)]), max(Money(3), Money(9)))
class Sub(Money):
    def __radd__(self, o): return 'Sub.radd'
print(Money(1) + Sub(2))
class A:
    def __eq__(self, o): print('A.eq'); return NotImplemented
class B:
    def __eq__(self, o): print('B.eq'); return NotImplemented
print(A() == B(), A() != B())
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print(f'lt {self.v} {o.v}'); return self.v < o.v
    def __gt__(self, o): print(f'gt {self.v} {o.v}'); return self.v > o.v
print(Cmp(1) < Cmp(2) < Cmp(3), Cmp(2) > Cmp(1))
class BadLen:
    def __len__(self): return -1
try: len(BadLen())
except ValueError as e: print(e)
class BadBool:
    def __bool__(self): return 1
try: bool(BadBool())
except TypeError as e: print(e)
class Callable:
    def __call__(self, *a, **k): return (a, sorted(k.items()))
print(Callable()(1, 2, z=3, a=4), callable(Callable()), callable(Callable))
class G:
    def __class_getitem__(cls, item): return f'G[{item.__name__}]'
print(G[int])
class Ctn:
    def __contains__(self, x): return x == 'yes'
print('yes' in Ctn(), 'no' in Ctn(), 'no' not in Ctn())
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __pow__(self, o, m=None): return f'pow {o} {m}'
    def __rpow__(self, o): return f'rpow {o}'
    def __matmul__(self, o): return 'matmul'
    def __floordiv__(self, o): return 'fdiv'
    def __rtruediv__(self, o): return 'rtdiv'
    def __lshift__(self, o): return 'lsh'
    def __and__(self, o): return 'and'
    def __ror__(self, o): return 'ror'
n = Num(1); print(int(n), float(n), -n, +n, ~n, n ** 2, pow(n, 2, 5), 2 ** n, n @ n, n // 1, 1 / n, n << 1, n & 1, 1 | n)
class Ctx2:
    def __enter__(self): return 'val'
    def __exit__(self, *a): return False
with Ctx2() as v1, Ctx2() as v2: print(v1, v2)
class Rep:
    def __repr__(self): return 'Rep()'
print(Rep(), str(Rep()), [Rep()], {'k': Rep()}, (Rep(),), f'{Rep()}', '%s %r' % (Rep(), Rep()))
class OnlyStr:
    def __str__(self): return 'S!'
print([str(OnlyStr())], f'{OnlyStr()!s}', format(OnlyStr()), '{}'.format(OnlyStr()))
class Iadd:
    def __init__(self): self.v = []
    def __add__(self, o): print('add'); return self
l = Iadd(); l += 1; print(type(l).__name__)
class WithDir:
    a = 1
    def m(self): pass
print([n for n in dir(WithDir) if not n.startswith('__')], sorted(vars(WithDir()).items()))
class Lenny:
    def __len__(self): return 0
print(bool(Lenny()), not Lenny(), 'empty' if not Lenny() else 'full')
