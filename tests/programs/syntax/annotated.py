# Annotated assignments at module, class and function level.
count: int = 3
name: str
print(count)
print(__annotations__)
try:
    print(name)
except NameError as e:
    print("NameError", e)

class Point:
    x: int
    y: int = 0
    label: str = "p"

print(Point.__annotations__)
print(Point.y, Point.label)
print(hasattr(Point, "x"))

def f(a: int, b: "str" = "z") -> list:
    local: float = 1.5
    return [a, b, local]

print(f(1))
print(f.__annotations__)
data: dict = {}
data["k"]: int = 5
print(data)
