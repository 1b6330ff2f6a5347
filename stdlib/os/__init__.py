# SPDX-License-Identifier: MIT
"""A small os: the file-system and process calls programs use most, on top
of the Linux platform's `_posix` natives.  Where the platform has none (a
Xen guest has no file system), the calls raise OSError; the constants and
os.path's pure string functions work everywhere."""

try:
    import _posix
except ImportError:
    _posix = None

from . import path

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
devnull = "/dev/null"

environ = dict(_posix.environ) if _posix is not None else {}


def _native(fname):
    if _posix is None:
        raise OSError(38, "Function not implemented: os." + fname + " needs a file system")
    return getattr(_posix, fname)


def getenv(key, default=None):
    return environ.get(key, default)


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    f = getattr(type(p), "__fspath__", None)
    if f is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    return f(p)


def getcwd():
    return _native("getcwd")()


def getpid():
    return _native("getpid")()


def urandom(n):
    return _native("urandom")(n)


def listdir(p="."):
    return _native("listdir")(fspath(p))


def mkdir(p, mode=0o777):
    _native("mkdir")(fspath(p), mode)


def makedirs(p, mode=0o777, exist_ok=False):
    p = fspath(p)
    head, tail = path.split(p)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        makedirs(head, mode, exist_ok=True)
    try:
        mkdir(p, mode)
    except OSError:
        if not exist_ok or not path.isdir(p):
            raise


def remove(p):
    _native("remove")(fspath(p))


unlink = remove


def rmdir(p):
    _native("rmdir")(fspath(p))


def removedirs(p):
    rmdir(p)
    head, tail = path.split(p)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def rename(src, dst):
    _native("rename")(fspath(src), fspath(dst))


replace = rename


class stat_result:
    def __init__(self, mode, size, mtime_ns):
        self.st_mode = mode
        self.st_size = size
        self.st_mtime_ns = mtime_ns
        self.st_mtime = mtime_ns / 1e9

    def __repr__(self):
        return f"os.stat_result(st_mode={self.st_mode}, st_size={self.st_size}, st_mtime={int(self.st_mtime)})"


def stat(p):
    return stat_result(*_native("stat")(fspath(p)))


def _create_new(p):
    _native("create_new")(p)


def strerror(code):
    return _native("strerror")(code)


def chdir(p):
    _native("chdir")(fspath(p))


def cpu_count():
    return None  # not known to the program (CPython also may return None)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames)."""
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for name in names:
        (dirs if path.isdir(path.join(top, name)) else nondirs).append(name)
    if topdown:
        yield top, dirs, nondirs
    for d in dirs:
        yield from walk(path.join(top, d), topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs
