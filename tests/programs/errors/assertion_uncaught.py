# An uncaught AssertionError with a message.
def check_sorted(xs):
    for a, b in zip(xs, xs[1:]):
        assert a <= b, f"{a} > {b}"
    return True
print(check_sorted([1, 2, 3]))
print(check_sorted([]), check_sorted([5]))
try:
    check_sorted([2, 1])
except AssertionError as e:
    print("caught:", e)
print(check_sorted([1, 3, 2]))
