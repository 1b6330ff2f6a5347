# SPDX-License-Identifier: MIT
"""tempfile: mkdtemp, mkstemp-like mktemp helpers, TemporaryDirectory and
NamedTemporaryFile, on top of stdlib/os (so only where the platform has a
file system)."""
import os

template = "tmp"
_counter = 0


def gettempdir():
    for var in ("TMPDIR", "TEMP", "TMP"):
        d = os.environ.get(var)
        if d:
            return d
    return "/tmp"


def _names(prefix, suffix, dir):
    global _counter
    if dir is None:
        dir = gettempdir()
    if prefix is None:
        prefix = template
    suffix = suffix or ""
    letters = "abcdefghijklmnopqrstuvwxyz0123456789_"
    for _ in range(10000):
        _counter += 1
        raw = os.urandom(8)
        name = "".join(letters[b % len(letters)] for b in raw)
        yield os.path.join(dir, prefix + name + suffix)
    raise FileExistsError(17, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    for path in _names(prefix, suffix, dir):
        try:
            os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return os.path.abspath(path)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Returns (None, path): xenlet has no file descriptors at the Python
    level; the file exists, empty, and is opened with open(path)."""
    for path in _names(prefix, suffix, dir):
        try:
            os._create_new(path)
        except FileExistsError:
            continue
        return None, os.path.abspath(path)


def _rmtree(path):
    for name in os.listdir(path):
        full = os.path.join(path, name)
        if os.path.isdir(full):
            _rmtree(full)
        else:
            os.remove(full)
    os.rmdir(path)


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore = ignore_cleanup_errors

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, *exc):
        self.cleanup()

    def cleanup(self):
        if self.name is not None and os.path.exists(self.name):
            try:
                _rmtree(self.name)
            except OSError:
                if not self._ignore:
                    raise
        self.name = None


class _NamedFile:
    def __init__(self, file, name, delete):
        self.file = file
        self.name = name
        self.delete = delete

    def __getattr__(self, attr):
        return getattr(self.file, attr)

    def __iter__(self):
        return iter(self.file)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self.file.close()
        if self.delete and os.path.exists(self.name):
            os.remove(self.name)


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                       delete=True):
    _, path = mkstemp(suffix, prefix, dir)
    return _NamedFile(open(path, mode, encoding=encoding), path, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None):
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, delete=True)
