# SPDX-License-Identifier: MIT
# string.Template/Formatter, textwrap, copy (cycles, __copy__/__deepcopy__), struct, binascii, base64, io.StringIO/BytesIO, os.path.
import string, textwrap, copy, struct, binascii, base64, io, os.path as osp
t = string.Template("$who likes ${what}s; $$5 ${missing}")
print(t.safe_substitute(who="tim", what="apple"), string.capwords("  hello   world-foo bar "), string.capwords("a-b c-d", "-"))
try:
    t.substitute(who="x", what="y")
except KeyError as e:
    print("KE", e)
try:
    string.Template("$ bad").substitute()
except ValueError as e:
    print("VE", e)
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation, len(string.printable))
f = string.Formatter(); print(f.format("{0}-{x}", 1, x=2), list(f.parse("a{0:>3}b{x!r}c{{")))
text = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(text, 30)); print(textwrap.fill(text, 25, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten("Hello  world, this is long", 15), textwrap.shorten("short", 10), repr(textwrap.dedent("    a\n      b\n    c\n")), repr(textwrap.indent("a\n\nb\n", "# ")), repr(textwrap.indent("a\nb", "+", lambda l: True)))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10), textwrap.wrap("a b", 1), textwrap.wrap("", 5), textwrap.wrap("x\ty", 8), textwrap.wrap("one two", 20, break_long_words=False), textwrap.TextWrapper(width=12, max_lines=2, placeholder="..").wrap(text))
class Pt:
    def __init__(self, xs): self.xs = xs
    def __copy__(self): print("copy called"); return Pt(self.xs)
    def __deepcopy__(self, memo): print("deepcopy called"); return Pt(copy.deepcopy(self.xs, memo))
a = [1, [2, 3], {"k": [4]}]; b = copy.copy(a); c = copy.deepcopy(a); a[1].append(9); a[2]["k"].append(8)
print(b, c, b[1] is a[1], c[1] is a[1])
cyc = [1]; cyc.append(cyc); dc = copy.deepcopy(cyc); print(dc[1] is dc, dc is not cyc, repr(cyc), repr(dc))
p = Pt([1]); p2 = copy.copy(p); p3 = copy.deepcopy(p); print(p2.xs is p.xs, p3.xs is p.xs, p3.xs)
class Plain:
    def __init__(self): self.a = [1]; self.b = (2, [3])
pl = Plain(); pc = copy.deepcopy(pl); pc.a.append(5); print(pl.a, pc.a, pc.b, pc.b is pl.b, copy.copy(pl).a is pl.a, copy.deepcopy((1, 2)) == (1, 2), copy.copy(5), copy.deepcopy("s"))
print(struct.pack("<HiQ", 1, -2, 3), struct.pack(">f", 1.5), struct.pack("!d", -0.0), struct.unpack("<hH", b"\xff\xff\xff\xff"), struct.calcsize("<iqh"), struct.calcsize("iqh"), struct.pack("3s2x?", b"abcd", True), struct.unpack(">I", b"\x00\x00\x01\x00"))
print(struct.pack("<e", 0.5), struct.unpack("<e", b"\x00\x3c"), list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")), struct.Struct(">HH").size, struct.Struct("<b").unpack(b"\x80"), struct.pack("c", b"z"), struct.pack("5p", b"ab"), struct.pack("@i", 7) == struct.pack("=i", 7))
for bad in [lambda: struct.pack("<b", 200), lambda: struct.pack("<H", -1), lambda: struct.unpack("<I", b"ab"), lambda: struct.pack("<i", 1.5), lambda: struct.pack("z", 1), lambda: struct.pack("<i")]:
    try: print(bad())
    except struct.error as e: print("struct.error", e)
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.crc32(b"hello"), binascii.b2a_base64(b"hi"), binascii.a2b_base64("aGk="), hex(binascii.crc32(b"world", binascii.crc32(b"hello "))), binascii.hexlify(b"abc", "-"))
print(base64.b64encode(b"any carnal pleas"), base64.b64decode("YW55IGNhcm5hbCBwbGVhcw=="), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"abc"), base64.b16encode(b"\xde\xad"), base64.b64decode(b"aGk"+b"="), base64.standard_b64encode(b""))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error", e)
sio = io.StringIO("line1\nline2\n\nline4")
print(sio.readline(), sio.tell(), sio.read(3), sio.readlines(), sio.read(), sio.seek(0), list(sio)[:2])
sio2 = io.StringIO(); sio2.write("abc"); sio2.seek(1); sio2.write("X"); print(sio2.getvalue(), sio2.tell(), sio2.truncate(2), sio2.getvalue())
bio = io.BytesIO(b"\x00\x01\x02\x03"); print(bio.read(2), bio.tell(), bio.seek(-1, 2), bio.read(), bio.getvalue(), bio.write(b"zz"), bio.getvalue(), bio.getbuffer().tobytes() if False else "")
print(osp.join("a", "b", "/c", "d"), osp.split("/a/b/c.txt"), osp.splitext("arch.tar.gz"), osp.splitext(".bashrc"), osp.basename("/x/y/"), osp.dirname("/x/y/z"), osp.normpath("a//b/../c/./d"), osp.isabs("/a"), osp.splitext("a.b/c"))
print(osp.normpath("/../x"), osp.join("", "a"), osp.split("noslash"), osp.expanduser("x"))
