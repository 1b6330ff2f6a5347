# An uncaught exception without a message: the last line is just the class name.
class Empty(Exception):
    pass
print(repr(Empty()), str(Empty()) == "")
try:
    raise Empty
except Empty as e:
    print("caught", type(e).__name__, e.args)
print("raising")
def f():
    raise Empty
f()
