# A Matrix class with operators: + - * @ ==, indexing, transpose, determinant, power.
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def _zip(self, o, f):
        if self.shape != o.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {o.shape}")
        return Matrix([[f(a, b) for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __add__(self, o):
        return self._zip(o, lambda a, b: a + b)
    def __sub__(self, o):
        return self._zip(o, lambda a, b: a - b)
    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __neg__(self):
        return self * -1
    def __matmul__(self, o):
        if self.shape[1] != o.shape[0]:
            raise ValueError("cannot multiply")
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __pow__(self, n):
        result, base = Matrix.identity(self.shape[0]), self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result
    def T(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def det(self):
        n = self.shape[0]
        if n == 1:
            return self.rows[0][0]
        return sum((-1) ** j * self.rows[0][j] * Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]).det() for j in range(n))
    def __repr__(self):
        w = max(len(repr(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(repr(x).rjust(w) for x in r) + "]" for r in self.rows)
A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A - B, 2 * A, A * 0.5, -A, sep="\n--\n")
print(A @ B, A.T(), A.det(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).det(), sep="\n--\n")
F = Matrix([[1, 1], [1, 0]])
print((F ** 50)[0, 1], F ** 0 == Matrix.identity(2), A @ Matrix.identity(2) == A)
A[0, 0] = 10
print(A.shape, A[0, 0], A == Matrix([[10, 2], [3, 4]]))
for bad in (lambda: A + Matrix([[1]]), lambda: Matrix([[1, 2], [3]]), lambda: A @ Matrix([[1, 2, 3]]), lambda: A * A):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
