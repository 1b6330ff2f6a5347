# Equality and comparison of containers, including nested and mixed types.
print([1, 2] == [1, 2], [1, 2] == (1, 2), [1, [2]] == [1, [2]], {1: [1]} == {1: [1]})
print([1, 2] < [1, 3], [1, 2] < [1, 2, 3], [2] > [1, 100], [] < [[]])
print("abc" < "abd", ("a", 1) < ("a", 2), {1, 2} == {2, 1}, {1} < {1, 2})
print(list(range(3)) == [0, 1, 2], range(3) == [0, 1, 2], tuple([1]) == (1,))
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    {1: 2} < {3: 4}
except TypeError as e:
    print("TypeError:", e)
nan = float("nan")
lst = [nan]
print(lst == lst, [nan] == [nan], nan in lst)
print(b"a" == "a", bytearray(b"x") == b"x", [True] == [1], {0: "a"} == {False: "a"})
