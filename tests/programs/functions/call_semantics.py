# Argument passing is by object reference; rebinding vs mutation.
def mutate(lst):
    lst.append("m")
def rebind(lst):
    lst = ["new"]
    return lst
x = ["orig"]
mutate(x)
rebind(x)
print(x)
def modify_dict(d, **updates):
    d.update(updates)
    return d
base = {"a": 1}
print(modify_dict(base, b=2), base)
def count_args(*a, **k):
    return len(a), len(k)
print(count_args(*range(5), **dict.fromkeys("abc", 0)))
def order(a, b, c):
    return f"{a}{b}{c}"
print(order(c=3, a=1, b=2), order(1, c=3, b=2))
def side(tag):
    print("eval", tag)
    return tag
def three(a, b, c):
    return a + b + c
print(three(side("x"), c=side("z"), b=side("y")))
