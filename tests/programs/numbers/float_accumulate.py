# Accumulating floats, Kahan summation, mean/variance, numerical stability.
import math
data = [0.1] * 10 + [1e10, 1.0, -1e10]
print(sum(data), math.fsum(data))
def kahan(xs):
    s = c = 0.0
    for x in xs:
        y = x - c
        t = s + y
        c = (t - s) - y
        s = t
    return s
print(kahan([0.1] * 10), kahan(data))
vals = [2.5, 3.7, 1.2, 9.8, 4.4, 6.1]
mean = sum(vals) / len(vals)
var = sum((v - mean) ** 2 for v in vals) / (len(vals) - 1)
print(round(mean, 10), round(var, 10), round(math.sqrt(var), 10))
x = 1.0
for _ in range(50):
    x = x / 2 + 1 / x
print(x, math.sqrt(2), x == math.sqrt(2))
h = 1e-5
f = lambda t: t ** 3
print(round((f(2 + h) - f(2 - h)) / (2 * h), 6))
total = 0.0
for i in range(1, 10001):
    total += 1 / (i * i)
print(total, math.pi ** 2 / 6 - total < 1e-3)
