# SPDX-License-Identifier: MIT
# Golden disassembly: calls, starred, f-strings, chained comparisons, slices.
def g(a, *b, c=3, **d):
    print(*b, a, sep=f"{c!r:>{a}}", **d)
    a[1:2] += b[::2]
    return 0 < a <= c, (1, 2, ("x", None)), {**d, "k": -1}
