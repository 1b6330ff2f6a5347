# SPDX-License-Identifier: MIT
# xenlet's getopt: Unix-style command-line option parsing with getopt
# (options stop at the first non-option) and gnu_getopt (options and
# arguments may mix).  Results and GetoptError messages are CPython's.

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    """A bad option: msg says what is wrong, opt names the option."""
    opt = ""
    msg = ""

    def __init__(self, msg, opt=""):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long_list(longopts) -> list:
    return [longopts] if isinstance(longopts, str) else list(longopts)


def getopt(args, shortopts, longopts=[]):
    """Parse args; return (list of (option, value) pairs, remaining args).

    shortopts: letters, each followed by ":" if it takes an argument.
    longopts: names, each followed by "=" if it takes an argument.
    Parsing stops at the first non-option argument or at "--".
    """
    opts = []
    longopts = _long_list(longopts)
    while args and args[0].startswith("-") and args[0] != "-":
        if args[0] == "--":
            args = args[1:]
            break
        if args[0].startswith("--"):
            args = _do_long(opts, args[0][2:], longopts, args[1:])
        else:
            args = _do_shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt, but options may follow non-option arguments.

    A shortopts starting with "+" (or POSIXLY_CORRECT in the environment)
    stops at the first non-option, as getopt does.
    """
    opts = []
    rest = []
    longopts = _long_list(longopts)
    if shortopts.startswith("+"):
        shortopts = shortopts[1:]
        options_first = True
    else:
        options_first = bool(_environ_get("POSIXLY_CORRECT"))
    while args:
        arg = args[0]
        if arg == "--":
            rest += args[1:]
            break
        if arg[:2] == "--":
            args = _do_long(opts, arg[2:], longopts, args[1:])
        elif arg[:1] == "-" and arg != "-":
            args = _do_shorts(opts, arg[1:], shortopts, args[1:])
        elif options_first:
            rest += args
            break
        else:
            rest.append(arg)
            args = args[1:]
    return opts, rest


def _environ_get(name):
    try:
        import os
    except ImportError:
        return None
    return os.environ.get(name)


def _do_long(opts, opt, longopts, args):
    # Handle "--opt" or "--opt=value"; return the args still to parse.
    optarg = None
    if "=" in opt:
        opt, _, optarg = opt.partition("=")
    has_arg, opt = _long_has_args(opt, longopts)
    if has_arg:
        if optarg is None:
            if not args:
                raise GetoptError("option --%s requires argument" % opt, opt)
            optarg, args = args[0], args[1:]
    elif optarg is not None:
        raise GetoptError("option --%s must not have an argument" % opt, opt)
    opts.append(("--" + opt, optarg or ""))
    return args


def _long_has_args(opt, longopts):
    # (takes an argument?, full option name) for a possibly abbreviated opt.
    matches = [o for o in longopts if o.startswith(opt)]
    if not matches:
        raise GetoptError("option --%s not recognized" % opt, opt)
    if opt in matches:
        return False, opt
    if opt + "=" in matches:
        return True, opt
    if len(matches) > 1:
        raise GetoptError("option --%s not a unique prefix" % opt, opt)
    name = matches[0]
    if name.endswith("="):
        return True, name[:-1]
    return False, name


def _do_shorts(opts, optstring, shortopts, args):
    # Handle a cluster like "-abc" or "-ofile"; return the args left.
    while optstring != "":
        opt, optstring = optstring[0], optstring[1:]
        if _short_has_arg(opt, shortopts):
            if optstring == "":
                if not args:
                    raise GetoptError("option -%s requires argument" % opt,
                                      opt)
                optstring, args = args[0], args[1:]
            optarg, optstring = optstring, ""
        else:
            optarg = ""
        opts.append(("-" + opt, optarg))
    return args


def _short_has_arg(opt, shortopts) -> bool:
    for i in range(len(shortopts)):
        if opt == shortopts[i] != ":":
            return shortopts.startswith(":", i + 1)
    raise GetoptError("option -%s not recognized" % opt, opt)
