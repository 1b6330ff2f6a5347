# memoryview: slicing without copy, tobytes, tolist, release, cast to bytes.
data = bytearray(b"0123456789")
mv = memoryview(data)
part = mv[2:6]
print(bytes(part), part.tobytes(), part.tolist(), len(part), part.nbytes)
part[0] = ord("X")
print(data)
mv[-1:] = b"Z"
print(data, mv[0], mv[-1])
print(mv.format, mv.itemsize, mv.ndim, mv.shape)
ro = memoryview(b"abc")
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
print(bytes(mv[::2]), mv == data, memoryview(b"ab") == b"ab")
with memoryview(b"ctx") as m2:
    print(m2.tobytes())
try:
    m2.tobytes()
except ValueError as e:
    print("ValueError:", e)
