# bytes, bytearray and memoryview: constructors, slots, methods, codecs.
print(bytes(), bytes(3), bytes([65, 66]), bytes(b"ab"), bytes("é", "utf-8"), bytes(range(3)), bytes(bytearray(b"x")))
class B:
    def __bytes__(self):
        return b"from __bytes__"
print(bytes(B()), bytearray(), bytearray(2), bytearray(b"abc"), bytearray("hé", "latin-1"), bytearray([1, 2]))
for f in (lambda: bytes([256]), lambda: bytes(["a"]), lambda: bytes("x"), lambda: bytes(1.5), lambda: bytes(-1),
          lambda: bytes(b"x", "ascii"), lambda: bytearray([300])):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\x00\t\n\r\\\x7f\xff a"), repr(bytearray(b"q'")))
b = b"hello world"
print(len(b), b[0], b[-1], b[1:4], b[::-2], b[100:], 111 in b, b"wor" in b, b"" in b, b == b"hello world")
print(b < b"help", b"a" + b"b", b"ab" * 3, 2 * b"x", b + bytearray(b"!"), bytearray(b"!") + b, list(b"abc"))
print(b"a" == "a", b"abc" == bytearray(b"abc"), hash(b"abc") == hash(b"abc"), sorted([b"b", b"a", b"ab"]))
for f in (lambda: b[20], lambda: b["x"], lambda: b + "x", lambda: "x" in b, lambda: 300 in b, lambda: b * 1.5):
    try:
        f()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(b.find(b"o"), b.rfind(b"o"), b.find(111, 5), b.index(b"w"), b.count(b"l"), b.count(b""), b.find(b"", 20))
print(b.startswith(b"he"), b.endswith((b"x", b"ld")), b.split(), b.split(b"o"), b.rsplit(None, 1), b"a,b".split(b",", 1))
print(b"  x y ".strip(), b"xxaxx".strip(b"x"), b.upper(), b"ABC".lower(), b"hello world".title(), b"aBc".swapcase())
print(b"12".isdigit(), b"ab".isalpha(), b"a1".isalnum(), b" \t".isspace(), b"".isdigit(), b"\xe9".isalpha())
print(b.partition(b" "), b.rpartition(b"o"), b.partition(b"z"), b.replace(b"l", b"L"), b.replace(b"l", b"", 1))
print(b"ab".ljust(4, b"."), b"ab".rjust(4), b"ab".center(5, b"*"), b"-5".zfill(4), b"pre_x".removeprefix(b"pre_"))
print(b"x.py".removesuffix(b".py"), b", ".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"a\nb\r\nc".splitlines())
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), b"aabbcc".translate(t), b"abcdef".translate(None, b"bd"), b"abcdef".translate(t, b"a"))
print(b"\xde\xad\xbe\xef".hex(), b"\xde\xad\xbe\xef".hex(":"), b"\xde\xad\xbe\xef\x01".hex("-", 2), b"abc".hex(" ", -2))
print(bytes.fromhex("de ad BE ef"), bytearray.fromhex("00ff"), bytes.fromhex(""))
try:
    bytes.fromhex("0g")
except ValueError as e:
    print("ValueError", e)
print(b"%s=%d (%5.2f) %x %r %c%c %-4b|" % (b"k", 42, 3.14159, 255, b"r", 65, b"B", b"ab"))
print(b"%(a)s %(b)s" % {b"a": b"1", b"b": b"2"}, b"%%" % (), bytearray(b"%d") % 5)
for fmt, args in [(b"%s", "str"), (b"%d", (1, 2)), (b"%s %s", (b"a",)), (b"%q", 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# codecs
print("héllo €".encode(), "héllo".encode("latin-1"), "abc".encode("ascii"), "é".encode("utf8"))
print("h€llo".encode("ascii", "replace"), "h€llo".encode("ascii", "ignore"), "h€é".encode("latin-1", "xmlcharrefreplace"))
print("h€é".encode("ascii", "backslashreplace"), "ab€".encode(encoding="latin-1", errors="replace"))
print(b"h\xc3\xa9llo".decode(), b"h\xe9llo".decode("latin-1"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "ignore"))
print(b"\xe2\x82".decode("utf-8", "replace"), b"\xe2\x82x".decode(errors="replace"), b"\xed\xa0\x80".decode("utf-8", "replace"))
for f in (lambda: "é".encode("ascii"), lambda: "aéü".encode("ascii"), lambda: "€".encode("latin-1"),
          lambda: b"\xff".decode(), lambda: b"a\xe2\x82".decode(), lambda: b"\xe2\x82x".decode(),
          lambda: b"\xe2x".decode(), lambda: b"\xe9".decode("ascii"), lambda: "x".encode("nope"),
          lambda: b"\xc0\x80".decode(), lambda: b"\xf4\x90\x80\x80".decode()):
    try:
        print(f())
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__, e)
# bytearray mutation
a = bytearray(b"hello")
a[0] = 72
a[1:3] = b"EL"
a.append(33)
a.extend([63, 63])
a.extend(b"..")
a += b"+"
print(a, a.pop(), a.pop(0), len(a))
a.insert(0, 74)
a.insert(-1, 95)
a.remove(ord("L"))
a.reverse()
print(a, a.copy(), a.count(b"."), a.find(b"?"))
del a[0]
del a[::2]
print(a)
a[1:1] = [1, 2, 3]
a *= 2
print(a, bytearray(b"abc") * 2, a.upper(), type(a.upper()).__name__)
a.clear()
print(a, len(a))
for f in (lambda: bytearray().pop(), lambda: bytearray(b"a").remove(98), lambda: bytearray(b"a").append(256),
          lambda: bytearray(b"abc").__setitem__(slice(0, 3, 2), b"xyz"), lambda: bytearray(b"a").extend("x")):
    try:
        f()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
# memoryview
m = memoryview(b"abcdef")
print(len(m), m[0], m[1:3].tobytes(), m.tolist()[:3], m.readonly, m.nbytes, bytes(m[::2]), m == b"abcdef", m.hex())
ba = bytearray(b"xyz")
mv = memoryview(ba)
mv[0] = 65
mv[1:3] = b"BC"
print(ba, mv.readonly, list(mv), b"AB" in bytes(mv))
try:
    m[0] = 1
except TypeError as e:
    print("TypeError", e)
