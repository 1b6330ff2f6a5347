# str() of many objects and int()/float() parsing from strings.
print(str(), str(0), str(-0.0), str(1e100), str(1/3), str([1, "a"]), str({"k": (1,)}))
for text in ["42", "  -17  ", "+5", "0", "1_000", "0x1F", "1e3", "", "12a", "٣"]:
    try:
        print(repr(text), int(text))
    except ValueError as e:
        print(repr(text), "ValueError:", e)
for text, base in [("ff", 16), ("0xff", 16), ("0xff", 0), ("777", 8), ("0o17", 0), ("z", 36), ("101", 2), ("12", 3)]:
    print(text, base, int(text, base))
for text in ["3.14", " -2.5e-3 ", "inf", "-Infinity", "nan", "1_0.5", ".5", "5.", "1e", "abc"]:
    try:
        print(repr(text), float(text))
    except ValueError as e:
        print(repr(text), "ValueError:", e)
try:
    int("9", 8)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1", 37)
except ValueError as e:
    print("ValueError:", e)
