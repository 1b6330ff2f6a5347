# re as programs use it: a log parser, a tokenizer, an INI reader, a
# markdown-ish converter and input validation.
import re
from collections import Counter

LOG_RE = re.compile(
    r'^(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<ver>[\d.]+)" '
    r'(?P<status>\d{3}) (?P<size>\d+|-)$')

lines = []
paths = ["/", "/index.html", "/api/v1/users", "/img/logo.png", "/login"]
for i in range(300):
    ip = "10.0.%d.%d" % (i % 7, (i * 37) % 255)
    status = [200, 200, 404, 500, 302][i % 5]
    size = "-" if status == 302 else str((i * 131) % 5000)
    lines.append('%s - %s [10/Oct/2023:13:%02d:%02d +0000] "%s %s HTTP/1.1" %d %s'
                 % (ip, "-" if i % 3 else "bob", i % 60, (i * 7) % 60,
                    "GET" if i % 4 else "POST", paths[i % 5], status, size))
lines.append("garbage line")
status = Counter()
bytes_by_path = Counter()
bad = 0
for line in lines:
    m = LOG_RE.match(line)
    if not m:
        bad += 1
        continue
    status[m["status"]] += 1
    if m.group("size") != "-":
        bytes_by_path[m.group("path")] += int(m.group("size"))
print(sorted(status.items()), bad)
print(sorted(bytes_by_path.items()))
print(LOG_RE.match(lines[3]).groupdict())

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?"),
    ("STRING", r'"(?:[^"\\]|\\.)*"'),
    ("ID", r"[A-Za-z_]\w*"),
    ("OP", r"==|!=|<=|>=|[-+*/=<>()]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("COMMENT", r"\#.*"),
    ("MISMATCH", r"."),
]
TOK_RE = re.compile("|".join("(?P<%s>%s)" % pair for pair in TOKEN_SPEC))
KEYWORDS = {"if", "then", "else", "end", "print"}


def tokenize(code):
    line = 1
    start = 0
    for mo in TOK_RE.finditer(code):
        kind = mo.lastgroup
        value = mo.group()
        col = mo.start() - start
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "ID" and value in KEYWORDS:
            kind = value.upper()
        elif kind == "NEWLINE":
            start = mo.end()
            line += 1
            continue
        elif kind in ("SKIP", "COMMENT"):
            continue
        yield kind, value, line, col


code = '''if x >= 10 then  # check
    print "big \\"x\\"" ; y = x * 2.5
else
    z = (x - 1) / 3 != 0
end'''
for tok in tokenize(code):
    print(tok)

INI = """
; comment
[server]
host = example.org
port=8080

[paths]
root = /var/www   
logs: /var/log/app
"""
section = None
config = {}
SECT = re.compile(r"^\s*\[([^\]]+)\]\s*$")
KV = re.compile(r"^\s*([\w.]+)\s*[=:]\s*(.*?)\s*$")
for raw in INI.splitlines():
    if not raw.strip() or re.match(r"\s*[;#]", raw):
        continue
    m = SECT.match(raw)
    if m:
        section = config.setdefault(m.group(1), {})
        continue
    m = KV.match(raw)
    if m:
        section[m.group(1)] = m.group(2)
print(config)

md = "This is **bold**, *italic* and `code`; see [docs](http://x.org/a_b)."
html = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", md)
html = re.sub(r"\*(.+?)\*", r"<i>\1</i>", html)
html = re.sub(r"`([^`]*)`", r"<code>\1</code>", html)
html = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', html)
print(html)

EMAIL = re.compile(r"^[\w.+-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}$")
for addr in ["a.b+c@ex.co.uk", "bad@", "x@y.z", "first.last@sub.domain.org"]:
    print(addr, bool(EMAIL.match(addr)))
DATE = re.compile(r"(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])")
print(DATE.findall("2023-01-31, 2023-13-01, 1999-12-25"))
print([m.span() for m in DATE.finditer("x2023-02-28y")])
words = re.findall(r"[a-z']+", "It's the end of the world as we know it, and I feel fine.".lower())
print(Counter(words).most_common(3))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
camel = re.sub(r"(?<!^)(?=[A-Z])", "_", "parseHTTPResponseCode").lower()
print(camel, re.sub(r"_([a-z])", lambda m: m.group(1).upper(), "snake_case_name"))
print(re.split(r"\s*(?:,|;|\band\b)\s*", "apples, pears; plums and cherries"))
print(re.fullmatch(r"(?:[01]?\d|2[0-3]):[0-5]\d", "23:59"), re.fullmatch(r"(?:[01]?\d|2[0-3]):[0-5]\d", "24:00"))
print(re.findall(rb"\x00([\x01-\xff]+)", b"\x00abc\x00\x80\x81"))
