# UTF-16 and UTF-32 codecs: byte orders, BOMs, surrogate pairs, errors.
for s in ["", "A", "€", "h\xe9\U0001F600!"]:
    for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "UTF-32BE", "utf16"]:
        b = s.encode(enc)
        print(enc, b, b.decode(enc) == s)
print(b"\xfe\xff\x00A".decode("utf-16"), b"\xff\xfe\x00\x00A\x00\x00\x00".decode("utf-32"), b"A\x00".decode("utf-16"))
for data, enc in [(b"A\x00B", "utf-16-le"), (b"\x00\xd8A\x00", "utf-16-le"), (b"\x00\xdc", "utf-16-le"),
                  (b"\x00\xd8", "utf-16-le"), (b"\x00\x00\x11\x00", "utf-32-le"), (b"\x00\xd8\x00\x00", "utf-32-le"),
                  (b"AB\x00", "utf-32-be"), (b"A\x00B", "utf-16")]:
    try:
        print(data.decode(enc))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e.start, e.end, e)
    print(ascii(data.decode(enc, "replace")), ascii(data.decode(enc, "ignore")))
