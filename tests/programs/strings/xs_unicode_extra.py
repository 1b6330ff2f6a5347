# Titlecase digraphs, Latin Extended-B runs, Roman numerals, circled letters;
# codec exception attributes.
for w in ["ǅ", "Ǆ", "ǆ", "ǅungla", "DŽUNGLA", "ǆungla", "Ⅷ", "ⅷ", "Ⓐ", "ⓐb", "ǍǎǞǟȘș", "ǰ", "ǱǲǳǊǋǌ"]:
    print(ascii(w), ascii(w.lower()), ascii(w.upper()), ascii(w.title()), ascii(w.swapcase()), ascii(w.capitalize()),
          w.isupper(), w.islower(), w.istitle(), w.isalpha(), w.isidentifier())
try:
    "Zürich €5".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.start, e.end, e.reason, e.encoding, e.object, e)
try:
    b"ab\xff".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e.start, e.end, e.reason, e.encoding, e.object, e)

# Latin ligatures: full mappings
for w in ["ﬁ", "ﬀx", "ﬆ"]: print(ascii(w.upper()), ascii(w.title()), ascii(w.casefold()), ascii(w.lower()), ascii(w.swapcase()), w.islower(), w.isalpha())
