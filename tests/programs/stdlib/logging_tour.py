# logging: hierarchy, levels, handlers, formatters, filters and errors
import io
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
logging.debug("not shown")
logging.info("root info %d", 1)
logging.warning("root warning %s", "x")

app = logging.getLogger("shop")
db = logging.getLogger("shop.db")
api = logging.getLogger("shop.api.v1")
mid = logging.getLogger("shop.api")
print(db.parent is app, api.parent is mid, mid.parent is app, app.parent is logging.getLogger())
print(repr(app), repr(logging.root), app.getEffectiveLevel(), api.isEnabledFor(logging.DEBUG))

buf = io.StringIO()
handler = logging.StreamHandler(buf)
handler.setFormatter(logging.Formatter("[%(name)s] %(levelname)-8s %(message)s"))
app.addHandler(handler)
app.setLevel(logging.DEBUG)
db.debug("connecting to %s:%d", "localhost", 5432)
api.info("GET %(path)s -> %(status)d", {"path": "/items", "status": 200})
mid.propagate = False
api.warning("stops at shop.api (no handlers there)")
mid.propagate = True
app.propagate = False
db.error("only the shop handler sees this")
app.propagate = True
print(buf.getvalue(), end="")

# Levels by name, custom levels, disable
logging.addLevelName(25, "NOTICE")
app.log(25, "a notice")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(99))
app.setLevel("WARNING")
app.info("filtered by level")
logging.disable(logging.ERROR)
app.error("disabled")
app.critical("critical still passes")
logging.disable(logging.NOTSET)
for bad in ("LOUD", None):
    try:
        app.setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# Filters: a name filter on a handler and a callable on a logger
buf2 = io.StringIO()
h2 = logging.StreamHandler(buf2)
h2.addFilter(logging.Filter("shop.db"))
h2.setFormatter(logging.Formatter("%(levelno)d|%(message)s"))
logging.root.addHandler(h2)
db.warning("db passes")
api.warning("api filtered")
db.addFilter(lambda record: "password" not in record.getMessage())
db.warning("password=hunter2")
print(buf2.getvalue(), end="")
logging.root.removeHandler(h2)

# Exceptions (only the last line of the traceback is printed here)
buf3 = io.StringIO()
h3 = logging.StreamHandler(buf3)
app.addHandler(h3)
app.propagate = False
try:
    {}["missing"]
except KeyError:
    app.exception("lookup failed")
lines = buf3.getvalue().splitlines()
print(lines[0], lines[1], lines[-1])

# Formatter styles, defaults, extra and a fixed timestamp
fmt = logging.Formatter("{levelname}:{name}:{message}", style="{")
rec = logging.makeLogRecord({"name": "x", "levelname": "INFO", "msg": "hello %s", "args": ("you",)})
print(fmt.format(rec))
fmt = logging.Formatter("$levelname $message", style="$")
print(fmt.format(rec))
fmt = logging.Formatter("%(message)s [%(user)s]", defaults={"user": "anon"})
print(fmt.format(rec))
rec.created, rec.msecs = 0.0, 0.0
print(logging.Formatter("%(asctime)s", datefmt="%Y").format(rec)[:2])
adapter = logging.LoggerAdapter(app, {"user": "bob"})
h3.setFormatter(logging.Formatter("%(user)s did: %(message)s"))
adapter.warning("checkout %d items", 3)
print(buf3.getvalue().splitlines()[-1])
try:
    logging.Formatter("no fields here")
except ValueError as e:
    print("ValueError:", e)

# No handlers anywhere: the last resort prints just the message to stderr
lonely = logging.getLogger("lonely")
lonely.propagate = False
old_stderr = sys.stderr
sys.stderr = io.StringIO()
lonely.info("dropped")
lonely.warning("last resort says %s", "hi")
captured = sys.stderr.getvalue()
sys.stderr = old_stderr
print(repr(captured))

# basicConfig does nothing once configured, unless force=True
logging.basicConfig(format="IGNORED %(message)s")
logging.warning("still the first format")
logging.basicConfig(force=True, stream=sys.stdout, format="%(name)s|%(message)s", level="DEBUG")
logging.debug("forced new format")
try:
    logging.basicConfig(force=True, stream=sys.stdout, bogus=1)
except ValueError as e:
    print("ValueError:", e)
