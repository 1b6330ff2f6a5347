# SPDX-License-Identifier: MIT
# ruff: noqa: UP031  (%-formatting is part of what is measured)
# Benchmark: list sorting: large lists of ints, floats, strings and tuples,
# sorted with and without key= and reverse=, sorted() and list.sort(),
# already-sorted and reversed inputs.  Prints a checksum.


def lcg(seed: int, n: int) -> list[int]:
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(x)
    return out


def main() -> None:
    total = 0
    for rnd in range(2):
        nums = lcg(rnd + 1, 100000)
        a = sorted(nums)
        total += a[0] + a[len(a) // 2] + a[-1]
        b = sorted(nums, reverse=True)
        total += b[10]
        c = sorted(nums, key=lambda v: v % 1000)
        total += c[0] % 1000 + c[-1] % 1000 + c[500]
        words = ["w%d" % (v % 50000) for v in nums[:50000]]
        words.sort()
        total += len(words[0]) + len(words[-1]) + len(words[25000])
        words.sort(key=len)
        total += len(words[0])
        pairs = [(v % 100, -v) for v in nums[:50000]]
        pairs.sort()
        total += pairs[0][1] + pairs[-1][1]
        fl = [v / 7.0 for v in nums[:50000]]
        fl.sort()
        total += int(fl[100])
        a.sort()
        a.reverse()
        a.sort()
        total += a[777]
        total &= 0xFFFFFFFFFFFF
    print("sort", total)


main()
