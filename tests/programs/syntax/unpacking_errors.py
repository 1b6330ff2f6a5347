# Unpacking mismatches raise ValueError/TypeError with precise messages.
def attempt(fn):
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

def too_many():
    a, b = [1, 2, 3]
def too_few():
    a, b, c = [1, 2]
def star_few():
    a, b, *c = [1]
def not_iter():
    a, b = 5
def ok():
    a, *b, c = [1, 2]
    print("ok", a, b, c)
for f in (too_many, too_few, star_few, not_iter, ok):
    attempt(f)
a, (b, *c), d = 1, "xyz", 4
print(a, b, c, d)
