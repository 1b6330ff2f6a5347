# async for with __aiter__/__anext__ and async generators, driven manually.
class Ticker:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10
async def agen(n):
    for i in range(n):
        yield chr(ord("a") + i)
async def main():
    out = []
    async for v in Ticker(3):
        out.append(v)
    async for ch in agen(4):
        out.append(ch)
    out.append([x async for x in agen(2)])
    return out
def drive(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(drive(main()))
print(type(agen(1)).__name__)
