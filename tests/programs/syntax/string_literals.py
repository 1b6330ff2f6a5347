# String literal forms: quotes, escapes, raw, concatenation, triple quotes.
print('single', "double", '''triple single''', """triple double""")
print("tab\tnew\\nline", r"raw\n\t", 'q\'s', "d\"q")
print("adjacent" " literals " 'join')
print("\x41\u00e9\u4e2d\N{GREEK SMALL LETTER ALPHA}\101")
multi = """line1
line2
    indented"""
print(multi)
print(len("\n"), len(r"\n"), len("\\"))
print(b"bytes\x00\xff", rb"raw\bytes")
long = ("part one, "
        "part two")
print(long)
print("a\
b")
print(repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("\t\n\r\x00\x7f\xe9"))
