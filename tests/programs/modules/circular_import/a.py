# Module a imports b, which imports a back (partially initialised).
print("a: start")
VALUE_A = "A"
import b
def use_b():
    return b.VALUE_B + "+" + b.from_a()
print("a: end")
