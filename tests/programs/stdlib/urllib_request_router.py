# A tiny request router: parses URLs and query strings, matches routes with
# wildcards, renders escaped HTML, logs to stdout and summarises latencies.
import fnmatch
import html
import logging
import shlex
import statistics
import sys
import warnings
from fractions import Fraction
from types import SimpleNamespace
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit, quote, unquote

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)-7s %(name)s: %(message)s")
log = logging.getLogger("router")
access = logging.getLogger("router.access")

ROUTES = []


def route(pattern, deprecated=False):
    def register(fn):
        ROUTES.append((pattern, fn, deprecated))
        return fn
    return register


@route("/items")
def list_items(req):
    page = int(req.query.get("page", ["1"])[0])
    tags = req.query.get("tag", [])
    return 200, f"<ul><li>page {page}</li><li>tags: {', '.join(tags) or 'none'}</li></ul>"


@route("/items/*")
def show_item(req):
    name = unquote(req.path.rsplit("/", 1)[1])
    if name.startswith("_"):
        raise KeyError(name)
    return 200, f"<h1>{html.escape(name)}</h1>"


@route("/search")
def search(req):
    q = req.query.get("q", [""])[0]
    return 200, f"<p>Results for {html.escape(q)!s}</p>"


@route("/old/*", deprecated=True)
def old(req):
    return 301, urljoin("https://shop.example/", "../items/" + req.path.rsplit("/", 1)[1])


def handle(url, latency_ms):
    parts = urlsplit(url)
    req = SimpleNamespace(path=parts.path, query=parse_qs(parts.query), host=parts.hostname,
                          port=parts.port or (443 if parts.scheme == "https" else 80))
    for pattern, fn, deprecated in ROUTES:
        if fnmatch.fnmatchcase(req.path, pattern):
            if deprecated:
                warnings.warn(f"route {pattern} is deprecated", DeprecationWarning)
            try:
                status, body = fn(req)
            except KeyError as e:
                log.error("handler %s failed: %r", fn.__name__, e)
                status, body = 500, "<p>internal error</p>"
            break
    else:
        log.warning("no route for %s", req.path)
        status, body = 404, "<p>not found: %s</p>" % html.escape(req.path)
    access.info('%s:%d "%s" %d %dms', req.host, req.port, req.path, status, latency_ms)
    return status, body


requests = [
    ("https://shop.example/items?page=2&tag=red&tag=big", 12),
    ("https://shop.example/items/%3Cscript%3E", 30),
    ("http://shop.example:8080/search?q=fish+%26+chips", 7),
    ("https://shop.example/items/_secret", 45),
    ("https://shop.example/nowhere?x=1", 3),
    ("https://shop.example/old/lamp", 9),
    ("https://shop.example/items/lamp%20shade", 21),
]
statuses = []
latencies = []
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for url, ms in requests:
        status, body = handle(url, ms)
        statuses.append(status)
        latencies.append(ms)
        print(status, body)
for w in caught:
    log.warning("%s: %s", w.category.__name__, w.message)

print("mean", statistics.mean(latencies), "median", statistics.median(latencies),
      "stdev", round(statistics.stdev(latencies), 6))
print("quartiles", statistics.quantiles(latencies, n=4))
print("mode status", statistics.mode(statuses), "ok share", Fraction(statuses.count(200), len(statuses)))
next_page = "https://shop.example/items?" + urlencode({"page": 3, "tag": ["red", "big"]}, doseq=True)
print(next_page, quote("/items/lamp shade"))
cmd = shlex.join(["curl", "-H", "Accept: text/html", next_page])
print(cmd)
print(shlex.split(cmd)[-1] == next_page)
logging.shutdown()
