# global and nonlocal declarations.
counter = 0
def incr():
    global counter
    counter += 1
    return counter
incr(); incr()
print(counter)
def define_new():
    global fresh
    fresh = "created"
define_new()
print(fresh)

def outer():
    n = 0
    def inner():
        nonlocal n
        n += 10
        return n
    inner()
    inner()
    return n, inner
val, fn = outer()
print(val, fn())

def make():
    a = 1
    def mid():
        def deep():
            nonlocal a
            a *= 3
        deep()
        return a
    return mid
m = make()
print(m(), m(), m())

x = "global"
def reader():
    return x
def shadow():
    x = "local"
    return x
print(reader(), shadow(), x)
def bad():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
bad()
