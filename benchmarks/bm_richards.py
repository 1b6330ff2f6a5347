# SPDX-License-Identifier: MIT
# Benchmark: a Richards-style operating-system simulation: a priority
# scheduler running an idle task, a worker, two handlers and two devices
# that pass packets through queues.  Exercises attribute access, method
# calls through subclasses and linked lists.  Prints the scheduler's
# queue and hold counts, which depend on every step being right.

from __future__ import annotations

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUF_SIZE = 4


class Packet:
    def __init__(self, link: Packet | None, ident: int, kind: int) -> None:
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUF_SIZE

    def append_to(self, head: Packet | None) -> Packet:
        # Put self at the end of the queue starting at head; return the head.
        self.link = None
        if head is None:
            return self
        p = head
        while p.link is not None:
            p = p.link
        p.link = self
        return head


class Task:
    def __init__(
        self,
        sched: Scheduler,
        ident: int,
        prio: int,
        queue: Packet | None,
        waiting: bool,
    ) -> None:
        self.sched = sched
        self.ident = ident
        self.prio = prio
        self.queue = queue
        self.held = False
        self.waiting = waiting and queue is None
        self.link = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def runnable(self) -> bool:
        return not self.held and (not self.waiting or self.queue is not None)

    def take_packet(self) -> Packet | None:
        pkt = self.queue
        if pkt is not None:
            self.queue = pkt.link
        self.waiting = False
        return pkt

    def run(self, pkt: Packet | None) -> Task | None:
        raise NotImplementedError


class Scheduler:
    def __init__(self) -> None:
        self.tasks: Task | None = None
        self.table: list[Task | None] = [None] * 6
        self.current: Task | None = None
        self.queue_count = 0
        self.hold_count = 0

    def find(self, ident: int) -> Task:
        t = self.table[ident]
        assert t is not None
        return t

    def hold_self(self) -> Task | None:
        cur = self.current
        assert cur is not None
        self.hold_count += 1
        cur.held = True
        return cur.link

    def release(self, ident: int) -> Task | None:
        t = self.find(ident)
        t.held = False
        cur = self.current
        assert cur is not None
        return t if t.prio > cur.prio else cur

    def wait(self) -> Task | None:
        cur = self.current
        assert cur is not None
        cur.waiting = True
        return cur

    def queue_packet(self, pkt: Packet) -> Task | None:
        # Send pkt to the task named by pkt.ident; the sender's id goes in
        # the packet so the receiver can answer.
        t = self.find(pkt.ident)
        cur = self.current
        assert cur is not None
        self.queue_count += 1
        pkt.ident = cur.ident
        was_empty = t.queue is None
        t.queue = pkt.append_to(t.queue)
        if was_empty and t.waiting:
            t.waiting = False
            if t.prio > cur.prio:
                return t
        return cur

    def schedule(self) -> None:
        t = self.tasks
        while t is not None:
            if t.runnable():
                self.current = t
                pkt = t.take_packet() if t.queue is not None else None
                t = t.run(pkt)
            else:
                t = t.link


class IdleTask(Task):
    def __init__(self, sched: Scheduler, count: int) -> None:
        super().__init__(sched, IDLE, 0, None, False)
        self.control = 1
        self.count = count

    def run(self, pkt: Packet | None) -> Task | None:
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.sched.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched: Scheduler, queue: Packet) -> None:
        super().__init__(sched, WORKER, 1000, queue, True)
        self.dest = HANDLER_A
        self.letter = 0

    def run(self, pkt: Packet | None) -> Task | None:
        if pkt is None:
            return self.sched.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        pkt.ident = self.dest
        pkt.datum = 0
        for i in range(BUF_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            pkt.data[i] = self.letter
        return self.sched.queue_packet(pkt)


class HandlerTask(Task):
    def __init__(self, sched: Scheduler, ident: int, prio: int, queue: Packet) -> None:
        super().__init__(sched, ident, prio, queue, True)
        self.work: Packet | None = None
        self.devices: Packet | None = None

    def run(self, pkt: Packet | None) -> Task | None:
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work = pkt.append_to(self.work)
            else:
                self.devices = pkt.append_to(self.devices)
        work = self.work
        if work is None:
            return self.sched.wait()
        pos = work.datum
        if pos >= BUF_SIZE:
            self.work = work.link
            return self.sched.queue_packet(work)
        dev = self.devices
        if dev is None:
            return self.sched.wait()
        self.devices = dev.link
        dev.datum = work.data[pos]
        work.datum = pos + 1
        return self.sched.queue_packet(dev)


class DeviceTask(Task):
    def __init__(self, sched: Scheduler, ident: int, prio: int) -> None:
        super().__init__(sched, ident, prio, None, True)
        self.pending: Packet | None = None
        self.chars = 0

    def run(self, pkt: Packet | None) -> Task | None:
        if pkt is None:
            held = self.pending
            if held is None:
                return self.sched.wait()
            self.pending = None
            return self.sched.queue_packet(held)
        self.pending = pkt
        self.chars += pkt.datum
        return self.sched.hold_self()


def run_once(count: int) -> tuple[int, int, int]:
    s = Scheduler()
    IdleTask(s, count)
    wq = Packet(None, 0, KIND_WORK)
    wq = Packet(wq, 0, KIND_WORK)
    WorkerTask(s, wq)
    for handler, device, prio in (
        (HANDLER_A, DEVICE_A, 2000),
        (HANDLER_B, DEVICE_B, 3000),
    ):
        q = Packet(None, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        HandlerTask(s, handler, prio, q)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.schedule()
    a = s.find(DEVICE_A)
    b = s.find(DEVICE_B)
    assert isinstance(a, DeviceTask) and isinstance(b, DeviceTask)
    return s.queue_count, s.hold_count, a.chars + b.chars


def main() -> None:
    for n in range(7):
        q, h, c = run_once(10000 + n)
    print("richards", q, h, c)


main()
