# SPDX-License-Identifier: MIT
# repr of recursive and nested containers, type and class reprs, RecursionError from deep recursion and deep repr.
import sys
l = [1]; l.append(l); d = {"k": 1}; d["self"] = d; d["list"] = l
print(l, d, str(l), repr(d), [l, l])
class Node:
    def __init__(self, v): self.v, self.next = v, None
    def __repr__(self): return f"Node({self.v!r}, {self.next!r})"
a = Node(1); a.next = Node("two"); print(a, [a], {"n": a})
print(repr(()), repr((1,)), repr([()]), repr({1: (2,)}), repr(set()), repr(frozenset()), repr({()}), repr([[]]), repr(range(3)), repr(range(1, 10, 2)), repr(slice(1, None)), repr(Ellipsis), repr(NotImplemented), repr(None))
print(repr(1.0), repr([1.0, -0.0, 1e100, 1e-100, float("nan")]), repr({0.5: 1}), str((1.1, "s", b"b", None, True)), repr(["'", '"', "\\"]))
print(type, int, type(None), type(...), type(NotImplemented), object, Exception, ValueError, len, print.__name__, [].append.__name__, str.upper.__name__, (lambda: 0).__name__, type(len).__name__)
print(repr(str.join).startswith("<method"), repr(print).startswith("<built-in function print"), repr(len))
class E: pass
print(E.__name__, E.__qualname__, E.__module__, repr(E), str(E), type(E()).__name__, E.__doc__, E.__bases__, E.__mro__, int.__mro__, bool.__mro__, type(E).__name__)
def deep(n):
    return deep(n + 1) + 1
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)
def deep_repr():
    x = []
    for _ in range(10000): x = [x]
    try:
        return len(repr(x))
    except RecursionError as e:
        return "RecursionError " + str(e)
print(deep_repr())
print(sys.getrecursionlimit())
