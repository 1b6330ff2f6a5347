# SPDX-License-Identifier: MIT
# Compares xenlet's argparse with CPython's: parse results, error messages
# and exit codes, help and usage text at several widths, on hand-written
# parsers and on a seeded random generator of parsers and argv lists.
import argparse as CP
import contextlib
import io
import random

import pytest
from xl_loader import load

X = load("argparse")


def fixed_width(m, width, cls=None):
    cls = cls or m.HelpFormatter
    return lambda prog: cls(prog, width=width)


def run(m, build, argv, method="parse_args"):
    """Everything observable about parsing argv with build(m)'s parser."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            parser = build(m)
            result = getattr(parser, method)(argv)
            if isinstance(result, tuple):
                result = (sorted(vars(result[0]).items()), result[1])
            else:
                result = sorted(vars(result).items())
            outcome = ("ok", repr(result))
        except SystemExit as e:
            outcome = ("exit", e.code)
        except Exception as e:  # noqa: BLE001 - type and text are compared
            outcome = ("err", type(e).__name__, str(e))
    return outcome, out.getvalue(), err.getvalue()


def check(build, argvs, method="parse_args"):
    for argv in argvs:
        got = run(X, build, list(argv), method)
        want = run(CP, build, list(argv), method)
        assert got == want, f"argv={argv!r}"


def check_text(build):
    def texts(m):
        try:
            p = build(m)
            return p.format_help(), p.format_usage()
        except Exception as e:  # noqa: BLE001
            return type(e).__name__, str(e)
    assert texts(X) == texts(CP)


# ---------------------------------------------------------------- fixed

def tool(m, width=80, cls=None):
    p = m.ArgumentParser(
        prog="tool", description="Manage a collection of widgets. " * 4,
        epilog="See %(prog)s help CMD for details.",
        formatter_class=fixed_width(m, width, cls))
    p.add_argument("-v", "--verbose", action="count", default=0,
                   help="more output (repeatable)")
    p.add_argument("-q", "--quiet", action="store_true")
    p.add_argument("--config", metavar="PATH", default="~/.toolrc",
                   help="config file (default: %(default)s)")
    p.add_argument("--version", action="version", version="%(prog)s 1.2.3")
    g = p.add_argument_group("network", "Settings for talking to servers.")
    g.add_argument("--host", default="localhost")
    g.add_argument("--port", type=int, default=8080, choices=range(8000, 8100),
                   metavar="N", help="port in %(choices)s")
    x = p.add_mutually_exclusive_group()
    x.add_argument("--json", action="store_const", const="json", dest="fmt")
    x.add_argument("--csv", action="store_const", const="csv", dest="fmt")
    sub = p.add_subparsers(dest="cmd", required=True, metavar="CMD",
                           help="what to do")
    add = sub.add_parser("add", aliases=["a"], help="add widgets",
                         description="Add one or more widgets.")
    add.add_argument("names", nargs="+", help="widget names")
    add.add_argument("--size", type=float, default=1.0)
    add.add_argument("--tag", action="append", dest="tags", default=[])
    add.set_defaults(func="add")
    rm = sub.add_parser("rm", help="remove widgets")
    rm.add_argument("name")
    rm.add_argument("-f", "--force", action=m.BooleanOptionalAction,
                    default=False, help="skip checks")
    rm.set_defaults(func="rm")
    ls = sub.add_parser("ls")
    ls.add_argument("pattern", nargs="?", default="*")
    ls.add_argument("--sort", choices=["name", "size"], default="name")
    ls.add_argument("-l", dest="long", action="store_true")
    return p


TOOL_ARGV = [
    [], ["-h"], ["--version"], ["add", "w1", "w2", "--tag", "x", "--tag=y"],
    ["a", "w"], ["-vv", "--json", "rm", "w", "--no-force"],
    ["--json", "--csv", "ls"], ["--port", "9000", "ls"], ["--port", "80x", "ls"],
    ["--por", "8001", "ls", "*.py", "--sort", "size", "-l"],
    ["bogus"], ["rm"], ["rm", "a", "b"], ["add"], ["add", "--size", "x", "w"],
    ["add", "-h"], ["rm", "-h"], ["ls", "--sort", "date"], ["--host"],
    ["--qu", "ls"], ["--v", "ls"], ["-vq", "ls"], ["-vqx", "ls"],
    ["ls", "--", "-l"], ["--config=/etc/x", "ls"], ["-q=1", "ls"],
    ["ls", "extra", "more"], ["--json", "ls", "--json"],
]


@pytest.mark.parametrize("width", [40, 60, 80, 120])
def test_tool_help(width):
    check_text(lambda m: tool(m, width))
    check(lambda m: tool(m, width), [["-h"], ["add", "-h"], ["rm", "--help"]])


def test_tool_parse():
    check(tool, TOOL_ARGV)
    check(tool, TOOL_ARGV[:12], "parse_known_args")


@pytest.mark.parametrize("cls", ["RawDescriptionHelpFormatter",
                                 "RawTextHelpFormatter",
                                 "ArgumentDefaultsHelpFormatter"])
def test_formatter_classes(cls):
    def build(m):
        p = m.ArgumentParser(
            prog="fmt", description="  keep\n    this   layout\n\nplease ",
            epilog="line one\n  line two", formatter_class=fixed_width(
                m, 70, getattr(m, cls)))
        p.add_argument("--a", default=3, help="first\n  line\tand more")
        p.add_argument("--b", default=m.SUPPRESS, help="b help")
        p.add_argument("--c", help="c is %(default)s")
        p.add_argument("--d", action="store_true", help="flag")
        p.add_argument("--e", action=m.BooleanOptionalAction, default=True, help="bool")
        p.add_argument("pos", nargs="?", default="p", help="optional positional")
        p.add_argument("rest", nargs="*", help="more")
        p.add_argument("last", help="plain")
        return p
    check_text(build)


def test_metavar_type_formatter():
    def build(m):
        p = m.ArgumentParser(prog="t", formatter_class=fixed_width(
            m, 80, m.MetavarTypeHelpFormatter))
        p.add_argument("--n", type=int)
        p.add_argument("x", type=float)
        p.add_argument("y", type=str, nargs=2)
        return p
    check_text(build)


def test_usage_wrapping():
    def build(m, width, prog):
        p = m.ArgumentParser(prog=prog, formatter_class=fixed_width(m, width))
        for i in range(12):
            p.add_argument("--option-%d" % i, metavar="VALUE%d" % i)
        g = p.add_mutually_exclusive_group(required=True)
        g.add_argument("--left", action="store_true")
        g.add_argument("--right", nargs="+")
        for name in ("alpha", "beta", "gamma"):
            p.add_argument(name)
        p.add_argument("tail", nargs="*")
        return p
    for width in (30, 50, 80, 100):
        for prog in ("p", "a-much-longer-program-name", "x" * 40):
            check_text(lambda m: build(m, width, prog))
    check(lambda m: build(m, 80, "p"), [["a", "b", "c"], ["--left", "--right", "1", "a", "b", "c"],
                                         ["--right", "a", "b", "c"], ["--left"]])


def test_custom_usage_and_prog():
    def build(m):
        p = m.ArgumentParser(prog="cu", usage="%(prog)s [opts] thing",
                             description="%(prog)s does it", add_help=False)
        p.add_argument("thing")
        p.add_argument("+x", "++ex", action="store_true")
        return p
    check_text(build)
    check(build, [[], ["a", "b"]])


def test_nargs_and_types():
    def build(m):
        p = m.ArgumentParser(prog="n", exit_on_error=True)
        p.add_argument("--two", nargs=2, type=int)
        p.add_argument("--one", nargs=1)
        p.add_argument("--opt", nargs="?", const="C", default="D")
        p.add_argument("--star", nargs="*", type=float)
        p.add_argument("--plus", nargs="+", choices=["a", "b"])
        p.add_argument("--ext", action="extend", nargs="+")
        p.add_argument("--app", action="append", type=int)
        p.add_argument("--ac", action="append_const", const=7)
        p.add_argument("--sc", action="store_const", const=[1])
        p.add_argument("--neg", type=int)
        p.add_argument("--hex", type=lambda s: int(s, 16))

        def even(s):
            n = int(s)
            if n % 2:
                raise m.ArgumentTypeError("%d is odd" % n)
            return n
        p.add_argument("--even", type=even)
        p.add_argument("first", type=int)
        p.add_argument("rest", nargs=m.REMAINDER)
        return p
    check(build, [
        ["1"], ["--two", "1", "2", "3"], ["--two", "1", "3"], ["--two", "1", "x", "3"],
        ["--one", "a", "4"], ["--opt", "5"], ["5", "--opt"], ["--opt", "x", "5"],
        ["--star", "5"], ["--star", "1.5", "2e3", "--", "5"], ["--plus", "5"],
        ["--plus", "a", "c", "1"], ["--ext", "a", "b", "--ext", "c", "1"],
        ["--app", "1", "--app=2", "3"], ["--app", "q", "3"], ["--ac", "--ac", "1"],
        ["--sc", "2"], ["--neg", "-5", "-3"], ["-3"], ["--hex", "ff", "1"],
        ["--hex", "zz", "1"], ["--even", "3", "1"], ["--even", "4", "1"],
        ["1", "--two", "x", "-z", "--", "q"], ["--", "-4", "a"], ["x"],
        ["--two", "1"], ["--one"], ["--plus"], ["1", "--on", "2"],
    ])


def test_negative_number_options():
    def build(m):
        p = m.ArgumentParser(prog="neg")
        p.add_argument("-1", dest="one", action="store_true")
        p.add_argument("--x", type=float)
        p.add_argument("vals", nargs="*")
        return p
    check(build, [["-1"], ["-2"], ["--x", "-1"], ["--x", "-.5"], ["a", "-1", "b"],
                  ["--", "-2"], ["-1", "--x=-2"]])

    def build2(m):
        p = m.ArgumentParser(prog="neg2")
        p.add_argument("-n", type=int)
        p.add_argument("vals", nargs="*", type=float)
        return p
    check(build2, [["-n", "-1", "-2.5", "-.5"], ["-2", "-n-3"], ["-x y"], ["-n", "-x"],
                   ["-", "-n", "1"], ["-n", "1e3"]])


def test_mutually_exclusive():
    def build(m):
        p = m.ArgumentParser(prog="mx")
        g = p.add_mutually_exclusive_group(required=True)
        g.add_argument("-a", action="store_true")
        g.add_argument("-b", type=int)
        g.add_argument("-c", nargs="?", const=1, default=None)
        g.add_argument("--hidden", help=m.SUPPRESS)
        h = p.add_mutually_exclusive_group()
        h.add_argument("--on", action="store_true")
        h.add_argument("--off", action="store_false", dest="on")
        return p
    check_text(build)
    check(build, [[], ["-a"], ["-a", "-b", "1"], ["-b", "1", "-a"], ["-ab1"],
                  ["-c"], ["-c", "-a"], ["--on", "--off", "-a"], ["--off", "-b2"],
                  ["--hidden", "x", "-a"]])


def test_parents_conflicts_defaults():
    def build(m):
        base = m.ArgumentParser(add_help=False)
        base.add_argument("--shared", default="s")
        grp = base.add_argument_group("base group")
        grp.add_argument("--gopt", type=int, default=1)
        base.set_defaults(extra=42)
        p = m.ArgumentParser(prog="child", parents=[base],
                             conflict_handler="resolve",
                             argument_default=m.SUPPRESS)
        p.add_argument("--shared", default="override", help="new shared")
        p.add_argument("-x", "--xx")
        p.add_argument("-x", dest="xonly", action="store_true")
        p.add_argument("pos", nargs="?")
        p.set_defaults(pos="P", other=1)
        return p
    check_text(build)
    check(build, [[], ["--shared", "a", "--gopt", "3", "-x", "q"], ["--xx", "1"]])
    assert X.ArgumentParser().get_default("x") is None
    for m in (X, CP):
        p = build(m)
        assert p.get_default("pos") == "P" and p.get_default("extra") == 42


def test_construction_errors():
    cases = [
        lambda m: m.ArgumentParser(prog="e").add_argument("x", required=True),
        lambda m: m.ArgumentParser(prog="e").add_argument("x", dest="y"),
        lambda m: m.ArgumentParser(prog="e").add_argument("--x", nargs=0),
        lambda m: m.ArgumentParser(prog="e").add_argument("--x", action="append", nargs=0),
        lambda m: m.ArgumentParser(prog="e").add_argument("--x", const=1),
        lambda m: m.ArgumentParser(prog="e").add_argument("--x", action="bogus"),
        lambda m: m.ArgumentParser(prog="e").add_argument("--x", type="int"),
        lambda m: m.ArgumentParser(prog="e").add_argument("--x", nargs=2, metavar=("A",)),
        lambda m: m.ArgumentParser(prog="e").add_argument("--x", nargs="+", metavar=("A", "B", "C")),
        lambda m: m.ArgumentParser(prog="e").add_argument("--x", nargs="z"),
        lambda m: m.ArgumentParser(prog="e").add_argument("--"),
        lambda m: m.ArgumentParser(prog="e").add_argument("-h"),
        lambda m: m.ArgumentParser(prog="e").add_argument("--help", "-h"),
        lambda m: m.ArgumentParser(prog="e", conflict_handler="x"),
        lambda m: m.ArgumentParser(prog="e").add_argument_group("g").add_argument("y", "z"),
        lambda m: m.ArgumentParser(prog="e").add_mutually_exclusive_group().add_argument("p"),
        lambda m: m.ArgumentParser(prog="e").add_argument("--x", type=m.FileType),
    ]
    for case in cases:
        def outcome(m):
            try:
                return ("ok", repr(case(m)))
            except Exception as e:  # noqa: BLE001
                return (type(e).__name__, str(e).replace("xl_", ""))
        assert outcome(X) == outcome(CP)


def test_reprs_namespace():
    for m in (X, CP):
        assert m.Namespace(a=1) == m.Namespace(a=1)
        assert m.Namespace(a=1) != m.Namespace(a=2)
        assert "a" in m.Namespace(a=1) and "b" not in m.Namespace(a=1)
    assert repr(X.Namespace(b=[1], a="x")) == repr(CP.Namespace(b=[1], a="x"))
    assert repr(X.Namespace(**{"a-b": 1, "c": 2})) == repr(CP.Namespace(**{"a-b": 1, "c": 2}))
    for m_build in (lambda m: m.ArgumentParser(prog="r", description="d"),
                    lambda m: m.ArgumentParser(prog="r").add_argument("--a", type=int, default=3),
                    lambda m: m.ArgumentParser(prog="r").add_argument("p", nargs="+", choices=[1, 2])):
        assert repr(m_build(X)).replace("xl_", "") == repr(m_build(CP))
    assert repr(X.FileType("w", encoding="utf-8")) == repr(CP.FileType("w", encoding="utf-8"))


def test_exit_on_error_false():
    def build(m):
        p = m.ArgumentParser(prog="eoe", exit_on_error=False)
        p.add_argument("--n", type=int)
        p.add_argument("--c", choices=["a"])
        p.add_argument("pos")
        return p
    check(build, [["--n", "x", "p"], ["--c", "b", "p"], ["--n"], ["p", "q"], []])


def test_custom_action_and_version():
    def build(m):
        class Upper(m.Action):
            def __call__(self, parser, namespace, values, option_string=None):
                setattr(namespace, self.dest, [v.upper() for v in values]
                        if isinstance(values, list) else values.upper())

        p = m.ArgumentParser(prog="ca", formatter_class=fixed_width(m, 50))
        p.add_argument("--up", action=Upper, nargs="+", help="uppercased")
        p.add_argument("--one", action=Upper)
        p.add_argument("-V", action="version", version="ca version 2.0 with a "
                       "long description that must be wrapped by the formatter")
        p.register("type", "hexint", lambda s: int(s, 16))
        p.add_argument("--hx", type="hexint")
        return p
    check(build, [["--up", "a", "b"], ["--one", "x"], ["-V"], ["--hx", "1f"], ["--hx", "g"]])
    check_text(build)


def test_abbrev_and_prefix_chars():
    def build(m, abbrev=True):
        p = m.ArgumentParser(prog="ab", allow_abbrev=abbrev, prefix_chars="-+")
        p.add_argument("--foo", type=int)
        p.add_argument("--fox", action="store_true")
        p.add_argument("--bar-baz")
        p.add_argument("+p", action="store_true")
        p.add_argument("-long1")
        p.add_argument("-l")
        return p
    argvs = [["--fo", "1"], ["--foo", "1"], ["--b", "x"], ["--bar=y"], ["--fox=1"],
             ["+p"], ["++p"], ["-lo", "v"], ["-lval"], ["-long1=v"], ["-l=v"],
             ["--f"], ["--fox", "--foo=2"], ["-x"], ["--zzz=1"]]
    check(build, argvs)
    check(lambda m: build(m, False), argvs)
    check(lambda m: build(m, False), argvs[:5], "parse_known_args")


def test_subparsers_variants():
    def build(m, **kw):
        p = m.ArgumentParser(prog="sp", formatter_class=fixed_width(m, 70))
        p.add_argument("--top", default="t")
        sub = p.add_subparsers(**kw)
        one = sub.add_parser("one", help="first")
        one.add_argument("--top", default="from-one")
        one.add_argument("x", type=int)
        two = sub.add_parser("two", aliases=["2", "deux"])
        two.add_argument("rest", nargs="*")
        sub.add_parser("three", help="third", description="Third cmd.")
        return p
    variants = [{}, {"dest": "cmd"}, {"dest": "cmd", "required": True},
                {"required": True}, {"title": "commands", "description": "pick one",
                                     "help": "sub help", "metavar": "COMMAND"},
                {"title": "only title", "dest": "c"}]
    argvs = [[], ["one", "3"], ["one", "x"], ["two", "a", "b"], ["2"], ["deux", "--top", "z"],
             ["four"], ["--top", "q", "three"], ["one"], ["three", "extra"], ["-h"],
             ["three", "-h"], ["one", "1", "--bogus"]]
    for kw in variants:
        check_text(lambda m: build(m, **kw))
        check(lambda m: build(m, **kw), argvs)


def test_intermixed():
    def build(m):
        p = m.ArgumentParser(prog="im")
        p.add_argument("--foo")
        p.add_argument("cmd")
        p.add_argument("rest", nargs="*", type=int)
        return p
    check(build, [["doit", "1", "--foo", "bar", "2", "3"], ["--foo", "x"], ["a", "b"],
                  ["a", "--bogus", "1"]], "parse_intermixed_args")
    check(build, [["doit", "1", "--foo", "bar", "2", "3"]], "parse_known_intermixed_args")


def test_help_positions():
    def build(m, width, mhp):
        p = m.ArgumentParser(prog="hp", formatter_class=lambda prog: m.HelpFormatter(
            prog, width=width, max_help_position=mhp))
        p.add_argument("-s", help="short " * 12)
        p.add_argument("--medium-length", metavar="M", help="medium")
        p.add_argument("--a-really-quite-long-option-name", nargs="?", help="long")
        p.add_argument("--nohelp")
        p.add_argument("--empty", help="")
        p.add_argument("--blank", help="   ")
        p.add_argument("--pct", help="100%% sure, type=%(type)s, default=%(default)r")
        p.add_argument("--tuple", nargs=2, metavar=("K", "V"), help="kv")
        p.add_argument("--star2", nargs="*", metavar=("A", "B"))
        p.add_argument("--hidden", help=m.SUPPRESS)
        p.add_argument("pos", choices=["x", "y"], help="one of %(choices)s")
        return p
    for width in (20, 45, 80, 150):
        for mhp in (10, 24, 40):
            check_text(lambda m: build(m, width, mhp))


# ---------------------------------------------------------------- random

def random_spec(rng):
    """A plain-data description of a random parser."""
    args = []
    used = set()
    for _ in range(rng.randint(1, 7)):
        kind = rng.random()
        if kind < 0.3:
            name = "p%d" % len(args)
            nargs = rng.choice([None, None, "?", "*", "+", 1, 2])
            spec = {"names": [name], "nargs": nargs}
            if rng.random() < 0.3:
                spec["type"] = "int"
            if rng.random() < 0.2:
                spec["choices"] = ["a", "b", "1"]
            if nargs in ("?", "*") and rng.random() < 0.5:
                spec["default"] = rng.choice(["d", "1", None])
        else:
            letters = [c for c in "abcdefgxyz" if c not in used]
            letter = rng.choice(letters)
            used.add(letter)
            names = []
            if rng.random() < 0.7:
                names.append("-" + letter)
            if not names or rng.random() < 0.6:
                names.append("--" + rng.choice(["", "long-", "lo"]) + letter * rng.randint(1, 3))
            action = rng.choice(["store", "store", "store_true", "store_false",
                                 "count", "append", "store_const", "extend",
                                 "append_const", "bool"])
            spec = {"names": names, "action": action}
            if action in ("store", "append", "extend"):
                spec["nargs"] = rng.choice([None, None, "?", "*", "+", 2]
                                           if action != "extend" else ["+", "*", 1])
                if spec["nargs"] == "?":
                    spec["const"] = "C"
                if rng.random() < 0.3:
                    spec["type"] = "int"
                if rng.random() < 0.2:
                    spec["choices"] = ["a", "b", "1"]
                if rng.random() < 0.3:
                    spec["default"] = rng.choice(["dflt", "7", None])
            if action in ("store_const", "append_const"):
                spec["const"] = 5
            if rng.random() < 0.1:
                spec["required"] = True
            if rng.random() < 0.2 and action in ("store", "append", "extend"):
                spec["metavar"] = "M"
        spec["help"] = rng.choice([None, "help text for this argument " * rng.randint(1, 3),
                                   "d=%(default)s"])
        args.append(spec)
    optionals = [i for i, s in enumerate(args) if s["names"][0][0] == "-"
                 and not s.get("required")]
    groups = []
    if len(optionals) >= 2 and rng.random() < 0.4:
        groups.append((rng.sample(optionals, 2), rng.random() < 0.3))
    titled = []
    if rng.random() < 0.3:
        titled = rng.sample(range(len(args)), rng.randint(1, len(args)))
    sub = None
    if rng.random() < 0.25:
        sub = {"dest": rng.choice([None, "cmd"]), "required": rng.random() < 0.5,
               "names": rng.sample(["go", "stop", "list", "gone"], rng.randint(1, 3))}
    return {"args": args, "groups": groups, "titled": titled, "sub": sub,
            "width": rng.choice([25, 40, 60, 80, 100]),
            "abbrev": rng.random() < 0.8,
            "defaults_fmt": rng.random() < 0.2,
            "description": rng.choice([None, "Describe the program. " * 5])}


def build_spec(m, spec):
    cls = m.ArgumentDefaultsHelpFormatter if spec["defaults_fmt"] else None
    p = m.ArgumentParser(prog="rnd", allow_abbrev=spec["abbrev"],
                         description=spec["description"],
                         formatter_class=fixed_width(m, spec["width"], cls))
    in_group = {}
    if spec["titled"]:
        titled = p.add_argument_group("grouped", "A titled group of arguments.")
        for i in spec["titled"]:
            in_group[i] = titled
    for members, required in spec["groups"]:
        g = p.add_mutually_exclusive_group(required=required)
        for i in members:
            in_group[i] = g
    for i, s in enumerate(spec["args"]):
        kw = {k: v for k, v in s.items() if k != "names"}
        if kw.get("type") == "int":
            kw["type"] = int
        if kw.get("action") == "bool":
            kw["action"] = m.BooleanOptionalAction
        in_group.get(i, p).add_argument(*s["names"], **kw)
    sub = spec["sub"]
    if sub:
        kw = {"dest": sub["dest"]} if sub["dest"] else {}
        sp = p.add_subparsers(required=sub["required"], **kw)
        for name in sub["names"]:
            child = sp.add_parser(name, help="do " + name)
            child.add_argument("--level", type=int, default=0)
            child.add_argument("item", nargs="?")
    return p


def random_argv(rng, spec):
    words = []
    for s in spec["args"]:
        words.extend(n for n in s["names"] if n[0] == "-")
        for n in s["names"]:
            if n.startswith("--") and len(n) > 3:
                words.append(n[:3])
                words.append(n + "=" + rng.choice(["1", "a", "", "x=y"]))
            if n.startswith("-") and not n.startswith("--"):
                words.append(n + rng.choice(["1", "a", "b"]))
            if n.startswith("--no-") or s.get("action") == "bool":
                words.append("--no-" + n.lstrip("-"))
    values = ["1", "a", "b", "x", "-1", "2.5", "--", "-q", "--nope", "", "-"]
    if spec["sub"]:
        values += spec["sub"]["names"] * 2 + ["--level", "--level=x", "go"]
    singles = [s["names"][0][1] for s in spec["args"]
               if len(s["names"][0]) == 2 and s["names"][0][0] == "-"]
    if len(singles) >= 2:
        words.append("-" + "".join(rng.sample(singles, 2)))
    argv = []
    for _ in range(rng.randint(0, 7)):
        argv.append(rng.choice(words + values) if words else rng.choice(values))
    return argv


def plausible_argv(rng, spec):
    """Options with fitting values in random order, then positionals."""
    def values(s):
        nargs = s.get("nargs")
        pool = s.get("choices") or (["1", "-2", "30"] if s.get("type") else ["v", "w", "1"])
        count = {None: 1, "?": rng.randint(0, 1), "*": rng.randint(0, 2),
                 "+": rng.randint(1, 2)}.get(nargs, nargs)
        return [rng.choice(pool) for _ in range(count)]
    opts = [s for s in spec["args"] if s["names"][0][0] == "-"]
    pos = [s for s in spec["args"] if s["names"][0][0] != "-"]
    argv = []
    for s in rng.sample(opts, rng.randint(0, len(opts))):
        argv.append(rng.choice(s["names"]))
        if s["action"] in ("store", "append", "extend"):
            argv.extend(values(s))
    for s in pos:
        argv.extend(values(s))
    if spec["sub"]:
        argv += [rng.choice(spec["sub"]["names"]), "--level", "2", "it"][:rng.randint(0, 4)]
    return argv


def test_random_parsers():
    rng = random.Random(1234)
    for _ in range(300):
        spec = random_spec(rng)
        build = lambda m, spec=spec: build_spec(m, spec)  # noqa: E731
        check_text(build)
        argvs = [random_argv(rng, spec) for _ in range(6)]
        argvs += [plausible_argv(rng, spec) for _ in range(6)]
        check(build, argvs)
        check(build, argvs[:4], "parse_known_args")


def test_fromfile(tmp_path):
    (tmp_path / "a.txt").write_text("--n\n5\n@%s\npos\n" % (tmp_path / "b.txt"))
    (tmp_path / "b.txt").write_text("--flag\n")

    def build(m, split=False):
        class Split(m.ArgumentParser):
            def convert_arg_line_to_args(self, line):
                return line.split()
        p = (Split if split else m.ArgumentParser)(prog="ff", fromfile_prefix_chars="@")
        p.add_argument("--n", type=int)
        p.add_argument("--flag", action="store_true")
        p.add_argument("x", nargs="*")
        return p
    a = str(tmp_path / "a.txt")
    (tmp_path / "c.txt").write_text("--n 3 p q\n\n--flag\n")
    check(lambda m: build(m, True), [["@" + str(tmp_path / "c.txt")]])
    check(build, [["@" + a], ["@" + a, "extra"], ["@" + str(tmp_path / "missing")], ["@"]])


def test_quirks():
    def build(m):
        p = m.ArgumentParser(prog="q", prefix_chars="+", usage=None,
                             description=m.SUPPRESS, epilog="%(prog)s end")
        p.add_argument("+n", nargs="?", type=int, const="5", default="6")
        p.add_argument("choice", nargs="*", choices=["a", "b"])
        p.add_argument("+v", action="version", version="%(prog)s v1")
        return p
    check_text(build)
    check(build, [[], ["a", "b"], ["c"], ["+n"], ["+n", "7", "a"], ["++help"], ["+v"],
                  ["+h"], ["-n"]])

    def build2(m):
        p = m.ArgumentParser(prog="q2", usage=m.SUPPRESS)
        p.add_argument("--x", help="%(prog)s takes %(metavar)s %(dest)s %(type)s")
        g = p.add_argument_group(m.SUPPRESS)
        g.add_argument("--y")
        p.add_argument("--z", metavar="A B")
        return p
    check_text(build2)
    check(build2, [["--bad"], ["--x"]])

    def build3(m):
        p = m.ArgumentParser(prog="q3")
        sub = p.add_subparsers(dest="c")
        s = sub.add_parser("s")
        s.add_argument("--k")
        return p
    check(build3, [["s", "--k", "1", "--zz", "y"], ["s", "extra"]], "parse_known_args")
    check(build3, [["s", "--k", "1", "--zz"]])
