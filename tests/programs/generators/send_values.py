# Generator send(): priming, running averages, return value in StopIteration.
def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        if v is None:
            return (count, total)
        total += v
        count += 1
        avg = total / count
g = averager()
print(next(g))
for v in (10, 20, 60):
    print(g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    yield received
e = echo()
print(e.send(None), e.send("a"), e.send("b"), e.send("c"))
try:
    averager().send(5)
except TypeError as err:
    print("TypeError:", err)
