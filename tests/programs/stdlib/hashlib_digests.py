# hashlib: the six algorithms over messages around the block boundaries,
# streaming updates, copies, and the attributes of the hash objects.
import hashlib

ALGOS = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"]


def message(n, seed):
    # deterministic bytes without the random module
    x = seed
    out = bytearray()
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(x >> 16 & 0xFF)
    return bytes(out)


for name in ALGOS:
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size, len(h.digest()), h.hexdigest()[:16])

for n in (0, 1, 55, 56, 57, 63, 64, 65, 111, 112, 113, 127, 128, 129, 300):
    m = message(n, n + 1)
    row = [str(n)]
    for name in ALGOS:
        whole = getattr(hashlib, name)(m).hexdigest()
        s = hashlib.new(name)
        for i in range(0, n, 7):
            s.update(m[i:i + 7])
        assert s.hexdigest() == whole, (name, n)
        row.append(whole[:12])
    print(" ".join(row))

# copies are independent; digest() leaves the state as it was
h = hashlib.sha256(b"abc")
c = h.copy()
c.update(b"def")
print(h.hexdigest())
print(c.hexdigest() == hashlib.sha256(b"abcdef").hexdigest(), h.digest() == h.digest())

# bytes-like inputs
data = b"The quick brown fox jumps over the lazy dog"
print(hashlib.md5(bytearray(data)).hexdigest())
print(hashlib.sha1(memoryview(data)[4:]).hexdigest())
print(hashlib.new("SHA512", data, usedforsecurity=False).hexdigest())
print(hashlib.sha384(data).hexdigest())

# one long message, fed in pieces
h = hashlib.sha512()
for i in range(200):
    h.update(message(97, i))
print(h.hexdigest())
print(sorted(set(ALGOS) & hashlib.algorithms_guaranteed))

for bad in ("abc", 5, None, [1]):
    try:
        hashlib.sha256(bad)
    except TypeError as e:
        print("TypeError", e)
for bad in ("whirlpool", "sha_256"):
    try:
        hashlib.new(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    hashlib.new("md5").update("text")
except TypeError as e:
    print("TypeError", e)
