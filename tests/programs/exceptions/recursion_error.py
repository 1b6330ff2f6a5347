# Infinite recursion raises RecursionError, which can be caught; recovery works.
import sys
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print("RecursionError caught:", "maximum recursion depth exceeded" in str(e))
print(sys.getrecursionlimit() >= 1000)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(200))
class Loop:
    def __getattr__(self, name):
        return getattr(self, name + "x")
try:
    Loop().a
except RecursionError:
    print("attribute recursion caught")
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError:
    print("mutual recursion caught")
print("still alive", deep(100))
