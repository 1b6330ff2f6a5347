# for/while with else clauses, break and continue.
for i in range(5):
    if i == 3:
        print("break at", i)
        break
else:
    print("not reached")

for i in range(3):
    pass
else:
    print("for-else ran, i =", i)

n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n == 8:
        break
    print("even", n)
else:
    print("while-else not reached")

k = 3
while k:
    k -= 1
else:
    print("while-else ran, k =", k)

def find(items, target):
    for idx, it in enumerate(items):
        if it == target:
            break
    else:
        return -1
    return idx

print(find("abcdef", "d"), find("abc", "z"))
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            continue
        if inner > outer:
            break
        print(outer, inner)
