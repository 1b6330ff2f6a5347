# SPDX-License-Identifier: MIT
# ruff: noqa: UP031  (%-formatting is part of what is measured)
# Benchmark: string building and formatting: str.join, f-strings with
# format specs, %-formatting, str.format, and common str methods (split,
# replace, upper, strip, find, startswith).  Prints a checksum.


def build(n: int) -> str:
    parts: list[str] = []
    for i in range(n):
        parts.append(f"{i}:{i * 3:>6}|{i / 7:.3f}|{i:x}")
    return ",".join(parts)


def percent(n: int) -> int:
    total = 0
    for i in range(n):
        s = "%d-%s-%5.2f-%-4d|%x" % (i, "ab", i / 3, i % 100, i)
        total += len(s)
    return total


def fmt_method(n: int) -> int:
    total = 0
    tmpl = "{0}/{1:>4}/{name}"
    for i in range(n):
        total += len(tmpl.format(i, i % 97, name="x" * (i % 5)))
    return total


def methods(text: str) -> int:
    total = 0
    for field in text.split(","):
        a, b, c, d = field.split("|")[0], "", "", ""
        head, _, tail = field.partition(":")
        total += len(head.strip()) + len(tail.upper())
        total += tail.find("5") + tail.count("1")
        if field.startswith("1") or field.endswith("a"):
            total += 1
        total += len(field.replace("|", "::")) + len(a + b + c + d)
    return total


def main() -> None:
    total = 0
    for rnd in range(5):
        text = build(15000 + rnd)
        total += len(text) + methods(text)
        total += percent(15000)
        total += fmt_method(15000)
        acc = ""
        for i in range(3000):
            acc += str(i % 10)
        total += len(acc) + acc.count("7")
        total += len(
            " ".join(w.capitalize() for w in ["alpha", "beta", "gamma"] * 1000)
        )
    print("strings", total)


main()
