# SPDX-License-Identifier: MIT
# xenlet's html: escape() for text and attribute values, and unescape()
# of character references, following HTML5's rules as CPython does:
# numeric references (decimal or hex, ';' optional, with the Windows-1252
# fix-ups and invalid code points of the spec) and named references.
# The named table holds the HTML 4 entities plus &apos; (not all of
# HTML5's 2231 names); the Latin-1 ones are also accepted without ';'.

__all__ = ["escape", "unescape"]


def escape(s: str, quote: bool = True) -> str:
    """Replace & < > (and, with quote, " and ') by character references."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace("'", "&#x27;")
    return s


# Latin-1 names for U+00A0..U+00FF, in order; HTML5 also accepts these
# without the trailing ';' (as it does amp, lt, gt, quot, AMP, LT, GT,
# QUOT, COPY and REG).
_LATIN1 = (
    "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not "
    "shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 "
    "ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml "
    "Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml "
    "ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute "
    "Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring "
    "aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth "
    "ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute "
    "ucirc uuml yacute thorn yuml"
).split()

_LEGACY = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "AMP": "&",
           "LT": "<", "GT": ">", "QUOT": '"', "COPY": "\xa9", "REG": "\xae"}
for _i, _name in enumerate(_LATIN1):
    _LEGACY[_name] = chr(0xA0 + _i)

# Names that need the ';': the rest of HTML 4's entities, and apos.
_OTHER = {
    "apos": 0x27, "OElig": 0x152, "oelig": 0x153, "Scaron": 0x160,
    "scaron": 0x161, "Yuml": 0x178, "fnof": 0x192, "circ": 0x2C6,
    "tilde": 0x2DC, "ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009,
    "zwnj": 0x200C, "zwj": 0x200D, "lrm": 0x200E, "rlm": 0x200F,
    "ndash": 0x2013, "mdash": 0x2014, "lsquo": 0x2018, "rsquo": 0x2019,
    "sbquo": 0x201A, "ldquo": 0x201C, "rdquo": 0x201D, "bdquo": 0x201E,
    "dagger": 0x2020, "Dagger": 0x2021, "bull": 0x2022, "hellip": 0x2026,
    "permil": 0x2030, "prime": 0x2032, "Prime": 0x2033, "lsaquo": 0x2039,
    "rsaquo": 0x203A, "oline": 0x203E, "frasl": 0x2044, "euro": 0x20AC,
    "image": 0x2111, "weierp": 0x2118, "real": 0x211C, "trade": 0x2122,
    "alefsym": 0x2135, "larr": 0x2190, "uarr": 0x2191, "rarr": 0x2192,
    "darr": 0x2193, "harr": 0x2194, "crarr": 0x21B5, "lArr": 0x21D0,
    "uArr": 0x21D1, "rArr": 0x21D2, "dArr": 0x21D3, "hArr": 0x21D4,
    "forall": 0x2200, "part": 0x2202, "exist": 0x2203, "empty": 0x2205,
    "nabla": 0x2207, "isin": 0x2208, "notin": 0x2209, "ni": 0x220B,
    "prod": 0x220F, "sum": 0x2211, "minus": 0x2212, "lowast": 0x2217,
    "radic": 0x221A, "prop": 0x221D, "infin": 0x221E, "ang": 0x2220,
    "and": 0x2227, "or": 0x2228, "cap": 0x2229, "cup": 0x222A,
    "int": 0x222B, "there4": 0x2234, "sim": 0x223C, "cong": 0x2245,
    "asymp": 0x2248, "ne": 0x2260, "equiv": 0x2261, "le": 0x2264,
    "ge": 0x2265, "sub": 0x2282, "sup": 0x2283, "nsub": 0x2284,
    "sube": 0x2286, "supe": 0x2287, "oplus": 0x2295, "otimes": 0x2297,
    "perp": 0x22A5, "sdot": 0x22C5, "lceil": 0x2308, "rceil": 0x2309,
    "lfloor": 0x230A, "rfloor": 0x230B, "lang": 0x27E8, "rang": 0x27E9,
    "loz": 0x25CA, "spades": 0x2660, "clubs": 0x2663, "hearts": 0x2665,
    "diams": 0x2666, "Tab": 0x9, "NewLine": 0xA,
}
_GREEK = ("Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda "
          "Mu Nu Xi Omicron Pi Rho _ Sigma Tau Upsilon Phi Chi Psi Omega").split()
for _i, _name in enumerate(_GREEK):
    if _name != "_":
        _OTHER[_name] = 0x391 + _i
        _OTHER[_name.lower()] = 0x3B1 + _i
_OTHER["sigmaf"] = 0x3C2
_OTHER["thetasym"] = 0x3D1
_OTHER["upsih"] = 0x3D2
_OTHER["piv"] = 0x3D6

# name (with ';' when required) -> replacement text
_ENTITIES = {}
for _name, _text in _LEGACY.items():
    _ENTITIES[_name] = _text
    _ENTITIES[_name + ";"] = _text
for _name, _cp in _OTHER.items():
    _ENTITIES[_name + ";"] = chr(_cp)
del _i, _name, _text, _cp

# Numeric references the HTML5 parser maps to something else.
_CHARREF_FIXUPS = {
    0x00: "\ufffd", 0x0D: "\r", 0x80: "\u20ac", 0x81: "\x81", 0x82: "\u201a",
    0x83: "\u0192", 0x84: "\u201e", 0x85: "\u2026", 0x86: "\u2020",
    0x87: "\u2021", 0x88: "\u02c6", 0x89: "\u2030", 0x8A: "\u0160",
    0x8B: "\u2039", 0x8C: "\u0152", 0x8D: "\x8d", 0x8E: "\u017d",
    0x8F: "\x8f", 0x90: "\x90", 0x91: "\u2018", 0x92: "\u2019",
    0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022", 0x96: "\u2013",
    0x97: "\u2014", 0x98: "\u02dc", 0x99: "\u2122", 0x9A: "\u0161",
    0x9B: "\u203a", 0x9C: "\u0153", 0x9D: "\x9d", 0x9E: "\u017e",
    0x9F: "\u0178",
}


def _dropped(cp: int) -> bool:
    """Code points a numeric reference may not produce (they vanish)."""
    return (0x1 <= cp <= 0x8 or cp == 0xB or 0xE <= cp <= 0x1F
            or 0x7F <= cp <= 0x9F or 0xFDD0 <= cp <= 0xFDEF
            or (cp & 0xFFFE) == 0xFFFE)


def _numeric(cp: int) -> str:
    if cp in _CHARREF_FIXUPS:
        return _CHARREF_FIXUPS[cp]
    if 0xD800 <= cp <= 0xDFFF or cp > 0x10FFFF:
        return "\ufffd"
    if _dropped(cp):
        return ""
    return chr(cp)


_DEC = "0123456789"
_HEXDIGITS = "0123456789abcdefABCDEF"
_NAME_STOP = "\t\n\f <&#;"


def _run(s: str, i: int, chars: str, limit: int = 0) -> int:
    n = len(s)
    j = i
    while j < n and s[j] in chars and (not limit or j - i < limit):
        j += 1
    return j


def _name_end(s: str, i: int) -> int:
    n = len(s)
    j = i
    while j < n and j - i < 32 and s[j] not in _NAME_STOP:
        j += 1
    return j


def _reference(s: str, i: int):
    """(replacement, end) for the reference starting at s[i] == '&', or None."""
    n = len(s)
    if i + 1 < n and s[i + 1] == "#":
        if i + 2 < n and s[i + 2] in "xX":
            j = _run(s, i + 3, _HEXDIGITS)
            if j == i + 3:
                return None
            cp = int(s[i + 3:j], 16)
        else:
            j = _run(s, i + 2, _DEC)
            if j == i + 2:
                return None
            cp = int(s[i + 2:j])
        if j < n and s[j] == ";":
            j += 1
        return _numeric(cp), j
    j = _name_end(s, i + 1)
    if j == i + 1:
        return None
    if j < n and s[j] == ";":
        j += 1
    name = s[i + 1:j]
    if name in _ENTITIES:
        return _ENTITIES[name], j
    # The longest prefix that is a name usable without ';'.
    for k in range(len(name) - 1, 1, -1):
        if name[:k] in _ENTITIES:
            return _ENTITIES[name[:k]] + name[k:], j
    return "&" + name, j


def unescape(s: str) -> str:
    """Replace character references (&gt;, &#62;, &#x3e; ...) by what they stand for."""
    if "&" not in s:
        return s
    out = []
    start = 0
    i = s.find("&")
    while i >= 0:
        ref = _reference(s, i)
        if ref is None:
            i = s.find("&", i + 1)
            continue
        out.append(s[start:i])
        out.append(ref[0])
        start = ref[1]
        i = s.find("&", start)
    out.append(s[start:])
    return "".join(out)

