# yield from: delegation, return values, send/throw pass-through.
def inner():
    x = yield "i1"
    print("inner got", x)
    yield "i2"
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield from [10, 20]
    yield from range(2)
    return "done"
g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))
def tree(node):
    value, children = node
    yield value
    for c in children:
        yield from tree(c)
t = (1, [(2, [(4, [])]), (3, [(5, []), (6, [])])])
print(list(tree(t)))
def catcher():
    try:
        yield 1
    except KeyError:
        yield "caught in inner"
def deleg():
    yield from catcher()
d = deleg()
next(d)
print(d.throw(KeyError))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1], (2, 3))))
