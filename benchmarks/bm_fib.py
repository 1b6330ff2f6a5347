# SPDX-License-Identifier: MIT
# Benchmark: deep recursion through plain function calls (naive Fibonacci)
# plus a mutually recursive pair.  Prints the results as a checksum.


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n: int) -> bool:
    return True if n == 0 else is_odd(n - 1)


def is_odd(n: int) -> bool:
    return False if n == 0 else is_even(n - 1)


def main() -> None:
    print("fib", fib(30))
    evens = 0
    # Depth stays below CPython's default recursion limit of 1000.
    for i in range(2000):
        if is_even(i % 600 + 200):
            evens += 1
    print("even", evens)


main()
