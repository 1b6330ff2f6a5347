# finally in generators runs on exhaustion, close, and break from a for loop.
def resource(name):
    print("open", name)
    try:
        for i in range(3):
            yield f"{name}{i}"
    finally:
        print("close", name)
for x in resource("a"):
    print(x)
gb = resource("b")
for x in gb:
    print(x)
    if x == "b1":
        break
print("after break")
gb.close()
g = resource("c")
print(next(g))
g.close()
print("after close")
def with_return():
    try:
        yield 1
        return
    finally:
        print("finally on return")
print(list(with_return()))
