# if/elif/else chains, truthiness of many values.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for v in (-5, 0, 3, 42):
    print(v, classify(v))

for val in (0, 1, "", "a", [], [0], {}, {"a": 1}, None, 0.0, -0.0, 2.5, (), (None,), range(0), range(1)):
    if val:
        print(repr(val), "truthy")
    else:
        print(repr(val), "falsy")

x = 5
if x > 1:
    if x > 3:
        print("nested >3")
    else:
        print("nested <=3")
if not x == 4:
    print("not 4")
if x and not None:
    print("and/not works")
