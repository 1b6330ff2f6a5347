# int(x, base), chr/ord, hex/oct/bin, format.
print(int("101", 2), int("z", 36), int("0x1f", 16), int("0b11", 0), int("017", 8), int(" 42 "))
print(int(3.99), int(-3.99), int("-0"), int(), int(True))
print(chr(65), chr(8364), chr(0x1F600), ord("A"), ord("€"), ord("😀"), ord("\n"))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
print(hex(0), hex(255), hex(-42), oct(8), oct(-8), bin(0), bin(5), bin(-5))
print(format(255, "x"), format(255, "#X"), format(5, "08b"), format(3.14159, ".3f"), format("s", ">4"))
print(format(1234567, ","), format(0.5, "%"), format(42), format(True, "d"))
try:
    int("12", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
