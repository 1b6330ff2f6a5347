# contextlib: contextmanager, suppress, ExitStack, closing, nullcontext, redirect_stdout.
import contextlib, io
@contextlib.contextmanager
def indent(level):
    print(f"{'  ' * level}begin {level}")
    yield level + 1
    print(f"{'  ' * level}end {level}")
with indent(0) as n1:
    with indent(n1) as n2:
        print("  " * n2 + "body")
with contextlib.suppress(ZeroDivisionError):
    print("before")
    1 / 0
    print("not reached")
print("after suppress")
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    print("stack body")
class Res:
    def close(self):
        print("Res closed")
with contextlib.closing(Res()):
    print("using Res")
with contextlib.nullcontext("value") as v:
    print(v)
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured!")
print("captured text:", repr(buf.getvalue()))
@contextlib.contextmanager
def fails():
    yield
    print("not after an exception")
try:
    with fails():
        raise KeyError("inside")
except KeyError as e:
    print("KeyError escaped:", e)
