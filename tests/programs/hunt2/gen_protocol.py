# SPDX-License-Identifier: MIT
# Generator protocol: send/throw/close, return values, yield from delegation, StopIteration inside generators, generator expressions, gi_running.
def gen():
    try:
        x = yield 1
        print("got", x)
        y = yield x * 2
        print("got", y)
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    finally:
        print("finally")
    return "done"

g = gen()
print(next(g), g.send(5), g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)

g = gen(); next(g); g.close(); print("closed", g.gi_frame is None if hasattr(g, "gi_frame") else True)
try:
    next(g)
except StopIteration as e:
    print("stop after close", e.value)

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = stubborn(); next(g)
try:
    g.close()
except RuntimeError as e:
    print("RE", e)

def ret_in_close():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        return 5
g = ret_in_close(); next(g); print(g.close())

g = gen()
try:
    g.send(3)
except TypeError as e:
    print("TE", e)
g = gen()
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KE before start", e)
print(list(g))

def deleg():
    r = yield from gen()
    print("inner returned", r)
    r2 = yield from [10, 20]
    print("list ret", r2)
    return "outer"
d = deleg()
print(next(d), d.send("a"), d.send("b"), next(d), next(d))
try:
    next(d)
except StopIteration as e:
    print("outer stop", e.value)

d = deleg(); next(d); print(d.throw(ValueError("v"))); d.close()

def stop_inside():
    yield 1
    raise StopIteration("x")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RE", e, type(e.__cause__).__name__)

def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif cmd is None:
            n += 1
        else:
            n += cmd
c = counter(); print(next(c), next(c), c.send(10), c.send("reset"), next(c))

ge = (x * x for x in range(5) if x % 2 == 0)
print(next(ge), list(ge), list(ge))
ge2 = (i for i in range(3)); print(sum(ge2), sum(ge2))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
try:
    (1 / x for x in [1, 0]).__next__(); print(list(1 / x for x in [1, 0]))
except ZeroDivisionError as e:
    print("ZDE", e)
def running():
    print(g2.gi_running)
    yield
g2 = running(); print(g2.gi_running); next(g2)
def self_ref():
    yield next(g3)
g3 = self_ref()
try:
    next(g3)
except ValueError as e:
    print("VE", e)
