# An uncaught ZeroDivisionError ends the program with status 1 after output.
def average(values):
    return sum(values) / len(values)
print("average of [2, 4]:", average([2, 4]))
print("about to divide by zero")
data = []
for i in range(3):
    data.append(i * 2)
print(data)
print(average([]))
print("never printed")
