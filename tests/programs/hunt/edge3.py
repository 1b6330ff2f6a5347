# SPDX-License-Identifier: MIT
# Hash/eq interplay, slot inheritance, format_map, print options, int.to_bytes, operator module, builtin method calls, unicode.
class E:
    def __eq__(self, o): return True
try: hash(E())
except TypeError as e: print(e)
class E2(E):
    __hash__ = object.__hash__
print(type(hash(E2())).__name__, E.__hash__)
class S1:
    __slots__ = ('a',)
class S2(S1):
    __slots__ = ('b',)
class S3(S2): pass
s3 = S3(); s3.a = 1; s3.b = 2; s3.c = 3; print(s3.a, s3.b, s3.c, S3.__slots__ if hasattr(S3, '__slots__') else '-', hasattr(S2(), '__dict__'))
try: S2().a
except AttributeError as e: print('AttributeError', e)
print('{a}-{b}'.format_map({'a': 1, 'b': 2}))
class Default(dict):
    def __missing__(self, k): return '<' + k + '>'
print('{x} {y}'.format_map(Default(x=1)))
print(*[], sep='x'); print(1, 2, sep=None, end=None); print('a', 'b', sep='', end='!\n'); print()
print((5).to_bytes(2, 'little'), int.from_bytes(b'\x00\x10', 'big'), (1024).to_bytes(4, byteorder='big'), (-1).to_bytes(1, 'big', signed=True))
try: (256).to_bytes(1, 'big')
except OverflowError as e: print(e)
rows = [('bob', 3), ('al', 1), ('cy', 3), ('di', 1)]
print(sorted(rows, key=lambda r: r[1]), sorted(rows, key=lambda r: (-r[1], r[0])))
class Weird:
    def __eq__(self, o): return 'yes'
print(Weird() == 1, [1, 2].count(Weird()) if False else '', Weird() in [1], [Weird()] == [3])
class NE:
    def __ne__(self, o): return 'ne!'
print(NE() != 1, NE() == NE())
def cls_deco(cls):
    cls.extra = 'added'
    return cls
@cls_deco
class Decorated: pass
print(Decorated.extra)
class Counter:
    def __init__(self): self.n = 0
    def __call__(self, fn):
        def w(*a):
            self.n += 1; return fn(*a)
        return w
cnt = Counter()
@cnt
def sq(x): return x * x
print(sq(3), sq(4), cnt.n)
print(int.__add__(3, 4), str.upper('x'), list.__len__([1, 2]), dict.get({'a': 1}, 'a'), (3).__add__(1.5), (3).__radd__(1), (2.5).__rsub__(1), 'ab'.__mul__(2), [1].__contains__(1))
print(object.__repr__ is not None, int.__dict__['__add__'] is not None if '__add__' in int.__dict__ else 'no', type.__call__(int, '5'))
print(getattr(3, 'real'), (3).imag if False else '', (5).numerator, (5).denominator, (7.5).real, True.__class__.__name__)
import operator
print(operator.itemgetter(1, 0)(['a', 'b']), operator.attrgetter('real')(5), operator.methodcaller('upper')('q'), operator.add(1, 2), operator.neg(3), operator.contains([1], 1), operator.getitem({'k': 3}, 'k'), operator.index(5), operator.truth(0), operator.concat('a', 'b'))
ag = operator.attrgetter('a.b'); 
class O: pass
o = O(); o.a = O(); o.a.b = 'deep'; print(ag(o))
x = [1, 2, 3]; operator.setitem(x, 0, 9); operator.delitem(x, 1); print(x, operator.iadd([1], [2]), operator.is_(None, None), operator.lt(1, 2), operator.xor(6, 3), operator.pow(2, 5), operator.mod(7, 3), operator.floordiv(7, 2))
print(list(map(operator.mul, [1, 2], [3, 4])), sorted([{'n': 2}, {'n': 1}], key=operator.itemgetter('n')))
print(isinstance(1, (str, (int, float))), issubclass(int, (str, object)), type('T', (object,), {'v': 5})().v, type('T', (), {}).__name__)
print(vars(type('V', (), {'a': 1}))['a'], getattr(object(), '__class__').__name__, setattr(o, 'z', 1) or o.z, delattr(o, 'z') or hasattr(o, 'z'))
print(divmod(True, 2), True * 'ab', [True] * 2, 'x'[False], {True: 1}[1], int(True), str(False), repr(None), bool('False'), bool(0.0), bool([[]]))
print(chr(0x1F600), len('😀'), '😀'.encode('utf-8'), '😀'.encode('utf-16-le'), 'a😀b'[1], 'a😀b'[::-1], ord('😀'), '\N{BULLET}' if False else '\u2022', 'é' == 'e\u0301', len('e\u0301'))
print(str(1) + str(2.0) + str(None) + str([None]) + str((1,)) + str({}) + str(set()) + str(b'') + str(bytearray()) + str(range(2)))
print(repr(1e100), repr(1.5e-7), repr(123456789012345.6), repr(1234567890123456789.0), repr(0.1 + 0.7), str(1e22), str(-1e-5), 1e16, 123e-20)
