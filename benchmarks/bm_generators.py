# SPDX-License-Identifier: MIT
# Benchmark: generator functions (yield, yield from, send), generator
# expressions consumed by sum/any/max, and chained generator pipelines.
# Prints a checksum.

from collections.abc import Iterator


def count_up(n: int) -> Iterator[int]:
    i = 0
    while i < n:
        yield i
        i += 1


def evens(src: Iterator[int]) -> Iterator[int]:
    for x in src:
        if x % 2 == 0:
            yield x


def squares(src: Iterator[int]) -> Iterator[int]:
    for x in src:
        yield x * x


def chained(n: int) -> Iterator[int]:
    yield from count_up(n)
    yield from range(n)


def accumulator() -> Iterator[int]:
    total = 0
    while True:
        got = yield total
        total += got


def main() -> None:
    total = 0
    for rnd in range(20):
        total += sum(squares(evens(count_up(30000))))
        total += sum(x for x in chained(20000) if x & 1)
        total += max(x * 3 % 1001 for x in range(20000))
        total += 1 if any(x > 19990 for x in count_up(20000)) else 0
        acc = accumulator()
        next(acc)
        for i in range(20000):
            total += acc.send(i) & 0xFF
        total &= 0xFFFFFFFFFFFF
    print("generators", total)


main()
