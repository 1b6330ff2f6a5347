# str case mapping and character classes: ASCII, Latin-1, Latin Extended-A,
# Greek (final sigma) and Cyrillic.
words = ["hello World", "ÀÉÎõü ßtraße", "ĀāĲĳŁłŸÿ", "ΟΔΟΣ ΣΟΦΟΣ", "Привет МИР", "µ", "ŉ", "İstanbul", "ı"]
for w in words:
    print(repr(w), w.lower(), w.upper(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
for w in ["", "abc", "ABC", "Abc Def", "abc1", "ª", "ß", "Σ", "ς", "1a", "A1 B2", "a_b", "Hello, World!"]:
    print(repr(w), w.islower(), w.isupper(), w.istitle(), w.isalpha(), w.isalnum())
for w in ["123", "½", "²", "٣", "Ⅻ", "1.5", "", " ", "\t\n\x0b\x0c\r\x1c\x85\xa0", "\u2028", "a b"]:
    print(ascii(w), w.isdecimal(), w.isdigit(), w.isnumeric(), w.isspace(), w.isascii(), w.isprintable())
for w in ["abc", "_x1", "1x", "", "é", "a-b", "αβγ", "class", "x²"]:
    print(repr(w), w.isidentifier())
print("σ in middle: " + "ΑΣΑ".lower(), "ΑΣ.".lower(), "Σ".lower(), "aΣ'b".lower())
