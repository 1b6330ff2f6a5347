# inf and nan: arithmetic, comparisons, conversions.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(-nan))
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1, 1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan < 1, nan > 1)
print(float("infinity"), float("-Inf"), float("NaN"), float("+nan"))
import math
print(math.isinf(inf), math.isnan(nan), math.isfinite(1.0), math.isfinite(inf))
print(max(1, inf), min(-inf, 0), sorted([3, inf, -inf, 0]))
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
print(math.copysign(1, -0.0), -0.0 == 0.0, str(-0.0), 0.0 * -1)
print(1e308 * 10 == inf, 2.0 ** 1023 * 2 == inf if False else "skip")
try:
    2.0 ** 1024
except OverflowError as e:
    print("OverflowError:", type(e).__name__)
print(inf // 1 if False else "", math.fmod(5.5, 2), 5.5 % inf, -5.5 % inf)
