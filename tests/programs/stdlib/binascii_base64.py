# binascii and base64: hex, crc32, b64 variants, b32, b16, errors.
import binascii, base64
data = b"Hello, \x00\xff world!"
print(binascii.hexlify(data), binascii.unhexlify(b"48656c6c6f"), binascii.b2a_hex(b"\x01\x02", "-"))
print(binascii.crc32(b"hello world"), binascii.crc32(b""), binascii.crc32(b"a", 12345))
print(binascii.b2a_base64(b"abc"), binascii.a2b_base64(b"YWJj\n"))
print(base64.b64encode(data), base64.b64decode(base64.b64encode(data)) == data)
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b64encode(b"\xfb\xff\xfe"))
print(base64.standard_b64encode(b"x"), base64.b64encode(b"xy"), base64.b64encode(b"xyz"))
print(base64.b32encode(b"abc"), base64.b32decode(b"MFRGG==="), base64.b16encode(b"\xab\xcd"), base64.b16decode("ABCD"))
print(base64.b64decode("aGVsbG8="), base64.b64encode(b"").decode() == "")
try:
    binascii.unhexlify(b"abc")
except binascii.Error as e:
    print("binascii.Error:", e)
try:
    base64.b64decode(b"abc", validate=True)
except binascii.Error as e:
    print("binascii.Error:", e)
