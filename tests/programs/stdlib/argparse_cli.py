# A realistic command-line tool ("pkgtool") built with argparse: global
# options, groups, a mutually exclusive group, subcommands with aliases and
# set_defaults.  Parses its real sys.argv (from argparse_cli.args), then a
# script of other command lines, printing help, usage and error text.
import argparse
import io
import sys


def formatter(prog):
    return argparse.HelpFormatter(prog, width=80)


def build():
    p = argparse.ArgumentParser(
        description="Install, remove and inspect packages in a local store. "
                    "Every command accepts the global options below.",
        epilog="Run '%(prog)s COMMAND -h' for help on a command.",
        formatter_class=formatter)
    p.add_argument("-v", "--verbose", action="count", default=0,
                   help="print more detail (repeat for more)")
    p.add_argument("--root", metavar="DIR", default="/var/lib/pkg",
                   help="store location (default: %(default)s)")
    p.add_argument("--jobs", "-j", type=int, default=2,
                   help="parallel downloads")
    p.add_argument("--version", action="version", version="%(prog)s 0.9.1")
    out = p.add_argument_group("output", "How results are shown.")
    fmt = out.add_mutually_exclusive_group()
    fmt.add_argument("--json", dest="format", action="store_const",
                     const="json", default="text", help="JSON output")
    fmt.add_argument("--table", dest="format", action="store_const",
                     const="table", help="aligned table output")
    out.add_argument("--color", choices=["auto", "always", "never"],
                     default="auto", help="colourise output: %(choices)s")

    sub = p.add_subparsers(title="commands", dest="command", required=True,
                           metavar="COMMAND")
    inst = sub.add_parser("install", aliases=["in", "i"], help="install packages",
                          formatter_class=formatter,
                          description="Install one or more packages and "
                                      "their dependencies.")
    inst.add_argument("packages", nargs="+", metavar="PKG", help="package names")
    inst.add_argument("--no-deps", action="store_true", help="skip dependencies")
    inst.add_argument("--pin", action="append", default=[], metavar="PKG=VER",
                      help="pin a version (repeatable)")
    inst.add_argument("--force", action=argparse.BooleanOptionalAction,
                      default=False, help="overwrite existing files")
    inst.set_defaults(handler="install")

    rm = sub.add_parser("remove", aliases=["rm"], help="remove a package",
                        formatter_class=formatter)
    rm.add_argument("package")
    rm.add_argument("--purge", action="store_true", help="also remove config")
    rm.set_defaults(handler="remove")

    ls = sub.add_parser("list", help="list installed packages",
                        formatter_class=formatter)
    ls.add_argument("pattern", nargs="?", default="*", help="glob to match")
    ls.add_argument("--sort", choices=["name", "size", "date"], default="name")
    ls.add_argument("--limit", type=int, metavar="N")
    ls.set_defaults(handler="list")

    info = sub.add_parser("info", formatter_class=formatter)
    info.add_argument("package")
    info.add_argument("fields", nargs="*", help="fields to show")
    info.set_defaults(handler="info")
    return p


def attempt(argv):
    print("$ pkgtool", " ".join(argv))
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        ns = build().parse_args(argv)
        result = "ok " + repr(ns)
    except SystemExit as e:
        result = "exit %r" % (e.code,)
    finally:
        sys.stdout, sys.stderr = saved
    print(result)
    if out.getvalue():
        print("[stdout]")
        print(out.getvalue(), end="")
    if err.getvalue():
        print("[stderr]")
        print(err.getvalue(), end="")


def main():
    parser = build()
    ns = parser.parse_args()
    print("prog:", parser.prog)
    print("parsed:", ns)
    print("handler", ns.handler, "jobs", ns.jobs, "verbose", ns.verbose)
    for key in sorted(vars(ns)):
        print("  %s = %r" % (key, getattr(ns, key)))
    print("'pin' in ns:", "pin" in ns, "| 'purge' in ns:", "purge" in ns)
    print(parser.format_usage(), end="")
    for argv in [
        ["-h"], ["install", "-h"], ["rm", "--help"], ["list", "-h"],
        ["--version"], [], ["install"], ["in", "a", "b", "--pin", "a=1", "--pin=b=2"],
        ["-vv", "--json", "list", "py*", "--sort", "size", "--limit", "3"],
        ["--json", "--table", "list"], ["list", "--sort", "age"],
        ["list", "--limit", "many"], ["--jobs=x", "list"], ["-j4", "list"],
        ["upgrade", "x"], ["info"], ["info", "pkg", "name", "size"],
        ["remove", "a", "b"], ["--col", "never", "rm", "x", "--purge"],
        ["--co", "always", "list"], ["--ro", "/tmp", "--root", "/opt", "i", "z"],
        ["install", "x", "--no-force", "--force"], ["list", "--", "-weird-"],
        ["-vvx", "list"], ["--verbose=2", "list"], ["--json=1", "list"],
    ]:
        attempt(argv)


main()
