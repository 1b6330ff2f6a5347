# Unicode strings: indexing, slicing, len, ord/chr, iteration over code points.
s = "naïve café 日本 🎉!"
print(len(s), s[2], s[-2], s[11:13], s[::-1])
print([ord(c) for c in s[:6]])
print([c for c in s if ord(c) > 127])
print(chr(233), chr(0x65E5), chr(0x1F389), chr(65) + chr(97))
print("é" == "\u00e9", "é" == "e\u0301", len("e\u0301"))
print(s.upper(), s.encode("utf-8"))
print(len(s.encode("utf-8")), len(s.encode("utf-16-le")), s.encode("utf-8").decode("utf-8") == s)
for i, ch in enumerate("añ🎉"):
    print(i, ch, hex(ord(ch)), len(ch.encode()))
print(max(s), min("zebra"), sorted("cbaé"))
print("ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("\u0041\u030a", ascii("Å日🎉"))
