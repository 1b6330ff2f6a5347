# async def / await driven by hand with coro.send(None); no event loop.
class Yield:
    def __await__(self):
        yield "suspended"
async def add(a, b):
    await Yield()
    return a + b
async def main():
    x = await add(1, 2)
    y = await add(x, 10)
    return [x, y]
coro = main()
print(type(coro).__name__)
steps = 0
try:
    while True:
        print("yielded:", coro.send(None))
        steps += 1
except StopIteration as e:
    print("result:", e.value, "steps:", steps)
async def immediate():
    return "no suspension"
c = immediate()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
