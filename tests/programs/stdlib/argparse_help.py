# argparse help and usage layout: wrapping at several widths, the help
# column, argument groups, metavars and nargs in usage, and the Raw*,
# ArgumentDefaults and MetavarType formatter classes.
import argparse


def build(width, cls=argparse.HelpFormatter, prog="report", mhp=24):
    p = argparse.ArgumentParser(
        prog=prog,
        description="Summarise log files.\n\nThe   summary groups entries by "
                    "severity and by source, and can be written as text or CSV.",
        epilog="Examples:\n  %(prog)s -s warn app.log\n  %(prog)s --since 2h *.log",
        formatter_class=lambda prog: cls(prog, width=width, max_help_position=mhp))
    p.add_argument("logs", nargs="+", metavar="LOG", help="log files to read")
    p.add_argument("output", nargs="?", default="-", help="where to write (%(default)s)")
    p.add_argument("-s", "--severity", choices=["debug", "info", "warn", "error"],
                   default="info", help="lowest severity shown")
    p.add_argument("--since", metavar="AGE", help="only entries newer than AGE")
    p.add_argument("--top", type=int, default=10, help="show the %(default)s busiest")
    p.add_argument("--field", nargs=2, metavar=("NAME", "VALUE"), action="append",
                   help="filter on a field")
    p.add_argument("--exclude", nargs="*", default=[], help="sources to skip")
    p.add_argument("--fmt", type=str, default="text")
    p.add_argument("--secret", help=argparse.SUPPRESS)
    p.add_argument("--utc", action=argparse.BooleanOptionalAction, default=True,
                   help="timestamps in UTC")
    p.add_argument("--a-very-long-option-name-that-overflows", dest="long",
                   help="this option's invocation is longer than the help column so "
                        "its help starts on the next line")
    adv = p.add_argument_group("advanced", "Tuning knobs; the defaults suit most logs.")
    adv.add_argument("--buffer", type=int, default=4096, metavar="BYTES")
    adv.add_argument("--ratio", type=float, default=0.5, help="sampling ratio")
    mx = adv.add_mutually_exclusive_group()
    mx.add_argument("--fast", action="store_true", help="skip checks")
    mx.add_argument("--safe", action="store_true", help="extra checks")
    empty = p.add_argument_group("empty group")
    del empty
    return p


for width in (40, 60, 80, 100):
    print("=== width", width)
    print(build(width).format_help())
for name in ("RawDescriptionHelpFormatter", "RawTextHelpFormatter",
             "ArgumentDefaultsHelpFormatter", "MetavarTypeHelpFormatter"):
    print("===", name)
    cls = getattr(argparse, name)
    if name == "MetavarTypeHelpFormatter":
        p = argparse.ArgumentParser(prog="typed", formatter_class=lambda prog: cls(prog, width=80))
        p.add_argument("--count", type=int, help="a count")
        p.add_argument("--scale", type=float)
        p.add_argument("name", type=str)
        print(p.format_help())
    else:
        print(build(80, cls).format_help())
print("=== max_help_position")
for mhp in (10, 40):
    print(build(80, mhp=mhp).format_help())
print("=== long prog name usage")
print(build(70, prog="a-rather-long-program-name-for-wrapping-usage").format_usage())
print(build(50, prog="p").format_usage())

print("=== usage forms")
p = argparse.ArgumentParser(prog="forms", formatter_class=lambda prog:
                            argparse.HelpFormatter(prog, width=80))
p.add_argument("one")
p.add_argument("opt", nargs="?")
p.add_argument("star", nargs="*")
p.add_argument("--plus", nargs="+")
p.add_argument("--three", nargs=3)
p.add_argument("--star2", nargs="*", metavar=("X", "Y"))
p.add_argument("--rem", nargs=argparse.REMAINDER)
p.add_argument("--const", action="store_const", const=1)
req = p.add_mutually_exclusive_group(required=True)
req.add_argument("--left", action="store_true")
req.add_argument("--right", action="store_true")
print(p.format_usage(), end="")
p.print_usage()
p = argparse.ArgumentParser(prog="custom", usage="%(prog)s [-x] thing ...",
                            add_help=False, description="%(prog)s does it.",
                            formatter_class=lambda prog: argparse.HelpFormatter(prog, width=80))
p.add_argument("thing")
p.print_help()
p = argparse.ArgumentParser(prog="bare", add_help=False)
print(repr(p.format_help()))
