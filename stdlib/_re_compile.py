# SPDX-License-Identifier: MIT
# Compiler for xenlet's re: turns the tree from _re_parse into a backtracking
# matcher made of small closures.  Each matcher is m(s, i, c) -> end of the
# whole match or -1; it knows its continuation (the matcher for what follows)
# at compile time.  `c` is a list of slots: c[0] the position where an empty
# match is not allowed (finditer's "must advance"), c[1] lastindex, c[2g] and
# c[2g+1] the span of group g, then scratch slots for groups and repeats.
# Every matcher restores the slots it changed when it fails, so one list
# serves a whole search.  Repeats of one character are loops (str.find for
# ".*"), so only repeats of larger subpatterns use the Python stack.

from _re_parse import error, width

_ASCII_DIGIT = frozenset("0123456789")
_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                        "0123456789_")
_ASCII_SPACE = frozenset(" \t\n\r\f\v")
_LATIN1 = [chr(o) for o in range(256)]


def _ok(s, i, c):
    return i


def _term(s, i, c):
    return -1 if i == c[0] else i


def _term_full(s, i, c):
    return i if i == len(s) else -1


# -- character classes --------------------------------------------------------

def _cat_test(cat: str, ascii: bool):
    low = cat.lower()
    if ascii:
        table = {"d": _ASCII_DIGIT, "w": _ASCII_WORD, "s": _ASCII_SPACE}[low]
        if cat == low:
            return lambda ch: ch in table
        return lambda ch: ch not in table
    if low == "d":
        f = str.isdecimal
    elif low == "s":
        f = str.isspace
    else:
        def f(ch):
            return ch == "_" or ch.isalnum()
    if cat == low:
        return f
    return lambda ch: not f(ch)


def _variants(ch: str):
    out = [ch]
    for v in (ch.lower(), ch.upper()):
        if len(v) == 1 and v not in out:
            out.append(v)
    return out


def charclass(node):
    """("eq", ch) | ("in", fset) | ("notin", fset) | ("fn", fset, test).

    For "fn", a character matches when it is in fset (precomputed for
    U+0000..U+00FF and explicit characters) or is above U+00FF and test(ch).
    """
    t = node[0]
    if t == "lit":
        ch = node[1]
        if not node[2]:
            return ("eq", ch)
        items = [("c", ch)]
        negate = False
        icase = True
        ascii = False
    elif t == "any":
        return ("all",) if node[1] else ("notin", frozenset("\n"))
    else:
        items, negate, icase, ascii = node[1], node[2], node[3], node[4]
    chars = set()
    ranges = []
    cats = []
    for it in items:
        if it[0] == "c":
            chars.add(it[1])
        elif it[0] == "r":
            ranges.append((ord(it[1]), ord(it[2])))
        else:
            cats.append(_cat_test(it[1], ascii))
    if ascii and icase:
        def variants(ch):
            if "a" <= ch <= "z" or "A" <= ch <= "Z":
                return [ch, ch.swapcase()]
            return [ch]
    else:
        variants = _variants

    def base(ch):
        if ch in chars:
            return True
        o = ord(ch)
        for lo, hi in ranges:
            if lo <= o <= hi:
                return True
        for f in cats:
            if f(ch):
                return True
        return False

    if icase:
        def full(ch):
            for v in variants(ch):
                if base(v):
                    return not negate
            return negate
    else:
        def full(ch):
            return base(ch) != negate

    if negate and not icase and not cats:
        size = 0
        for lo, hi in ranges:
            size += hi - lo + 1
        if size <= 512:
            excl = set(chars)
            for lo, hi in ranges:
                for o in range(lo, hi + 1):
                    excl.add(chr(o))
            return ("notin", frozenset(excl))
    fast = set()
    for ch in _LATIN1:
        if full(ch):
            fast.add(ch)
    if not negate:
        for ch in chars:
            for v in variants(ch):
                if full(v):
                    fast.add(v)
    needslow = negate or icase or (cats and not ascii)
    for lo, hi in ranges:
        if hi > 255:
            needslow = True
    if needslow and ascii and not negate:
        needslow = False
        for lo, hi in ranges:
            if hi > 255:
                needslow = True
    if not needslow:
        return ("in", frozenset(fast))
    return ("fn", frozenset(fast), full)


def _tester(kind):
    """A plain predicate ch -> bool for a charclass() result."""
    k = kind[0]
    if k == "eq":
        ch = kind[1]
        return lambda x: x == ch
    if k == "in":
        fs = kind[1]
        return lambda x: x in fs
    if k == "notin":
        fs = kind[1]
        return lambda x: x not in fs
    if k == "all":
        return lambda x: True
    fs, slow = kind[1], kind[2]
    return lambda x: x in fs or (x > "\xff" and slow(x))


def _scanner(kind):
    """scan(s, i, lim) -> first j >= i where the class stops matching."""
    k = kind[0]
    if k == "eq":
        ch = kind[1]

        def scan(s, i, lim):
            while i < lim and s[i] == ch:
                i += 1
            return i
    elif k == "in":
        fs = kind[1]

        def scan(s, i, lim):
            while i < lim and s[i] in fs:
                i += 1
            return i
    elif k == "notin":
        fs = kind[1]
        if len(fs) == 1:
            (ch,) = fs

            def scan(s, i, lim):
                j = s.find(ch, i, lim)
                return lim if j < 0 else j
        else:
            def scan(s, i, lim):
                while i < lim and s[i] not in fs:
                    i += 1
                return i
    elif k == "all":
        def scan(s, i, lim):
            return lim
    else:
        fs, slow = kind[1], kind[2]

        def scan(s, i, lim):
            while i < lim:
                x = s[i]
                if x in fs or (x > "\xff" and slow(x)):
                    i += 1
                else:
                    break
            return i
    return scan


# -- compiler -----------------------------------------------------------------

def _first_lit(node):
    """The character every match of node starts with, or None."""
    t = node[0]
    if t == "lit" and not node[2]:
        return node[1]
    if t == "str":
        return node[1][0]
    if t == "seq" and node[1]:
        return _first_lit(node[1][0])
    if t == "grp":
        return _first_lit(node[2])
    if t == "rep" and node[1] > 0:
        return _first_lit(node[4])
    return None


def _merge(items):
    """Join runs of case-sensitive literals into ("str", text) nodes."""
    out = []
    for it in items:
        if it[0] == "lit" and not it[2]:
            if out and out[-1][0] == "str":
                out[-1] = ("str", out[-1][1] + it[1])
                continue
            if out and out[-1][0] == "lit" and not out[-1][2]:
                out[-1] = ("str", out[-1][1] + it[1])
                continue
        out.append(it)
    return out


class Compiler:
    def __init__(self, ngroups: int):
        self.ngroups = ngroups
        self.nslots = 2 * (ngroups + 1)

    def alloc(self, k: int) -> int:
        at = self.nslots
        self.nslots += k
        return at

    def comp(self, node, nxt, hint=None):
        t = node[0]
        return getattr(self, "c_" + t)(node, nxt, hint)

    def c_seq(self, node, nxt, hint):
        items = _merge(node[1])
        k = nxt
        for idx in range(len(items) - 1, -1, -1):
            h = _first_lit(items[idx + 1]) if idx + 1 < len(items) else hint
            k = self.comp(items[idx], k, h)
        return k

    def c_str(self, node, nxt, hint):
        text = node[1]
        n = len(text)
        if n == 1:
            return self.c_lit(("lit", text, False), nxt, hint)

        def m(s, i, c):
            if s.startswith(text, i):
                return nxt(s, i + n, c)
            return -1
        return m

    def c_lit(self, node, nxt, hint):
        if node[2]:
            return self.c_set(node, nxt, hint)
        ch = node[1]

        def m(s, i, c):
            if i < len(s) and s[i] == ch:
                return nxt(s, i + 1, c)
            return -1
        return m

    def c_any(self, node, nxt, hint):
        if node[1]:
            def m(s, i, c):
                if i < len(s):
                    return nxt(s, i + 1, c)
                return -1
        else:
            def m(s, i, c):
                if i < len(s) and s[i] != "\n":
                    return nxt(s, i + 1, c)
                return -1
        return m

    def c_set(self, node, nxt, hint):
        kind = charclass(node)
        k = kind[0]
        if k == "in":
            fs = kind[1]

            def m(s, i, c):
                if i < len(s) and s[i] in fs:
                    return nxt(s, i + 1, c)
                return -1
        elif k == "notin":
            fs = kind[1]

            def m(s, i, c):
                if i < len(s) and s[i] not in fs:
                    return nxt(s, i + 1, c)
                return -1
        elif k == "eq":
            return self.c_lit(("lit", kind[1], False), nxt, hint)
        elif k == "all":
            return self.c_any(("any", True), nxt, hint)
        else:
            fs, slow = kind[1], kind[2]

            def m(s, i, c):
                if i < len(s):
                    x = s[i]
                    if x in fs or (x > "\xff" and slow(x)):
                        return nxt(s, i + 1, c)
                return -1
        return m

    def c_alt(self, node, nxt, hint):
        branches = [self.comp(b, nxt, hint) for b in node[1]]
        firsts = [_first_lit(b) for b in node[1]]
        if None not in firsts and len(branches) > 2:
            table = {}
            for ch, b in zip(firsts, branches):
                table.setdefault(ch, []).append(b)
            get = table.get

            def m(s, i, c):
                if i >= len(s):
                    return -1
                for b in get(s[i], ()):
                    r = b(s, i, c)
                    if r >= 0:
                        return r
                return -1
            return m
        if len(branches) == 2:
            b1, b2 = branches

            def m(s, i, c):
                r = b1(s, i, c)
                if r >= 0:
                    return r
                return b2(s, i, c)
            return m

        def m(s, i, c):
            for b in branches:
                r = b(s, i, c)
                if r >= 0:
                    return r
            return -1
        return m

    def c_grp(self, node, nxt, hint):
        g = node[1]
        a = 2 * g
        b = a + 1
        t = self.alloc(1)

        def close(s, i, c):
            o1 = c[a]
            o2 = c[b]
            o3 = c[1]
            c[a] = c[t]
            c[b] = i
            c[1] = g
            r = nxt(s, i, c)
            if r < 0:
                c[a] = o1
                c[b] = o2
                c[1] = o3
            return r
        body = self.comp(node[2], close, hint)

        def m(s, i, c):
            o = c[t]
            c[t] = i
            r = body(s, i, c)
            if r < 0:
                c[t] = o
            return r
        return m

    def c_rep(self, node, nxt, hint):
        lo, hi, kind, sub = node[1], node[2], node[3], node[4]
        if sub[0] in ("lit", "any", "set"):
            return self.rep_char(charclass(sub), lo, hi, kind, nxt, hint)
        if hi == 0:
            return nxt
        if kind == "p":
            return self.c_atomic(("atomic", ("rep", lo, hi, "g", sub)),
                                 nxt, hint)
        if _deterministic(sub):
            return self.rep_loop(sub, lo, hi, kind == "g", nxt)
        return self.rep_general(sub, lo, hi, kind == "g", nxt)

    def rep_loop(self, sub, lo, hi, greedy, nxt):
        """A repeat whose body matches at most one way: a loop, no stack."""
        body = self.comp(sub, _ok)
        groups = _has_groups(sub)
        if greedy:
            def m(s, i, c):
                saved = c[:]
                ends = [i]
                snaps = [saved] if groups else None
                cnt = 0
                j = i
                while hi is None or cnt < hi:
                    e = body(s, j, c)
                    if e < 0:
                        break
                    cnt += 1
                    ends.append(e)
                    if groups:
                        snaps.append(c[:])
                    if e == j and cnt >= lo:
                        break
                    j = e
                while cnt >= lo:
                    r = nxt(s, ends[cnt], c)
                    if r >= 0:
                        return r
                    cnt -= 1
                    if groups and cnt >= 0:
                        c[:] = snaps[cnt]
                c[:] = saved
                return -1
            return m

        def m(s, i, c):
            saved = c[:]
            cnt = 0
            j = i
            while True:
                if cnt >= lo:
                    r = nxt(s, j, c)
                    if r >= 0:
                        return r
                if hi is not None and cnt >= hi:
                    break
                e = body(s, j, c)
                if e < 0:
                    break
                cnt += 1
                if e == j and cnt > lo:
                    r = nxt(s, j, c)
                    if r >= 0:
                        return r
                    break
                j = e
            c[:] = saved
            return -1
        return m

    def rep_char(self, kind, lo, hi, how, nxt, hint):
        scan = _scanner(kind)
        if how == "p":
            def m(s, i, c):
                n = len(s)
                lim = n if hi is None or i + hi > n else i + hi
                j = scan(s, i, lim)
                if j - i < lo:
                    return -1
                return nxt(s, j, c)
            return m
        if how == "l":
            test = _tester(kind)

            def m(s, i, c):
                n = len(s)
                lim = n if hi is None or i + hi > n else i + hi
                j = i + lo
                if j > lim or (lo and scan(s, i, j) != j):
                    return -1
                while True:
                    r = nxt(s, j, c)
                    if r >= 0:
                        return r
                    if j >= lim or not test(s[j]):
                        return -1
                    j += 1
            return m
        if hint is not None:
            def m(s, i, c):
                n = len(s)
                lim = n if hi is None or i + hi > n else i + hi
                j = scan(s, i, lim)
                least = i + lo
                if j < least:
                    return -1
                while True:
                    j = s.rfind(hint, least, j + 1)
                    if j < 0:
                        return -1
                    r = nxt(s, j, c)
                    if r >= 0:
                        return r
                    j -= 1
            return m

        def m(s, i, c):
            n = len(s)
            lim = n if hi is None or i + hi > n else i + hi
            j = scan(s, i, lim)
            least = i + lo
            while j >= least:
                r = nxt(s, j, c)
                if r >= 0:
                    return r
                j -= 1
            return -1
        return m

    def rep_general(self, sub, lo, hi, greedy, nxt):
        k = self.alloc(2)
        k1 = k + 1
        body = None

        def step(s, i, c):
            cnt = c[k]
            if cnt < lo:
                old = c[k1]
                c[k1] = i
                r = body(s, i, c)
                if r < 0:
                    c[k1] = old
                return r
            if greedy:
                if (hi is None or cnt < hi) and i != c[k1]:
                    old = c[k1]
                    c[k1] = i
                    r = body(s, i, c)
                    if r >= 0:
                        return r
                    c[k1] = old
                return nxt(s, i, c)
            r = nxt(s, i, c)
            if r >= 0:
                return r
            if (hi is None or cnt < hi) and i != c[k1]:
                old = c[k1]
                c[k1] = i
                r = body(s, i, c)
                if r >= 0:
                    return r
                c[k1] = old
            return -1

        def after(s, i, c):
            c[k] += 1
            r = step(s, i, c)
            if r < 0:
                c[k] -= 1
            return r
        body = self.comp(sub, after)

        def enter(s, i, c):
            o1 = c[k]
            o2 = c[k1]
            c[k] = 0
            c[k1] = -1
            r = step(s, i, c)
            if r < 0:
                c[k] = o1
                c[k1] = o2
            return r
        return enter

    def c_at(self, node, nxt, hint):
        kind, flag = node[1], node[2]
        if kind == "bol":
            if flag:
                def m(s, i, c):
                    if i == 0 or s[i - 1] == "\n":
                        return nxt(s, i, c)
                    return -1
            else:
                def m(s, i, c):
                    return nxt(s, i, c) if i == 0 else -1
        elif kind == "eol":
            if flag:
                def m(s, i, c):
                    if i == len(s) or s[i] == "\n":
                        return nxt(s, i, c)
                    return -1
            else:
                def m(s, i, c):
                    n = len(s)
                    if i == n or (i == n - 1 and s[i] == "\n"):
                        return nxt(s, i, c)
                    return -1
        elif kind == "A":
            def m(s, i, c):
                return nxt(s, i, c) if i == 0 else -1
        elif kind == "Z":
            def m(s, i, c):
                return nxt(s, i, c) if i == len(s) else -1
        else:
            if flag:
                def word(ch):
                    return ch in _ASCII_WORD
            else:
                def word(ch):
                    return ch == "_" or ch.isalnum()
            want = kind == "b"

            def m(s, i, c):
                n = len(s)
                if n == 0:
                    return -1
                before = i > 0 and word(s[i - 1])
                after = i < n and word(s[i])
                if (before != after) == want:
                    return nxt(s, i, c)
                return -1
        return m

    def c_look(self, node, nxt, hint):
        behind, negate, sub = node[1], node[2], node[3]
        body = self.comp(sub, _ok)
        back = 0
        if behind:
            lo, hi = width(sub)
            if lo != hi:
                raise error("look-behind requires fixed-width pattern")
            back = lo
        if negate:
            def m(s, i, c):
                if i >= back:
                    saved = c[:]
                    if body(s, i - back, c) >= 0:
                        c[:] = saved
                        return -1
                return nxt(s, i, c)
            return m

        def m(s, i, c):
            if i < back:
                return -1
            saved = c[:]
            if body(s, i - back, c) < 0:
                return -1
            r = nxt(s, i, c)
            if r < 0:
                c[:] = saved
            return r
        return m

    def c_atomic(self, node, nxt, hint):
        body = self.comp(node[1], _ok)

        def m(s, i, c):
            saved = c[:]
            j = body(s, i, c)
            if j < 0:
                return -1
            r = nxt(s, j, c)
            if r < 0:
                c[:] = saved
            return r
        return m

    def c_ref(self, node, nxt, hint):
        a = 2 * node[1]
        b = a + 1
        if node[2]:
            def m(s, i, c):
                e = c[b]
                if e < 0:
                    return -1
                sub = s[c[a]:e]
                j = i + len(sub)
                if j <= len(s) and s[i:j].lower() == sub.lower():
                    return nxt(s, j, c)
                return -1
        else:
            def m(s, i, c):
                e = c[b]
                if e < 0:
                    return -1
                sub = s[c[a]:e]
                if s.startswith(sub, i):
                    return nxt(s, i + len(sub), c)
                return -1
        return m

    def c_cond(self, node, nxt, hint):
        b = 2 * node[1] + 1
        yes = self.comp(node[2], nxt)
        no = self.comp(node[3], nxt) if node[3] is not None else nxt

        def m(s, i, c):
            if c[b] >= 0:
                return yes(s, i, c)
            return no(s, i, c)
        return m


def _first_kind(node):
    """charclass() of the character every match of node starts with."""
    t = node[0]
    if t in ("lit", "set", "any"):
        return charclass(node)
    if t == "str":
        return ("eq", node[1][0])
    if t == "seq" and node[1]:
        return _first_kind(node[1][0])
    if t == "grp":
        return _first_kind(node[2])
    if t == "rep" and node[1] > 0:
        return _first_kind(node[4])
    if t == "atomic":
        return _first_kind(node[1])
    return None


def _disjoint(k1, k2) -> bool:
    if k1[0] != "eq" and k2[0] == "eq":
        k1, k2 = k2, k1
    if k1[0] == "eq":
        return not _tester(k2)(k1[1])
    if k1[0] == "notin" and k2[0] == "in":
        k1, k2 = k2, k1
    if k1[0] == "in" and k2[0] == "in":
        return not (k1[1] & k2[1])
    if k1[0] == "in" and k2[0] == "notin":
        return k1[1] <= k2[1]
    return False


def _deterministic(node) -> bool:
    """True when node can match in at most one way at a given position."""
    t = node[0]
    if t in ("lit", "str", "any", "set", "at", "look", "atomic", "ref"):
        return True
    if t == "seq":
        items = node[1]
        for idx in range(len(items)):
            it = items[idx]
            if _deterministic(it):
                continue
            # a run of one class followed by a character outside it can
            # only stop at the end of the run
            while it[0] == "grp":
                it = it[2]
            if it[0] == "rep" and it[4][0] in ("lit", "any", "set") and \
                    idx + 1 < len(items):
                k2 = _first_kind(items[idx + 1])
                if k2 is not None and _disjoint(charclass(it[4]), k2):
                    continue
            return False
        return True
    if t == "grp":
        return _deterministic(node[2])
    if t == "rep":
        if node[3] == "p":
            return True
        return node[1] == node[2] and _deterministic(node[4])
    if t == "cond":
        return _deterministic(node[2]) and (
            node[3] is None or _deterministic(node[3]))
    if t == "alt":
        kinds = []
        for b in node[1]:
            if not _deterministic(b):
                return False
            k = _first_kind(b)
            if k is None:
                return False
            for other in kinds:
                if not _disjoint(k, other):
                    return False
            kinds.append(k)
        return True
    return False


def _has_groups(node) -> bool:
    if node[0] == "grp":
        return True
    for x in node[1:]:
        if isinstance(x, tuple) and x and isinstance(x[0], str) and \
                _has_groups(x):
            return True
        if isinstance(x, list):
            for y in x:
                if isinstance(y, tuple) and _has_groups(y):
                    return True
    return False


# -- whole programs -----------------------------------------------------------

def _prefix(node):
    """(literal text every match starts with, whether node is all of it)."""
    t = node[0]
    if t == "lit":
        return ("", False) if node[2] else (node[1], True)
    if t == "seq":
        out = ""
        for it in node[1]:
            p, whole = _prefix(it)
            out += p
            if not whole:
                return out, False
        return out, True
    if t == "grp":
        p, whole = _prefix(node[2])
        return p, False
    if t == "rep" and node[1] > 0:
        return _prefix(node[4])[0], False
    if t == "atomic":
        return _prefix(node[1])[0], False
    return "", False


def _first_class(node):
    t = node[0]
    if t in ("lit", "set", "any"):
        return charclass(node)
    if t == "seq" and node[1]:
        return _first_class(node[1][0])
    if t == "grp":
        return _first_class(node[2])
    if t == "rep" and node[1] > 0:
        return _first_class(node[4])
    if t == "alt":
        kinds = [_first_class(b) for b in node[1]]
        fs = set()
        for k in kinds:
            if k is None or k[0] not in ("eq", "in"):
                return None
            if k[0] == "eq":
                fs.add(k[1])
            else:
                fs.update(k[1])
        return ("in", frozenset(fs))
    return None


def _anchored(node):
    t = node[0]
    if t == "at":
        return node[1] == "A" or (node[1] == "bol" and not node[2])
    if t == "seq" and node[1]:
        return _anchored(node[1][0])
    if t == "grp":
        return _anchored(node[2])
    return False


def _starts_bol_m(node):
    t = node[0]
    if t == "at":
        return node[1] == "bol" and node[2]
    if t == "seq" and node[1]:
        return _starts_bol_m(node[1][0])
    if t == "grp":
        return _starts_bol_m(node[2])
    return False


class Program:
    """A compiled pattern: matchers plus what search uses to skip ahead."""

    def __init__(self, tree, ngroups: int):
        self.tree = tree
        self.ngroups = ngroups
        comp = Compiler(ngroups)
        self.m = comp.comp(tree, _term)
        self._full = None
        self.nslots = comp.nslots
        self.prefix = _prefix(tree)[0]
        self.anchored = _anchored(tree)
        self.bol_m = _starts_bol_m(tree)
        self.first = None
        if not self.prefix:
            fc = _first_class(tree)
            if fc is not None and fc[0] != "all":
                self.first = fc

    def full(self):
        if self._full is None:
            comp = Compiler(self.ngroups)
            self._full = comp.comp(self.tree, _term_full)
            self.nslots = max(self.nslots, comp.nslots)
        return self._full

    def slots(self):
        return [-1] * self.nslots

    def search(self, s: str, pos: int, c: list) -> int:
        """(start, end) of the first match at or after pos, or None.

        c is a fresh slot list (c[0] already set); on success it holds the
        groups of the match found.
        """
        m = self.m
        n = len(s)
        if self.anchored:
            r = m(s, pos, c)
            return (pos, r) if r >= 0 else None
        prefix = self.prefix
        i = pos
        if prefix:
            while True:
                i = s.find(prefix, i)
                if i < 0:
                    return None
                r = m(s, i, c)
                if r >= 0:
                    return (i, r)
                i += 1
        if self.bol_m:
            while i <= n:
                if i == 0 or s[i - 1] == "\n":
                    r = m(s, i, c)
                    if r >= 0:
                        return (i, r)
                i = s.find("\n", i) + 1
                if i == 0:
                    return None
            return None
        first = self.first
        if first is not None:
            k = first[0]
            if k == "eq":
                ch = first[1]
                while True:
                    i = s.find(ch, i)
                    if i < 0:
                        return None
                    r = m(s, i, c)
                    if r >= 0:
                        return (i, r)
                    i += 1
            if k == "in":
                fs = first[1]
                while i < n:
                    if s[i] in fs:
                        r = m(s, i, c)
                        if r >= 0:
                            return (i, r)
                    i += 1
                return None
            if k == "fn":
                fs = first[1]
                slow = first[2]
                while i < n:
                    x = s[i]
                    if x in fs or (x > "\xff" and slow(x)):
                        r = m(s, i, c)
                        if r >= 0:
                            return (i, r)
                    i += 1
                return None
            test = _tester(first)
            while i < n:
                if test(s[i]):
                    r = m(s, i, c)
                    if r >= 0:
                        return (i, r)
                i += 1
            return None
        while i <= n:
            r = m(s, i, c)
            if r >= 0:
                return (i, r)
            i += 1
        return None
