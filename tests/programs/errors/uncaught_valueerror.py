# An uncaught ValueError from int() of a non-number.
print(int("7"), int("+8"), int(" 9 "))
print(float("1.5"))
inputs = ["10", " 20 ", "-3", "abc", "5"]
total = 0
for s in inputs:
    n = int(s)
    total += n
    print("added", n, "total", total)
