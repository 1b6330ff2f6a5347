# List/set/dict/generator comprehensions and their own scope.
squares = [x * x for x in range(8)]
print(squares)
evens = {x % 5 for x in range(20) if x % 2 == 0}
print(sorted(evens))
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
pairs = [(i, j) for i in range(3) for j in range(i)]
print(pairs)
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
gen = (c.upper() for c in "abc")
print(list(gen), list(gen))
x = "outer"
res = [x for x in "ij"]
print(res, x)
nested_if = [n for n in range(30) if n % 2 if n % 3]
print(nested_if)
class K:
    base = 10
    vals = [i * 2 for i in range(3)]
print(K.vals)
print(sum(x for x in range(101)))
print({k: [v for v in range(k)] for k in range(4)})
flat = [y for row in matrix for y in row if y % 2 == 0]
print(flat)
