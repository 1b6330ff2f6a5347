# SPDX-License-Identifier: MIT
# xenlet's re: regular expressions in plain Python.  Patterns are parsed by
# _re_parse and compiled by _re_compile into a backtracking matcher built
# from closures; compiled patterns are cached.  Promises CPython 3.11's
# results for the supported syntax (everything but \N{...}, locale rules
# and re.Scanner/re.template): the same matches, groups, empty-match rules
# for findall/finditer/sub/split, replacement templates, reprs, and
# re.error messages and positions for malformed patterns.  Bytes patterns
# run on bytes/bytearray/memoryview with ASCII rules.

from _re_compile import Program
from _re_parse import error, parse

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall",
    "finditer", "compile", "purge", "escape", "error", "Pattern", "Match",
    "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE",
    "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag",
]

_MAXSIZE = 9223372036854775807


class RegexFlag(int):
    """The re flags: ints whose repr is CPython's (re.IGNORECASE|...)."""

    __module__ = "re"

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        parts = []
        for name, bit in _FLAG_ORDER:
            if v & bit:
                parts.append("re." + name)
                v &= ~bit
        if v:
            parts.append(hex(v))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(int(self), spec)
        return repr(self)

    @property
    def name(self):
        return None if int(self) not in _FLAG_NAME else _FLAG_NAME[int(self)]

    @property
    def value(self):
        return int(self)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


_FLAG_ORDER = [("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4),
               ("UNICODE", 32), ("MULTILINE", 8), ("DOTALL", 16),
               ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128)]
_FLAG_NAME = {}
for _name, _bit in _FLAG_ORDER:
    _FLAG_NAME[_bit] = _name

NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)


class _GroupIndex:
    """Read-only name -> group number mapping (CPython's mappingproxy)."""

    def __init__(self, d):
        self._d = d

    def __getitem__(self, key):
        return self._d[key]

    def __contains__(self, key):
        return key in self._d

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __eq__(self, other):
        if isinstance(other, _GroupIndex):
            other = other._d
        return self._d == other

    def get(self, key, default=None):
        return self._d.get(key, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def copy(self):
        return dict(self._d)

    def __repr__(self):
        return "mappingproxy(%r)" % (self._d,)


# -- replacement templates ----------------------------------------------------

_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
                     "t": "\t", "v": "\v", "\\": "\\"}
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _parse_template(pattern, text: str, orig):
    """A list of literal strings and group numbers."""
    out = []
    lit = []
    i = 0
    n = len(text)
    ngroups = pattern.groups
    while i < n:
        j = text.find("\\", i)
        if j < 0:
            lit.append(text[i:])
            break
        lit.append(text[i:j])
        if j + 1 >= n:
            raise error("bad escape (end of pattern)", orig, j)
        c = text[j + 1]
        i = j + 2
        gid = None
        if c == "g":
            if i >= n or text[i] != "<":
                raise error("missing <", orig, i)
            k = text.find(">", i + 1)
            if k < 0:
                raise error("missing >, unterminated name", orig, i + 1)
            name = text[i + 1:k]
            if not name:
                raise error("missing group name", orig, i + 1)
            if name.isdigit() and name.isascii():
                gid = int(name)
                if gid > ngroups:
                    raise error("invalid group reference %d" % gid, orig,
                                i + 1)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                gid = pattern.groupindex[name]
            else:
                raise error("bad character in group name '%s'" % name, orig,
                            i + 1)
            i = k + 1
        elif c == "0":
            k = i
            while k < n and k < i + 2 and text[k] in "01234567":
                k += 1
            lit.append(chr(int(text[i - 1:k], 8)))
            i = k
        elif c in "123456789":
            if (i + 1 < n and c in "01234567" and text[i] in "01234567"
                    and text[i + 1] in "01234567"):
                v = int(text[i - 1:i + 2], 8)
                if v > 0o377:
                    raise error("octal escape value \\%s outside of range "
                                "0-0o377" % text[i - 1:i + 2], orig, j)
                lit.append(chr(v))
                i += 2
            else:
                k = i
                if k < n and text[k] in "0123456789":
                    k += 1
                gid = int(text[i - 1:k])
                if gid > ngroups:
                    raise error("invalid group reference %d" % gid, orig,
                                j + 1)
                i = k
        elif c in _TEMPLATE_ESCAPES:
            lit.append(_TEMPLATE_ESCAPES[c])
        elif c in _LETTERS:
            raise error("bad escape \\" + c, orig, j)
        else:
            lit.append("\\" + c)
        if gid is not None:
            out.append("".join(lit))
            lit = []
            out.append(gid)
    out.append("".join(lit))
    return out


def _expand(chunks, s: str, regs) -> str:
    parts = []
    for ch in chunks:
        if ch.__class__ is int:
            a, b = regs[ch]
            if b >= 0:
                parts.append(s[a:b])
        else:
            parts.append(ch)
    return "".join(parts)


# -- Match ------------------------------------------------------------------

class Match:
    """The result of a successful match."""

    __module__ = "re"

    def __init__(self, pattern, string, text, regs, lastindex, pos, endpos):
        self.re = pattern
        self.string = string
        self._text = text          # str, or bytes for bytes-like strings
        self.regs = regs
        self.lastindex = lastindex
        self.pos = pos
        self.endpos = endpos

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, gid in self.re._names.items():
            if gid == self.lastindex:
                return name
        return None

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool):
            if 0 <= g < len(self.regs):
                return g
        elif isinstance(g, str):
            gid = self.re._names.get(g)
            if gid is not None:
                return gid
        elif isinstance(g, bool):
            return int(g)
        else:
            try:
                g = g.__index__()
            except AttributeError:
                raise IndexError("no such group") from None
            if 0 <= g < len(self.regs):
                return g
        raise IndexError("no such group")

    def _get(self, g, default=None):
        a, b = self.regs[g]
        if b < 0:
            return default
        return self._text[a:b]

    def group(self, *args):
        if not args:
            a, b = self.regs[0]
            return self._text[a:b]
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, len(self.regs)))

    def groupdict(self, default=None):
        d = {}
        for name, gid in self.re._names.items():
            d[name] = self._get(gid, default)
        return d

    def start(self, group=0):
        return self.regs[self._index(group)][0]

    def end(self, group=0):
        return self.regs[self._index(group)][1]

    def span(self, group=0):
        return self.regs[self._index(group)]

    def expand(self, template):
        p = self.re
        if p._isbytes:
            tt = _as_bytes(template).decode("latin-1")
            text = self._text.decode("latin-1")
            chunks = _parse_template(p, tt, template)
            return _expand(chunks, text, self.regs).encode("latin-1")
        chunks = _parse_template(p, template, template)
        return _expand(chunks, self._text, self.regs)

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __repr__(self):
        a, b = self.regs[0]
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            a, b, repr(self._text[a:b])[:50])


def _bad_item(out, st, isb, name):
    if isb:
        raise TypeError("sequence item %d: expected a bytes-like object, "
                        "%s found" % (len(out) + (st > 0), name))
    raise TypeError("sequence item %d: expected str instance, %s found"
                    % (len(out) + (st > 0), name))


def _as_bytes(x):
    if isinstance(x, bytes):
        return x
    if isinstance(x, (bytearray, memoryview)):
        return bytes(x)
    raise TypeError("expected a bytes-like object, %s found"
                    % type(x).__name__)


# -- Pattern ------------------------------------------------------------------

class Pattern:
    """A compiled regular expression."""

    __module__ = "re"

    def __init__(self, pattern, flags: int):
        isbytes = isinstance(pattern, bytes)
        if isbytes:
            if flags & U:
                raise ValueError("cannot use UNICODE flag with a bytes "
                                 "pattern")
            if flags & L and flags & A:
                raise ValueError("ASCII and LOCALE flags are incompatible")
            text = pattern.decode("latin-1")
        else:
            if flags & L:
                raise ValueError("cannot use LOCALE flag with a str pattern")
            if flags & A and flags & U:
                raise ValueError("ASCII and UNICODE flags are incompatible")
            text = pattern
        tree, flags, ngroups, names = parse(pattern, text, flags, isbytes)
        if not isbytes and not flags & 256:
            flags |= 32
        self.pattern = pattern
        self.flags = int(flags)
        self.groups = ngroups
        self._names = names
        self._isbytes = isbytes
        self._prog = Program(tree, ngroups)
        self._templates = {}

    @property
    def groupindex(self):
        return _GroupIndex(dict(self._names))

    def __repr__(self):
        text = repr(self.pattern)[:200]
        fl = self.flags
        if not self._isbytes:
            fl &= ~32
        if not fl:
            return "re.compile(%s)" % text
        return "re.compile(%s, %r)" % (text, RegexFlag(fl))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # -- plumbing --

    def _prep(self, string):
        """(text to match as str, text to slice groups from)."""
        if isinstance(string, str):
            if self._isbytes:
                raise TypeError("cannot use a bytes pattern on a string-like "
                                "object")
            return string, string
        if isinstance(string, (bytes, bytearray, memoryview)):
            if not self._isbytes:
                raise TypeError("cannot use a string pattern on a bytes-like "
                                "object")
            b = bytes(string)
            return b.decode("latin-1"), b
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(string).__name__)

    def _bounds(self, s: str, pos, endpos):
        n = len(s)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < 0:
            endpos = 0
        elif endpos > n:
            endpos = n
        return pos, endpos

    def _regs(self, c, start, end):
        regs = [(start, end)]
        for g in range(1, self.groups + 1):
            b = c[2 * g + 1]
            regs.append((c[2 * g], b) if b >= 0 else (-1, -1))
        return tuple(regs)

    def _one(self, string, pos, endpos, how):
        s, src = self._prep(string)
        pos, endpos = self._bounds(s, pos, endpos)
        if endpos < pos:
            return None
        if endpos < len(s):
            s = s[:endpos]
        prog = self._prog
        if how == 2:
            m = prog.full()
            c = prog.slots()
            r = m(s, pos, c)
            res = (pos, r) if r >= 0 else None
        else:
            c = prog.slots()
            if how == 1:
                r = prog.m(s, pos, c)
                res = (pos, r) if r >= 0 else None
            else:
                res = prog.search(s, pos, c)
        if res is None:
            return None
        li = c[1]
        return Match(self, string, src, self._regs(c, res[0], res[1]),
                     li if li > 0 else None, pos, endpos)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._one(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._one(string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._one(string, pos, endpos, 0)

    def _iter(self, s: str, pos: int):
        """Yield (start, end, slots) for successive matches (3.7+ rules)."""
        prog = self._prog
        search = prog.search
        n = len(s)
        adv = -1
        while pos <= n:
            c = prog.slots()
            c[0] = adv
            res = search(s, pos, c)
            if res is None:
                return
            st, en = res
            yield st, en, c
            adv = en if st == en else -1
            pos = en

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        s, src = self._prep(string)
        pos, endpos = self._bounds(s, pos, endpos)
        if endpos < pos:
            return
        if endpos < len(s):
            s = s[:endpos]
        for st, en, c in self._iter(s, pos):
            li = c[1]
            yield Match(self, string, src, self._regs(c, st, en),
                        li if li > 0 else None, pos, endpos)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        s, src = self._prep(string)
        pos, endpos = self._bounds(s, pos, endpos)
        if endpos < pos:
            return []
        if endpos < len(s):
            s = s[:endpos]
        out = []
        ng = self.groups
        empty = src[:0]
        for st, en, c in self._iter(s, pos):
            if ng == 0:
                out.append(src[st:en])
            elif ng == 1:
                b = c[3]
                out.append(src[c[2]:b] if b >= 0 else empty)
            else:
                item = []
                for g in range(1, ng + 1):
                    b = c[2 * g + 1]
                    item.append(src[c[2 * g]:b] if b >= 0 else empty)
                out.append(tuple(item))
        return out

    def split(self, string, maxsplit=0):
        s, src = self._prep(string)
        out = []
        last = 0
        n = 0
        ng = self.groups
        for st, en, c in self._iter(s, 0):
            if maxsplit > 0 and n >= maxsplit:
                break
            out.append(src[last:st])
            for g in range(1, ng + 1):
                b = c[2 * g + 1]
                out.append(src[c[2 * g]:b] if b >= 0 else None)
            last = en
            n += 1
        out.append(src[last:])
        return out

    def _template(self, repl):
        t = self._templates.get(repl)
        if t is None:
            if self._isbytes:
                text = _as_bytes(repl).decode("latin-1")
            else:
                text = repl
            if "\\" not in text:
                t = text
            else:
                t = _parse_template(self, text, repl)
                if len(t) == 1:
                    t = t[0]
            if len(self._templates) > 100:
                self._templates.clear()
            self._templates[repl] = t
        return t

    def _subx(self, repl, string, count):
        s, src = self._prep(string)
        isb = self._isbytes
        want = bytes if isb else str
        func = None
        tmpl = None
        wrong = None
        if callable(repl):
            func = repl
        elif isinstance(repl, (str, bytes, bytearray, memoryview)):
            if isinstance(repl, str) == isb:
                wrong = type(repl).__name__
            else:
                tmpl = self._template(repl)
        else:
            raise TypeError("decoding to str: need a bytes-like object, %s "
                            "found" % type(repl).__name__)
        out = []
        last = 0
        n = 0
        for st, en, c in self._iter(s, 0):
            if wrong is not None:
                if isb and "\\" in repl:
                    _bad_item([], 0, isb, wrong)
                _bad_item(out, st, isb, wrong)
            if st > last:
                out.append(s[last:st])
            if tmpl.__class__ is str:
                out.append(tmpl)
            elif func is None:
                out.append(_expand(tmpl, s, self._regs(c, st, en)))
            else:
                li = c[1]
                m = Match(self, string, src, self._regs(c, st, en),
                          li if li > 0 else None, 0, len(s))
                r = func(m)
                if r is not None:
                    if not isinstance(r, want) and not (
                            isb and isinstance(r, (bytearray, memoryview))):
                        _bad_item(out, 0, isb, type(r).__name__)
                    if isb:
                        r = bytes(r).decode("latin-1")
                    out.append(r)
            last = en
            n += 1
            if count > 0 and n >= count:
                break
        if n == 0:
            return string if string.__class__ is want else src, 0
        out.append(s[last:])
        res = "".join(out)
        if isb:
            res = res.encode("latin-1")
        return res, n

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)


# -- module functions ---------------------------------------------------------

_cache = {}
_CACHE_MAX = 512


def _compile(pattern, flags):
    flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled "
                             "pattern")
        return pattern
    key = (pattern.__class__, pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        raise TypeError("first argument must be string or compiled pattern")
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = Pattern(pattern, flags)
    if len(_cache) >= _CACHE_MAX:
        del _cache[next(iter(_cache))]
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    """Compile a pattern into a Pattern object."""
    return _compile(pattern, flags)


def purge():
    """Clear the cache of compiled patterns."""
    _cache.clear()


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    """Backslash-escape the characters that are special in patterns."""
    if isinstance(pattern, str):
        return "".join(["\\" + ch if ch in _SPECIAL else ch
                        for ch in pattern])
    text = bytes(pattern).decode("latin-1")
    return escape(text).encode("latin-1")
