# Keyword-only and positional-only parameters and their errors.
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=0, e=5, f=7))
for call in (
    lambda: f(1, b=2, c=3, e=5),
    lambda: f(1, 2, 3, 4, 5),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, 3, e=5, g=1),
    lambda: f(1, 2, 3, c=3, e=5),
):
    try:
        call()
    except TypeError as err:
        print("TypeError:", err)
def pos_only_kw(x, /, **kw):
    return x, kw
print(pos_only_kw(1, x=2))
def only_kw(*, key):
    return key
print(only_kw(key="k"))
try:
    only_kw("k")
except TypeError as err:
    print("TypeError:", err)
