# SPDX-License-Identifier: MIT
# Benchmark: closures: creating nested functions that capture variables,
# calling them, nonlocal updates, lambdas, and closures passed as callbacks.
# Prints a checksum.

from collections.abc import Callable


def make_adder(k: int) -> Callable[[int], int]:
    def add(x: int) -> int:
        return x + k

    return add


def make_counter() -> Callable[[], int]:
    count = 0

    def bump() -> int:
        nonlocal count
        count += 1
        return count

    return bump


def compose(f: Callable[[int], int], g: Callable[[int], int]) -> Callable[[int], int]:
    return lambda x: f(g(x))


def apply_all(fs: list[Callable[[int], int]], x: int) -> int:
    for f in fs:
        x = f(x)
    return x


def main() -> None:
    total = 0
    adders = [make_adder(k) for k in range(10)]
    for i in range(120000):
        total += apply_all(adders, i)
        c = make_counter()
        c()
        c()
        total += c()
        h = compose(make_adder(i & 7), lambda v: v * 2)
        total += h(i)
        total &= 0xFFFFFFFF
    print("closures", total)


main()
