# Unhashable keys in empty dicts, sort(reverse=) types, MRO and __slots__ conflicts.
for name, f in [('getitem', lambda: {}[[]]), ('in', lambda: [] in {}), ('get', lambda: {}.get([])),
                ('pop', lambda: {}.pop([], 0)), ('del', lambda: {}.__delitem__([]))]:
    try:
        print(name, 'ok', f())
    except Exception as e:
        print(name, type(e).__name__, e)
try:
    print(sorted([1], reverse=None))
except TypeError as e:
    print(e)
try:
    float(1, 2)
except TypeError as e:
    print(e)
class X: pass
class Y(X): pass
try:
    class Bad(X, Y): pass
except TypeError as e:
    print(repr(str(e)))
try:
    class Conflict:
        __slots__ = ('x',)
        x = 5
    print('created', Conflict.x)
except ValueError as e:
    print(e)
