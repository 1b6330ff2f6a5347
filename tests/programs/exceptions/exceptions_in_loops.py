# Exceptions with break/continue/return inside loops and finally.
def parse_all(items):
    out, bad = [], []
    for it in items:
        try:
            out.append(int(it))
        except ValueError:
            bad.append(it)
            continue
        finally:
            pass
    return out, bad
print(parse_all(["1", "x", "3", "4.5", "-7"]))
def first_valid(items):
    for it in items:
        try:
            return 100 // it
        except ZeroDivisionError:
            print("skip zero")
        except TypeError:
            print("skip", repr(it))
    return None
print(first_valid([0, "a", 0, 4]))
count = 0
while True:
    try:
        count += 1
        if count == 3:
            break
    finally:
        print("loop finally", count)
print("count", count)
results = []
for i in range(4):
    try:
        if i % 2:
            raise IndexError(i)
        results.append(i)
    except IndexError as e:
        results.append(f"E{e}")
print(results)
