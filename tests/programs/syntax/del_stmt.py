# del of names, items, slices and attributes.
x = 1
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
lst = list(range(8))
del lst[0]
del lst[-1]
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError:", e)
class O:
    pass
o = O()
o.a = 1
o.b = 2
del o.a
print(vars(o))
try:
    del o.a
except AttributeError as e:
    print("AttributeError:", e)
a, b = 1, 2
del a, b
print("a" in globals(), "b" in globals())
def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)
print(f())
