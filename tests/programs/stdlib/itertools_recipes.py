# itertools recipes built from primitives: grouper, roundrobin, unique, powerset, sliding windows.
import itertools as it
from collections import deque
def grouper(iterable, n, fill=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fill)
def roundrobin(*iterables):
    its = deque(iter(x) for x in iterables)
    while its:
        i = its.popleft()
        try:
            yield next(i)
            its.append(i)
        except StopIteration:
            pass
def unique_everseen(iterable, key=None):
    seen = set()
    for el in iterable:
        k = el if key is None else key(el)
        if k not in seen:
            seen.add(k)
            yield el
def powerset(s):
    s = list(s)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
def sliding(iterable, n):
    d = deque(maxlen=n)
    for x in iterable:
        d.append(x)
        if len(d) == n:
            yield tuple(d)
print(list(grouper("ABCDEFG", 3, "x")))
print(list(roundrobin("ABC", "D", "EF")))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(powerset([1, 2, 3])))
print(list(sliding(range(6), 4)))
print(sum(1 for _ in it.permutations(range(5))), list(it.islice(it.cycle([1, 2]), 5)))
print([list(g) for _, g in it.groupby([1, 1, 2, 3, 3, 3, 1])])
