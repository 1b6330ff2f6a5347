# SPDX-License-Identifier: MIT
# Benchmark: object-oriented code: method dispatch through an inheritance
# chain, super() calls, properties with setters, class attributes and
# isinstance checks.  Prints a checksum.


class Shape:
    sides = 0

    def __init__(self, name: str) -> None:
        self.name = name
        self._scale = 1

    @property
    def scale(self) -> int:
        return self._scale

    @scale.setter
    def scale(self, value: int) -> None:
        self._scale = value if value > 0 else 1

    def area(self) -> int:
        return 0

    def describe(self) -> int:
        return self.area() * self.scale + self.sides


class Rect(Shape):
    sides = 4

    def __init__(self, w: int, h: int) -> None:
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self) -> int:
        return self.w * self.h


class Square(Rect):
    def __init__(self, s: int) -> None:
        super().__init__(s, s)
        self.name = "square"

    def describe(self) -> int:
        return super().describe() + 1


class Triangle(Shape):
    sides = 3

    def __init__(self, b: int, h: int) -> None:
        super().__init__("tri")
        self.b = b
        self.h = h

    def area(self) -> int:
        return self.b * self.h // 2


class Counter:
    __slots__ = ("count",)

    def __init__(self) -> None:
        self.count = 0

    def bump(self, by: int) -> None:
        self.count += by


def main() -> None:
    shapes: list[Shape] = []
    for i in range(300):
        k = i % 3
        if k == 0:
            shapes.append(Rect(i % 7 + 1, i % 5 + 1))
        elif k == 1:
            shapes.append(Square(i % 9 + 1))
        else:
            shapes.append(Triangle(i % 11 + 1, i % 4 + 2))
    c = Counter()
    total = 0
    for rnd in range(1200):
        for s in shapes:
            s.scale = rnd % 4
            total += s.describe()
            if isinstance(s, Rect):
                c.bump(1)
        total &= 0xFFFFFFFF
    made = 0
    for i in range(200000):
        sq = Square(i & 15)
        made += sq.area() + len(sq.name)
    print("oo", total, c.count, made)


main()
