# SPDX-License-Identifier: MIT
# Benchmark: list, dict and set comprehensions (nested loops, conditions),
# and building from them with zip/enumerate.  Prints a checksum.


def main() -> None:
    total = 0
    for rnd in range(150):
        n = 5000 + rnd
        sq = [x * x for x in range(n) if x % 3]
        grid = [[i * j for j in range(40)] for i in range(40)]
        flat = [v for row in grid for v in row if v & 1]
        idx = {i: v for i, v in enumerate(sq)}
        rev = {v: k for k, v in idx.items() if k % 2 == 0}
        uniq = {x % 977 for x in sq}
        pairs = [(a, b) for a, b in zip(sq, flat) if a > b]
        total += len(sq) + sum(flat) + len(idx) + len(rev) + len(uniq) + len(pairs)
        total += sum([len(str(x)) for x in range(2000)])
    print("comprehensions", total)


main()
