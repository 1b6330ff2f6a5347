# SPDX-License-Identifier: MIT
# Abstract base classes, cooperative multiple inheritance with super(), __subclasshook__/register, __new__, metaclass __call__/__prepare__, copy hooks.
from abc import ABC, abstractmethod, ABCMeta
import copy
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self): return f'{self.name} with area {self.area():.2f}'
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
    @property
    def name(self): return 'rect'
class Square(Rect):
    def __init__(self, s): super().__init__(s, s)
    @property
    def name(self): return 'square'
try: Shape()
except TypeError as e: print(e)
class Partial(Shape):
    def area(self): return 0
try: Partial()
except TypeError as e: print(e)
print(Square(3).describe(), isinstance(Square(1), Shape), issubclass(Square, Rect), Square.__mro__[-2].__name__)
class Base:
    def __init__(self): print('Base'); self.log = ['Base']
    def hello(self): return 'Base.hello'
class L(Base):
    def __init__(self): print('L'); super().__init__(); self.log.append('L')
    def hello(self): return 'L>' + super().hello()
class R(Base):
    def __init__(self): print('R'); super().__init__(); self.log.append('R')
    def hello(self): return 'R>' + super().hello()
class D(L, R):
    def __init__(self): print('D'); super().__init__(); self.log.append('D')
    def hello(self): return 'D>' + super().hello()
d = D(); print(d.log, d.hello(), [c.__name__ for c in D.__mro__], super(L, d).hello())
try:
    class X(object): pass
    class Y(X): pass
    class Bad(X, Y): pass
except TypeError as e: print('TypeError', 'MRO' in str(e))
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized: return hasattr(C, '__len__') or NotImplemented
        return NotImplemented
print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))
class Reg(ABC): pass
Reg.register(int); print(isinstance(5, Reg), issubclass(bool, Reg), isinstance('s', Reg))
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v): self.v = v
a = Singleton(1); b = Singleton(2); print(a is b, a.v)
class Meta(type):
    def __call__(cls, *a, **kw):
        print('Meta.__call__', cls.__name__, a)
        return super().__call__(*a, **kw)
    @classmethod
    def __prepare__(mcs, name, bases): print('prepare', name); return {'injected': 1}
    def __repr__(cls): return f'<class {cls.__name__} via Meta>'
class WithMeta(metaclass=Meta):
    def __init__(self, x): self.x = x
w = WithMeta(7); print(w.x, WithMeta.injected, repr(WithMeta), WithMeta)
class CM:
    count = 0
    @classmethod
    def make(cls): cls.count += 1; return cls()
    @staticmethod
    def util(x): return x * 2
class CM2(CM): pass
CM2.make(); CM2.make(); CM.make(); print(CM.count, CM2.count, CM.util(4), CM().util(5), CM2.make().__class__.__name__)
class Copyable:
    def __init__(self, items): self.items = items
    def __copy__(self): print('copy'); return Copyable(self.items)
    def __deepcopy__(self, memo): print('deepcopy'); return Copyable(copy.deepcopy(self.items, memo))
c1 = Copyable([[1]]); c2 = copy.copy(c1); c3 = copy.deepcopy(c1); print(c2.items is c1.items, c3.items == c1.items, c3.items is c1.items)
class Plain:
    def __init__(self): self.a = [1]; self.b = {'k': (1, [2])}
p1 = Plain(); p2 = copy.deepcopy(p1); p2.b['k'][1].append(3); print(p1.b, p2.b, type(p2).__name__)
class Chain:
    def __init__(self): self.ops = []
    def add(self, x): self.ops.append(('add', x)); return self
    def mul(self, x): self.ops.append(('mul', x)); return self
    def run(self, v):
        for op, x in self.ops: v = v + x if op == 'add' else v * x
        return v
print(Chain().add(2).mul(3).add(1).run(1))
class Node:
    def __init__(self, v, nxt=None): self.v, self.nxt = v, nxt
    def __iter__(self):
        n = self
        while n is not None: yield n.v; n = n.nxt
    def __len__(self): return sum(1 for _ in self)
    def __repr__(self): return ' -> '.join(map(str, self))
ll = Node(1, Node(2, Node(3))); print(ll, len(ll), list(reversed(list(ll))), 2 in ll)
print(type(type), type(object), type(int), int.__name__, object.__bases__, bool.__bases__, int.__mro__, D.__bases__)
print(isinstance(True, int), issubclass(bool, object), isinstance(None, type(None)), type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
