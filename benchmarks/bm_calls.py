# SPDX-License-Identifier: MIT
# Benchmark: function calls with positional, default, keyword, *args and
# **kwargs arguments.  Prints a checksum so a wrong result shows as FAIL.


def pos3(a: int, b: int, c: int) -> int:
    return a + b - c


def defaults(a: int, b: int = 2, c: int = 3) -> int:
    return a * b + c


def kwonly(a: int, *, scale: int = 1, shift: int = 0) -> int:
    return a * scale + shift


def star_args(*args: int) -> int:
    total = 0
    for x in args:
        total += x
    return total


def star_kwargs(**kwargs: int) -> int:
    return len(kwargs) + kwargs.get("x", 0)


def mixed(a: int, b: int = 1, *rest: int, flag: bool = False, **extra: int) -> int:
    n = a + b + len(rest) + len(extra)
    return n + 1 if flag else n


def forward(*args: int, **kwargs: int) -> int:
    return mixed(*args, **kwargs)


def main() -> None:
    total = 0
    seq = (1, 2, 3, 4)
    opts = {"flag": True, "z": 9}
    for i in range(100000):
        total += pos3(i, 2, 3)
        total += defaults(i)
        total += defaults(i, c=1)
        total += kwonly(i, scale=3)
        total += kwonly(i, shift=i, scale=2)
        total += star_args(i, 1, 2)
        total += star_args(*seq)
        total += star_kwargs(x=i, y=2)
        total += mixed(i, 2, 3, 4, flag=True, q=1)
        total += forward(i, *seq, **opts)
        total &= 0xFFFFFFFF
    print("calls", total)


main()
