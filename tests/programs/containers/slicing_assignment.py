# Slice assignment and deletion on lists, including extended slices.
l = list(range(10))
l[2:4] = []
print(l)
l[1:1] = ["x", "y"]
print(l)
l[-2:] = "AB"
print(l)
l[::3] = [None] * len(l[::3])
print(l)
l2 = list(range(6))
l2[::-2] = ["a", "b", "c"]
print(l2)
del l2[::2]
print(l2)
l3 = [1, 2, 3]
l3[5:] = [9]
print(l3)
l3[:] = []
print(l3)
l4 = list(range(5))
l4[1:4] = range(100, 103)
print(l4)
try:
    l4[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
