# SPDX-License-Identifier: MIT
# Compares xenlet's logging with CPython's by running the same scenarios
# against both modules and comparing what their handlers wrote.  Source
# lines of tracebacks (which xenlet's logging never prints) are dropped
# from CPython's output before comparing.
import io
import logging as L
import sys

import pytest
from xl_loader import load, same

X = load("logging")


def _run(m, body):
    out = io.StringIO()
    old_err = sys.stderr
    sys.stderr = out
    try:
        m.basicConfig(force=True, stream=out, level=m.WARNING)
        result = body(m, out)
    finally:
        sys.stderr = old_err
        m.root.handlers[:] = []
        m.root.setLevel(m.WARNING)
        m.disable(m.NOTSET)
    # Frame lines: CPython has more of them (and source lines) than xenlet.
    text = "\n".join(line for line in out.getvalue().split("\n")
                     if not line.startswith(("    ", "  File ")))
    return text, result


def case_basic(m, out):
    m.debug("hidden")
    m.info("hidden too")
    m.warning("warn %s %d", "x", 3)
    m.error("err %(a)s", {"a": 1})
    m.critical("crit")
    m.log(m.ERROR, "via log")
    m.log(25, "level 25")
    return m.getLevelName(25), m.getLevelName("ERROR"), m.getLevelName(m.WARN)


def case_hierarchy(m, out):
    app = m.getLogger("t1.app")
    web = m.getLogger("t1.app.web.req")
    mid = m.getLogger("t1.app.web")
    names = (web.parent.name, mid.parent.name, app.parent.name, m.getLogger("t1").parent.name,
             app.parent.name)
    h = m.StreamHandler(out)
    h.setFormatter(m.Formatter("[%(name)s|%(levelname)s|%(levelno)d] %(message)s"))
    app.addHandler(h)
    app.setLevel(m.DEBUG)
    web.debug("debug reaches app and root? %s", "yes")
    web.info("info")
    mid.propagate = False
    web.warning("stops at mid")
    mid.propagate = True
    app.propagate = False
    web.error("app only")
    app.removeHandler(h)
    web.error("no handlers in chain")
    return names, repr(app), repr(web), repr(m.getLogger()), web.getEffectiveLevel(), \
        web.isEnabledFor(m.DEBUG), app.hasHandlers(), m.getLogger("") is m.root


def case_formatter(m, out):
    lg = m.getLogger("t2")
    h = m.StreamHandler(out)
    lg.addHandler(h)
    lg.propagate = False
    for fmt, style in [("%(levelname)-8s:%(name)s:%(message)s", "%"), ("{levelname}/{message!r}", "{"),
                       ("$name $message", "$"), ("%(message)s %(lineno)d %(funcName)s %(filename)s", "%"),
                       ("%(message)s %(custom)s", "%")]:
        h.setFormatter(m.Formatter(fmt, style=style, defaults={"custom": "dflt"}))
        lg.warning("msg %s", 1)
        lg.warning("extra", extra={"custom": "given"})
    f = m.Formatter("%(asctime)s %(message)s", datefmt="%Y-%m-%d %H:%M:%S")
    rec = m.makeLogRecord({"msg": "fixed", "created": 86400.5, "msecs": 500.0})
    f2 = m.Formatter("%(asctime)s|%(message)s")
    return f.format(rec), f2.format(rec), f.usesTime(), m.Formatter().usesTime()


def case_bad_formats(m, out):
    res = []
    for args in [("no fields",), ("%(x)q",), ("{x}", None, "{"), ("x", None, "?")]:
        try:
            m.Formatter(*args)
            res.append("ok")
        except ValueError as e:
            res.append(str(e))
    m.warning("bad %d", "x")
    m.warning("too %s", 1, 2)
    return res


def case_exception(m, out):
    lg = m.getLogger("t3")
    try:
        try:
            {}["k"]
        except KeyError as e:
            raise ValueError("wrapped") from e
    except ValueError:
        lg.exception("failed: %s", "ctx")
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            int("x")
    except ValueError as e:
        lg.error("with instance", exc_info=e)
    lg.error("no exc", exc_info=True)
    return None


def case_filters_and_levels(m, out):
    lg = m.getLogger("t4.a")
    other = m.getLogger("t4b")
    h = m.StreamHandler(out)
    h.addFilter(m.Filter("t4"))
    h.setLevel("INFO")
    lg.addHandler(h)
    other.addHandler(h)
    lg.setLevel(m.DEBUG)
    lg.debug("below handler level")
    lg.info("passes")
    other.warning("filtered out by name")
    lg.addFilter(lambda r: "secret" not in r.getMessage())
    lg.warning("a secret")
    lg.warning("public")
    m.disable(m.WARNING)
    lg.warning("disabled")
    lg.error("error still")
    errs = []
    for bad in ("LOUD", 1.5):
        try:
            lg.setLevel(bad)
        except (ValueError, TypeError) as e:
            errs.append((type(e).__name__, str(e)))
    try:
        lg.log("INFO", "x")
    except TypeError as e:
        errs.append(str(e))
    return errs, repr(h), m.getLevelNamesMapping()["WARN"]


def case_last_resort(m, out):
    m.root.handlers[:] = []
    lg = m.getLogger("t5")
    lg.info("info dropped")
    lg.warning("last resort %s", "msg")
    lg.addHandler(m.NullHandler())
    lg.error("swallowed")
    return lg.hasHandlers()


def case_basicconfig(m, out):
    errs = []
    for kw in [dict(stream=out, filename="x"), dict(handlers=[], stream=out), dict(bogus=1, force=True),
               dict(style="?", force=True)]:
        try:
            m.basicConfig(**kw)
        except ValueError as e:
            errs.append(str(e))
    m.basicConfig(force=True, stream=out, format="%(levelname)s %(message)s", level="DEBUG")
    m.debug("now visible")
    m.basicConfig(stream=out, format="ignored %(message)s")
    m.info("same format")
    return errs, m.root.level


def case_adapter(m, out):
    lg = m.getLogger("t6")
    h = m.StreamHandler(out)
    h.setFormatter(m.Formatter("%(user)s: %(message)s"))
    lg.addHandler(h)
    lg.propagate = False
    ad = m.LoggerAdapter(lg, {"user": "bob"})
    ad.warning("hi %s", "there")
    ad.info("dropped")
    return repr(ad), ad.name


@pytest.mark.parametrize("case", [case_basic, case_hierarchy, case_formatter, case_bad_formats,
                                  case_exception, case_filters_and_levels, case_last_resort,
                                  case_basicconfig, case_adapter])
def test_scenario(case):
    same(lambda m: _run(m, case), X, L)


def test_constants():
    for name in ("CRITICAL", "FATAL", "ERROR", "WARNING", "WARN", "INFO", "DEBUG", "NOTSET",
                 "BASIC_FORMAT"):
        assert getattr(X, name) == getattr(L, name)
