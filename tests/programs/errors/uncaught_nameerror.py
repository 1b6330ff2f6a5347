# An uncaught NameError: name 'x' is not defined.
def compute(n):
    result = 0
    for i in range(n):
        result += i
    return undefined_thing_qq
print("computing")
total = 1
print(total + 1)
print(compute(5))
