# io.StringIO and io.BytesIO: write, read, seek, tell, getvalue, readlines.
import io
s = io.StringIO()
s.write("hello\n")
s.write("world\n")
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()))
s = io.StringIO("a\nb\nc")
print(s.readlines(), list(io.StringIO("x\ny\n")))
b = io.BytesIO()
b.write(b"\x00\x01")
b.write(bytes([2, 3, 4]))
print(b.getvalue(), b.tell())
b.seek(1)
print(b.read(2), b.read(), b.seek(0, 2), b.tell())
b.seek(0)
b.write(b"ZZ")
print(b.getvalue())
with io.StringIO() as buf:
    print("inside with", file=buf)
    text = buf.getvalue()
print(repr(text), buf.closed)
try:
    buf.getvalue()
except ValueError as e:
    print("ValueError:", e)
print(io.BytesIO(b"abc").read(1), io.StringIO("x").readable(), io.StringIO().writable())
