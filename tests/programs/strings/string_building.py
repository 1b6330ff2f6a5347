# Building strings in loops: join vs concat, io.StringIO, list of parts.
import io
lines = [f"row {i}: {'*' * i}" for i in range(1, 6)]
print("\n".join(lines))
buf = io.StringIO()
for i in range(3):
    buf.write(f"[{i}]")
print(buf, file=buf) if False else None
buf.write("end")
print(buf.getvalue())
sio = io.StringIO("first line\nsecond line\nthird")
print(sio.readline().rstrip(), "|", sio.read())
out = io.StringIO()
print("a", "b", sep="+", end="!\n", file=out)
print("line two", file=out)
print(repr(out.getvalue()))
acc = ""
for word in "the rain in spain".split():
    acc += word[0].upper()
print(acc)
table = [["x", "y"], ["10", "200"], ["3", "4"]]
w = [max(len(r[i]) for r in table) for i in range(2)]
print("\n".join(" | ".join(c.rjust(w[i]) for i, c in enumerate(r)) for r in table))
