# for over lists, strings, dicts, ranges, tuples, enumerate, zip.
for ch in "héllo":
    print(ch, end=" ")
print()
for k in {"x": 1, "y": 2}:
    print(k, end=";")
print()
for k, v in {"x": 1, "y": 2}.items():
    print(k, "=", v)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i, (a, b) in enumerate(zip("abc", [1, 2, 3]), start=1):
    print(i, a, b)
lst = [1, 2, 3]
for x in lst:
    if x == 2:
        lst.append(4)
    print("saw", x)
for x in []:
    print("never")
total = 0
for row in [[1, 2], [3, 4]]:
    for cell in row:
        total += cell
print(total)
for i in range(3):
    i = i * 100
print(i)
