# globals(), locals() in functions, vars() without arguments.
x = 10
def show():
    a = 1
    b = "two"
    return sorted(locals().items())
print(show())
print("x" in globals(), globals()["x"], globals()["__name__"])
globals()["created"] = "via globals"
print(created)
def nested(p, q=2):
    r = p + q
    return sorted(locals())
print(nested(1))
print(sorted(k for k in vars() if not k.startswith("__")))
class K:
    attr = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
