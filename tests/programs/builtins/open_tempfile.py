# open(): write, read, append, readlines, iteration, binary mode, with.
import tempfile, os
d = tempfile.mkdtemp()
path = os.path.join(d, "data.txt")
with open(path, "w") as f:
    n = f.write("first line\n")
    f.write("second line\nthird")
print(n)
with open(path) as f:
    print(repr(f.read()))
with open(path, "a") as f:
    f.write("\nappended\n")
with open(path) as f:
    print(f.readlines())
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
with open(path) as f:
    print(repr(f.readline()), repr(f.read(6)))
with open(path, "rb") as f:
    data = f.read()
print(type(data).__name__, len(data), data[:10])
with open(path, "wb") as f:
    f.write(bytes(range(5)))
with open(path, "rb") as f:
    print(list(f.read()))
os.remove(path)
os.rmdir(d)
try:
    open(path)
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
