# Boolean operators, short-circuit and bool arithmetic.
print(True and False, True or False, not True, not 0)
print(True == 1, False == 0, True is True, isinstance(True, int))
print(True + 2, True * 3.5, -True, ~True, True << 3)
print(True & False, True | False, True ^ True)
print(bool(0), bool(1), bool(-1), bool(0.0), bool("False"), bool([]))
print(str(True), repr(False), int(True), float(False))
print(sum([True, True, False, True]))
print(max(False, True), min(True, 2))
print(True // 1, type(True // 1).__name__, type(True & True).__name__)
print(hash(True) == hash(1), {True: "a", 1: "b"})
x = []
print(x or "empty", x and "never")
print(all([]), any([]), all([1, 0]), any([0, 0.0, "x"]))
