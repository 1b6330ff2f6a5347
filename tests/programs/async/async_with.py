# async with using __aenter__/__aexit__; exceptions inside; driven manually.
class Conn:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print("open", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None)
        return et is KeyError
async def main():
    async with Conn("db") as c, Conn("cache"):
        print("using", c.name)
    async with Conn("swallow"):
        raise KeyError("gone")
    try:
        async with Conn("loud"):
            raise ValueError("bad")
    except ValueError as e:
        print("caught", e)
    return "finished"
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
