# SPDX-License-Identifier: MIT
# Unicode text: encodings and error handlers, case mapping of Latin/Greek, numeric predicates, alignment of non-ASCII strings, repr escapes.
s = "naïve café 😀 ∑ \N{GREEK SMALL LETTER ALPHA}"
print(len(s), s.upper(), s.title(), s[::-1], s.encode("utf-8"), len(s.encode()), s.encode("ascii", "replace"), s.encode("ascii", "ignore"), s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"))
print(s.encode("latin-1", "replace"), "é".encode("utf-16"), "é".encode("utf-32"), "é😀".encode("utf-16-be"), b"\xff\xfe\xe9\x00".decode("utf-16"), "😀".encode("utf-16-le").decode("utf-16-le"))
print(ord("😀"), chr(0x1F600), chr(0), repr(chr(0x10FFFF)), hex(ord("€")), "\u00e9" == "é", "e\u0301" == "é", len("e\u0301"), ascii("e\u0301"))
for bad in [lambda: chr(0x110000), lambda: chr(-1), lambda: ord("ab"), lambda: ord(""), lambda: "\udc80".encode(), lambda: b"\xe9".decode("ascii"), lambda: b"\xe2\x82".decode(), lambda: "x".encode("nope"), lambda: b"x".decode("utf-8", "nope")]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
print(b"\xe2\x82\xac\xff".decode("utf-8", "backslashreplace"), b"a\xffb".decode("utf-8", "replace"), b"\xed\xa0\x80".decode("utf-8", "replace"), b"\xf0\x9f\x98".decode("utf-8", "replace"), b"\xc0\xaf".decode("utf-8", "replace"))
print("\t".join(["ä", "ö"]).expandtabs(4), "ÄÖÜ".lower(), "äöü".upper(), "ÿ".upper(), "µ".upper(), "ß".title(), "ǈ".istitle(), "Σ".lower(), "ΌΣΟΣ".lower(), "İstanbul".lower(), len("İ".lower()))
print("①②".isdigit(), "①".isnumeric(), "Ⅻ".isnumeric(), "٣".isdigit(), int("٣٤"), float("１２.５"), " \u3000\xa0".isspace(), "\u200b".isspace(), "\xa0".split(), "a\u3000b".split())
print("ñ".center(5, "*"), "日本語".ljust(6, "."), f"{'日本':>6}", "%-5s|" % "ü", "{:^7}".format("€"), sorted(["é", "e", "f", "E", "É"]), "é" < "f", max("aé"))
print("Ünïcödé".casefold(), "ﬀ".casefold(), "ΣΊΣΥΦΟΣ".casefold(), "ﬁ".lower(), "ǲ".swapcase(), "ΐ".upper())
print(repr("\x00\x07\x1b\u200e\u2029\ufeff"), str("\x85"), repr("\x85"), repr("\u00ad"), repr("\U0001f600"), repr("\ud800"))
