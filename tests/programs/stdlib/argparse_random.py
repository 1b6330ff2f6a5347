# Randomly built argparse parsers (from a fixed linear congruential
# generator, so every run builds the same ones) parsing random command
# lines: prints each parser's help and every result or error message.
import argparse
import io
import sys


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.state >> 33) % n

    def pick(self, seq):
        return seq[self.below(len(seq))]

    def chance(self, percent):
        return self.below(100) < percent


def make_spec(rng):
    args = []
    letters = list("abcdefgkmxyz")
    for i in range(1 + rng.below(6)):
        if rng.chance(30):
            spec = {"names": ["p%d" % i], "nargs": rng.pick([None, None, "?", "*", "+", 2])}
            if rng.chance(25):
                spec["type"] = int
            if spec["nargs"] in ("?", "*") and rng.chance(50):
                spec["default"] = rng.pick(["d", "5"])
        else:
            letter = letters.pop(rng.below(len(letters)))
            names = ["-" + letter] if rng.chance(70) else []
            if not names or rng.chance(60):
                names.append("--" + rng.pick(["", "opt-", "lo"]) + letter * (1 + rng.below(3)))
            action = rng.pick(["store", "store", "store_true", "count", "append",
                               "store_const", "extend", "bool"])
            spec = {"names": names, "action": action}
            if action == "bool":
                spec["action"] = argparse.BooleanOptionalAction
            if action in ("store", "append"):
                spec["nargs"] = rng.pick([None, None, "?", "*", "+", 2])
                if spec["nargs"] == "?":
                    spec["const"] = "C"
            if action == "extend":
                spec["nargs"] = "+"
            if action in ("store", "append", "extend"):
                if rng.chance(30):
                    spec["type"] = int
                if rng.chance(20):
                    spec["choices"] = ["a", "b", "1"]
                if rng.chance(25) and action == "store":
                    spec["default"] = rng.pick(["dflt", "7"])
                if rng.chance(15):
                    spec["metavar"] = "VAL"
            if action == "store_const":
                spec["const"] = 9
            if rng.chance(10):
                spec["required"] = True
        spec["help"] = rng.pick([None, "what it does " * (1 + rng.below(4)), "default %(default)s"])
        args.append(spec)
    return args


def build(args, width, mutex):
    p = argparse.ArgumentParser(prog="rnd", formatter_class=lambda prog:
                                argparse.HelpFormatter(prog, width=width))
    optional = [s for s in args if s["names"][0][0] == "-" and not s.get("required")]
    group = p.add_mutually_exclusive_group() if mutex and optional else None
    for spec in args:
        kw = dict(spec)
        names = kw.pop("names")
        target = p
        if group is not None and names[0][0] == "-" and not kw.get("required"):
            target = group
        target.add_argument(*names, **kw)
    return p


def make_argv(rng, args):
    words = ["1", "a", "b", "x", "-1", "--", "-q", "--zz", "2.5"]
    for spec in args:
        for name in spec["names"]:
            if name[0] == "-":
                words.append(name)
                if name[1] == "-":
                    words.append(name[:3])
                    words.append(name + "=" + rng.pick(["1", "a", ""]))
                    if spec["action"] is argparse.BooleanOptionalAction:
                        words.append("--no-" + name[2:])
                else:
                    words.append(name + rng.pick(["1", "a"]))
    return [rng.pick(words) for _ in range(rng.below(7))]


def attempt(parser, argv):
    err = io.StringIO()
    saved = sys.stderr
    sys.stderr = err
    try:
        ns = parser.parse_args(argv)
        result = sorted(vars(ns).items())
    except SystemExit as e:
        result = "exit %r" % (e.code,)
    finally:
        sys.stderr = saved
    print(argv, "->", result)
    if err.getvalue():
        print("   ", err.getvalue().splitlines()[-1])


rng = Lcg(2024)
for case in range(50):
    args = make_spec(rng)
    width = rng.pick([30, 50, 80])
    try:
        parser = build(args, width, rng.chance(30))
    except (ValueError, TypeError) as e:
        print("case", case, "definition error:", type(e).__name__, e)
        continue
    print("=== case", case, "width", width)
    print(parser.format_help())
    for _ in range(8):
        attempt(parser, make_argv(rng, args))
