# Default arguments: evaluation time, mutable defaults, None sentinel.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bo", "Hi"), greet("Cy", punct="?"))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2))
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))
n = 5
def captured(v=n):
    return v
n = 99
print(captured())
print(greet.__defaults__, captured.__defaults__)
def kwdefaults(a, *, b=2, c):
    return a, b, c
print(kwdefaults(1, c=3), kwdefaults.__kwdefaults__)
try:
    kwdefaults(1)
except TypeError as e:
    print("TypeError:", e)
