# hmac and hashlib.pbkdf2_hmac: RFC 4231 / RFC 6070 inputs, the HMAC object,
# one-shot digest, compare_digest and the errors.
import hashlib
import hmac

cases = [
    (b"\x0b" * 20, b"Hi There"),
    (b"Jefe", b"what do ya want for nothing?"),
    (b"\xaa" * 20, b"\xdd" * 50),
    (bytes(range(1, 26)), b"\xcd" * 50),
    (b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First"),
]
for key, msg in cases:
    for name in ("md5", "sha1", "sha256", "sha512"):
        h = hmac.new(key, msg, name)
        assert hmac.digest(key, msg, name) == h.digest()
        print(h.name, h.digest_size, h.block_size, h.hexdigest()[:24])

h = hmac.new(b"secret", digestmod=hashlib.sha256)
h.update(b"part one, ")
c = h.copy()
c.update(b"part two")
print(c.hexdigest() == hmac.new(b"secret", b"part one, part two", "sha256").hexdigest())
print(h.hexdigest() == hmac.new(b"secret", b"part one, ", "sha256").hexdigest())

print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 1).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 4096).hex())
print(hashlib.pbkdf2_hmac("sha256", b"passwordPASSWORDpassword",
                          b"saltSALTsaltSALTsaltSALTsaltSALTsalt", 100, 40).hex())
print(hashlib.pbkdf2_hmac("sha512", b"pass\0word", b"sa\0lt", 50, 16).hex())

print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest(b"abc", b"abd"),
      hmac.compare_digest(b"abc", b"ab"), hmac.compare_digest("token", "token"),
      hmac.compare_digest(bytearray(b"x"), memoryview(b"x")))

tries = [
    lambda: hmac.new(b"key"),
    lambda: hmac.new("key", digestmod="sha256"),
    lambda: hmac.new(b"key", "msg", "sha256"),
    lambda: hmac.new(b"key", digestmod="nope"),
    lambda: hmac.digest(b"key", "msg", "md5"),
    lambda: hmac.compare_digest("a", b"a"),
    lambda: hmac.compare_digest("é", "é"),
    lambda: hmac.compare_digest(1, 2),
    lambda: hashlib.pbkdf2_hmac("sha1", b"p", b"s", 0),
    lambda: hashlib.pbkdf2_hmac("sha1", b"p", b"s", 1, 0),
    lambda: hashlib.pbkdf2_hmac("sha1", "p", b"s", 1),
]
for t in tries:
    try:
        t()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
