# Infinite recursion not caught: RecursionError ends the program.
def countdown(n):
    if n == 1000000:
        return n
    return countdown(n + 1)
print("start")
def safe(n):
    return n if n <= 0 else safe(n - 1)
print(safe(50))
countdown(0)
