# NotImplementedError in abstract-style methods; AssertionError details.
class Base:
    def run(self):
        raise NotImplementedError("subclasses must implement run")
class Impl(Base):
    def run(self):
        return "ran"
for obj in (Base(), Impl()):
    try:
        print(obj.run())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
def checked_div(a, b):
    assert b != 0, f"divisor must be nonzero (a={a})"
    return a / b
print(checked_div(1, 4))
try:
    checked_div(3, 0)
except AssertionError as e:
    print("AssertionError:", e)
print(issubclass(NotImplementedError, RuntimeError), NotImplemented is not NotImplementedError)
