# Module b reads names a defined before importing b.
print("b: start")
import a
VALUE_B = "B"
def from_a():
    return a.VALUE_A
print("b: sees a.VALUE_A =", a.VALUE_A, "has use_b:", hasattr(a, "use_b"))
