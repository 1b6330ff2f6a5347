# itertools: product, permutations, combinations, groupby, chain, accumulate, etc.
import itertools as it
print(list(it.product("ab", [1, 2])), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations("abc", 2)), list(it.combinations(range(4), 2)))
print(list(it.combinations_with_replacement("ab", 2)))
print(list(it.chain([1, 2], "ab", (3,))), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)), list(it.accumulate([1, 2], initial=10)))
for k, g in it.groupby("aaabccdaa"):
    print(k, list(g))
print([(k, len(list(g))) for k, g in it.groupby(sorted("mississippi"))])
print(list(it.islice(it.count(10, 5), 4)), list(it.islice("abcdefg", 1, 6, 2)))
print(list(it.repeat("x", 3)), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(8))), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b), list(it.pairwise("abcd")))
print(list(it.dropwhile(lambda c: c != "d", "abcdef")))
