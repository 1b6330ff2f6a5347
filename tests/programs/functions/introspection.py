# Function introspection that does not involve addresses or code-object internals.
def sample(a, b: int = 2, *args, c, d=4, **kw) -> str:
    """Sample docstring."""
    local_one = a
    return str(local_one)
print(sample.__defaults__, sample.__kwdefaults__, sample.__name__, sample.__qualname__)
print(sample.__annotations__, sample.__doc__, sample.__module__)
def outer():
    x = 1
    def inner():
        return x
    return inner
fn = outer()
print(fn.__qualname__, len(fn.__closure__), fn.__closure__[0].cell_contents, outer.__closure__)
print(sample(1, c=3), (lambda: 0).__name__, (lambda: 0).__defaults__, type(sample).__name__)
class K:
    def m(self, x=5):
        "method doc"
        return x
print(K.m.__qualname__, K.m.__defaults__, K().m.__doc__, K().m.__name__, K.m.__module__)
sample.__defaults__ = (20,)
print(sample(1, c=3), sample.__defaults__)
def nodefaults(): pass
print(nodefaults.__defaults__, nodefaults.__kwdefaults__, nodefaults.__annotations__)
