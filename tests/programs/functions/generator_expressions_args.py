# Generator expressions as sole argument, early exit with any/all/next.
seen = []
def check(x):
    seen.append(x)
    return x > 3
print(any(check(x) for x in range(10)), seen)
seen.clear()
print(all(check(x) for x in [5, 6, 1, 7]), seen)
print(next((w for w in ["apple", "kiwi", "plum"] if len(w) == 4), None))
print(next((w for w in [] if w), "none found"))
print(sum(x * x for x in range(10)), max(len(w) for w in "a bb ccc".split()))
print(sorted((x % 7 for x in range(20)), reverse=True)[:5])
print(dict((k, k * 2) for k in "ab"))
print(tuple(i for i in range(3)), set(i % 2 for i in range(5)))
print(", ".join(str(i) for i in range(5)))
