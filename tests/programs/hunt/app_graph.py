# SPDX-License-Identifier: MIT
# Graph algorithms: Dijkstra with heapq, BFS components, topological sort, Kruskal, n-queens, LCS, memoised edit distance.
import heapq
from collections import defaultdict, deque
edges = [('A', 'B', 4), ('A', 'C', 2), ('B', 'C', 5), ('B', 'D', 10), ('C', 'E', 3), ('E', 'D', 4), ('D', 'F', 11), ('E', 'F', 20), ('G', 'H', 1)]
g = defaultdict(list)
for u, v, w in edges:
    g[u].append((v, w)); g[v].append((u, w))
def dijkstra(src):
    dist = {src: 0}; prev = {}; pq = [(0, src)]; seen = set()
    while pq:
        d, u = heapq.heappop(pq)
        if u in seen: continue
        seen.add(u)
        for v, w in sorted(g[u]):
            nd = d + w
            if nd < dist.get(v, float('inf')):
                dist[v] = nd; prev[v] = u; heapq.heappush(pq, (nd, v))
    return dist, prev
dist, prev = dijkstra('A')
for node in sorted(dist):
    path = [node]
    while path[-1] in prev: path.append(prev[path[-1]])
    print(f'{node}: {dist[node]:>3}  {"->".join(reversed(path))}')
def bfs_components():
    seen, comps = set(), []
    for start in sorted(g):
        if start in seen: continue
        q = deque([start]); comp = []; seen.add(start)
        while q:
            u = q.popleft(); comp.append(u)
            for v, _ in g[u]:
                if v not in seen: seen.add(v); q.append(v)
        comps.append(sorted(comp))
    return comps
print(bfs_components())
def topo(deps):
    indeg = {k: 0 for k in deps}
    for k, vs in deps.items():
        for v in vs: indeg.setdefault(v, 0); indeg[k] += 0
    for k, vs in deps.items():
        for v in vs: indeg[k] += 1
    rev = defaultdict(list)
    for k, vs in deps.items():
        for v in vs: rev[v].append(k)
    ready = sorted(k for k, d in indeg.items() if d == 0); order = []
    while ready:
        n = ready.pop(0); order.append(n)
        for m in sorted(rev[n]):
            indeg[m] -= 1
            if indeg[m] == 0: ready.append(m); ready.sort()
    if len(order) != len(indeg): raise ValueError('cycle detected')
    return order
print(topo({'app': ['lib', 'utils'], 'lib': ['core'], 'utils': ['core'], 'core': [], 'tests': ['app']}))
try: topo({'a': ['b'], 'b': ['a']})
except ValueError as e: print('error:', e)
def kruskal(nodes, edges):
    parent = {n: n for n in nodes}
    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]; x = parent[x]
        return x
    mst = []
    for u, v, w in sorted(edges, key=lambda e: (e[2], e[0], e[1])):
        ru, rv = find(u), find(v)
        if ru != rv: parent[ru] = rv; mst.append((u, v, w))
    return mst
mst = kruskal(sorted(g), edges); print(mst, sum(w for *_, w in mst))
def n_queens(n):
    sols = []
    def place(row, cols, d1, d2, cur):
        if row == n: sols.append(cur[:]); return
        for c in range(n):
            if c in cols or row - c in d1 or row + c in d2: continue
            cur.append(c); place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, cur); cur.pop()
    place(0, frozenset(), frozenset(), frozenset(), [])
    return sols
q = n_queens(6); print(len(q), q[0]); print('\n'.join(''.join('Q' if c == col else '.' for c in range(6)) for col in q[0]))
def lcs(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a, 1):
        for j, y in enumerate(b, 1):
            dp[i][j] = dp[i-1][j-1] + 1 if x == y else max(dp[i-1][j], dp[i][j-1])
    out, i, j = [], len(a), len(b)
    while i and j:
        if a[i-1] == b[j-1]: out.append(a[i-1]); i -= 1; j -= 1
        elif dp[i-1][j] >= dp[i][j-1]: i -= 1
        else: j -= 1
    return ''.join(reversed(out))
print(lcs('AGGTABQWERTY', 'GXTXAYBWRT'), lcs('', 'abc'))
def permutations(s):
    if len(s) <= 1: yield s; return
    for i, c in enumerate(s):
        for p in permutations(s[:i] + s[i+1:]): yield c + p
print(sorted(set(permutations('aabc')))[:6], sum(1 for _ in permutations('abcde')))
memo = {}
def edit(a, b):
    if (a, b) in memo: return memo[a, b]
    if not a or not b: r = len(a) + len(b)
    elif a[0] == b[0]: r = edit(a[1:], b[1:])
    else: r = 1 + min(edit(a[1:], b), edit(a, b[1:]), edit(a[1:], b[1:]))
    memo[a, b] = r; return r
print(edit('kitten', 'sitting'), edit('flaw', 'lawn'), len(memo))
