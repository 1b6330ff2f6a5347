# Generator throw() and close(): handling, finally blocks, GeneratorExit.
def worker():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled", e)
                yield "recovered"
    finally:
        print("cleanup")
w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad")))
next(w)
w.close()
print("closed")
w.close()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
s = stubborn()
next(s)
s.close()
def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignores()
next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def simple():
    yield 1
g = simple()
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated", e)
print(list(g))
