# SPDX-License-Identifier: MIT
# ruff: noqa: UP031  (%-formatting is part of what is measured)
# Benchmark: raising and catching exceptions in loops: built-in and user
# exception classes, except clauses matching by base class, try/finally,
# re-raise, exceptions through several frames, and KeyError/IndexError from
# containers.  Prints a checksum.


class AppError(Exception):
    def __init__(self, code: int) -> None:
        super().__init__("app error %d" % code)
        self.code = code


class NotFound(AppError):
    pass


def lookup(d: dict[int, int], k: int) -> int:
    if k % 5 == 0:
        raise NotFound(k)
    return d[k]


def deep(n: int) -> int:
    if n == 0:
        raise ValueError("bottom")
    return deep(n - 1) + 1


def main() -> None:
    d = {i: i * 2 for i in range(0, 1000, 2)}
    items = [1, 2, 3]
    total = 0
    finals = 0
    for i in range(200000):
        k = i % 1000
        try:
            total += lookup(d, k)
        except NotFound as e:
            total += e.code
        except KeyError:
            total += 1
        finally:
            finals += 1
        try:
            total += items[i % 5]
        except IndexError:
            total -= 1
        try:
            try:
                if i & 7 == 0:
                    raise AppError(i)
            except AppError:  # noqa: TRY203  (re-raise is measured)
                raise
        except Exception as e:  # noqa: BLE001  (base-class match is measured)
            total += len(e.args)
    for i in range(15000):
        try:
            deep(10)
        except ValueError:
            total += 1
    print("exceptions", total, finals)


main()
