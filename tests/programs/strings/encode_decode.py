# Encoding and decoding: utf-8, ascii, latin-1, errors handlers.
s = "Zürich €5 日"
b = s.encode("utf-8")
print(b, len(b), b.decode("utf-8"))
print(s.encode("utf-8", "replace") == b)
print(s.encode("ascii", "replace"), s.encode("ascii", "ignore"), s.encode("ascii", "backslashreplace"))
print(s.encode("ascii", "xmlcharrefreplace"))
print("café".encode("latin-1"), b"caf\xe9".decode("latin-1"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.start, e.end, e.reason)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.start, e.reason)
print(b"ab\xffcd".decode("utf-8", "replace"), b"ab\xffcd".decode("utf-8", "ignore"))
print(str(b"hi", "ascii"), str(b"\xc3\xa9", "utf-8"), bytes("é", "utf-8"))
print(b"abc".decode(), "abc".encode())
print("€".encode("utf-16-be"), "€".encode("utf-32-le"))
