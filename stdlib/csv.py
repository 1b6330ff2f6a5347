# SPDX-License-Identifier: MIT
# xenlet's csv: reader, writer, DictReader, DictWriter, dialects and the
# registry, field_size_limit and Sniffer.  The reader and writer follow
# CPython 3.11's _csv state machine, so rows split and quote exactly as
# CPython's do (including its error messages); Sniffer is a simpler
# heuristic that agrees with CPython on ordinary samples.

import re as _re
from io import StringIO as _StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "__doc__", "excel", "excel_tab",
           "field_size_limit", "reader", "writer", "register_dialect",
           "get_dialect", "list_dialects", "Sniffer", "unregister_dialect",
           "__version__", "DictReader", "DictWriter", "unix_dialect"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3


class Error(Exception):
    pass


_field_limit = 128 * 1024
_dialects = {}


def field_size_limit(*args):
    """Return the field size limit; with an argument, set a new one."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got "
                        + str(len(args)))
    old = _field_limit
    if args:
        limit = args[0]
        if not isinstance(limit, int):
            raise TypeError("limit must be an integer")
        _field_limit = limit
    return old


# -- dialects -----------------------------------------------------------

_PARAMS = ("delimiter", "doublequote", "escapechar", "lineterminator",
           "quotechar", "quoting", "skipinitialspace", "strict")
_MISSING = object()


def _char(name, value, default, allow_none):
    if value is _MISSING:
        return default
    if value is None and allow_none:
        return None
    if not isinstance(value, str):
        kind = "string or None" if allow_none else "string"
        raise TypeError('"%s" must be %s, not %s'
                        % (name, kind, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class _Dialect:
    # A validated, read-only set of formatting parameters (CPython's
    # _csv.Dialect); reader.dialect and get_dialect() return these.
    def __init__(self, source=None, **kwargs):
        for key in kwargs:
            if key not in _PARAMS:
                raise TypeError("'%s' is an invalid keyword argument for "
                                "this function" % key)
        values = {}
        for name in _PARAMS:
            v = kwargs.get(name, _MISSING)
            if v is _MISSING and source is not None:
                v = getattr(source, name, _MISSING)
            values[name] = v
        set_ = object.__setattr__
        set_(self, "delimiter", _char("delimiter", values["delimiter"], ",",
                                      False))
        set_(self, "doublequote", _bool(values["doublequote"], True))
        set_(self, "escapechar", _char("escapechar", values["escapechar"],
                                       None, True))
        term = values["lineterminator"]
        if term is _MISSING:
            term = "\r\n"
        elif term is not None and not isinstance(term, str):
            raise TypeError('"lineterminator" must be a string')
        quotechar = _char("quotechar", values["quotechar"], '"', True)
        quoting = values["quoting"]
        if quoting is _MISSING:
            quoting = QUOTE_MINIMAL
        elif type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        set_(self, "skipinitialspace",
             _bool(values["skipinitialspace"], False))
        set_(self, "strict", _bool(values["strict"], False))
        if quoting not in (0, 1, 2, 3):
            raise TypeError('bad "quoting" value')
        if values["quotechar"] is None and values["quoting"] is _MISSING:
            quoting = QUOTE_NONE
        if quoting != QUOTE_NONE and quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if term is None:
            raise TypeError("lineterminator must be set")
        set_(self, "lineterminator", term)
        set_(self, "quotechar", quotechar)
        set_(self, "quoting", quoting)

    def __setattr__(self, name, value):
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is "
                             "not writable" % name)


def _bool(value, default):
    return default if value is _MISSING else bool(value)


def _make_dialect(dialect, kwargs) -> _Dialect:
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    if isinstance(dialect, _Dialect) and not kwargs:
        return dialect
    return _Dialect(dialect, **kwargs)


def register_dialect(name, dialect=None, **kwargs):
    """Register a dialect (an object with the attributes, plus overrides)."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _make_dialect(dialect, kwargs)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


class Dialect:
    """Describe a CSV dialect; subclass it and set the attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e)) from None


class excel(Dialect):
    """Excel's usual CSV properties."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Excel's tab-delimited properties."""
    delimiter = "\t"


class unix_dialect(Dialect):
    """Files written on UNIX with '\\n' line ends and every field quoted."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


# -- reader -------------------------------------------------------------

(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL,
 _AFTER_ESCAPED_CRNL) = range(9)
_EOL = None  # the end-of-line marker fed after each line's characters

_NEWLINE_ERR = ("new-line character seen in unquoted field - do you need "
                "to open the file in universal-newline mode?")


class _Reader:
    def __init__(self, lines, dialect):
        self._input = iter(lines)
        self.dialect = dialect
        self.line_num = 0
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        d = dialect
        self._quote = d.quotechar if d.quoting != QUOTE_NONE else None
        # A line without these characters splits with str.split.
        extra = (self._quote, d.escapechar, "\r",
                 " " if d.skipinitialspace else None)
        self._special = "".join(c for c in extra if c is not None)

    def __iter__(self):
        return self

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data") from None
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the "
                            "file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            if self._state == _START_RECORD and self._plain(line):
                break
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields

    def _plain(self, line) -> bool:
        # Fast path for a whole record on one line with nothing to unquote.
        body = line[:-1] if line.endswith("\n") else line
        if "\n" in body:
            return False
        for c in self._special:
            if c in body:
                return False
        if not body:
            return True
        fields = body.split(self.dialect.delimiter)
        limit = _field_limit
        for f in fields:
            if len(f) > limit:
                return False
        if self.dialect.quoting == QUOTE_NONNUMERIC:
            fields = [float(f) if f else f for f in fields]
        self._fields = fields
        return True

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _save_field(self):
        field = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == self._quote:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                self._state = _START_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add_char("\n" if c is _EOL else c)
            self._state = _IN_FIELD
        elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                # After an escaped newline the state stays put (as in
                # CPython), so the next end of line does not end the row.
                self._add_char(c)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == self._quote:
                self._state = (_QUOTE_IN_QUOTED_FIELD if d.doublequote
                               else _IN_FIELD)
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add_char("\n" if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if c == self._quote:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'"
                            % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c is _EOL:
                self._state = _START_RECORD
            elif c != "\n" and c != "\r":
                raise Error(_NEWLINE_ERR)


def reader(csvfile, dialect=None, **fmtparams):
    """Return an iterator over the rows (lists of str) of csvfile's lines."""
    lines = iter(csvfile)
    return _Reader(lines, _make_dialect(dialect, fmtparams))


# -- writer -------------------------------------------------------------

def _is_number(value) -> bool:
    # CPython's PyNumber_Check: anything convertible with int() or float().
    if isinstance(value, (int, float)):
        return True
    t = type(value)
    return (hasattr(t, "__index__") or hasattr(t, "__int__")
            or hasattr(t, "__float__") or hasattr(t, "__complex__"))


class _Writer:
    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect
        d = dialect
        special = [d.delimiter]
        if d.escapechar is not None:
            special.append(d.escapechar)
        if d.quotechar is not None:
            special.append(d.quotechar)
        special.extend(d.lineterminator)
        self._special = special

    def _field(self, text, quoted):
        # Return text escaped/quoted for output (quoted: QUOTE_ALL etc.).
        d = self.dialect
        for c in self._special:
            if c in text:
                break
        else:
            return d.quotechar + text + d.quotechar if quoted else text
        out = []
        for c in text:
            if c in self._special:
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(c)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        text = "".join(out)
        return d.quotechar + text + d.quotechar if quoted else text

    def writerow(self, row):
        d = self.dialect
        try:
            it = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s"
                        % type(row).__name__) from None
        parts = []
        for value in it:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(value)
            else:
                quoted = d.quoting == QUOTE_ALL
            if value is None:
                text = ""
            elif isinstance(value, str):
                text = value
            else:
                text = str(value)
            parts.append(self._field(text, quoted))
        if len(parts) == 1 and parts[0] == "":
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect=None, **fmtparams):
    """Return an object whose writerow() writes rows to csvfile."""
    write = getattr(csvfile, "write", None)
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    return _Writer(write, _make_dialect(dialect, fmtparams))


# -- dict reader and writer ---------------------------------------------

class DictReader:
    """Read rows as dicts keyed by fieldnames (default: the first row)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames  # reads the header row when needed
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:  # blank lines are skipped, not turned into dicts
            row = next(self.reader)
        names = self.fieldnames
        result = dict(zip(names, row))
        nf, nr = len(names), len(row)
        if nf < nr:
            result[self.restkey] = row[nf:]
        elif nf > nr:
            for key in names[nr:]:
                result[key] = self.restval
        return result


class DictWriter:
    """Write dicts as rows, in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow(dict(zip(self.fieldnames, self.fieldnames)))

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            names = set(self.fieldnames)
            wrong = [k for k in rowdict if k not in names]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(k) for k in wrong]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


# -- sniffer --------------------------------------------------------------

def _looks_numeric(text: str) -> bool:
    # CPython tries complex(text); xenlet has no complex numbers, so accept
    # what float() accepts plus a trailing imaginary "j".
    t = text.strip()
    if t[-1:] in ("j", "J"):
        t = t[:-1] or "1"
    try:
        float(t)
    except ValueError:
        return False
    return True


class Sniffer:
    """Guess a sample's dialect (sniff) and whether it has a header row."""

    def __init__(self):
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample,
                                                                delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        # Look for quoted fields: with a delimiter on both sides, at the
        # start of a line, at the end of a line, or alone on a line.
        other = r"[^\w\n\"']"
        patterns = (
            r"(?P<delim>%s)(?P<space> ?)(?P<quote>[\"']).*?(?P=quote)(?P=delim)"
            % other,
            r"(?:^|\n)(?P<quote>[\"']).*?(?P=quote)(?P<delim>%s)(?P<space> ?)"
            % other,
            r"(?P<delim>%s)(?P<space> ?)(?P<quote>[\"']).*?(?P=quote)(?:$|\n)"
            % other,
            r"(?:^|\n)(?P<quote>[\"']).*?(?P=quote)(?:$|\n)",
        )
        found = []
        for pat in patterns:
            found = list(_re.finditer(pat, data, _re.DOTALL | _re.MULTILINE))
            if found:
                break
        if not found:
            return "", False, None, 0
        quotes, delims, spaces = {}, {}, 0
        for m in found:
            groups = m.groupdict()
            q = groups["quote"]
            if q:
                quotes[q] = quotes.get(q, 0) + 1
            if "delim" not in groups:
                continue
            key = groups["delim"]
            if key and (delimiters is None or key in delimiters):
                delims[key] = delims.get(key, 0) + 1
            if groups.get("space"):
                spaces += 1
        quotechar = max(quotes, key=quotes.get)
        if delims:
            delim = max(delims, key=delims.get)
            skipinitialspace = delims[delim] == spaces
            if delim == "\n":
                delim = ""
        else:
            delim = ""
            skipinitialspace = 0
        # A quote doubled inside a field means doublequote.
        d = _re.escape(delim)
        q = _re.escape(quotechar)
        dq = (r"((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)"
              % (d, q, d, q, d, q, d))
        doublequote = _re.search(dq, data, _re.MULTILINE) is not None
        return quotechar, doublequote, delim, skipinitialspace

    def _guess_delimiter(self, data, delimiters):
        # Pick the ASCII punctuation character that occurs the same
        # (non-zero) number of times on the most lines, preferring the
        # usual delimiters on a tie.
        lines = [ln for ln in data.split("\n") if ln][:100]
        total = len(lines)
        freqs = {}
        for line in lines:
            for c in sorted(set(line)):
                if ord(c) < 128 and not c.isalnum() and c not in "\r\"'":
                    freqs.setdefault(c, []).append(line.count(c))
        scores = {}
        for c, seen in freqs.items():
            if delimiters is not None and c not in delimiters:
                continue
            tally = {}
            for n in seen + [0] * (total - len(seen)):
                tally[n] = tally.get(n, 0) + 1
            mode = max(tally, key=lambda n: (tally[n], n))
            if mode:
                scores[c] = tally[mode] / total
        if not scores or max(scores.values()) < 0.9:
            return "", 0
        best = max(scores.values())
        top = sorted(c for c, v in scores.items() if v == best)
        delim = next((c for c in self.preferred if c in top), top[0])
        first = lines[0]
        return delim, first.count(delim) == first.count(delim + " ")

    def has_header(self, sample):
        rows = reader(_StringIO(sample), self.sniff(sample))
        header = next(rows)
        columns = len(header)
        kinds = {i: None for i in range(columns)}
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != columns:
                continue
            for col in list(kinds):
                kind = "num" if _looks_numeric(row[col]) else len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if kind is None:  # never typed: CPython counts it as a header
                votes += 1
            elif isinstance(kind, int):
                votes += 1 if len(header[col]) != kind else -1
            else:
                votes += -1 if _looks_numeric(header[col]) else 1
        return votes > 0
