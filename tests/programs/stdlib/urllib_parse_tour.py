# urllib.parse: splitting, joining, quoting and query strings
from urllib.parse import (parse_qs, parse_qsl, quote, quote_plus, unquote, unquote_plus, urldefrag,
                          urlencode, urljoin, urlparse, urlsplit, urlunparse, urlunsplit)

for url in ["https://user:s3cret@Docs.Example.com:8443/a/b;v=1?q=py&lang=en#intro",
            "http://[::1]:8080/status", "mailto:someone@example.org", "file:///etc/hosts",
            "//cdn.example.net/lib.js", "relative/page.html?x=1", "HTTP://EXAMPLE.COM"]:
    p = urlparse(url)
    print(p)
    print(" ", p.hostname, p.port, p.username, p.password, p.geturl())
    s = urlsplit(url)
    print(" ", s.scheme, s.netloc, s.path, s.query, s.fragment, urlunsplit(s) == s.geturl())
print(urlparse("http://h/p")._replace(path="/other", query="a=1").geturl())
print(urlunparse(("https", "example.com", "/x", "", "k=v", "top")))
try:
    urlparse("http://h:notaport/").port
except ValueError as e:
    print("ValueError:", e)
print(urldefrag("http://a/b#sec"), urldefrag("http://a/b"))

base = "http://a/b/c/d;p?q"
for ref in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", ";x", "g;x", "", ".", "./",
            "..", "../", "../g", "../..", "../../g", "../../../g", "/./g", "/../g", "g.", ".g", "g..",
            "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g#s/../x",
            "http:g", "https://other/x"]:
    print(f"{ref!r:14} -> {urljoin(base, ref)}")
print(urljoin("https://example.com/docs/", "../img/logo.png"), urljoin("https://example.com", "about"))

for s in ["hello world", "a/b c", "100% sure?", "naïve café", "ümlaut & €", "~user_name-1.0"]:
    print(repr(quote(s)), repr(quote(s, safe="")), repr(quote_plus(s)), unquote(quote(s)) == s)
print(unquote("%7Euser%20name%2Fx"), unquote("%E2%82%AC%zz%4"), unquote_plus("a+b%2Bc"), unquote("%FF%FE"))
print(quote(b"\x00\xff bytes"), quote("/path with/slashes", safe="/"))

qs = "name=Ada+Lovelace&lang=en&lang=fr&empty=&flag&pct=100%25&utf=%C3%A9"
print(parse_qs(qs))
print(parse_qs(qs, keep_blank_values=True))
print(parse_qsl(qs))
print(parse_qsl("a=1;b=2", separator=";"))
try:
    parse_qsl("a&b", strict_parsing=True)
except ValueError as e:
    print("ValueError:", e)
print(urlencode({"q": "python urllib", "page": 2, "tags": ["a", "b"]}))
print(urlencode({"q": "python urllib", "page": 2, "tags": ["a", "b"]}, doseq=True))
print(urlencode([("path", "/x/y"), ("sym", "&=?")], safe="/"), urlencode({"s": "a b"}, quote_via=quote))
