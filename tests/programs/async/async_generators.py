# Async generators: asend, athrow, aclose driven manually.
async def counter(limit):
    i = 0
    try:
        while i < limit:
            got = yield i
            i += 1 if got is None else got
    finally:
        print("counter finally")
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("suspended unexpectedly")
g = counter(10)
print(run(g.asend(None)), run(g.asend(None)), run(g.asend(3)), run(g.asend(None)))
try:
    run(g.athrow(ValueError("stop")))
except ValueError as e:
    print("ValueError escaped:", e)
try:
    run(g.asend(None))
except StopAsyncIteration:
    print("exhausted")
g2 = counter(5)
print(run(g2.__anext__()))
run(g2.aclose())
print("closed")
