# sorted/list.sort stability on many records and sorting by several passes.
records = [(i % 5, (i * 7) % 11, f"r{i:02d}") for i in range(30)]
by_second = sorted(records, key=lambda r: r[1])
by_both = sorted(by_second, key=lambda r: r[0])
print(by_both[:8])
print(by_both == sorted(records, key=lambda r: (r[0], r[1])))
words = "the quick brown fox jumps over the lazy dog again and again".split()
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(set(words), key=lambda w: (-words.count(w), w)))
lst = [3, 1, 2] * 5
lst.sort(key=lambda x: x % 2)
print(lst)
ids = list(range(20))
ids.sort(key=lambda i: i // 7, reverse=True)
print(ids)
print(sorted([[2, "b"], [1, "z"], [2, "a"]], key=lambda p: p[0]))
