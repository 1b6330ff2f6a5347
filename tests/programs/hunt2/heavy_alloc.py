# SPDX-License-Identifier: MIT
# Allocation-heavy work: large dicts, strings, sorts, slotted objects, big factorial, bytearray growth, gc.collect().
import sys
d = {i: str(i) for i in range(300000)}
print(len(d), sum(map(len, d.values())))
s = "".join(str(i % 10) for i in range(2_000_000)); print(len(s), s.count("7"))
l = sorted(range(200000), key=lambda x: (x * 7919) % 200003); print(l[:3], l[-1])
def rec(n): return 0 if n == 0 else 1 + rec(n - 1)
print(rec(900))
class P:
    __slots__ = ("a", "b")
    def __init__(self, a, b): self.a, self.b = a, b
objs = [P(i, [i]) for i in range(200000)]; print(sum(o.a for o in objs))
big = 1
for i in range(1, 3000): big *= i
print(len(str(big)) if sys.version_info < (3, 11) else big.bit_length())
t = tuple(range(100000)); st = set(t); fs = frozenset(st); print(len(fs), 99999 in st)
bs = bytearray(); 
for i in range(100000): bs += bytes([i % 256])
print(len(bs), sum(bs))
lst = []
for i in range(100000):
    lst.append({"id": i, "tags": [str(i)] * 3})
print(len(lst), lst[-1]["tags"][0])
del lst, objs, d
import gc; gc.collect()
print("done")
