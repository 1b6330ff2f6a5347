# A manual gather(): run several coroutines to completion and collect results in order.
class Tick:
    def __await__(self):
        yield self
async def fetch(key, delay):
    for _ in range(delay):
        await Tick()
    return f"{key}:{delay}"
def gather(*coros):
    results = [None] * len(coros)
    pending = dict(enumerate(coros))
    order = []
    while pending:
        for i in list(pending):
            try:
                pending[i].send(None)
            except StopIteration as e:
                results[i] = e.value
                order.append(i)
                del pending[i]
    return results, order
print(gather(fetch("a", 3), fetch("b", 0), fetch("c", 1)))
async def compute():
    total = 0
    for k in range(4):
        await Tick()
        total += k
    return total
print(gather(compute(), compute()))
