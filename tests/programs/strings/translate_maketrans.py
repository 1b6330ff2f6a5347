# str.maketrans/translate, ciphers and character mapping.
table = str.maketrans("abc", "xyz")
print("aabbcc cab".translate(table))
rm = str.maketrans("", "", "aeiou")
print("programming language".translate(rm))
d = str.maketrans({"a": "4", "e": "3", "o": None})
print("hello there foo".translate(d))
def caesar(s, k):
    out = []
    for c in s:
        if c.isalpha() and c.isascii():
            base = ord("A") if c.isupper() else ord("a")
            out.append(chr((ord(c) - base + k) % 26 + base))
        else:
            out.append(c)
    return "".join(out)
enc = caesar("Hello, World!", 3)
print(enc, caesar(enc, -3))
rot13 = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
                      "NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
print("Why did the chicken".translate(rot13))
print(sorted(table.items()))
