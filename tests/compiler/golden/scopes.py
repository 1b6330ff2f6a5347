# SPDX-License-Identifier: MIT
# Golden disassembly: closures, classes, super(), comprehensions, walrus.
class Base:
    pass


class C(Base):
    __k = 1

    def __init__(self, n):
        super().__init__()
        self.items = [y for i in range(n) if (y := i * self.__k)]

    def total(self):
        def inner():
            return sum(self.items)
        return inner
