# len on many types; range and enumerate behaviour.
print(len("héllo"), len(b"\x00\x01"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 2}), len(range(0, 10, 3)), len(frozenset()))
print(len(bytearray(4)), len(memoryview(b"abc")), len(""), len([[]]))
class L:
    def __len__(self):
        return 42
print(len(L()))
for i, ch in enumerate("abc"):
    print(i, ch)
for i, ch in enumerate("abc", start=-1):
    print(i, ch)
e = enumerate(["x", "y"])
print(next(e), list(e), list(enumerate([])))
print(list(range(5)), list(range(2, 5)), list(range(10, 0, -2)), list(range(0)))
try:
    len(42)
except TypeError as err:
    print("TypeError:", err)
try:
    len(iter([1]))
except TypeError as err:
    print("TypeError:", err)
