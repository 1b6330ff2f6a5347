# Case methods and predicates on ASCII and non-ASCII strings.
words = ["hello world", "ÉCOLE", "straße", "Title Case", "mIxEd", "123abc", ""]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
for w in ["abc", "ABC", "Abc", "a1", "123", "  ", "", "x y", "٣", "Ⅷ", "½", "İ"]:
    print(repr(w), w.isalpha(), w.isdigit(), w.isnumeric(), w.isdecimal(), w.isalnum(),
          w.isspace(), w.isupper(), w.islower(), w.istitle(), w.isidentifier(), w.isascii())
print("_private".isidentifier(), "2bad".isidentifier(), "naïve".isidentifier())
print("ǅ".istitle(), "Hello World".istitle(), "Hello world".istitle())
