# Catching exceptions by base class, filtering and aggregating errors manually.
class BatchError(Exception):
    def __init__(self, errors):
        super().__init__(f"{len(errors)} errors")
        self.errors = errors
def process(values):
    errors = []
    ok = []
    for v in values:
        try:
            ok.append(10 / v if isinstance(v, (int, float)) else int(v))
        except (ZeroDivisionError, ValueError) as e:
            errors.append((v, type(e).__name__))
    if errors:
        raise BatchError(errors)
    return ok
print(process([1, 2, 4]))
try:
    process([1, 0, "x", "5", 5])
except BatchError as e:
    print(e, e.errors)
def swallow(fn, *kinds):
    try:
        return fn()
    except kinds as e:
        return f"swallowed {type(e).__name__}"
print(swallow(lambda: [][0], IndexError, KeyError))
print(swallow(lambda: {}[0], IndexError, KeyError))
try:
    swallow(lambda: 1 / 0, IndexError)
except ZeroDivisionError:
    print("not swallowed")
