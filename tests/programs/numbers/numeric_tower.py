# bool < int < float interplay and isinstance checks; int() and float() of objects.
class Celsius:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return float(self.v)
    def __int__(self):
        return int(self.v)
    def __index__(self):
        return int(self.v)
c = Celsius(21.7)
print(float(c), int(c), round(float(c)))
print(isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(True + 1.5, type(True + 1.5).__name__, type(1 + True).__name__)
print([type(x).__name__ for x in (1, 1.0, True, 10 ** 30, -0.0)])
print(sorted([3, 1.5, True, 0, -2.5, False]))
print(1 < 1.5 < 2, 2 ** 60 < 2.0 ** 61, 10 ** 400 > 1e308, -10 ** 400 < -1e308)
class Bad:
    def __float__(self):
        return "no"
try:
    float(Bad())
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
