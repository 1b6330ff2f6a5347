# SPDX-License-Identifier: MIT
# ruff: noqa: UP031  (%-formatting is part of what is measured)
# Benchmark: dict and set churn: insert, lookup, update, delete and
# membership tests with int keys and str keys, plus dict iteration.
# Prints a checksum.


def int_keys(n: int) -> int:
    d: dict[int, int] = {}
    for i in range(n):
        d[(i * 7919) % 100003] = i
    hits = 0
    for i in range(n):
        if i in d:
            hits += d[i]
    for i in range(0, n, 2):
        k = (i * 7919) % 100003
        d.pop(k, None)
    for k, v in d.items():
        hits += k ^ v
    return hits + len(d)


def str_keys(n: int) -> int:
    words = ["k%d" % i for i in range(n)]
    d: dict[str, int] = {}
    for w in words:
        d[w] = d.get(w, 0) + len(w)
    for w in words:
        d[w] += 1
    total = 0
    for w in words[::3]:
        total += d.pop(w)
    for w in d:  # noqa: PLC0206  (keyed lookup is measured)
        total += d[w]
    d.update({"extra%d" % i: i for i in range(100)})
    return total + len(d)


def sets(n: int) -> int:
    a: set[int] = set()
    b: set[str] = set()
    for i in range(n):
        a.add(i * 3 % 5003)
        b.add(str(i % 2011))
    c = {x for x in range(0, 5003, 2)}
    u = a | c
    x = a & c
    y = a - c
    found = 0
    for i in range(n):
        if i in a:
            found += 1
        if str(i) in b:
            found += 2
    for i in range(0, 5003, 3):
        a.discard(i)
    return found + len(u) + len(x) + len(y) + len(a) + len(b)


def main() -> None:
    total = 0
    for rnd in range(12):
        total += int_keys(40000 + rnd)
        total += str_keys(20000 + rnd)
        total += sets(20000 + rnd)
    print("dictset", total)


main()
