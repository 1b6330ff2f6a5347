# Line continuation, semicolons, nested brackets and trailing commas.
total = 1 + \
        2 + \
        3
print(total)
a = 1; b = 2; c = a + b; print(c)
values = [
    1,
    2,
    3,
]
print(values)
d = {
    "k": (1,
          2),
}
print(d)
def f(
    a,
    b=2,
):
    return a + b
print(f(
    1,
))
if (a == 1 and
        b == 2):
    print("both")
t = 1,
print(t, type(t).__name__)
empty = ()
print(empty, len(empty))
