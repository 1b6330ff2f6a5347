# Function introspection that does not involve addresses: code attributes, defaults, annotations.
def sample(a, b: int = 2, *args, c, d=4, **kw) -> str:
    """Sample docstring."""
    local_one = a
    return str(local_one)
code = sample.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount)
print(code.co_varnames[:6], sample.__defaults__, sample.__kwdefaults__)
print(sample.__annotations__, sample.__doc__, sample.__name__)
def outer():
    x = 1
    def inner():
        return x
    return inner
fn = outer()
print(fn.__code__.co_freevars, outer.__code__.co_cellvars, fn.__closure__[0].cell_contents)
print(sample(1, c=3), (lambda: 0).__code__.co_argcount, type(sample.__code__).__name__)
