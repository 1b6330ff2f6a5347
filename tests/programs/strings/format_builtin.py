# format() builtin with many specs on ints, floats and strings.
specs_int = ["", "d", "5d", "<5", "^5", "+", "x", "#o", "08b", ",", "_x", "c", "e", ".2f", "%"]
for s in specs_int:
    print(repr(s), repr(format(65, s)))
specs_float = ["", ".0f", ".1f", "e", ".2e", "g", ".3g", "10.4f", "<10", "+.1f", ",.2f", "%", ".0%", "E", "G"]
for s in specs_float:
    print(repr(s), repr(format(12345.6789, s)), repr(format(-0.000123, s)))
print(format("text", ">10"), format("text", ".2"), format(True), format(None))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
