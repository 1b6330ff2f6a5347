# input() reads lines from stdin; EOFError at the end.
name = input()
print(f"Hello, {name}!")
n = int(input("count? "))
total = 0
for _ in range(n):
    total += int(input())
print("total", total)
rest = []
while True:
    try:
        rest.append(input())
    except EOFError:
        break
print(rest)
