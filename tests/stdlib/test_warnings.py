# SPDX-License-Identifier: MIT
# Compares xenlet's warnings with CPython's: filter actions, recording,
# errors and formatting.  Where CPython reports the caller's file and line
# (which xenlet cannot know), only message, category and counts are compared.
import io
import sys
import warnings as W

import pytest
from xl_loader import load, same

X = load("warnings")


def _record(m, body):
    with m.catch_warnings(record=True) as log:
        m.resetwarnings()
        body(m)
    return [(str(w.message), w.category.__name__) for w in log]


def body_always(m):
    m.simplefilter("always")
    for i in range(3):
        m.warn("same")
    m.warn("dep", DeprecationWarning)
    m.warn(RuntimeWarning("instance"))


def body_once(m):
    m.simplefilter("once")
    for _ in range(3):
        m.warn("repeated")
        m.warn("repeated", RuntimeWarning)
    m.warn("other")


def body_ignore_some(m):
    m.simplefilter("always")
    m.filterwarnings("ignore", category=DeprecationWarning)
    m.filterwarnings("ignore", message="skip")
    m.warn("dep", DeprecationWarning)
    m.warn("pending", PendingDeprecationWarning)
    m.warn("Skip me please")
    m.warn("keep me")
    m.warn("user", UserWarning)


def body_error(m):
    m.simplefilter("error", UserWarning)
    try:
        m.warn("raised")
    except UserWarning as e:
        m.simplefilter("always")
        m.warn("caught: " + str(e))
    m.warn("bytes", BytesWarning)


@pytest.mark.parametrize("body", [body_always, body_once, body_ignore_some, body_error])
def test_record(body):
    same(lambda m: _record(m, body), X, W)


def test_errors_and_format():
    same(lambda m: m.warn("x", category=int), X, W)
    same(lambda m: m.simplefilter("sometimes"), X, W)
    same(lambda m: m.formatwarning("msg", UserWarning, "f.py", 3), X, W)
    same(lambda m: m.formatwarning("msg", DeprecationWarning, "f.py", 3, "  src line  "), X, W)
    same(lambda m: str(m.WarningMessage("m", UserWarning, "f.py", 1)), X, W)


def test_showwarning_override_and_restore():
    def run(m):
        seen = []
        with m.catch_warnings():
            m.simplefilter("always")
            m.showwarning = lambda msg, cat, fn, ln, file=None, line=None: seen.append((str(msg), cat.__name__))
            m.warn("custom")
        restored = m.showwarning is not None and m.showwarning.__name__ == "showwarning"
        return seen, restored
    same(run, X, W)
