# SPDX-License-Identifier: MIT
# Generator pipelines, send/yield from/throw/close, itertools, functools.lru_cache/partial/wraps, custom iterators.
import itertools as it
import functools, operator
def read_lines(text):
    for line in text.splitlines():
        yield line
def strip_comments(lines):
    for l in lines:
        l = l.split('#', 1)[0].strip()
        if l: yield l
def parse(lines):
    for l in lines:
        k, _, v = l.partition('=')
        yield k.strip(), v.strip()
cfg = """
# config
name = demo   # app name
port=8080
debug = true
  # nothing
path = /a/b=c
"""
print(dict(parse(strip_comments(read_lines(cfg)))))
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == 'reset': n = 0
        elif cmd is not None: n += cmd
        else: n += 1
c = counter(); print(next(c), c.send(5), next(c), c.send('reset'), c.send(3))
def sub():
    x = yield 1
    y = yield x * 2
    return x + y
def outer():
    r = yield from sub()
    yield f"result {r}"
g = outer(); print(next(g), g.send(10), g.send(7))
def chain_gen(*its):
    for i in its:
        yield from i
print(list(chain_gen('ab', [1, 2], range(2), {'k': 1})))
print(list(it.islice(it.count(10, 3), 5)), list(it.islice('abcdefg', 1, None, 2)), list(it.repeat('x', 3)))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([3, 1, 4], max, initial=2)))
print([(k, list(g)) for k, g in it.groupby('aaabccdaa')], [(k, len(list(g))) for k, g in it.groupby(sorted([5, 1, 22, 13, 4]), key=lambda x: x // 10)])
print(list(it.product('ab', range(2))), list(it.product([0, 1], repeat=2)), list(it.permutations('abc', 2)), list(it.combinations(range(4), 3)))
print(list(it.combinations_with_replacement('ab', 2)), list(it.zip_longest('abc', [1], fillvalue='-')), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(None, [0, 1, '', 'a'])), list(it.compress('abcd', [1, 0, 1, 0])))
print(list(it.chain.from_iterable(['ab', 'cd'])), list(it.pairwise('abcd')) if hasattr(it, 'pairwise') else '', [list(x) for x in it.tee([1, 2], 2)])
print(list(it.cycle_test()) if hasattr(it, 'cycle_test') else list(it.islice(it.cycle('ab'), 5)))
print(functools.reduce(lambda a, b: a * 10 + b, [1, 2, 3]), functools.reduce(operator.add, [], 0))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info())
p = functools.partial(int, base=2); print(p('1011'), p.func is int, p.keywords)
@functools.wraps(fib)
def wrapper(*a): return fib(*a)
print(wrapper.__name__, wrapper(10))
class Sq:
    def __init__(self, n): self.n = n
    def __iter__(self): return SqIt(self.n)
class SqIt:
    def __init__(self, n): self.i = 0; self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1; return self.i ** 2
s = Sq(4); print(list(s), sum(s), max(s), sorted(s, reverse=True), 9 in s, list(zip(s, s)))
gen = (x * x for x in range(10) if x % 3)
print(next(gen), list(gen), list(gen))
print(sum(x for x in range(5)), any(x > 3 for x in [1, 5]), all([]), min((3, 'a'), (1, 'b')), max('hello', key=lambda ch: ord(ch)))
def fibgen():
    a, b = 0, 1
    while True:
        yield a; a, b = b, a + b
print(list(it.takewhile(lambda x: x < 100, fibgen())))
g2 = (i for i in range(3)); print(g2.__next__(), list(g2))
def gthrow():
    while True:
        try:
            yield 'ok'
        except ValueError as e:
            yield f'caught {e}'
gt = gthrow(); print(next(gt), gt.throw(ValueError('boom')), next(gt))
gt.close(); print(list(gt))
def gret():
    yield 1
    return 'done'
try:
    gg = gret(); next(gg); next(gg)
except StopIteration as e: print('stop', e.value)
def bad():
    yield 1
    raise StopIteration
try: list(bad())
except RuntimeError as e: print('RuntimeError', e)
print(list(map(lambda x, y: x + y, [1, 2, 3], [10, 20])), list(filter(str.isdigit, 'a1b2')), list(enumerate('ab', start=5)))
nums = iter(range(10)); print(list(zip(nums, nums)))
print(list(reversed(range(1, 10, 3))), range(10)[2:8:2], range(5)[-1], len(range(0, 100, 7)), 14 in range(0, 100, 7), range(3) == range(0, 3))
