# getopt: a small command-line tool parsing its real argv (from the .args
# file) with gnu_getopt, then more option sets with getopt and gnu_getopt
import getopt
import sys

USAGE = "usage: getopt_cli.py [-v] [-o FILE] [--level=N] [--dry-run] files..."


def parse(argv):
    opts, args = getopt.gnu_getopt(argv, "vo:n:h", ["output=", "level=", "dry-run", "help", "verbose"])
    config = {"verbose": 0, "output": "-", "level": 1, "dry_run": False, "n": None}
    for opt, val in opts:
        if opt in ("-v", "--verbose"):
            config["verbose"] += 1
        elif opt in ("-o", "--output"):
            config["output"] = val
        elif opt == "--level":
            config["level"] = int(val)
        elif opt == "--dry-run":
            config["dry_run"] = True
        elif opt == "-n":
            config["n"] = val
        elif opt in ("-h", "--help"):
            print(USAGE)
    return opts, args, config


opts, args, config = parse(sys.argv[1:])
print("opts:", opts)
print("args:", args)
print("config:", sorted(config.items()))

for argv in (["-vv", "-oout.txt", "a", "--lev", "3", "b"],
             ["--dry", "--output", "x.csv", "--", "-v", "file"],
             ["-n5", "-", "--verbose", "c"]):
    print(argv, "->", getopt.getopt(argv, "vo:n:", ["output=", "level=", "dry-run", "verbose"]))
    print(argv, "=>", getopt.gnu_getopt(argv, "vo:n:", ["output=", "level=", "dry-run", "verbose"]))
print(getopt.gnu_getopt(["a", "-v", "b"], "+v"))
print(getopt.getopt(["--help"], "", "help"))
print(getopt.getopt(["-a", "-b", "c"], "ab:"))

for argv in (["-x"], ["-o"], ["--output"], ["--verbose=1"], ["--ver"], ["--nope"],
             ["--level"], ["-vo"]):
    try:
        parse(argv)
    except getopt.GetoptError as e:
        print(argv, "GetoptError:", e, "| msg:", e.msg, "| opt:", e.opt, "| args:", e.args)

try:
    parse(["--unknown-flag"])
except getopt.error as err:
    print(USAGE, file=sys.stderr)
    sys.exit("error: " + str(err))
