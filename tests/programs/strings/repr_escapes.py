# repr of strings with quotes, escapes, non-printables and Unicode.
samples = ["plain", "it's", 'say "hi"', "both ' \"", "tab\there", "nl\n", "\r\x00\x1b",
           "\x7f\x80\x9f", "é日🎉", "\u200b", "\\", "\ud7ff", "\U0001F600", " ", ""]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(repr(b"\x00\xff'\""), repr(b"it's"), repr(bytearray(b"\n")))
print(str(["a", 'b"c', "d'e"]))
print(repr("\xa0"), repr("\u2028"), repr("\xad"))
