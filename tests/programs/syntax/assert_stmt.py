# assert with and without messages.
assert True
assert 1 + 1 == 2, "math"
try:
    assert 1 > 2
except AssertionError as e:
    print("caught", repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("caught", e)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args)
def check(v):
    assert isinstance(v, int), f"not int: {v!r}"
    return v * 2
print(check(4))
try:
    check("s")
except AssertionError as err:
    print(err)
