# Sequence concatenation/repetition fallbacks to reflected methods, their errors, pow with a modulus.
class P:
    def __radd__(self, o): return f"P.__radd__({o!r})"
print("s" + P(), [1] + P(), (1,) + P())
class V:
    def __mul__(self, o): return NotImplemented
for f in [lambda: V() * "s", lambda: V() * [1], lambda: "s" * V(), lambda: "a" + 1, lambda: [1] + (2,), lambda: (1,) + [2],
          lambda: "a" * "b", lambda: [1] * 1.5, lambda: 2.5 * (1,), lambda: "x" * [1], lambda: [] * []]:
    try: print(f())
    except TypeError as e: print(e)
print(pow(5, 0, 1), pow(0, 0, 1), pow(7, 0, -1), pow(2**70, 0, 1), pow(3, 2, 1), pow(3, 0, 5), pow(3, 0, -5), pow(3, 4, -7))
print("ab" * 3, 3 * [0], (1, 2) * 2, "x" + "y", [1] + [2])
