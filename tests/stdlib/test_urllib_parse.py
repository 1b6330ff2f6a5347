# SPDX-License-Identifier: MIT
# Compares xenlet's urllib.parse with CPython's: splitting, unsplitting,
# RFC 3986 reference resolution, percent-encoding and query strings.
import random
import urllib.parse as P

import pytest
from xl_loader import load, same

X = load("urllib.parse")

URLS = [
    "http://www.python.org/doc/#frag", "https://user:pass@Host.Example.com:8042/over/there?name=ferret#nose",
    "ftp://ftp.is.co.za/rfc/rfc1808.txt", "mailto:John.Doe@example.com", "news:comp.infosystems.www.servers.unix",
    "tel:+1-816-555-1212", "telnet://192.0.2.16:80/", "urn:oasis:names:specification:docbook:dtd:xml:4.1.2",
    "http://[::1]:80/path", "http://[fe80::1%25eth0]/", "http://a/b/c/d;p?q", "//host/path", "/just/a/path",
    "relative/path?x=1", "?query-only", "#frag-only", "", "http://host:/", "http://host:65536/",
    "http://host:abc/", "http://@host", "http://user@host", "http://user:@host", "HTTP://EXAMPLE.com/A",
    " \t http://a.b/c d\n", "file:///etc/passwd", "path;params?q#f", "http://a/b;p1;p2?q", "1http://x",
    "svn+ssh://h/r", "http://[::1/x", "http://a]b/", "s3://bucket/key", "data:text/plain,hi",
    "http://host/a?b#c?d#e", "http://host?q", "http://host#f",
]


@pytest.mark.parametrize("url", URLS)
def test_split_parse(url):
    for fn in ("urlsplit", "urlparse"):
        same(lambda m: getattr(m, fn)(url), X, P)
        same(lambda m: getattr(m, fn)(url, allow_fragments=False), X, P)
        same(lambda m: getattr(m, fn)(url, "https"), X, P)
        same(lambda m: getattr(m, fn)(url).geturl(), X, P)
        for attr in ("hostname", "port", "username", "password"):
            same(lambda m: getattr(getattr(m, fn)(url), attr), X, P)
    same(lambda m: m.urldefrag(url), X, P)
    same(lambda m: m.urlunparse(m.urlparse(url)), X, P)


@pytest.mark.parametrize("parts", [("http", "h", "p", "q", "f"), ("", "", "a", "", ""),
                                   ("http", "", "x", "", ""), ("mailto", "", "a@b", "", ""),
                                   ("file", "", "/tmp", "", ""), ("http", "h", "", "", "")])
def test_unsplit(parts):
    same(lambda m: m.urlunsplit(parts), X, P)
    same(lambda m: m.urlunparse(parts[:3] + ("pp",) + parts[3:]), X, P)


BASE = "http://a/b/c/d;p?q"
RFC3986 = ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x",
           "g;x", "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../",
           "../../g", "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..",
           "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y",
           "g?y/./x", "g?y/../x", "g#s/./x", "g#s/../x", "http:g", "https:g", "a//b/./c",
           "///x", "ftp://other/x"]


@pytest.mark.parametrize("ref", RFC3986)
def test_urljoin(ref):
    for base in (BASE, "http://a/b/c/", "http://a", "http://a/b//c/d", "", "ftp://f/x/y",
                 "mailto:x@y", "http://a/b/c/d;p?q#f"):
        same(lambda m: m.urljoin(base, ref), X, P)
        same(lambda m: m.urljoin(base, ref, allow_fragments=False), X, P)


def test_quote_sweep():
    rng = random.Random(5)
    alphabet = "aZ09 _.-~/%+?&=#:;@!$'()*,é€\x00\x7f\n"
    for _ in range(400):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        safe = rng.choice(["/", "", ":@", "%", " "])
        for fn in ("quote", "quote_plus"):
            same(lambda m: getattr(m, fn)(s, safe=safe), X, P)
            same(lambda m: getattr(m, fn)(s.encode("utf-8"), safe=safe), X, P)
        for fn in ("unquote", "unquote_plus", "unquote_to_bytes"):
            same(lambda m: getattr(m, fn)(s), X, P)
        q = P.quote(s)
        same(lambda m: m.unquote(q), X, P)


@pytest.mark.parametrize("s", ["%E2%82%AC", "%e2%82", "%zz%4", "%", "abc%2", "%C3%A9é%C3",
                               "%FF", "a+b", b"%41%4", ""])
def test_unquote_cases(s):
    for fn in ("unquote", "unquote_to_bytes"):
        same(lambda m: getattr(m, fn)(s), X, P)
    same(lambda m: m.unquote(s, errors="strict"), X, P)
    same(lambda m: m.unquote(s, encoding="latin-1"), X, P)


QUERIES = ["a=1&b=2", "a=1&a=2&b", "a=&b=x+y&c=%26", "&&a=1&", "=x", "a=b=c", "k",
           "x=%zz", "a=1;b=2", "", None, b"a=1&b=%41", "semi;colon=1"]


@pytest.mark.parametrize("qs", QUERIES)
def test_parse_qs(qs):
    for fn in ("parse_qs", "parse_qsl"):
        same(lambda m: getattr(m, fn)(qs), X, P)
        same(lambda m: getattr(m, fn)(qs, keep_blank_values=True), X, P)
        same(lambda m: getattr(m, fn)(qs, strict_parsing=True), X, P)
        same(lambda m: getattr(m, fn)(qs, max_num_fields=2), X, P)
        same(lambda m: getattr(m, fn)(qs, separator=";"), X, P)


@pytest.mark.parametrize("query", [{"a": 1, "b": "x y"}, [("a", [1, 2]), ("b", "s")],
                                   {"k": ("x", b"y&"), "n": None}, [], "ab", [1, 2],
                                   {"é": "€/"}, {"a": [], "b": [[1]]}])
def test_urlencode(query):
    same(lambda m: m.urlencode(query), X, P)
    same(lambda m: m.urlencode(query, doseq=True), X, P)
    same(lambda m: m.urlencode(query, safe="/"), X, P)
    same(lambda m: m.urlencode(query, quote_via=m.quote), X, P)
