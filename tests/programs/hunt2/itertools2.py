# SPDX-License-Identifier: MIT
# itertools combinatorics and helpers (permutations, combinations, product, accumulate, groupby, tee, pairwise, zip_longest), zip strict.
import itertools as it
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(5)))), list(it.permutations([], 0)), list(it.permutations("ab", 3)))
print(list(it.combinations("abcd", 2)), list(it.combinations(range(3), 0)), list(it.combinations("ab", 3)), list(it.combinations_with_replacement("abc", 2)))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "xy", [True])), list(it.product()), list(it.product([], [1])))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], initial=10)), list(it.accumulate([], initial=0)), list(it.accumulate("abc")))
print(list(it.chain("ab", [1], ())), list(it.chain.from_iterable(["xy", "z"])), list(it.islice("abcdefg", 2, None, 2)), list(it.islice(it.count(), 3)), list(it.islice("abc", None)), list(it.islice(range(10), 1, 8, 3)))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(None, [0, 1, "", "a"])), list(it.compress("abcdef", [1, 0, 1, 0, 1])))
print([(k, list(g)) for k, g in it.groupby("aaabbcaa")], [(k, len(list(g))) for k, g in it.groupby(sorted([3, 1, 4, 1, 5, 9, 2, 6]), key=lambda x: x % 2)])
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.repeat("x", 3)), list(zip(it.count(10, 5), "ab")), list(zip(it.count(1.5, 0.5), range(3))))
print(list(it.pairwise("abcd")), list(it.pairwise([1])), [list(t) for t in it.tee([1, 2, 3], 2)], list(it.islice(it.cycle("ab"), 5)))
g = it.groupby([1, 1, 2]); k1, g1 = next(g); k2, g2 = next(g); print(k1, list(g1), k2, list(g2))
a, b = it.tee(iter(range(4))); next(a); print(list(a), list(b))
try:
    list(it.islice("abc", -1))
except ValueError as e:
    print("VE", e)
try:
    list(it.permutations("abc", -1))
except ValueError as e:
    print("VE", e)
print(list(it.combinations(range(4), 3))[::-1], sum(1 for _ in it.combinations(range(10), 4)), list(map(sum, it.combinations_with_replacement([1, 2], 3))))
def grouper(iterable, n, fill=None):
    args = [iter(iterable)] * n
    return it.zip_longest(*args, fillvalue=fill)
print(list(grouper("ABCDEFG", 3, "x")), list(zip(*[iter(range(6))] * 2)))
print(list(map(lambda *a: a, "ab", "cde")), list(filter(None, [0, 1, 2, None, 3])), list(enumerate("ab", start=-1)), list(zip("abc", range(2), strict=False)))
try:
    list(zip("ab", "abc", strict=True))
except ValueError as e:
    print("VE", e)
try:
    list(zip("abc", "ab", strict=True))
except ValueError as e:
    print("VE", e)
