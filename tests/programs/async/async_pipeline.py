# An async producer/consumer pipeline with a hand-made queue and scheduler.
from collections import deque
class Queue:
    def __init__(self):
        self.items = deque()
    def put(self, v):
        self.items.append(v)
    async def get(self):
        while not self.items:
            await Sleep()
        return self.items.popleft()
class Sleep:
    def __await__(self):
        yield
async def producer(q, n):
    for i in range(n):
        print("produce", i)
        q.put(i)
        await Sleep()
    q.put(None)
async def consumer(q, out):
    while True:
        item = await q.get()
        if item is None:
            return len(out)
        print("consume", item)
        out.append(item * item)
def run_all(*coros):
    tasks = deque(coros)
    results = {}
    while tasks:
        t = tasks.popleft()
        try:
            t.send(None)
            tasks.append(t)
        except StopIteration as e:
            results[t.__qualname__] = e.value
    return results
q, out = Queue(), []
print(run_all(consumer(q, out), producer(q, 4)))
print(out)
