# SPDX-License-Identifier: MIT
# xenlet's traceback: extract, format and print exceptions and their
# tracebacks the way CPython 3.11's module does (frames, chained causes and
# contexts, notes), from the VM's traceback objects (tb_next, tb_lineno,
# tb_frame.f_code).  An image carries no source, so a frame's `line` is
# None and no source lines (or 3.11's ^^^ markers) are printed: exactly
# what the VM prints for an uncaught exception.  The stack functions
# (extract_stack, format_stack, print_stack) read sys._getframe's frames.

import sys

__all__ = [
    "extract_tb", "format_list", "format_tb", "print_tb",
    "format_exception_only", "format_exception", "print_exception",
    "format_exc", "print_exc", "walk_tb", "walk_stack", "extract_stack",
    "format_stack", "print_stack", "FrameSummary", "StackSummary",
    "TracebackException",
]

_CAUSE = ("\nThe above exception was the direct cause of the following "
          "exception:\n\n")
_CONTEXT = ("\nDuring handling of the above exception, another exception "
            "occurred:\n\n")
_NO_ARG = object()


class FrameSummary:
    """One frame of a traceback: where it was (file, line, function)."""

    __slots__ = ("filename", "lineno", "name", "line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self.line = line
        self.locals = locals

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename
                    and self.lineno == other.lineno
                    and self.name == other.name
                    and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, i):
        return (self.filename, self.lineno, self.name, self.line)[i]

    def __iter__(self):
        return iter((self.filename, self.lineno, self.name, self.line))

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {}, line {} in {}>".format(
            self.filename, self.lineno, self.name)


class StackSummary(list):
    """A list of FrameSummary, innermost last."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        result = klass()
        for f, lineno in _limited(list(frame_gen), limit):
            code = f.f_code
            result.append(FrameSummary(code.co_filename, lineno, code.co_name))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = '  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)
        if frame_summary.line:
            row += "    {}\n".format(frame_summary.line.strip())
        return row

    def format(self):
        return [self.format_frame_summary(fs) for fs in self]


def _limited(entries, limit):
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return entries
    if limit >= 0:
        return entries[:limit]
    return entries[limit:]


def walk_tb(tb):
    """Yield (frame, lineno) for each entry of tb, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """Yield (frame, lineno) from f (default: the caller's caller) outwards."""
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def extract_stack(f=None, limit=None):
    """The stack from the outermost frame to f (default: the caller)."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    _print_lines(format_stack(f, limit=limit), file)


def extract_tb(tb, limit=None):
    return StackSummary.extract(walk_tb(tb), limit=limit)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    _print_lines(format_tb(tb, limit=limit), file)


def _type_name(etype) -> str:
    name = etype.__qualname__
    mod = etype.__module__
    if mod not in ("__main__", "builtins"):
        name = mod + "." + name
    return name


def _some_str(value) -> str:
    try:
        return str(value)
    except BaseException:
        return "<exception str() failed>"


def _only(etype, value) -> list:
    if etype is None:
        return ["NoneType: None\n"]
    text = _some_str(value)
    head = _type_name(etype)
    lines = [head + ": " + text + "\n" if text else head + "\n"]
    notes = getattr(value, "__notes__", None)
    if isinstance(notes, list):
        for note in notes:
            lines.append((note if isinstance(note, str) else repr(note)) + "\n")
    return lines


def _resolve(exc, value, tb):
    """The (type, value, tb) that CPython's exc-or-triple signatures mean."""
    if value is _NO_ARG and tb is _NO_ARG:
        if exc is None:
            return None, None, None
        if not isinstance(exc, BaseException):
            raise TypeError("Exception expected for value, "
                            + type(exc).__name__ + " found")
        return type(exc), exc, exc.__traceback__
    if value is _NO_ARG or tb is _NO_ARG:
        raise ValueError("Both or neither of value and tb must be given")
    return exc, value, tb


def format_exception_only(exc, /, value=_NO_ARG):
    if value is _NO_ARG:
        if exc is None:
            return ["NoneType: None\n"]
        return _only(type(exc), exc)
    return _only(exc, value)


def _format_chain(value, tb, limit, chain, seen, depth=0) -> list:
    out = []
    if chain and value is not None and depth < 32:
        seen.add(id(value))
        cause = value.__cause__
        context = value.__context__
        if cause is not None and id(cause) not in seen:
            out += _format_chain(cause, cause.__traceback__, limit, chain,
                                 seen, depth + 1)
            out.append(_CAUSE)
        elif (context is not None and not value.__suppress_context__
              and id(context) not in seen):
            out += _format_chain(context, context.__traceback__, limit,
                                 chain, seen, depth + 1)
            out.append(_CONTEXT)
    if tb is not None:
        out.append("Traceback (most recent call last):\n")
        out += format_tb(tb, limit=limit)
    out += _only(type(value) if value is not None else None, value)
    return out


def format_exception(exc, /, value=_NO_ARG, tb=_NO_ARG, limit=None,
                     chain=True):
    etype, value, tb = _resolve(exc, value, tb)
    if etype is None:
        return ["NoneType: None\n"]
    return _format_chain(value, tb, limit, chain, set())


def _print_lines(lines, file):
    if file is None:
        file = sys.stderr
    for line in lines:
        print(line, file=file, end="")


def print_exception(exc, /, value=_NO_ARG, tb=_NO_ARG, limit=None,
                    file=None, chain=True):
    _print_lines(format_exception(exc, value, tb, limit=limit, chain=chain),
                 file)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1], limit=limit,
                                    chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], limit=limit, file=file, chain=chain)


class TracebackException:
    """An exception captured for later formatting (the common subset:
    from_exception, format, format_exception_only, stack, exc_type,
    __cause__, __context__)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._value = exc_value
        self._str = _some_str(exc_value)
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit)
        self.__notes__ = getattr(exc_value, "__notes__", None)
        self.__cause__ = self.__context__ = None
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None else False)
        if exc_value is not None:
            for attr in ("__cause__", "__context__"):
                e = getattr(exc_value, attr)
                if e is not None and id(e) not in _seen:
                    setattr(self, attr, TracebackException(
                        type(e), e, e.__traceback__, limit=limit, _seen=_seen))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __str__(self):
        return self._str

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return (self.exc_type is other.exc_type and self._str == other._str
                    and self.stack == other.stack)
        return NotImplemented

    def format_exception_only(self):
        yield from _only(self.exc_type, self._value)

    def format(self, *, chain=True):
        if chain:
            if self.__cause__ is not None:
                yield from self.__cause__.format(chain=chain)
                yield _CAUSE
            elif self.__context__ is not None and not self.__suppress_context__:
                yield from self.__context__.format(chain=chain)
                yield _CONTEXT
        if self.stack:
            yield "Traceback (most recent call last):\n"
            yield from self.stack.format()
        yield from self.format_exception_only()
