# Coroutine throw() and close(), exceptions propagating through await chains.
class Step:
    def __await__(self):
        return (yield "step")
async def inner():
    try:
        got = await Step()
        print("inner got", got)
        await Step()
    except ValueError as e:
        print("inner caught", e)
        return "recovered"
    finally:
        print("inner finally")
async def outer():
    r = await inner()
    print("outer got", r)
    return r
c = outer()
print(c.send(None))
print(c.send("value"))
try:
    c.throw(ValueError("thrown"))
except StopIteration as e:
    print("result", e.value)
c2 = outer()
c2.send(None)
c2.close()
print("closed")
async def never():
    return 1
n = never()
n.close()
try:
    n.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
