# String concatenation, repetition, comparison, immutability.
a = "abc"
b = a + "def"
print(b, a * 3, 3 * "-", "" * 5, a * 0, a * -1)
print("apple" < "banana", "Apple" < "apple", "abc" < "abd", "ab" < "abc", "" < "a")
print("a" == "a", "a" != "b", "é" > "z", sorted(["b", "A", "a", "B", "é"]))
try:
    a[0] = "z"
except TypeError as e:
    print("TypeError:", e)
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts))
s = ""
for ch in "hello":
    s = ch + s
print(s)
print(len("a" * 1000), ("ab" * 3).count("ab"))
print(min("hello"), max("hello"), "hello"[1:-1], "x" in "xyz")
print(str(123), str(1.5), str([1]), str(None), str(True), str(b"x"))
