# SPDX-License-Identifier: MIT
# Messages of exceptions from calls with wrong arguments, properties, slots, generators and unsupported operators.
class C:
    def m(self, a): return a
    @staticmethod
    def s(x): return x
    @classmethod
    def c(cls, x): return x
    @property
    def p(self): return 1
class Sl:
    __slots__ = ('a',)
def gen():
    yield 1
def f(a, b, /, c, *, d): pass
def g(*, k): pass
def h(a, b=2): pass
g_running = None
def selfref():
    next(g_running)
    yield
cases = [
 lambda: C().m(), lambda: C().m(1, 2), lambda: C.m(1), lambda: C.m(), lambda: C().s(), lambda: C.c(), lambda: C().m(a=1, b=2),
 lambda: setattr(C(), 'p', 2), lambda: delattr(C(), 'p'), lambda: Sl().a, lambda: setattr(Sl(), 'b', 1), lambda: C.__dict__['m'](1),
 lambda: f(1), lambda: f(1, 2), lambda: f(1, 2, 3), lambda: f(1, 2, 3, 4), lambda: f(1, b=2, c=3, d=4), lambda: g(1), lambda: g(), lambda: g(k=1, j=2), lambda: h(), lambda: h(1, 2, 3), lambda: h(1, a=1),
 lambda: h(**{'a': 1, 'zz': 2}), 
 lambda: gen().send(5), lambda: next(gen()) + next(gen()) and gen().throw(ValueError), lambda: gen().throw(ValueError('x')),
 lambda: [a for a, b in [(1, 2, 3)]], lambda: [a for a, b in [1]], lambda: dict(a=1, **{'a': 2}),
 lambda: type('X', (int, str), {}), lambda: type(1, 2), lambda: type('X', 1, {}),
 lambda: C() + C(), lambda: C() < C(), lambda: C() @ C(), lambda: -C(), lambda: len(C()), lambda: iter(C()), lambda: C()[0], lambda: C()(), lambda: hash(C()) and abs(C()),
 lambda: [x for x in C()], lambda: {**C()}, lambda: f'{C():x}', lambda: format(C(), 'x'), lambda: int(C()), 
 lambda: C().__class__.__name__.zz, lambda: (1, 2) + [3], lambda: [1] + (2,), lambda: 'a' in 5, lambda: 1 in 'a', lambda: [] + None, lambda: None + 1, lambda: {} | [], lambda: set() | [],
 lambda: {1}.add([]), lambda: [].remove(1), lambda: 'abc'.count(), lambda: 'a'.encode('zz'), lambda: b'\xff'.decode('ascii'), lambda: b'a'.decode('zz'),
 lambda: memoryview(b'a')[0].x, lambda: memoryview('a'), lambda: bytearray(b'a').pop(3), lambda: (b'a')[5], lambda: bytes(-1), lambda: int('0x10', 10), lambda: int('1_', 10), lambda: int('_1'),
 lambda: 10 ** -1 // 0, lambda: 2 ** 10000.0, lambda: float(10 ** 400), lambda: 10 ** 400 / 1, lambda: 10 ** 400 * 1.0, lambda: math_missing if False else int(float('inf')),
]
for i, cse in enumerate(cases):
    try:
        r = cse()
        print(i, 'ok', repr(r)[:40])
    except Exception as e:
        print(i, type(e).__name__, e)
