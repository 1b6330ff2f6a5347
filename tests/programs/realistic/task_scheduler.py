# A priority-queue scheduler with dependencies, deadlines and simulated time.
import heapq
class Task:
    def __init__(self, name, duration, priority, deps=()):
        self.name, self.duration, self.priority, self.deps = name, duration, priority, set(deps)
    def __lt__(self, other):
        return (self.priority, self.name) < (other.priority, other.name)
    def __repr__(self):
        return f"Task({self.name})"
tasks = [
    Task("design", 3, 1), Task("build", 5, 2, ["design"]), Task("test", 2, 2, ["build"]),
    Task("docs", 2, 3, ["design"]), Task("release", 1, 1, ["test", "docs"]), Task("coffee", 1, 5),
]
def schedule(tasks, workers=2):
    by_name = {t.name: t for t in tasks}
    waiting = {t.name: set(t.deps) for t in tasks}
    ready = [t for t in tasks if not t.deps]
    heapq.heapify(ready)
    running = []
    time = 0
    log = []
    done = set()
    while ready or running:
        while ready and len(running) < workers:
            t = heapq.heappop(ready)
            heapq.heappush(running, (time + t.duration, t.name))
            log.append(f"t={time:2d} start {t.name}")
        end, name = heapq.heappop(running)
        time = end
        done.add(name)
        log.append(f"t={time:2d} done  {name}")
        for other, deps in waiting.items():
            if name in deps:
                deps.discard(name)
                if not deps and other not in done:
                    heapq.heappush(ready, by_name[other])
    return time, log
total, log = schedule(tasks)
print("\n".join(log))
print("makespan", total)
print("one worker:", schedule(tasks, 1)[0], "three workers:", schedule(tasks, 3)[0])
