# Function objects: __name__, __qualname__, __doc__, __defaults__, attributes.
def documented(a, b=1):
    """Adds things."""
    return a + b
print(documented.__name__, documented.__qualname__, documented.__doc__)
print(documented.__defaults__, documented.__code__.co_argcount)
class Outer:
    def method(self):
        def inner():
            pass
        return inner
print(Outer.method.__qualname__, Outer().method().__qualname__)
documented.custom = "attr"
print(documented.custom)
print(callable(documented), type(documented).__name__)
def nodoc():
    pass
print(nodoc.__doc__)
f = documented
print(f is documented, f.__name__)
print(documented.__module__)
