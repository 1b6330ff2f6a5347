# An uncaught IndexError: list index out of range.
stack = [1, 2, 3]
while stack:
    print("pop", stack.pop())
items = ["a", "b"]
print(items[1])
for i in range(3):
    print(i, items[i])
