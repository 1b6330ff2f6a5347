# Dict and set comprehensions, inverting, filtering, merging.
sq = {n: n * n for n in range(6)}
print(sq, {k: v for k, v in sq.items() if v % 2})
words = ["apple", "bob", "civic", "dad", "egg", "level"]
print({w: w == w[::-1] for w in words})
print({len(w) for w in words})
first = {w[0]: w for w in words}
print(first)
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
merged = {k: a.get(k, 0) + b.get(k, 0) for k in sorted(a.keys() | b.keys())}
print(merged)
grid = {(r, c): "#" if (r + c) % 2 else "." for r in range(3) for c in range(4)}
for r in range(3):
    print("".join(grid[r, c] for c in range(4)))
print({i: [j for j in range(i)] for i in range(4)})
