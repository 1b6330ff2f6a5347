# SPDX-License-Identifier: MIT
# xenlet's string: the character-class constants, capwords and Template.
# Template is parsed by hand (there is no `re`): it honours a subclass's
# `delimiter` but not a custom `idpattern`/`pattern`; identifiers are
# ASCII [_a-zA-Z][_a-zA-Z0-9]*, as with CPython's default pattern.

__all__ = [
    "Formatter",
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


# ---- Formatter: str.format's machinery, overridable piece by piece ----------


def _parse_field(field_name):
    """Split 'a.b[0]' into ('a', [(True, 'b'), (False, 0)])."""
    i = 0
    n = len(field_name)
    while i < n and field_name[i] not in ".[":
        i += 1
    first = field_name[:i]
    rest = []
    while i < n:
        if field_name[i] == ".":
            j = i + 1
            while j < n and field_name[j] not in ".[":
                j += 1
            rest.append((True, field_name[i + 1 : j]))
            i = j
        else:
            j = field_name.find("]", i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[i + 1 : j]
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
    if first.isdigit():
        first = int(first)
    return first, rest


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == "":
                    if auto_arg_index is False:
                        raise ValueError(
                            "cannot switch from manual field specification to automatic field numbering"
                        )
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError(
                            "cannot switch from manual field specification to automatic field numbering"
                        )
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs, used_args, recursion_depth - 1, auto_arg_index=auto_arg_index
                )
                result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion)."""
        s = format_string
        n = len(s)
        i = 0
        literal = []
        while i < n:
            c = s[i]
            if c in "{}" and i + 1 < n and s[i + 1] == c:
                # an escaped brace ends a literal piece, as CPython's parser does
                literal.append(c)
                yield "".join(literal), None, None, None
                literal = []
                i += 2
                continue
            if c == "{":
                depth = 1
                j = i + 1
                while j < n and depth:
                    if s[j] == "{":
                        depth += 1
                    elif s[j] == "}":
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                field = s[i + 1 : j - 1]
                conversion = None
                spec = ""
                k = 0
                bracket = False
                while k < len(field):
                    ch = field[k]
                    if ch == "[":
                        bracket = True
                    elif ch == "]":
                        bracket = False
                    elif not bracket and ch in "!:":
                        break
                    k += 1
                name = field[:k]
                if k < len(field) and field[k] == "!":
                    if k + 1 >= len(field):
                        raise ValueError("end of string while looking for conversion specifier")
                    conversion = field[k + 1]
                    k += 2
                    if k < len(field) and field[k] != ":":
                        raise ValueError("expected ':' after conversion specifier")
                if k < len(field) and field[k] == ":":
                    spec = field[k + 1 :]
                yield "".join(literal), name, spec, conversion
                literal = []
                i = j
            elif c == "}":
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            yield "".join(literal), None, None, None

    def get_field(self, field_name, args, kwargs):
        first, rest = _parse_field(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = getattr(obj, i) if is_attr else obj[i]
        return obj, first
