# argparse error reporting: each bad command line prints usage plus
# "prog: error: ..." to stderr and exits 2; the program captures and prints
# it.  Also exit_on_error=False (ArgumentError raised), error() and exit()
# called directly, and mistakes made while defining a parser.
import argparse
import io
import sys


def fixed(prog):
    # a fixed width: the default follows $COLUMNS
    return argparse.HelpFormatter(prog, width=70)


def capture(fn):
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        result = "ok " + repr(fn())
    except SystemExit as e:
        result = "exit %r" % (e.code,)
    except (argparse.ArgumentError, ValueError, TypeError) as e:
        result = "%s: %s" % (type(e).__name__, e)
    finally:
        sys.stdout, sys.stderr = saved
    print(result)
    for text in (out.getvalue(), err.getvalue()):
        if text:
            print(text, end="")


def parser():
    p = argparse.ArgumentParser(prog="calc", formatter_class=fixed)
    p.add_argument("-n", "--num", type=int, help="how many")
    p.add_argument("--ratio", type=float)
    p.add_argument("--mode", choices=["fast", "slow"])
    p.add_argument("--level", type=int, choices=[1, 2, 3])
    p.add_argument("--pair", nargs=2)
    p.add_argument("--many", nargs="+")
    p.add_argument("--foo", action="store_true")
    p.add_argument("--fox", action="store_true")
    p.add_argument("--flag", action="store_true")

    def port(text):
        value = int(text)
        if not 0 < value < 65536:
            raise argparse.ArgumentTypeError("port out of range: %d" % value)
        return value
    p.add_argument("--port", type=port)
    g = p.add_mutually_exclusive_group()
    g.add_argument("-a", action="store_true")
    g.add_argument("-b", action="store_true")
    p.add_argument("x")
    p.add_argument("y", nargs="?")
    return p


for argv in [
    [], ["-n"], ["-n", "x", "1"], ["--num=4.5", "1"], ["--ratio", "abc", "1"],
    ["--mode", "medium", "1"], ["--level", "4", "1"], ["--level", "two", "1"],
    ["--pair", "1", "2"], ["--pair", "1"], ["--many"], ["--fo", "1"],
    ["--f", "1"], ["--flag=yes", "1"], ["-a", "-b", "1"], ["-ab", "1"],
    ["1", "2", "3"], ["1", "--unknown", "-z"], ["--port", "70000", "1"],
    ["--port", "http", "1"], ["--port", "8080", "1", "-n", "-5"],
    ["-n", "--ratio", "1"], ["1", "-", "--"], ["-a", "1", "-a"],
]:
    print("$ calc", " ".join(argv))
    capture(lambda: parser().parse_args(argv))

print("-- required options and groups")
p = argparse.ArgumentParser(prog="req", formatter_class=fixed)
p.add_argument("--name", required=True)
p.add_argument("--out", "-o", required=True)
g = p.add_mutually_exclusive_group(required=True)
g.add_argument("--up", action="store_true")
g.add_argument("--down", action="store_true")
for argv in [[], ["--name", "n"], ["--name", "n", "-o", "f"], ["--name=n", "-of", "--down"]]:
    capture(lambda: p.parse_args(argv))

print("-- subcommands")
p = argparse.ArgumentParser(prog="git", formatter_class=fixed)
sub = p.add_subparsers(dest="cmd", required=True)
sub.add_parser("commit").add_argument("-m", required=True)
sub.add_parser("push")
for argv in [[], ["pull"], ["commit"], ["commit", "-m"], ["push", "--force"]]:
    capture(lambda: p.parse_args(argv))
p2 = argparse.ArgumentParser(prog="nodest", formatter_class=fixed)
s2 = p2.add_subparsers(required=True)
s2.add_parser("one")
s2.add_parser("two")
capture(lambda: p2.parse_args([]))

print("-- exit_on_error=False")
p = argparse.ArgumentParser(prog="quiet", formatter_class=fixed, exit_on_error=False)
p.add_argument("--n", type=int)
p.add_argument("--c", choices="xyz")
for argv in [["--n", "q"], ["--c", "w"], ["--n"], ["--c", "x"]]:
    capture(lambda: p.parse_args(argv))
try:
    p.parse_args(["--n", "nine"])
except argparse.ArgumentError as e:
    print("argument_name:", e.argument_name, "| message:", e.message)

print("-- error() and exit()")
p = argparse.ArgumentParser(prog="direct", formatter_class=fixed,
                            usage="%(prog)s [options] files")
capture(lambda: p.error("something went wrong"))
capture(lambda: p.exit(3, "bye\n"))
capture(lambda: p.exit())

print("-- definition mistakes")
for make in [
    lambda: argparse.ArgumentParser().add_argument("pos", required=True),
    lambda: argparse.ArgumentParser().add_argument("--x", nargs=0),
    lambda: argparse.ArgumentParser().add_argument("--x", action="launch"),
    lambda: argparse.ArgumentParser().add_argument("x", "y"),
    lambda: argparse.ArgumentParser().add_argument("-h"),
    lambda: argparse.ArgumentParser().add_argument("--q", nargs=2, metavar=("A", "B", "C")),
    lambda: argparse.ArgumentParser().add_argument("--q", type="float"),
    lambda: argparse.ArgumentParser().add_mutually_exclusive_group().add_argument("p"),
    lambda: argparse.ArgumentParser(conflict_handler="ignore"),
]:
    capture(make)
