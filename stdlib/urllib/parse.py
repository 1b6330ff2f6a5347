# SPDX-License-Identifier: MIT
# xenlet's urllib.parse: split URLs into their parts and put them back
# together, resolve relative references (urljoin), percent-encode and
# decode (quote/unquote), and read and write query strings
# (parse_qs/parse_qsl/urlencode), following CPython 3.11's results.
# URLs are str: urlsplit/urlparse/urljoin and friends do not take bytes
# (quote, unquote, unquote_to_bytes, parse_qs(l) and urlencode do).

from collections import namedtuple

__all__ = [
    "DefragResult", "ParseResult", "SplitResult", "parse_qs", "parse_qsl",
    "quote", "quote_from_bytes", "quote_plus", "unquote", "unquote_plus",
    "unquote_to_bytes", "urldefrag", "urlencode", "urljoin", "urlparse",
    "urlsplit", "urlunparse", "urlunsplit", "uses_netloc", "uses_params",
    "uses_relative", "scheme_chars",
]

uses_relative = ["", "ftp", "http", "gopher", "nntp", "imap", "wais", "file",
                 "https", "shttp", "mms", "prospero", "rtsp", "rtspu", "sftp",
                 "svn", "svn+ssh", "ws", "wss"]
uses_netloc = ["", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais",
               "file", "mms", "https", "shttp", "snews", "prospero", "rtsp",
               "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git",
               "git+ssh", "ws", "wss"]
uses_params = ["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp",
               "rtsp", "rtspu", "sip", "sips", "mms", "sftp", "tel"]

scheme_chars = ("abcdefghijklmnopqrstuvwxyz"
                "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                "0123456789"
                "+-.")

# Leading C0 controls and spaces are stripped (WHATWG); tabs and newlines
# are removed anywhere.
_C0_OR_SPACE = "".join(chr(i) for i in range(0x21))
_REMOVED = ("\t", "\r", "\n")


# ---- result types -----------------------------------------------------------------

class _NetlocMixin:
    """username/password/hostname/port, read from the netloc field."""

    __slots__ = ()

    def _userinfo(self):
        userinfo, have_info, _ = self.netloc.rpartition("@")
        if not have_info:
            return None, None
        username, have_password, password = userinfo.partition(":")
        return username, (password if have_password else None)

    def _hostinfo(self):
        _, _, hostinfo = self.netloc.rpartition("@")
        _, have_open_br, bracketed = hostinfo.partition("[")
        if have_open_br:
            hostname, _, port = bracketed.partition("]")
            _, _, port = port.partition(":")
        else:
            hostname, _, port = hostinfo.partition(":")
        return hostname, (port or None)

    @property
    def username(self):
        return self._userinfo()[0]

    @property
    def password(self):
        return self._userinfo()[1]

    @property
    def hostname(self):
        hostname = self._hostinfo()[0]
        if not hostname:
            return None
        host, percent, zone = hostname.partition("%")
        return host.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo()[1]
        if port is None:
            return None
        if not (port.isdigit() and port.isascii()):
            raise ValueError(f"Port could not be cast to integer value as {port!r}")
        port = int(port)
        if not 0 <= port <= 65535:
            raise ValueError("Port out of range 0-65535")
        return port


class SplitResult(namedtuple("SplitResult", "scheme netloc path query fragment"),
                  _NetlocMixin):
    __slots__ = ()

    def geturl(self) -> str:
        return urlunsplit(self)


class ParseResult(namedtuple("ParseResult", "scheme netloc path params query fragment"),
                  _NetlocMixin):
    __slots__ = ()

    def geturl(self) -> str:
        return urlunparse(self)


class DefragResult(namedtuple("DefragResult", "url fragment")):
    __slots__ = ()

    def geturl(self) -> str:
        return self.url + "#" + self.fragment if self.fragment else self.url


# ---- splitting and joining ----------------------------------------------------

def _splitnetloc(url: str, start: int = 0):
    end = len(url)
    for c in "/?#":
        i = url.find(c, start)
        if i >= 0:
            end = min(end, i)
    return url[start:end], url[end:]


def _check_netloc(netloc: str) -> None:
    if ("[" in netloc) != ("]" in netloc):
        raise ValueError("Invalid IPv6 URL")


def urlsplit(url: str, scheme: str = "", allow_fragments: bool = True) -> SplitResult:
    """Split a URL into (scheme, netloc, path, query, fragment)."""
    url = url.lstrip(_C0_OR_SPACE)
    scheme = scheme.strip(_C0_OR_SPACE)
    for c in _REMOVED:
        url = url.replace(c, "")
        scheme = scheme.replace(c, "")
    netloc = query = fragment = ""
    i = url.find(":")
    if i > 0 and url[0].isascii() and url[0].isalpha():
        head = url[:i]
        if all(c in scheme_chars for c in head):
            scheme, url = head.lower(), url[i + 1:]
    if url[:2] == "//":
        netloc, url = _splitnetloc(url, 2)
        _check_netloc(netloc)
    if allow_fragments and "#" in url:
        url, fragment = url.split("#", 1)
    if "?" in url:
        url, query = url.split("?", 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def _splitparams(url: str):
    if "/" in url:
        i = url.find(";", url.rfind("/"))
        if i < 0:
            return url, ""
    else:
        i = url.find(";")
    return url[:i], url[i + 1:]


def urlparse(url: str, scheme: str = "", allow_fragments: bool = True) -> ParseResult:
    """Split a URL into (scheme, netloc, path, params, query, fragment)."""
    scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
    if scheme in uses_params and ";" in url:
        url, params = _splitparams(url)
    else:
        params = ""
    return ParseResult(scheme, netloc, url, params, query, fragment)


def urlunsplit(components) -> str:
    """Join the five parts of urlsplit() back into a URL."""
    scheme, netloc, url, query, fragment = components
    if netloc or (scheme and scheme in uses_netloc and url[:2] != "//"):
        if url and url[:1] != "/":
            url = "/" + url
        url = "//" + (netloc or "") + url
    if scheme:
        url = scheme + ":" + url
    if query:
        url = url + "?" + query
    if fragment:
        url = url + "#" + fragment
    return url


def urlunparse(components) -> str:
    """Join the six parts of urlparse() back into a URL."""
    scheme, netloc, url, params, query, fragment = components
    if params:
        url = "%s;%s" % (url, params)
    return urlunsplit((scheme, netloc, url, query, fragment))


def _remove_dot_segments(segments: list) -> str:
    out = []
    for seg in segments:
        if seg == "..":
            if out:
                out.pop()
        elif seg != ".":
            out.append(seg)
    if segments[-1] in (".", ".."):
        out.append("")
    return "/".join(out) or "/"


def urljoin(base: str, url: str, allow_fragments: bool = True) -> str:
    """Resolve `url` relative to `base` (RFC 3986, as CPython does it)."""
    if not base:
        return url
    if not url:
        return base
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, "", allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = bnetloc
    if not path and not params:
        path = bpath
        params = bparams
        if not query:
            query = bquery
        return urlunparse((scheme, netloc, path, params, query, fragment))
    if path[:1] == "/":
        segments = path.split("/")
    else:
        base_parts = bpath.split("/")
        if base_parts[-1] != "":
            del base_parts[-1]
        segments = base_parts + path.split("/")
        # Empty segments in the middle collapse ("a//b" -> "a/b").
        segments[1:-1] = [s for s in segments[1:-1] if s]
    return urlunparse((scheme, netloc, _remove_dot_segments(segments),
                       params, query, fragment))


def urldefrag(url: str) -> DefragResult:
    """Split off the fragment: (url without it, fragment)."""
    if "#" in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ""))
    else:
        frag = ""
        defrag = url
    return DefragResult(defrag, frag)


# ---- percent-encoding ------------------------------------------------------------

_ALWAYS_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                         b"abcdefghijklmnopqrstuvwxyz"
                         b"0123456789_.-~")
_HEX = "0123456789ABCDEFabcdef"


def quote_from_bytes(bs, safe="/") -> str:
    """Percent-encode every byte except letters, digits, '_.-~' and `safe`."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ""
    if isinstance(safe, str):
        safe = safe.encode("ascii", "ignore")
    else:
        safe = bytes(c for c in safe if c < 128)
    ok = _ALWAYS_SAFE.union(safe)
    return "".join(chr(b) if b in ok else "%%%02X" % b for b in bs)


def quote(string, safe="/", encoding=None, errors=None) -> str:
    """Percent-encode a str (as UTF-8 by default) or bytes for use in a URL."""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = "utf-8"
        if errors is None:
            errors = "strict"
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe="", encoding=None, errors=None) -> str:
    """quote(), but spaces become '+' (form encoding)."""
    if ((isinstance(string, str) and " " not in string)
            or (isinstance(string, bytes) and b" " not in string)):
        return quote(string, safe, encoding, errors)
    space = " " if isinstance(safe, str) else b" "
    return quote(string, safe + space, encoding, errors).replace(" ", "+")


def unquote_to_bytes(string) -> bytes:
    """Decode %XX escapes into bytes; malformed escapes stay as they are."""
    if not string:
        string.split
        return b""
    if isinstance(string, str):
        string = string.encode("utf-8")
    bits = bytes(string).split(b"%")
    if len(bits) == 1:
        return bytes(string)
    out = bytearray(bits[0])
    for item in bits[1:]:
        if len(item) >= 2 and chr(item[0]) in _HEX and chr(item[1]) in _HEX:
            out.append(int(item[:2], 16))
            out += item[2:]
        else:
            out += b"%"
            out += item
    return bytes(out)


def unquote(string, encoding="utf-8", errors="replace") -> str:
    """Decode %XX escapes; the bytes of each ASCII run are decoded together."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if "%" not in string:
        string.split
        return string
    if encoding is None:
        encoding = "utf-8"
    if errors is None:
        errors = "replace"
    out = []
    run_start = None
    for i, c in enumerate(string):
        if c < "\x80":
            if run_start is None:
                run_start = i
        else:
            if run_start is not None:
                out.append(unquote_to_bytes(string[run_start:i]).decode(encoding, errors))
                run_start = None
            out.append(c)
    if run_start is not None:
        out.append(unquote_to_bytes(string[run_start:]).decode(encoding, errors))
    return "".join(out)


def unquote_plus(string, encoding="utf-8", errors="replace") -> str:
    """unquote(), with '+' read as a space first."""
    return unquote(string.replace("+", " "), encoding, errors)


# ---- query strings --------------------------------------------------------------

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding="utf-8", errors="replace", max_num_fields=None,
              separator="&") -> list:
    """Parse a query string into a list of (name, value) pairs."""
    is_bytes = isinstance(qs, (bytes, bytearray))
    if is_bytes:
        qs = qs.decode("ascii")
    elif not qs:
        qs = ""
    if isinstance(separator, (bytes, bytearray)):
        separator = separator.decode("ascii")
    if not separator or not isinstance(separator, str):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        num_fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < num_fields:
            raise ValueError("Max number of fields exceeded")
    result = []
    for field in (qs.split(separator) if qs else []):
        if not field and not strict_parsing:
            continue
        nv = field.split("=", 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
            nv.append("")
        if nv[1] or keep_blank_values:
            name = unquote(nv[0].replace("+", " "), encoding=encoding, errors=errors)
            value = unquote(nv[1].replace("+", " "), encoding=encoding, errors=errors)
            if is_bytes:
                name = name.encode("ascii")
                value = value.encode("ascii")
            result.append((name, value))
    return result


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding="utf-8", errors="replace", max_num_fields=None,
             separator="&") -> dict:
    """Parse a query string into a dict of name -> list of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields,
                                 separator=separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result


def urlencode(query, doseq=False, safe="", encoding=None, errors=None,
              quote_via=quote_plus) -> str:
    """Encode a mapping or a sequence of pairs as 'k=v&k2=v2'.

    With doseq, a sequence value gives one k=v pair per element.
    """
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from err

    def enc(x):
        if isinstance(x, bytes):
            return quote_via(x, safe)
        return quote_via(str(x), safe, encoding, errors)

    parts = []
    for k, v in query:
        k = enc(k)
        if not doseq or isinstance(v, (str, bytes)):
            parts.append(k + "=" + enc(v))
            continue
        try:
            len(v)
        except TypeError:
            parts.append(k + "=" + enc(v))
        else:
            for elt in v:
                parts.append(k + "=" + enc(elt))
    return "&".join(parts)
