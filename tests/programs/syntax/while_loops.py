# while loops: counters, collatz, digit sums, nested while with flags.
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(i) for i in range(1, 15)])
n = 987654321
s = 0
while n:
    n, d = divmod(n, 10)
    s += d
print(s)
i = 0
found = None
while i < 10 and found is None:
    j = 0
    while j < 10:
        if i * j == 42:
            found = (i, j)
            break
        j += 1
    i += 1
print(found)
a, b = 0, 1
fibs = []
while len(fibs) < 15:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
stack = [1, [2, [3, [4]]]]
depth = 0
while isinstance(stack, list) and stack:
    depth += 1
    stack = stack[-1]
print(depth, stack)
