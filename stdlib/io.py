# SPDX-License-Identifier: MIT
# xenlet's io: in-memory streams StringIO and BytesIO with CPython's
# methods, errors and positioning rules, plus the IOBase class names.
# There are no files: a sealed image has no filesystem, so open() is absent.

__all__ = [
    "DEFAULT_BUFFER_SIZE",
    "SEEK_CUR",
    "SEEK_END",
    "SEEK_SET",
    "BlockingIOError",
    "BufferedIOBase",
    "BytesIO",
    "IOBase",
    "RawIOBase",
    "StringIO",
    "TextIOBase",
    "UnsupportedOperation",
]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    """Base of all streams: closing, the context manager and line
    iteration (each via readline())."""

    _closed = False

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def flush(self):
        self._check_open()

    def isatty(self):
        self._check_open()
        return False

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def readlines(self, hint=-1):
        if hint is None:
            hint = -1
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_open()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    encoding = None
    errors = None


def _size_arg(size):
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError("argument should be integer or None, not '"
                        + type(size).__name__ + "'")
    return size


class StringIO(TextIOBase):
    """Text stream in memory.  Appends are collected in a list and joined
    lazily, so building a large string by many write() calls stays linear."""

    def __init__(self, initial_value="", newline="\n"):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: " + repr(newline))
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not "
                            + type(initial_value).__name__)
        self._newline = newline
        self._buf = ""
        self._tail = []
        self._len = 0
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _check_text(self):
        # CPython's StringIO says "closed file" without the full stop that
        # the IOBase methods (isatty, readlines, __iter__ ...) use.
        if self._closed:
            raise ValueError("I/O operation on closed file")

    @property
    def newlines(self):
        self._check_text()

    @property
    def line_buffering(self):
        self._check_text()
        return False

    def flush(self):
        pass

    def readable(self):
        self._check_text()
        return True

    def writable(self):
        self._check_text()
        return True

    def seekable(self):
        self._check_text()
        return True

    def readlines(self, hint=-1):
        # StringIO stops once the total exceeds the hint (BytesIO: reaches).
        self._check_open()
        hint = _size_arg(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint < total:
                break
        return lines

    def _flat(self):
        if self._tail:
            self._buf = self._buf + "".join(self._tail)
            self._tail = []
        return self._buf

    def getvalue(self):
        self._check_text()
        return self._flat()

    def write(self, s):
        self._check_text()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '"
                            + type(s).__name__ + "'")
        n = len(s)
        if self._newline is None:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif self._newline not in ("", "\n"):
            s = s.replace("\n", self._newline)
        if not s:
            return n
        pos = self._pos
        if pos == self._len:
            self._tail.append(s)
            self._len += len(s)
        else:
            buf = self._flat()
            if pos > len(buf):
                buf = buf + "\0" * (pos - len(buf))
            self._buf = buf[:pos] + s + buf[pos + len(s):]
            self._len = len(self._buf)
        self._pos = pos + len(s)
        return n

    def read(self, size=-1):
        self._check_text()
        size = _size_arg(size)
        buf = self._flat()
        pos = self._pos
        if size < 0:
            end = len(buf)
        else:
            end = min(pos + size, len(buf))
        if end <= pos:
            return ""
        self._pos = end
        return buf[pos:end]

    def readline(self, size=-1):
        self._check_text()
        size = _size_arg(size)
        buf = self._flat()
        pos = self._pos
        if pos >= len(buf):
            return ""
        if self._newline == "\r":
            end = buf.find("\r", pos)
        elif self._newline == "":
            end = _universal_eol(buf, pos)
        else:
            end = buf.find("\n", pos)
            if end >= 0 and self._newline == "\r\n":
                end = buf.find("\r\n", pos)
                if end >= 0:
                    end += 1
        end = len(buf) if end < 0 else end + 1
        if 0 <= size < end - pos:
            end = pos + size
        self._pos = end
        return buf[pos:end]

    def tell(self):
        self._check_text()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_text()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position " + str(pos))
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                # CPython reports "cur-relative" here too.
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = self._len
        else:
            raise ValueError("Invalid whence (" + str(whence)
                             + ", should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        self._check_text()
        if size is None:
            size = self._pos
        size = _size_arg(size)
        if size < 0:
            raise ValueError("Negative size value " + str(size))
        buf = self._flat()
        if size < len(buf):
            self._buf = buf[:size]
            self._len = size
        return size

    def __repr__(self):
        return "<_io.StringIO object>"


def _universal_eol(buf, pos):
    # Index of the last character of the next line ending (\n, \r or
    # \r\n) at or after pos, or -1.
    n = len(buf)
    i = pos
    while i < n:
        c = buf[i]
        if c == "\n":
            return i
        if c == "\r":
            if i + 1 < n and buf[i + 1] == "\n":
                return i + 1
            return i
        i += 1
    return -1


def _as_bytes(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    if isinstance(b, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return memoryview(b).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '"
                        + type(b).__name__ + "'") from None


class BytesIO(BufferedIOBase):
    """Binary stream in memory, kept in a bytearray."""

    def __init__(self, initial_bytes=b""):
        self._buf = bytearray(_as_bytes(initial_bytes) if initial_bytes
                              else b"")
        self._pos = 0

    def getvalue(self):
        self._check_open()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_open()
        return memoryview(self._buf)

    def write(self, b):
        self._check_open()
        b = _as_bytes(b)
        n = len(b)
        if not n:
            return 0
        pos = self._pos
        buf = self._buf
        if pos > len(buf):
            buf.extend(bytes(pos - len(buf)))
        buf[pos:pos + n] = b
        self._pos = pos + n
        return n

    def read(self, size=-1):
        self._check_open()
        size = _size_arg(size)
        pos = self._pos
        n = len(self._buf)
        end = n if size < 0 else min(pos + size, n)
        if end <= pos:
            return b""
        self._pos = end
        return bytes(self._buf[pos:end])

    read1 = read

    def readinto(self, b):
        self._check_open()
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_open()
        size = _size_arg(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return b""
        end = buf.find(b"\n", pos)
        end = len(buf) if end < 0 else end + 1
        if 0 <= size < end - pos:
            end = pos + size
        self._pos = end
        return bytes(buf[pos:end])

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value " + str(pos))
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (" + str(whence)
                             + ", should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        size = _size_arg(size)
        if size < 0:
            raise ValueError("negative size value " + str(size))
        if size < len(self._buf):
            del self._buf[size:]
        return size

    def __repr__(self):
        return "<_io.BytesIO object>"
