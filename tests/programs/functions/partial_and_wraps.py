# functools.partial with positional and keyword arguments.
from functools import partial
def power(base, exp, mod=None):
    return pow(base, exp, mod) if mod else base ** exp
square = partial(power, exp=2)
cube = partial(power, exp=3)
print(square(7), cube(3), square(5, mod=3))
two_to = partial(power, 2)
print([two_to(n) for n in range(8)])
print(square.func is power, square.args, square.keywords)
p2 = partial(two_to, mod=1000)
print(p2(20), p2.args, p2.keywords)
int_base2 = partial(int, base=2)
print(int_base2("101101"))
join_dash = partial("-".join)
print(join_dash(["a", "b", "c"]))
