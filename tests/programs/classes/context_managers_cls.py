# __enter__/__exit__: return values, exception suppression, multiple items.
class Res:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with Res("a") as a, Res("b") as b:
    print("body", a, b)
with Res("quiet", suppress=True):
    raise ValueError("hidden")
print("after suppressed")
try:
    with Res("loud"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
with Res("x") as x, Res("y", suppress=True):
    1 / 0
print("continued")
def early():
    with Res("ret"):
        return "returned"
print(early())
for i in range(2):
    with Res(f"loop{i}"):
        if i == 0:
            continue
        break
