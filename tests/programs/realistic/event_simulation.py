# A discrete-event simulation of a queue with deterministic arrivals, using classes and heapq.
import heapq
class Sim:
    def __init__(self):
        self.now = 0
        self.events = []
        self.seq = 0
        self.log = []
    def at(self, t, fn, *args):
        heapq.heappush(self.events, (t, self.seq, fn, args))
        self.seq += 1
    def run(self, until):
        while self.events and self.events[0][0] <= until:
            self.now, _, fn, args = heapq.heappop(self.events)
            fn(*args)
class Counter:
    def __init__(self, sim, service):
        self.sim, self.service = sim, service
        self.queue = []
        self.busy = False
        self.waits = []
    def arrive(self, cid):
        self.sim.log.append(f"{self.sim.now:3d}: customer {cid} arrives (queue {len(self.queue)})")
        self.queue.append((cid, self.sim.now))
        if not self.busy:
            self.start()
    def start(self):
        cid, t = self.queue.pop(0)
        self.busy = True
        self.waits.append(self.sim.now - t)
        self.sim.at(self.sim.now + self.service(cid), self.finish, cid)
    def finish(self, cid):
        self.sim.log.append(f"{self.sim.now:3d}: customer {cid} leaves")
        self.busy = False
        if self.queue:
            self.start()
sim = Sim()
desk = Counter(sim, service=lambda cid: 3 + cid % 4)
for cid in range(8):
    sim.at(cid * 2 + (cid % 3), desk.arrive, cid)
sim.run(until=100)
print("\n".join(sim.log))
print("waits:", desk.waits, "mean wait: %.2f" % (sum(desk.waits) / len(desk.waits)), "end:", sim.now)
