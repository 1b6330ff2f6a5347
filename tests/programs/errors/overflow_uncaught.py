# OverflowError from float conversion of a huge int, uncaught.
import math
print(math.factorial(20))
big = 10 ** 400
print(len(str(big)))
print(float(10 ** 300) > 1e299)
try:
    float(big)
except OverflowError as e:
    print("caught:", e)
print(big / 10 ** 399)
print(float(big))
