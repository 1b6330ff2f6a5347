# Messages of common built-in errors caught and printed.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
class Thing:
    pass
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: 1.0 / 0)
show(lambda: {"a": 1}["b"])
show(lambda: [1, 2][5])
show(lambda: (1,)[3])
show(lambda: "abc"[10])
show(lambda: 1 + "a")
show(lambda: "a" + 1)
show(lambda: [] + ())
show(lambda: Thing().missing)
show(lambda: undefined_name)
show(lambda: int("abc"))
show(lambda: float("xyz"))
show(lambda: [].pop())
show(lambda: {}.popitem())
show(lambda: [1].index(5))
show(lambda: "abc".index("z"))
show(lambda: next(iter([])))
show(lambda: len(5))
nothing = None
show(lambda: nothing())
five = 5
show(lambda: five[0])
show(lambda: int.nope)
show(lambda: [1, 2, 3].remove(7))
show(lambda: "x" * "y")
show(lambda: -1 < "a")
show(lambda: {[]: 1})
show(lambda: set().pop())
show(lambda: chr(-1))
show(lambda: float(10 ** 400))
