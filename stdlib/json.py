# SPDX-License-Identifier: MIT
# xenlet's json: dumps/dump/loads/load, JSONEncoder/JSONDecoder and
# JSONDecodeError in plain Python (no `re`).  Promises output byte-identical
# to CPython's json for the same arguments (float repr, escapes, indent and
# separators), and the same JSONDecodeError message and position as
# CPython's C scanner for malformed input.

__all__ = [
    "JSONDecodeError",
    "JSONDecoder",
    "JSONEncoder",
    "dump",
    "dumps",
    "load",
    "loads",
]

_INFINITY = float("inf")


class JSONDecodeError(ValueError):
    """ValueError with msg, doc, pos, lineno and colno."""

    __module__ = "json.decoder"  # where CPython defines it (tracebacks show it)

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = (msg + ": line " + str(lineno) + " column " + str(colno)
                  + " (char " + str(pos) + ")")
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


# ---- encoding -----------------------------------------------------------------

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
            "\b": "\\b", "\f": "\\f"}
_HEX = "0123456789abcdef"


def _u_escape(n):
    return ("\\u" + _HEX[(n >> 12) & 15] + _HEX[(n >> 8) & 15]
            + _HEX[(n >> 4) & 15] + _HEX[n & 15])


def _encode_str(s, ensure_ascii):
    # Fast path: nothing to escape.  isprintable() rules out all control
    # characters; in ASCII mode isascii() plus isprintable() means 0x20-0x7e.
    if '"' not in s and "\\" not in s and s.isprintable():
        if not ensure_ascii or s.isascii():
            return '"' + s + '"'
    out = ['"']
    for c in s:
        e = _ESCAPES.get(c)
        if e is not None:
            out.append(e)
            continue
        n = ord(c)
        if n < 0x20 or (ensure_ascii and n > 0x7E):
            if n > 0xFFFF:
                n -= 0x10000
                out.append(_u_escape(0xD800 | (n >> 10)))
                out.append(_u_escape(0xDC00 | (n & 0x3FF)))
            else:
                out.append(_u_escape(n))
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


class JSONEncoder:
    """Encodes Python data as JSON text; subclass and override default()
    to serialise other types."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError("Object of type " + o.__class__.__name__
                        + " is not JSON serializable")

    def encode(self, o):
        if isinstance(o, str):
            return _encode_str(o, self.ensure_ascii)
        return "".join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        chunks = []
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        _Encoder(self, indent, chunks).value(o, 0)
        return chunks


class _Encoder:
    # One encoding run: appends text pieces to `out`.  `markers` holds the
    # ids of the containers being encoded, to detect cycles.
    def __init__(self, enc, indent, out):
        self.enc = enc
        self.indent = indent
        self.out = out
        self.markers = {} if enc.check_circular else None
        self.ascii = enc.ensure_ascii

    def floatstr(self, o):
        if o != o:
            text = "NaN"
        elif o == _INFINITY:
            text = "Infinity"
        elif o == -_INFINITY:
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            raise ValueError("Out of range float values are not JSON "
                             "compliant")
        return text

    def enter(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[key] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        out = self.out
        if isinstance(o, str):
            out.append(_encode_str(o, self.ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self.floatstr(o))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            self.enter(o)
            self.value(self.enc.default(o), level)
            self.leave(o)

    def array(self, o, level):
        out = self.out
        if not o:
            out.append("[]")
            return
        self.enter(o)
        sep = self.enc.item_separator
        if self.indent is not None:
            level += 1
            nl = "\n" + self.indent * level
            sep = sep + nl
            out.append("[" + nl)
        else:
            out.append("[")
        first = True
        for item in o:
            if first:
                first = False
            else:
                out.append(sep)
            self.value(item, level)
        if self.indent is not None:
            level -= 1
            out.append("\n" + self.indent * level)
        out.append("]")
        self.leave(o)

    def key(self, k):
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return self.floatstr(k)
        if k is True:
            return "true"
        if k is False:
            return "false"
        if k is None:
            return "null"
        if isinstance(k, int):
            return int.__repr__(k)
        if self.enc.skipkeys:
            return None
        raise TypeError("keys must be str, int, float, bool or None, not "
                        + k.__class__.__name__)

    def object(self, o, level):
        out = self.out
        if not o:
            out.append("{}")
            return
        self.enter(o)
        sep = self.enc.item_separator
        ksep = self.enc.key_separator
        if self.indent is not None:
            level += 1
            nl = "\n" + self.indent * level
            sep = sep + nl
            out.append("{" + nl)
        else:
            out.append("{")
        items = o.items()
        if self.enc.sort_keys:
            items = sorted(items)
        first = True
        for k, v in items:
            k = self.key(k)
            if k is None:
                continue
            if first:
                first = False
            else:
                out.append(sep)
            out.append(_encode_str(k, self.ascii))
            out.append(ksep)
            self.value(v, level)
        if self.indent is not None:
            level -= 1
            out.append("\n" + self.indent * level)
        out.append("}")
        self.leave(o)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize obj as JSON to the text file-like object fp."""
    if cls is None:
        cls = JSONEncoder
    enc = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
              check_circular=check_circular, allow_nan=allow_nan,
              indent=indent, separators=separators, default=default,
              sort_keys=sort_keys, **kw)
    for chunk in enc.iterencode(obj):
        fp.write(chunk)


# ---- decoding -----------------------------------------------------------------

_WS = " \t\n\r"
_DIGITS = "0123456789"
_HEXVAL = {}
for _i in range(16):
    _HEXVAL["0123456789abcdef"[_i]] = _i
    _HEXVAL["0123456789ABCDEF"[_i]] = _i
del _i
_SIMPLE_ESC = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f",
               "n": "\n", "r": "\r", "t": "\t"}


class _NoValue(Exception):
    # No JSON value starts at .pos (CPython's StopIteration in the scanner).
    def __init__(self, pos):
        Exception.__init__(self, pos)
        self.pos = pos


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


def _hex4(s, i):
    # Value of the 4 hex digits at s[i:i+4], or -1 if any is not hex.
    v = 0
    for j in range(i, i + 4):
        d = _HEXVAL.get(s[j])
        if d is None:
            return -1
        v = v * 16 + d
    return v


def _scan_string(s, end, strict):
    """Decode the string whose opening quote is at end-1.  Returns
    (text, index after the closing quote)."""
    begin = end - 1
    n = len(s)
    chunks = []
    while True:
        q = s.find('"', end)
        b = s.find("\\", end, q if q >= 0 else n)
        stop = b if b >= 0 else q
        if stop < 0:
            stop = n
        chunk = s[end:stop]
        if strict and not chunk.isprintable():
            for k in range(len(chunk)):
                if chunk[k] < " ":
                    raise JSONDecodeError("Invalid control character at", s,
                                          end + k)
        if stop >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        chunks.append(chunk)
        if stop == q:
            return "".join(chunks), q + 1
        # A backslash escape at `stop`.
        if stop + 1 >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        c = s[stop + 1]
        if c != "u":
            e = _SIMPLE_ESC.get(c)
            if e is None:
                raise JSONDecodeError("Invalid \\escape", s, stop)
            chunks.append(e)
            end = stop + 2
            continue
        end = stop + 6
        if end >= n:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, stop + 1)
        code = _hex4(s, stop + 2)
        if code < 0:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, stop + 1)
        # A high surrogate joins a following \uDC00-\uDFFF escape.
        if (0xD800 <= code <= 0xDBFF and end + 6 < n and s[end] == "\\"
                and s[end + 1] == "u"):
            low = _hex4(s, end + 2)
            if low < 0:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, end + 1)
            if 0xDC00 <= low <= 0xDFFF:
                code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
                end += 6
        chunks.append(chr(code))


class _Decoder:
    def __init__(self, dec, s):
        self.s = s
        self.n = len(s)
        self.object_hook = dec.object_hook
        self.object_pairs_hook = dec.object_pairs_hook
        self.parse_float = dec.parse_float
        self.parse_int = dec.parse_int
        self.parse_constant = dec.parse_constant
        self.strict = dec.strict

    def value(self, i):
        """Parse the value at s[i]; return (value, end).  _NoValue if none
        starts there."""
        s = self.s
        if i >= self.n:
            raise _NoValue(i)
        c = s[i]
        if c == '"':
            return _scan_string(s, i + 1, self.strict)
        if c == "{":
            return self.object(i + 1)
        if c == "[":
            return self.array(i + 1)
        if c == "n" and s.startswith("null", i):
            return None, i + 4
        if c == "t" and s.startswith("true", i):
            return True, i + 4
        if c == "f" and s.startswith("false", i):
            return False, i + 5
        if c == "N" and s.startswith("NaN", i):
            return self.parse_constant("NaN"), i + 3
        if c == "I" and s.startswith("Infinity", i):
            return self.parse_constant("Infinity"), i + 8
        if c == "-" and s.startswith("-Infinity", i):
            return self.parse_constant("-Infinity"), i + 9
        return self.number(i)

    def number(self, start):
        # JSON number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?
        s = self.s
        n = self.n
        i = start
        if i < n and s[i] == "-":
            i += 1
        if i < n and "1" <= s[i] <= "9":
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        elif i < n and s[i] == "0":
            i += 1
        else:
            raise _NoValue(start)
        is_float = False
        if i + 1 < n and s[i] == "." and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i < n and (s[i] == "e" or s[i] == "E"):
            j = i + 1
            if j < n and (s[j] == "+" or s[j] == "-"):
                j += 1
            k = j
            while k < n and s[k] in _DIGITS:
                k += 1
            if k > j:
                is_float = True
                i = k
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def array(self, i):
        s = self.s
        n = self.n
        values = []
        i = _skip_ws(s, i)
        if i < n and s[i] == "]":
            return values, i + 1
        while True:
            try:
                v, i = self.value(i)
            except _NoValue as e:
                raise JSONDecodeError("Expecting value", s, e.pos) from None
            values.append(v)
            i = _skip_ws(s, i)
            if i < n and s[i] == "]":
                return values, i + 1
            if i >= n or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip_ws(s, i + 1)

    def object(self, i):
        s = self.s
        n = self.n
        pairs = []
        i = _skip_ws(s, i)
        if i < n and s[i] == "}":
            i += 1
        else:
            while True:
                if i >= n or s[i] != '"':
                    raise JSONDecodeError(
                        "Expecting property name enclosed in double quotes",
                        s, i)
                key, i = _scan_string(s, i + 1, self.strict)
                i = _skip_ws(s, i)
                if i >= n or s[i] != ":":
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                i = _skip_ws(s, i + 1)
                try:
                    v, i = self.value(i)
                except _NoValue as e:
                    raise JSONDecodeError("Expecting value", s,
                                          e.pos) from None
                pairs.append((key, v))
                i = _skip_ws(s, i)
                if i < n and s[i] == "}":
                    i += 1
                    break
                if i >= n or s[i] != ",":
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = _skip_ws(s, i + 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), i
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d), i
        return d, i


def _constant(name):
    if name == "NaN":
        return float("nan")
    if name == "Infinity":
        return _INFINITY
    return -_INFINITY


class JSONDecoder:
    """Decodes JSON text into Python data."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode one JSON value starting at s[idx]; return (value, end)."""
        try:
            return _Decoder(self, s).value(idx)
        except _NoValue as e:
            raise JSONDecodeError("Expecting value", s, e.pos) from None


def _decode_bytes(b):
    # JSON text in bytes is UTF-8, -16 or -32 (RFC 8259 / 7159); detect the
    # encoding the way CPython does, from the BOM or the zero-byte pattern.
    if b.startswith(b"\xef\xbb\xbf"):
        return b[3:].decode("utf-8")
    if b.startswith(b"\xff\xfe\x00\x00") or b.startswith(b"\x00\x00\xfe\xff"):
        return b.decode("utf-32")
    if b.startswith(b"\xff\xfe") or b.startswith(b"\xfe\xff"):
        return b.decode("utf-16")
    if len(b) >= 4:
        if not b[0]:
            return b.decode("utf-16-be" if b[1] else "utf-32-be")
        if not b[1]:
            return b.decode("utf-16-le" if b[2] or b[3] else "utf-32-le")
    elif len(b) == 2:
        if not b[0]:
            return b.decode("utf-16-be")
        if not b[1]:
            return b.decode("utf-16-le")
    return b.decode("utf-8")


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (str, bytes or bytearray) to a Python object."""
    if isinstance(s, str):
        if s.startswith("\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using "
                                  "utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError("the JSON object must be str, bytes or bytearray, "
                            "not " + s.__class__.__name__)
        s = _decode_bytes(bytes(s))
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float,
               parse_int=parse_int, parse_constant=parse_constant,
               object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize the text read from fp."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
