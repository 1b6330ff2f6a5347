# SPDX-License-Identifier: MIT
# datetime.strptime's parser, apart from datetime.py because few programs
# need it (datetime imports it on first use).  It matches
# the format's directives with the alternatives and the order of CPython's
# regular expressions (so ambiguous input like "%Y%m%d" splits the same
# way), case-insensitively, and returns the fields it found (the year is
# None when the format has none); datetime.strptime resolves the date and
# makes the object.  Directives: %Y %m %d %H %M %S %f %z %Z %j %a %A %b %B
# %p %I %y %w %u %%; the others are refused as bad directives.

_FULLDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday",
             "saturday", "sunday")
_FULLMONTHS = ("january", "february", "march", "april", "may", "june",
               "july", "august", "september", "october", "november",
               "december")

def _num_candidates(c, s, i):
    """End positions of directive c's regex alternatives at s[i:], in the
    order CPython's regex would try them."""
    n = len(s)

    def dig(k):
        return k < n and "0" <= s[k] <= "9"

    def inr(k, lo, hi):
        return k < n and lo <= s[k] <= hi

    out = []
    if c == "Y":
        if dig(i) and dig(i + 1) and dig(i + 2) and dig(i + 3):
            out.append(i + 4)
    elif c == "y":
        if dig(i) and dig(i + 1):
            out.append(i + 2)
    elif c == "m" or c == "I":
        if inr(i, "1", "1") and inr(i + 1, "0", "2"):
            out.append(i + 2)
        if inr(i, "0", "0") and inr(i + 1, "1", "9"):
            out.append(i + 2)
        if inr(i, "1", "9"):
            out.append(i + 1)
    elif c == "d":
        if inr(i, "3", "3") and inr(i + 1, "0", "1"):
            out.append(i + 2)
        if inr(i, "1", "2") and dig(i + 1):
            out.append(i + 2)
        if inr(i, "0", "0") and inr(i + 1, "1", "9"):
            out.append(i + 2)
        if inr(i, "1", "9"):
            out.append(i + 1)
        if inr(i, " ", " ") and inr(i + 1, "1", "9"):
            out.append(i + 2)
    elif c == "H":
        if inr(i, "2", "2") and inr(i + 1, "0", "3"):
            out.append(i + 2)
        if inr(i, "0", "1") and dig(i + 1):
            out.append(i + 2)
        if dig(i):
            out.append(i + 1)
    elif c == "M":
        if inr(i, "0", "5") and dig(i + 1):
            out.append(i + 2)
        if dig(i):
            out.append(i + 1)
    elif c == "S":
        if inr(i, "6", "6") and inr(i + 1, "0", "1"):
            out.append(i + 2)
        if inr(i, "0", "5") and dig(i + 1):
            out.append(i + 2)
        if dig(i):
            out.append(i + 1)
    elif c == "f":
        k = i
        while k < n and k - i < 6 and dig(k):
            k += 1
        while k > i:
            out.append(k)
            k -= 1
    elif c == "j":
        if inr(i, "3", "3") and inr(i + 1, "6", "6") and inr(i + 2, "0", "6"):
            out.append(i + 3)
        if inr(i, "3", "3") and inr(i + 1, "0", "5") and dig(i + 2):
            out.append(i + 3)
        if inr(i, "1", "2") and dig(i + 1) and dig(i + 2):
            out.append(i + 3)
        if inr(i, "0", "0") and inr(i + 1, "1", "9") and dig(i + 2):
            out.append(i + 3)
        if (inr(i, "0", "0") and inr(i + 1, "0", "0")
                and inr(i + 2, "1", "9")):
            out.append(i + 3)
        if inr(i, "1", "9") and dig(i + 1):
            out.append(i + 2)
        if inr(i, "0", "0") and inr(i + 1, "1", "9"):
            out.append(i + 2)
        if inr(i, "1", "9"):
            out.append(i + 1)
    elif c == "w":
        if inr(i, "0", "6"):
            out.append(i + 1)
    elif c == "u":
        if inr(i, "1", "7"):
            out.append(i + 1)
    elif c == "z":
        if i < n and s[i] in "+-" and dig(i + 1) and dig(i + 2):
            k = i + 3
            if k < n and s[k] == ":":
                k += 1
            if inr(k, "0", "5") and dig(k + 1):
                k += 2
                # optional [:]SS[.f{1,6}], longest first
                j = k + 1 if k < n and s[k] == ":" else k
                if inr(j, "0", "5") and dig(j + 1):
                    j += 2
                    if j < n and s[j] == "." and dig(j + 1):
                        e = j + 1
                        while e < n and e - j <= 6 and dig(e):
                            e += 1
                        while e > j + 1:
                            out.append(e)
                            e -= 1
                    out.append(j)
                out.append(k)
        if i < n and s[i] == "Z":
            out.append(i + 1)
    return out


def _name_candidates(names, s, i):
    """End positions of the names (lower case, longest first) matching
    s[i:] case-insensitively."""
    out = []
    low = s[i:i + 9].lower()
    for nm in names:
        if low.startswith(nm):
            out.append(i + len(nm))
    return out


def _by_len(names):
    return sorted(names, key=len, reverse=True)


_STRP_NAMES = {
    "a": _by_len([d[:3] for d in _FULLDAYS]),
    "A": _by_len(list(_FULLDAYS)),
    "b": _by_len([m[:3] for m in _FULLMONTHS]),
    "B": _by_len(list(_FULLMONTHS)),
    "p": ["am", "pm"],
    "Z": ["utc", "gmt"],
}
_STRP_NUMERIC = "YymdHIMSfjwuz"


def _strp_compile(fmt):
    """Tokens: ('l', char) literal, ('s',) whitespace run, ('d', c)."""
    toks = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            i += 2
            if d == "%":
                toks.append(("l", "%"))
            elif d in _STRP_NUMERIC or d in _STRP_NAMES:
                toks.append(("d", d))
            else:
                raise ValueError("'%s' is a bad directive in format '%s'"
                                 % ("%" if d == "\\" else d, fmt))
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            toks.append(("s", None))
        else:
            toks.append(("l", c))
            i += 1
    return toks


def _strp_match(toks, t, s, i, found):
    """Backtracking match of toks[t:] against s[i:]; returns the end
    position or -1, filling found with directive -> text."""
    while t < len(toks):
        kind, c = toks[t]
        if kind == "l":
            if i < len(s) and (s[i] == c or s[i].lower() == c.lower()):
                i += 1
                t += 1
                continue
            return -1
        if kind == "s":
            k = i
            while k < len(s) and s[k].isspace():
                k += 1
            if k == i:
                return -1
            # greedy, giving back whitespace if what follows needs it
            while k > i:
                r = _strp_match(toks, t + 1, s, k, found)
                if r >= 0:
                    return r
                k -= 1
            return -1
        if c in _STRP_NAMES:
            ends = _name_candidates(_STRP_NAMES[c], s, i)
        else:
            ends = _num_candidates(c, s, i)
        for e in ends:
            r = _strp_match(toks, t + 1, s, e, found)
            if r >= 0:
                found[c] = s[i:e]
                return r
        return -1
    return i


def strptime_fields(data, fmt):
    toks = _strp_compile(fmt)
    found = {}
    end = _strp_match(toks, 0, data, 0, found)
    if end < 0:
        raise ValueError("time data %r does not match format %r"
                         % (data, fmt))
    if end != len(data):
        raise ValueError("unconverted data remains: %s" % data[end:])
    year = None
    month = day = 1
    hour = minute = second = fraction = 0
    off = None
    offus = 0
    julian = None
    # directives in format order, as CPython's group dict iterates
    for kind, c in toks:
        if kind != "d" or c not in found:
            continue
        v = found[c]
        if c == "y":
            year = int(v)
            year += 2000 if year <= 68 else 1900
        elif c == "Y":
            year = int(v)
        elif c == "m":
            month = int(v)
        elif c == "B":
            month = _FULLMONTHS.index(v.lower()) + 1
        elif c == "b":
            month = [m[:3] for m in _FULLMONTHS].index(v.lower()) + 1
        elif c == "d":
            day = int(v)
        elif c == "H":
            hour = int(v)
        elif c == "I":
            hour = int(v)
            ampm = found.get("p", "").lower()
            if ampm in ("", "am"):
                if hour == 12:
                    hour = 0
            elif ampm == "pm":
                if hour != 12:
                    hour += 12
        elif c == "M":
            minute = int(v)
        elif c == "S":
            second = int(v)
        elif c == "f":
            fraction = int(v + "0" * (6 - len(v)))
        elif c == "j":
            julian = int(v)
        elif c == "z":
            z = v
            if z == "Z":
                off = 0
                offus = 0
            else:
                if z[3] == ":":
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ":":
                            raise ValueError("Inconsistent use of : in %s"
                                             % v)
                        z = z[:5] + z[6:]
                off = int(z[1:3]) * 3600 + int(z[3:5]) * 60 + int(z[5:7] or 0)
                rest = z[8:]
                offus = int(rest + "0" * (6 - len(rest)))
                if z[0] == "-":
                    off = -off
                    offus = -offus
    zname = found.get("Z")
    return (year, month, day, julian, hour, minute, second, fraction, off,
            offus, zname)
