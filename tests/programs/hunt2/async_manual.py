# SPDX-License-Identifier: MIT
# async/await driven by hand with coro.send(None): custom awaitables, async with, async for, async generators and comprehensions.
class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        r = yield ("sleep", self.n)
        return r
async def worker(name, n):
    total = 0
    for i in range(n):
        got = await Sleep(i)
        total += got or 0
    return f"{name}:{total}"
async def main():
    a = await worker("a", 2)
    try:
        await Fail()
    except RuntimeError as e:
        a += f" caught {e}"
    async with Ctx("c1") as c:
        a += f" in {c}"
    async for v in ARange(3):
        a += f" {v}"
    return a
class Fail:
    def __await__(self):
        raise RuntimeError("fail")
        yield
class Ctx:
    def __init__(self, n): self.n = n
    async def __aenter__(self): print("enter", self.n); await Sleep(0); return self.n
    async def __aexit__(self, *exc): print("exit", self.n, exc[0]); return False
class ARange:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        await Sleep(self.i)
        return self.i
def run(coro):
    step = 0
    try:
        cmd = coro.send(None)
        while True:
            print("yielded", cmd)
            step += 1
            cmd = coro.send(step * 10)
    except StopIteration as e:
        return e.value
print(run(main()))
async def agen():
    for i in range(3):
        yield i
        await Sleep(i)
async def consume():
    out = [x async for x in agen()]
    out2 = [x * 2 async for x in agen() if x]
    return out, out2
print(run(consume()))
c = worker("z", 1)
print(type(c).__name__, c.cr_running if hasattr(c, "cr_running") else False)
print(c.send(None)); 
try:
    c.throw(ValueError("into coro"))
except ValueError as e:
    print("VE", e)
async def simple(): return 42
c2 = simple()
try:
    c2.send(None)
except StopIteration as e:
    print("result", e.value)
try:
    c2.send(None)
except RuntimeError as e:
    print("RE", e)
async def noawait(): pass
c3 = noawait(); c3.close(); print("closed ok")
ag = agen()
s = ag.asend(None)
try:
    s.send(None)
except StopIteration as e:
    print("agen first", e.value)
async def tasks():
    results = []
    coros = [worker(n, k) for n, k in [("p", 1), ("q", 3)]]
    for co in coros:
        results.append(await co)
    return results
print(run(tasks()))
