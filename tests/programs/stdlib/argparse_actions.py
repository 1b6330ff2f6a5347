# argparse actions and parsing rules: store/const/true/false, append,
# append_const, count, extend, BooleanOptionalAction, custom Action
# subclasses, nargs forms, type conversion of defaults, "--", negative
# numbers, abbreviations, combined short flags, parents, conflict
# resolution, set_defaults/get_default, Namespace and intermixed parsing.
import argparse
import io
import sys


def attempt(parser, argv, method="parse_args"):
    err = io.StringIO()
    saved = sys.stderr
    sys.stderr = err
    try:
        result = getattr(parser, method)(argv)
    except SystemExit as e:
        result = "exit %r" % (e.code,)
    finally:
        sys.stderr = saved
    print(argv, "->", result)
    if err.getvalue():
        print("  " + err.getvalue().splitlines()[-1])


def fixed(prog):
    return argparse.HelpFormatter(prog, width=72)


p = argparse.ArgumentParser(prog="acts", formatter_class=fixed)
p.add_argument("--name", default="anon")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("-t", "--true", action="store_true")
p.add_argument("-f", "--false", action="store_false")
p.add_argument("--item", action="append")
p.add_argument("--mark", action="append_const", const="M", dest="marks")
p.add_argument("--also", action="append_const", const="A", dest="marks")
p.add_argument("-v", action="count")
p.add_argument("--ext", action="extend", nargs="+", type=int)
p.add_argument("--cache", action=argparse.BooleanOptionalAction)
p.add_argument("--opt", nargs="?", const="CONST", default="DEFAULT")
p.add_argument("--two", nargs=2, type=float)
p.add_argument("--any", nargs="*")
p.add_argument("--num", type=int, default="7")
p.add_argument("--hidden", default=argparse.SUPPRESS)
for argv in [[], ["--name", "bob", "--const", "-tf"], ["--item", "a", "--item=b"],
             ["--mark", "--also", "--mark"], ["-vvv", "-v"], ["--ext", "1", "2", "--ext", "3"],
             ["--cache"], ["--no-cache"], ["--opt"], ["--opt", "x"], ["--two", "1", "2.5"],
             ["--any"], ["--any", "a", "b"], ["--num", "-3"], ["--hidden", "h"],
             ["--na", "n"], ["--ca"], ["--no"], ["-tv"], ["-vt"], ["-ftv"]]:
    attempt(p, argv)
print(p.get_default("num"), p.get_default("missing"), p.get_default("name"))
p.set_defaults(name="someone", extra="x")
attempt(p, [])


class Collect(argparse.Action):
    """Records every call: option string and values."""

    def __init__(self, option_strings, dest, **kwargs):
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        calls = getattr(namespace, "calls", None) or []
        calls.append((option_string, values))
        namespace.calls = calls
        setattr(namespace, self.dest, values)


print("-- custom action and nargs")
p = argparse.ArgumentParser(prog="nargs", formatter_class=fixed)
p.add_argument("--tag", action=Collect, nargs="+")
p.add_argument("first")
p.add_argument("middle", nargs="*", action=Collect)
p.add_argument("last", nargs=2)
p.add_argument("rest", nargs=argparse.REMAINDER)
for argv in [["a", "b", "c"], ["a", "b", "c", "d", "e"], ["a", "--tag", "x", "y", "--", "b", "c"],
             ["a", "b", "c", "--tag", "z", "more", "--stuff"], ["-x", "a", "b", "c"],
             ["a", "b"]]:
    attempt(p, argv)
attempt(p, ["a", "b", "c", "--unknown", "d"], "parse_known_args")

print("-- negative numbers")
p = argparse.ArgumentParser(prog="neg", formatter_class=fixed)
p.add_argument("-n", type=float)
p.add_argument("vals", nargs="*", type=int)
for argv in [["-1", "-2"], ["-n", "-1.5", "3"], ["-n-2"], ["--", "-5"], ["-n", "-.5"]]:
    attempt(p, argv)
p2 = argparse.ArgumentParser(prog="neg2", formatter_class=fixed)
p2.add_argument("-1", dest="one", action="store_true")
p2.add_argument("x", nargs="?")
for argv in [["-1"], ["-2"], ["--", "-2"]]:
    attempt(p2, argv)

print("-- prefix chars, abbreviations")
p = argparse.ArgumentParser(prog="pre", prefix_chars="-+", allow_abbrev=False,
                            formatter_class=fixed)
p.add_argument("+v", "++verbose", action="store_true")
p.add_argument("--output")
for argv in [["+v"], ["++verbose", "--output", "o"], ["--out", "o"], ["++verb"]]:
    attempt(p, argv)
print(p.format_usage(), end="")

print("-- parents, conflicts, defaults")
base = argparse.ArgumentParser(add_help=False)
base.add_argument("--user", default="root")
base.set_defaults(source="base")
child = argparse.ArgumentParser(prog="child", parents=[base], formatter_class=fixed,
                                conflict_handler="resolve")
child.add_argument("--user", default="guest", help="override")
child.add_argument("-o", "--out")
child.add_argument("-o", dest="only", action="store_true")
attempt(child, [])
attempt(child, ["--out", "x", "-o"])
print(child.format_help())
p = argparse.ArgumentParser(prog="sup", argument_default=argparse.SUPPRESS, formatter_class=fixed)
p.add_argument("--a")
p.add_argument("--b", default=1)
attempt(p, [])
attempt(p, ["--a", "1"])

print("-- namespace")
ns = argparse.Namespace(b=2, a=1)
print(ns, ns == argparse.Namespace(a=1, b=2), ns != argparse.Namespace(a=1), "a" in ns)
print(argparse.Namespace(**{"odd-key": 1, "x": [1]}))
existing = argparse.Namespace(name="kept", other=5)
p = argparse.ArgumentParser(prog="into", formatter_class=fixed)
p.add_argument("--name", default="dflt")
p.add_argument("--count", type=int, default=0)
print(p.parse_args(["--count", "3"], namespace=existing), existing.other)

print("-- intermixed")
p = argparse.ArgumentParser(prog="mix", formatter_class=fixed)
p.add_argument("--foo")
p.add_argument("cmd")
p.add_argument("rest", nargs="*", type=int)
attempt(p, ["doit", "1", "--foo", "bar", "2", "3"])
attempt(p, ["doit", "1", "--foo", "bar", "2", "3"], "parse_intermixed_args")
attempt(p, ["--foo", "x"], "parse_intermixed_args")
