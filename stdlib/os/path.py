# SPDX-License-Identifier: MIT
"""os.path for POSIX paths: string functions as posixpath's, and the
queries (exists, isfile, isdir, getsize) through os.stat."""

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"


def _fs(p):
    import os

    return os.fspath(p)


def join(a, *p):
    path = _fs(a)
    for b in p:
        b = _fs(b)
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    p = _fs(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def basename(p):
    return split(p)[1]


def dirname(p):
    return split(p)[0]


def splitext(p):
    p = _fs(p)
    sep_i = p.rfind("/")
    dot_i = p.rfind(".")
    if dot_i > sep_i:
        filename_i = sep_i + 1
        while filename_i < dot_i:
            if p[filename_i] != ".":
                return p[:dot_i], p[dot_i:]
            filename_i += 1
    return p, p[:0]


def isabs(p):
    return _fs(p).startswith("/")


def normpath(path):
    path = _fs(path)
    if not path:
        return "."
    initial = 1 if path.startswith("/") else 0
    if initial and path.startswith("//") and not path.startswith("///"):
        initial = 2
    comps = path.split("/")
    new = []
    for comp in comps:
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial and not new) or (new and new[-1] == ".."):
            new.append(comp)
        elif new:
            new.pop()
    path = "/".join(new)
    if initial:
        path = "/" * initial + path
    return path or "."


def abspath(p):
    import os

    p = _fs(p)
    if not isabs(p):
        p = join(os.getcwd(), p)
    return normpath(p)


def expanduser(p):
    import os

    p = _fs(p)
    if p == "~" or p.startswith("~/"):
        home = os.environ.get("HOME")
        if home:
            return home.rstrip("/") + p[1:] if home != "/" else p[1:] or "/"
    return p


def _mode(p):
    import os

    try:
        return os.stat(p).st_mode
    except OSError:
        return None


def exists(p):
    return _mode(p) is not None


def isdir(p):
    m = _mode(p)
    return m is not None and (m & 0o170000) == 0o040000


def isfile(p):
    m = _mode(p)
    return m is not None and (m & 0o170000) == 0o100000


def getsize(p):
    import os

    return os.stat(p).st_size


def normcase(p):
    return _fs(p)


def splitdrive(p):
    p = _fs(p)
    return p[:0], p


def realpath(p, *, strict=False):
    """abspath: xenlet's file layer does not resolve symbolic links."""
    return abspath(p)


def islink(p):
    return False


def lexists(p):
    return exists(p)


def getmtime(p):
    import os

    return os.stat(p).st_mtime


def commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    paths = [_fs(p) for p in paths]
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    isabs_all = {p.startswith("/") for p in paths}
    if len(isabs_all) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split = [[c for c in p.split("/") if c and c != "."] for p in paths]
    s1, s2 = min(split), max(split)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = "/" if paths[0].startswith("/") else ""
    return prefix + "/".join(common)


def relpath(path, start=None):
    path = _fs(path)
    if not path:
        raise ValueError("no path specified")
    start = curdir if start is None else _fs(start)
    start_list = [x for x in abspath(start).split("/") if x]
    path_list = [x for x in abspath(path).split("/") if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)
