# Starred arguments, starred literals and dict unpacking.
def f(a, b, c=0, *args, **kw):
    return (a, b, c, args, sorted(kw.items()))

args = [1, 2, 3, 4]
print(f(*args))
print(f(*[1], *[2]))
print(f(1, *(2, 3), 9, x=1, **{"y": 2}))
kw = {"b": 5, "c": 6}
print(f(0, **kw))
print([*range(3), *"ab", *[None]])
print((*[1, 2], 3))
print({*[1, 2], *[2, 3]})
print({**{"a": 1}, "b": 2, **{"a": 3}})
a, *b = *"xyz", 1
print(a, b)
print(*[1, 2, 3], sep="-")
def g(*, key):
    return key
print(g(**{"key": "kw-only"}))
try:
    f(1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
