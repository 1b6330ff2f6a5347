# A tiny round-robin scheduler for coroutines with a sleep-like awaitable.
from collections import deque
class Pause:
    def __await__(self):
        yield
async def worker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await Pause()
    return f"{name} done"
def run(coros):
    ready = deque(coros)
    results = []
    while ready:
        c = ready.popleft()
        try:
            c.send(None)
            ready.append(c)
        except StopIteration as e:
            results.append(e.value)
    return results
log = []
print(run([worker("a", 3, log), worker("b", 1, log), worker("c", 2, log)]))
print(log)
