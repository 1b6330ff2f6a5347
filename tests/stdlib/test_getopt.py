# SPDX-License-Identifier: MIT
# Compares xenlet's getopt with CPython's over fixed and random argv lists.
import getopt as G
import random

import pytest
from xl_loader import load, same

X = load("getopt")

SHORT = ["ab:c", "a:b", "", "x", "+ab:", "ab:c:", ":a", "a::"]
LONG = [[], ["alpha", "beta=", "gamma"], ["verbose", "version", "file="],
        "help", ("out=", "output")]
TOKENS = ["-a", "-b", "-c", "-abc", "-bfoo", "-x", "-", "--", "--alpha",
          "--beta", "--beta=1", "--alpha=2", "--al", "--ver", "--verb",
          "--file", "--file=f", "--fi=x", "--out", "--o", "--help", "--h",
          "file.txt", "x", "", "-:", "--=", "-cb", "--gamma=", "arg"]


def result(fn, args, short, long):
    try:
        return fn(list(args), short, long)
    except Exception as e:  # noqa: BLE001 - compared by type and fields
        return (type(e).__name__, str(e), getattr(e, "msg", None),
                getattr(e, "opt", None), e.args)


def test_random_argv(monkeypatch):
    monkeypatch.delenv("POSIXLY_CORRECT", raising=False)
    rng = random.Random(7)
    for _ in range(3000):
        args = [rng.choice(TOKENS) for _ in range(rng.randrange(6))]
        short, long = rng.choice(SHORT), rng.choice(LONG)
        for name in ("getopt", "gnu_getopt"):
            same(lambda m: result(getattr(m, name), args, short, long), X, G)


@pytest.mark.parametrize("args,short,long", [
    (["-a", "-b", "val", "x", "-c"], "ab:c", []),
    (["--output=o", "--verbose", "rest"], "", ["output=", "verbose"]),
    (["--v"], "", ["verbose", "version"]),
    (["--verbose=1"], "", ["verbose"]),
    (["--file"], "", ["file="]),
    (["-b"], "b:", []),
    (["-z"], "ab", []),
    (["--nope"], "", ["yes"]),
])
def test_cases(args, short, long):
    for name in ("getopt", "gnu_getopt"):
        same(lambda m: result(getattr(m, name), args, short, long), X, G)


def test_error_class():
    def run(m):
        e = m.GetoptError("bad", "b")
        return (str(e), e.msg, e.opt, e.args, m.error is m.GetoptError,
                issubclass(m.GetoptError, Exception), m.GetoptError("x").opt,
                repr(e))
    same(run, X, G)


def test_posixly_correct(monkeypatch):
    monkeypatch.setenv("POSIXLY_CORRECT", "1")
    same(lambda m: m.gnu_getopt(["x", "-a"], "a"), X, G)
