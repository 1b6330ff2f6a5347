# SPDX-License-Identifier: MIT
# Coroutines driven by hand: a toy loop with awaitables, async generators/comprehensions, async with/for, throw and close.
class Future:
    def __init__(self): self.done = False; self.result = None; self.cbs = []
    def set(self, v):
        self.done = True; self.result = v
    def __await__(self):
        if not self.done:
            yield self
        return self.result
class Loop:
    def __init__(self): self.ready = []; self.log = []
    def spawn(self, coro): self.ready.append((coro, None))
    def run(self):
        pending = []
        while self.ready or pending:
            if not self.ready:
                fut, coro = pending.pop(0); fut.set(f'data{len(pending)}'); self.ready.append((coro, None))
                continue
            coro, val = self.ready.pop(0)
            try:
                fut = coro.send(val)
            except StopIteration as e:
                self.log.append(('done', e.value)); continue
            pending.append((fut, coro))
async def fetch(name):
    f = Future()
    v = await f
    return f'{name}:{v}'
async def worker(name, n):
    out = []
    for i in range(n):
        out.append(await fetch(f'{name}{i}'))
    return out
loop = Loop(); loop.spawn(worker('a', 2)); loop.spawn(worker('b', 1)); loop.run(); print(loop.log)
async def simple(): return 42
c = simple()
try: c.send(None)
except StopIteration as e: print('value', e.value)
print(type(c).__name__)
async def agen(n):
    for i in range(n):
        yield i * i
async def consume():
    res = [x async for x in agen(4)]
    async for y in agen(2): res.append(-y)
    return res
try: consume().send(None)
except StopIteration as e: print(e.value)
class ACtx:
    async def __aenter__(self): print('aenter'); return self
    async def __aexit__(self, *exc): print('aexit', exc[0].__name__ if exc[0] else None); return True
async def use_ctx():
    async with ACtx() as a:
        raise ValueError
    return 'ok'
try: use_ctx().send(None)
except StopIteration as e: print(e.value)
class AIter:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
async def use_aiter():
    return [v async for v in AIter()]
try: use_aiter().send(None)
except StopIteration as e: print(e.value)
class _Sleep0:
    def __await__(self):
        yield 'tick'
def sleep0(): return _Sleep0()
async def ticker():
    await sleep0(); await sleep0(); return 'ticked'
t = ticker(); print(t.send(None), t.send(None))
try: t.send(None)
except StopIteration as e: print(e.value)
async def raiser(): raise KeyError('x')
try: raiser().send(None)
except KeyError as e: print('KeyError', e)
async def thrower():
    try:
        await sleep0()
    except ValueError as e:
        return f'handled {e}'
th = thrower(); th.send(None)
try: th.throw(ValueError('v'))
except StopIteration as e: print(e.value)
ag = agen(3)
try: ag.__anext__().send(None)
except StopIteration as e: print('anext', e.value)
async def closer():
    try: await sleep0()
    finally: print('closer finally')
cl = closer(); cl.send(None); cl.close(); print('closed')
