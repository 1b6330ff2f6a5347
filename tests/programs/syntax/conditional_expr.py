# Conditional expressions, and/or returning operands.
for n in range(-2, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")

print(0 or "default", "" or [] or "last")
print(1 and 2 and 3, 1 and 0 and 3)
print(None or 0 or "")
print([] and "x", "x" and [])
x = None
val = x if x is not None else "fallback"
print(val)
sq = lambda k: k * k if k < 5 else -1
print([sq(i) for i in (2, 5, 7)])
def side(tag, result):
    print("eval", tag)
    return result
print(side("a", False) or side("b", True) or side("c", True))
print(side("d", True) and side("e", 0) and side("f", 1))
print((lambda: "yes")() if True else None)
