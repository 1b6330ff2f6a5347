# LEGB name resolution, class scopes and shadowing of builtins.
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def uses_builtin():
    return len("four")
print(uses_builtin())
def shadow_builtin():
    len = lambda s: -1
    return len("four")
print(shadow_builtin(), len("ok"))
class C:
    y = 5
    z = y * 2
    def method(self):
        try:
            return y
        except NameError as e:
            return "NameError: " + str(e)
print(C.z, C().method())
def counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
s1, s2 = counter(), counter()
print(s1(), s1(), s2())
def cell_after():
    def get():
        return v
    v = "set later"
    return get()
print(cell_after())
