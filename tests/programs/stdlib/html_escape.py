# html: escaping text and attributes, unescaping character references
import html

samples = ["Tom & Jerry", "<script>alert('x')</script>", 'say "hi"', "a < b > c", "plain", ""]
for s in samples:
    e = html.escape(s)
    print(repr(e), repr(html.escape(s, quote=False)), html.unescape(e) == s)
refs = ["&lt;p&gt;", "&amp;amp;", "&quot;&#x27;&#39;&apos;", "&copy; 2024 &reg; &trade;", "&nbsp;|&nbsp|",
        "&eacute;t&eacute; &Eacute;", "&euro;100 &pound;5 &yen;", "&hellip;&mdash;&ndash;", "&alpha;&beta;&Omega;",
        "&#65;&#x42;&#X43;&#100", "&#0;&#128;&#x9F;&#xD800;&#x110000;", "&unknown; & &; &#; &#x;",
        "&ampersand &lte; &copyright", "&rarr; &larr; &hearts;", "no refs at all"]
for r in refs:
    print(repr(html.unescape(r)))
page = "<a href=\"/q?x=1&y=2\">Fish & Chips</a>"
attr = html.escape(page)
print(attr)
print(html.unescape(attr) == page)
