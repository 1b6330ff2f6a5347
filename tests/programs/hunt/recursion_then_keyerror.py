# SPDX-License-Identifier: MIT
# RecursionError caught, then an uncaught KeyError ends the program.
def f(n): return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("rec", e)
raise KeyError("k")
