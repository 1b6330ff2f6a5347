# Exceptions raised inside generators and comprehensions, and how they surface.
def risky(xs):
    for x in xs:
        if x == 0:
            raise ZeroDivisionError("zero in stream")
        yield 10 // x
g = risky([5, 2, 0, 1])
out = []
try:
    for v in g:
        out.append(v)
except ZeroDivisionError as e:
    print("stopped:", e, out)
print(next(g, "generator finished after error"))
try:
    [1 // x for x in [1, 0]]
except ZeroDivisionError as e:
    print("in list comprehension:", e)
try:
    {k: v for k, v in [(1, 2), (3,)]}
except ValueError as e:
    print("in dict comprehension:", e)
def guarded(xs):
    for x in xs:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield "inf"
print(list(guarded([5, 0, 2])))
def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")
for v in cleanup():
    if v == 1:
        try:
            raise KeyError("in loop body")
        except KeyError as e:
            print("body raised", e)
