# Generator-based coroutines: a round-robin scheduler of tasks.
from collections import deque
def task(name, n):
    for i in range(n):
        print(f"{name} step {i}")
        yield
    return name
def run(tasks):
    queue = deque(tasks)
    finished = []
    while queue:
        t = queue.popleft()
        try:
            next(t)
            queue.append(t)
        except StopIteration as e:
            finished.append(e.value)
    return finished
print(run([task("A", 3), task("B", 1), task("C", 2)]))
def grep(pattern):
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print("matches:", matches)
        raise
g = grep("py")
next(g)
for line in ["python", "ruby", "pypy", "go"]:
    g.send(line)
g.close()
