# hash of ints, bools, floats equal to ints, tuples of ints (stable values).
for n in [0, 1, -1, -2, 42, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 100, -(2 ** 100), 10 ** 30]:
    print(n, hash(n))
print(hash(True), hash(False), hash(1.0) == hash(1), hash(2.0), hash(-0.0), hash(0.5))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((-1,)), hash((1, 2)) == hash((1, 2)))
print(hash(1.5), hash(-1.5), hash(1e100) == hash(int(1e100)), hash(float("inf")))
class H:
    def __hash__(self):
        return 12345
print(hash(H()))
class Big:
    def __hash__(self):
        return 2 ** 70
print(hash(Big()) == hash(2 ** 70))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
