# pass, Ellipsis, None and NotImplemented as values.
def nothing():
    pass
print(nothing())
class Empty:
    ...
print(Empty.__name__)
print(..., Ellipsis, ... is Ellipsis, type(...).__name__)
print(repr(None), type(None).__name__, None == None, None == 0)
print(NotImplemented, type(NotImplemented).__name__)
def stub(x):
    ...
print(stub(1))
print(bool(None), str(None), [None] * 2)
x = [1, 2, 3]
print(x[...] if False else "no ellipsis index on list")
d = {...: "ell"}
print(d[...])
if True:
    pass
else:
    pass
for _ in range(2):
    pass
print("done")
