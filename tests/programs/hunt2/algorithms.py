# SPDX-License-Identifier: MIT
# Algorithms: word frequencies, RLE, Caesar, roman numerals, Dijkstra, topological sort, LCS, edit distance, n-queens, sieve, matrices.
from collections import Counter, defaultdict, deque
import heapq, itertools, functools, string
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity."""
words = [w.strip(string.punctuation).lower() for w in text.split()]
freq = Counter(words)
for w, n in freq.most_common(5): print(f"{w:<12}{n:>3} {'#' * n}")
print(f"{len(words)} words, {len(freq)} distinct, longest: {max(freq, key=lambda w: (len(w), w))!r}")
def rle(s): return "".join(f"{len(list(g))}{k}" for k, g in itertools.groupby(s))
def unrle(s):
    out, num = [], ""
    for c in s:
        if c.isdigit(): num += c
        else: out.append(c * int(num)); num = ""
    return "".join(out)
print(rle("aaabccddddde"), unrle(rle("aaabccddddde")) == "aaabccddddde", rle(""))
def caesar(s, k): return s.translate(str.maketrans(string.ascii_lowercase + string.ascii_uppercase, string.ascii_lowercase[k:] + string.ascii_lowercase[:k] + string.ascii_uppercase[k:] + string.ascii_uppercase[:k]))
print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), 23))
def to_roman(n):
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, r in vals:
        q, n = divmod(n, v); out += r * q
    return out
def from_roman(s):
    m = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    return sum(-m[a] if m[a] < m[b] else m[a] for a, b in zip(s, s[1:] + "I"))
print([to_roman(n) for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999)], all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
graph = {"A": {"B": 4, "C": 2}, "B": {"C": 5, "D": 10}, "C": {"E": 3}, "D": {"F": 11}, "E": {"D": 4}, "F": {}}
def dijkstra(g, s):
    dist = {s: 0}; prev = {}; pq = [(0, s)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")): continue
        for v, w in g[u].items():
            nd = d + w
            if nd < dist.get(v, float("inf")): dist[v] = nd; prev[v] = u; heapq.heappush(pq, (nd, v))
    return dist, prev
dist, prev = dijkstra(graph, "A")
def path(t):
    p = [t]
    while p[-1] in prev: p.append(prev[p[-1]])
    return "->".join(reversed(p))
print(dist, path("F"))
def topo(deps):
    indeg = defaultdict(int)
    for k, vs in deps.items():
        indeg.setdefault(k, 0)
        for v in vs: indeg[v] += 1
    q = deque(sorted(k for k, d in indeg.items() if d == 0)); out = []
    while q:
        n = q.popleft(); out.append(n)
        for m in sorted(deps.get(n, ())):
            indeg[m] -= 1
            if indeg[m] == 0: q.append(m)
    return out
print(topo({"shirt": ["tie", "belt"], "tie": ["jacket"], "pants": ["shoes", "belt"], "belt": ["jacket"], "socks": ["shoes"]}))
@functools.lru_cache(maxsize=None)
def lcs(a, b):
    if not a or not b: return ""
    if a[0] == b[0]: return a[0] + lcs(a[1:], b[1:])
    return max(lcs(a[1:], b), lcs(a, b[1:]), key=len)
print(lcs("AGGTAB", "GXTXAYB"), lcs("ABCBDAB", "BDCABA"))
def edit(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
print(edit("kitten", "sitting"), edit("", "abc"), edit("flaw", "lawn"))
def nqueens(n):
    sols = []
    def place(row, cols, d1, d2, acc):
        if row == n: sols.append(acc[:]); return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2: continue
            acc.append(c); place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, acc); acc.pop()
    place(0, frozenset(), frozenset(), frozenset(), [])
    return sols
s8 = nqueens(8); print(len(s8), s8[0], "\n".join("".join("Q" if c == q else "." for c in range(6)) for q in nqueens(6)[0]))
def sieve(n):
    is_p = bytearray([1]) * (n + 1); is_p[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]: is_p[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]
ps = sieve(10000); print(len(ps), ps[-3:], sum(ps) % 1000)
def permutations_str(s):
    if len(s) <= 1: return [s]
    return sorted({c + p for i, c in enumerate(s) for p in permutations_str(s[:i] + s[i + 1:])})
print(permutations_str("aab"), len(permutations_str("abcd")))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
def spiral(m):
    out = []
    while m:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out
print(spiral([r[:] for r in matrix]), [list(r) for r in zip(*matrix[::-1])], sum(matrix[i][i] for i in range(3)))
def matmul(a, b): return [[sum(x * y for x, y in zip(r, c)) for c in zip(*b)] for r in a]
def matpow(m, n):
    r = [[int(i == j) for j in range(len(m))] for i in range(len(m))]
    while n:
        if n & 1: r = matmul(r, m)
        m = matmul(m, m); n >>= 1
    return r
print(matpow([[1, 1], [1, 0]], 90)[0][1], matmul(matrix, matrix))
print(bin(0b1011 ^ 0b0110), f"{0b1011 & ~0b10:04b}", [n for n in range(20) if n & (n - 1) == 0], sum(bin(n).count("1") for n in range(256)), int("".join(reversed(f"{13:08b}")), 2))
