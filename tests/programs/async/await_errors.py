# Errors: awaiting a non-awaitable, exceptions from awaited coroutines, reuse.
async def fail():
    raise KeyError("from coroutine")
async def main():
    try:
        await fail()
    except KeyError as e:
        print("caught", repr(e))
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    return "ok"
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def simple():
    return 1
s = simple()
try:
    s.send("x")
except TypeError as e:
    print("TypeError:", e)
s.close()
