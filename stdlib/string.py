# SPDX-License-Identifier: MIT
# xenlet's string: the character-class constants, capwords and Template.
# Template is parsed by hand (there is no `re`): it honours a subclass's
# `delimiter` but not a custom `idpattern`/`pattern`; identifiers are
# ASCII [_a-zA-Z][_a-zA-Z0-9]*, as with CPython's default pattern.

__all__ = [
    "Template",
    "ascii_letters",
    "ascii_lowercase",
    "ascii_uppercase",
    "capwords",
    "digits",
    "hexdigits",
    "octdigits",
    "printable",
    "punctuation",
    "whitespace",
]

whitespace = " \t\n\r\x0b\x0c"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split on sep, capitalize each word, join with sep (or one space)."""
    return (sep or " ").join([x.capitalize() for x in s.split(sep)])


_ID_START = frozenset("_" + ascii_letters)
_ID_CHARS = frozenset("_" + ascii_letters + digits)
_sentinel_dict = {}


def _ident_end(s, i):
    # Index just past the identifier starting at s[i], or i if none.
    n = len(s)
    if i >= n or s[i] not in _ID_START:
        return i
    i += 1
    while i < n and s[i] in _ID_CHARS:
        i += 1
    return i


class Template:
    """A string with $-substitutions: $$ is a literal $, $name and ${name}
    are placeholders."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # Yields (kind, start, end, name) for each delimiter occurrence;
        # kind is "escaped", "named", "braced" or "invalid".  `end` is just
        # past the match; for "invalid" the match is the delimiter alone.
        s = self.template
        d = self.delimiter
        dl = len(d)
        i = s.find(d)
        while i >= 0:
            j = i + dl
            if s.startswith(d, j):
                yield ("escaped", i, j + dl, None)
                j += dl
            else:
                e = _ident_end(s, j)
                if e > j:
                    yield ("named", i, e, s[j:e])
                    j = e
                elif j < len(s) and s[j] == "{":
                    e = _ident_end(s, j + 1)
                    if e > j + 1 and e < len(s) and s[e] == "}":
                        yield ("braced", i, e + 1, s[j + 1:e])
                        j = e + 1
                    else:
                        yield ("invalid", i, j, None)
                else:
                    yield ("invalid", i, j, None)
            i = s.find(d, j)

    def _invalid(self, i):
        # i: index just after the delimiter, as CPython reports it.
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line " + str(lineno)
                         + ", col " + str(colno))

    def _lookup(self, mapping, kws):
        if mapping is _sentinel_dict:
            return kws
        if kws:
            merged = {}
            merged.update(mapping)
            merged.update(kws)
            return merged
        return mapping

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = self._lookup(mapping, kws)
        s = self.template
        out = []
        pos = 0
        for kind, start, end, name in self._scan():
            out.append(s[pos:start])
            pos = end
            if kind == "escaped":
                out.append(self.delimiter)
            elif kind == "invalid":
                self._invalid(end)
            else:
                out.append(str(mapping[name]))
        out.append(s[pos:])
        return "".join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        mapping = self._lookup(mapping, kws)
        s = self.template
        out = []
        pos = 0
        for kind, start, end, name in self._scan():
            out.append(s[pos:start])
            pos = end
            if kind == "escaped" or kind == "invalid":
                out.append(self.delimiter)
            else:
                try:
                    out.append(str(mapping[name]))
                except KeyError:
                    out.append(s[start:end])
        out.append(s[pos:])
        return "".join(out)

    def is_valid(self):
        for kind, start, end, name in self._scan():
            if kind == "invalid":
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids
