# Assignment expressions in conditions, comprehensions and loops.
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)

vals = [y for x in data if (y := x * 2) > 6]
print(vals, y)

chunks = iter(["ab", "cd", "", "ef"])
while (chunk := next(chunks)):
    print("chunk", chunk)

def f(x):
    return x * x - 1

results = [(x, fx) for x in range(6) if (fx := f(x)) % 3 == 0]
print(results)
print((total := sum(data)), total)
print([last := i for i in range(4)], last)
def scope():
    [z := j for j in range(3)]
    return z
print(scope())
