# An uncaught TypeError for unsupported operand types.
def add_all(xs):
    total = 0
    for x in xs:
        total = total + x
        print("running total", total)
    return total
print(add_all([1, 2, 3]))
print(add_all([1, 2, "3"]))
