# SPDX-License-Identifier: MIT
# Pattern parser for xenlet's re: turns a regular expression (a str, or a
# bytes pattern decoded as latin-1) into a small tree of tuples that
# _re_compile turns into matcher closures.  Promises CPython 3.11's syntax
# for the subset re supports, and re.error with CPython's message and
# position for the malformed patterns people write.
#
# Nodes (flags that change matching are stored in the node itself, so
# scoped flags like (?i:...) need no run-time state):
#   ("lit", ch, icase)              one character
#   ("any", dotall)                 .
#   ("set", items, negate, icase, ascii)   items: ("c", ch) ("r", lo, hi)
#                                   ("cat", letter) with letter in "dDwWsS"
#   ("seq", [nodes])   ("alt", [nodes])   ("grp", gid, node)
#   ("rep", lo, hi or None, kind, node)   kind: "g" greedy, "l" lazy,
#                                   "p" possessive
#   ("at", kind, flag)              kind: bol eol A Z b B
#   ("look", behind, negate, node)  ("atomic", node)
#   ("ref", gid, icase)             ("cond", gid, yes, no)

I, L, M, S, U, X, A = 2, 4, 8, 16, 32, 64, 256

_FLAGCHARS = {"i": I, "L": L, "m": M, "s": S, "u": U, "x": X, "a": A}
_WS = " \t\n\r\v\f"
_OCT = "01234567"
_DIGITS = "0123456789"
_HEX = "0123456789abcdefABCDEF"
_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
            "t": "\t", "v": "\v", "\\": "\\"}
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


class error(Exception):
    """re.error: msg, pattern, pos, lineno and colno as in CPython."""

    __module__ = "re"

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            nl = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno,
                                                   self.colno)
        Exception.__init__(self, msg)


class _Parser:
    def __init__(self, pattern, text: str, flags: int, isbytes: bool):
        self.pattern = pattern
        self.p = text
        self.i = 0
        self.n = len(text)
        self.flags = flags
        self.isbytes = isbytes
        self.ngroups = 0
        self.names = {}
        self.open = []
        self.condrefs = []
        self.lookbehind = None   # group count when the outermost
        # lookbehind started (refs to later groups are errors there)

    def err(self, msg, pos):
        raise error(msg, self.pattern, pos)

    def peek(self):
        return self.p[self.i] if self.i < self.n else ""

    # -- alternation and sequences ---------------------------------------

    def alt(self, fl: int, depth: int):
        branches = [self.seq(fl, depth, True)]
        while self.i < self.n and self.p[self.i] == "|":
            self.i += 1
            branches.append(self.seq(fl, depth, False))
        if len(branches) == 1:
            return branches[0]
        return ("alt", branches)

    def seq(self, fl: int, depth: int, first_branch: bool):
        items = []
        p = self.p
        n = self.n
        while True:
            if fl & X:
                while self.i < n:
                    ch = p[self.i]
                    if ch in _WS:
                        self.i += 1
                    elif ch == "#":
                        j = p.find("\n", self.i)
                        self.i = n if j < 0 else j + 1
                    else:
                        break
            if self.i >= n:
                break
            start = self.i
            ch = p[start]
            if ch == "|" or ch == ")":
                break
            self.i += 1
            if ch in "*+?{":
                if ch == "{":
                    q = self.brace()
                    if q is None:
                        items.append(("lit", "{", bool(fl & I)))
                        continue
                    lo, hi = q
                else:
                    lo, hi = {"*": (0, None), "+": (1, None),
                              "?": (0, 1)}[ch]
                if not items or items[-1][0] == "at":
                    self.err("nothing to repeat", start)
                last = items[-1]
                if last[0] == "rep" and len(last) == 6:
                    self.err("multiple repeat", start)
                kind = "g"
                nx = self.peek()
                if nx == "?":
                    kind = "l"
                    self.i += 1
                elif nx == "+":
                    kind = "p"
                    self.i += 1
                items[-1] = ("rep", lo, hi, kind, last, True)
                continue
            if ch == ".":
                items.append(("any", bool(fl & S)))
            elif ch == "^":
                items.append(("at", "bol", bool(fl & M)))
            elif ch == "$":
                items.append(("at", "eol", bool(fl & M)))
            elif ch == "[":
                items.append(self.charset(fl, start))
            elif ch == "\\":
                items.append(self.escape(fl, start))
            elif ch == "(":
                node = self.group(fl, depth, start,
                                  first_branch and not items and depth == 0)
                if node is None:
                    continue
                if isinstance(node, int):     # global flags
                    fl |= node
                    continue
                items.append(node)
            else:
                items.append(("lit", ch, bool(fl & I)))
        # strip the parser-only marker from repeats
        out = []
        for it in items:
            if it[0] == "rep":
                it = it[:5]
            out.append(it)
        if len(out) == 1:
            return out[0]
        return ("seq", out)

    def brace(self):
        """Parse {m}, {m,}, {,n}, {m,n} after the "{"; None if literal."""
        p = self.p
        save = self.i
        j = self.i
        while j < self.n and p[j] in _DIGITS:
            j += 1
        lo = p[self.i:j]
        hi = lo
        if j < self.n and p[j] == ",":
            k = j + 1
            while k < self.n and p[k] in _DIGITS:
                k += 1
            hi = p[j + 1:k]
            j = k
        if j >= self.n or p[j] != "}" or (lo == "" and hi == "" and
                                           p[save:j] == ""):
            self.i = save
            return None
        self.i = j + 1
        lo_v = int(lo) if lo else 0
        hi_v = int(hi) if hi else None
        if hi_v is not None and hi_v < lo_v:
            self.err("min repeat greater than max repeat", save)
        return lo_v, hi_v

    # -- escapes -----------------------------------------------------------

    def escape(self, fl: int, start: int):
        p = self.p
        if self.i >= self.n:
            self.err("bad escape (end of pattern)", start)
        c = p[self.i]
        self.i += 1
        ic = bool(fl & I)
        if c in "dDwWsS":
            return ("set", [("cat", c)], False, ic, self.ascii(fl))
        if c == "A":
            return ("at", "A", False)
        if c == "Z":
            return ("at", "Z", False)
        if c == "b":
            return ("at", "b", self.ascii(fl))
        if c == "B":
            return ("at", "B", self.ascii(fl))
        if c in _DIGITS:
            if c == "0":
                return ("lit", self.octal(c, 2), ic)
            if (self.i + 1 < self.n and c in _OCT and p[self.i] in _OCT
                    and p[self.i + 1] in _OCT):
                digits = c + p[self.i:self.i + 2]
                self.i += 2
                v = int(digits, 8)
                if v > 0o377:
                    self.err("octal escape value \\%s outside of range "
                             "0-0o377" % digits, start)
                return ("lit", chr(v), ic)
            digits = c
            if self.i < self.n and p[self.i] in _DIGITS:
                digits += p[self.i]
                self.i += 1
            gid = int(digits)
            self.check_ref(gid, start + 1)
            return ("ref", gid, ic)
        return ("lit", self.char_escape(c, start), ic)

    def ascii(self, fl: int) -> bool:
        return self.isbytes or bool(fl & A)

    def octal(self, first: str, more: int) -> str:
        digits = first
        while more and self.i < self.n and self.p[self.i] in _OCT:
            digits += self.p[self.i]
            self.i += 1
            more -= 1
        return chr(int(digits, 8))

    def char_escape(self, c: str, start: int) -> str:
        """A one-character escape (after the backslash and c)."""
        if c in _ESCAPES:
            return _ESCAPES[c]
        if c == "x" or (not self.isbytes and c in "uU"):
            width = {"x": 2, "u": 4, "U": 8}[c]
            digits = self.p[self.i:self.i + width]
            ok = len(digits) == width
            for d in digits:
                if d not in _HEX:
                    ok = False
            if not ok:
                k = 0
                while k < len(digits) and digits[k] in _HEX:
                    k += 1
                self.err("incomplete escape \\%s%s" % (c, digits[:k]), start)
            self.i += width
            v = int(digits, 16)
            if v > 0x10FFFF:
                self.err("bad escape \\%s%s" % (c, digits), start)
            return chr(v)
        if c in _ASCII_LETTERS or c in _DIGITS:
            self.err("bad escape \\" + c, start)
        return c

    def check_ref(self, gid: int, pos: int):
        if gid >= self.ngroups + 1 or gid == 0:
            self.err("invalid group reference %d" % gid, pos)
        if gid in self.open:
            self.err("cannot refer to an open group", pos - 1)
        if self.lookbehind is not None and gid > self.lookbehind:
            self.err("cannot refer to group defined in the same "
                     "lookbehind subpattern", pos - 1)

    # -- character sets -----------------------------------------------------

    def charset(self, fl: int, start: int):
        p = self.p
        negate = False
        if self.peek() == "^":
            negate = True
            self.i += 1
        items = []
        first = True
        while True:
            if self.i >= self.n:
                self.err("unterminated character set", start)
            here = self.i
            c = p[here]
            self.i += 1
            if c == "]" and not first:
                break
            first = False
            if c == "\\":
                lo = self.set_escape(here)
            else:
                lo = ("c", c)
            if self.peek() == "-" and self.i + 1 < self.n and \
                    p[self.i + 1] != "]":
                self.i += 1
                here2 = self.i
                c2 = p[here2]
                self.i += 1
                if c2 == "\\":
                    hi = self.set_escape(here2)
                else:
                    hi = ("c", c2)
                if lo[0] != "c" or hi[0] != "c":
                    self.err("bad character range %s" % p[here:self.i], here)
                if hi[1] < lo[1]:
                    self.err("bad character range %s" % p[here:self.i], here)
                items.append(("r", lo[1], hi[1]))
            else:
                items.append(lo)
        return ("set", items, negate, bool(fl & I), self.ascii(fl))

    def set_escape(self, start: int):
        if self.i >= self.n:
            self.err("unterminated character set", start)
        c = self.p[self.i]
        self.i += 1
        if c in "dDwWsS":
            return ("cat", c)
        if c in _OCT:
            return ("c", self.octal(c, 2))
        if c in "89":
            self.err("bad escape \\" + c, start)
        return ("c", self.char_escape(c, start))

    # -- groups --------------------------------------------------------------

    def group(self, fl: int, depth: int, start: int, at_start: bool):
        p = self.p
        gid = None
        name = None
        if self.peek() != "?":
            return self.capture(fl, depth, start, None)
        self.i += 1
        if self.i >= self.n:
            self.err("unexpected end of pattern", self.i)
        c = p[self.i]
        self.i += 1
        if c == ":":
            body = self.finish(fl, depth, start, None)
            return ("seq", [body]) if body[0] == "at" else body
        if c == "P":
            if self.i >= self.n:
                self.err("unexpected end of pattern", self.i)
            c2 = p[self.i]
            self.i += 1
            if c2 == "<":
                name = self.name(">")
                return self.capture(fl, depth, start, name)
            if c2 == "=":
                pos = self.i
                name = self.name(")")
                if name not in self.names:
                    self.err("unknown group name '%s'" % name, pos)
                gid = self.names[name]
                if gid in self.open:
                    self.err("cannot refer to an open group", pos)
                return ("ref", gid, bool(fl & I))
            self.err("unknown extension ?P" + c2, start + 1)
        if c in "=!":
            body = self.finish(fl, depth, start, None)
            return ("look", False, c == "!", body)
        if c == "<":
            if self.i >= self.n:
                self.err("unexpected end of pattern", self.i)
            c2 = p[self.i]
            self.i += 1
            if c2 not in "=!":
                self.err("unknown extension ?<" + c2, start + 1)
            outer = self.lookbehind
            if outer is None:
                self.lookbehind = self.ngroups
            body = self.finish(fl, depth, start, None)
            self.lookbehind = outer
            return ("look", True, c2 == "!", body)
        if c == "#":
            j = p.find(")", self.i)
            if j < 0:
                self.err("missing ), unterminated comment", start)
            self.i = j + 1
            return None
        if c == ">":
            return ("atomic", self.finish(fl, depth, start, None))
        if c == "(":
            return self.conditional(fl, depth, start)
        if c in _FLAGCHARS or c == "-":
            self.i -= 1
            return self.flags_group(fl, depth, start, at_start)
        self.err("unknown extension ?" + c, start + 1)

    def name(self, end: str) -> str:
        pos = self.i
        j = self.p.find(end, pos)
        if pos >= self.n or j == pos:
            self.err("missing group name", pos)
        if j < 0:
            self.err("missing %s, unterminated name" % end, pos)
        name = self.p[pos:j]
        if not name:
            self.err("missing group name", pos)
        if not name.isidentifier() or (self.isbytes and not name.isascii()):
            self.err("bad character in group name '%s'" % name, pos)
        self.i = j + 1
        return name

    def capture(self, fl, depth, start, name):
        self.ngroups += 1
        gid = self.ngroups
        if name is not None:
            if name in self.names:
                self.err("redefinition of group name '%s' as group %d; was "
                         "group %d" % (name, gid, self.names[name]),
                         self.i - len(name) - 1)
            self.names[name] = gid
        self.open.append(gid)
        body = self.finish(fl, depth, start, None)
        self.open.remove(gid)
        return ("grp", gid, body)

    def finish(self, fl, depth, start, _unused):
        body = self.alt(fl, depth + 1)
        if self.i >= self.n or self.p[self.i] != ")":
            self.err("missing ), unterminated subpattern", start)
        self.i += 1
        return body

    def conditional(self, fl, depth, start):
        pos = self.i
        j = self.p.find(")", pos)
        if j < 0:
            self.err("missing ), unterminated name", pos)
        ref = self.p[pos:j]
        if not ref:
            self.err("missing group name", pos)
        if ref.isdigit() and ref.isascii():
            gid = int(ref)
            if gid == 0:
                self.err("bad group number", pos)
            self.condrefs.append((gid, pos))
        elif ref.isidentifier():
            if ref not in self.names:
                self.err("unknown group name '%s'" % ref, pos)
            gid = self.names[ref]
        else:
            self.err("bad character in group name '%s'" % ref, pos)
        self.i = j + 1
        yes = self.seq(fl, depth + 1, False)
        no = None
        if self.peek() == "|":
            self.i += 1
            no = self.seq(fl, depth + 1, False)
            if self.peek() == "|":
                self.err("conditional backref with more than two branches",
                         self.i)
        if self.peek() != ")":
            self.err("missing ), unterminated subpattern", start)
        self.i += 1
        return ("cond", gid, yes, no)

    def flags_group(self, fl, depth, start, at_start):
        p = self.p
        add = 0
        sub = 0
        while self.i < self.n and p[self.i] in _FLAGCHARS:
            f = _FLAGCHARS[p[self.i]]
            self.i += 1
            if f == L and not self.isbytes:
                self.err("bad inline flags: cannot use 'L' flag with a str "
                         "pattern", self.i)
            if f == U and self.isbytes:
                self.err("bad inline flags: cannot use 'u' flag with a bytes "
                         "pattern", self.i)
            add |= f
        if self.i >= self.n:
            self.err("missing -, : or )", self.i)
        c = p[self.i]
        self.i += 1
        if c == ")":
            if (add & A) and ((add | self.flags) & U):
                raise ValueError("ASCII and UNICODE flags are incompatible")
            if not at_start:
                self.err("global flags not at the start of the expression",
                         start)
            self.flags |= add
            return add
        if c == "-":
            if self.i >= self.n or p[self.i] not in _FLAGCHARS:
                if self.i < self.n and p[self.i] not in ":)":
                    self.err("unknown flag", self.i)
                self.err("missing flag", self.i)
            while self.i < self.n and p[self.i] in _FLAGCHARS:
                f = _FLAGCHARS[p[self.i]]
                self.i += 1
                if f in (A, U, L):
                    self.err("bad inline flags: cannot turn off flags 'a', "
                             "'u' and 'L'", self.i)
                if f & add:
                    self.err("bad inline flags: flag turned on and off",
                             self.i)
                sub |= f
            if self.i >= self.n:
                self.err("missing :", self.i)
            c = p[self.i]
            self.i += 1
        if c != ":":
            if c in _ASCII_LETTERS:
                self.err("unknown flag", self.i - 1)
            self.err("missing :" if sub or c == ")" else "missing -, : or )",
                     self.i - 1)
        new = (fl | add) & ~sub
        if add & A:
            new &= ~U
        return self.finish(new, depth, start, None)


def parse(pattern, text: str, flags: int, isbytes: bool):
    """Return (tree, flags, ngroups, {name: gid}) for the pattern text."""
    P = _Parser(pattern, text, flags, isbytes)
    tree = P.alt(flags, 0)
    if P.i < P.n:
        P.err("unbalanced parenthesis", P.i)
    for gid, pos in P.condrefs:
        if gid > P.ngroups:
            P.err("invalid group reference %d" % gid, pos)
    if P.flags & A and P.flags & U:
        raise ValueError("ASCII and UNICODE flags are incompatible")
    return tree, P.flags, P.ngroups, P.names


def width(node):
    """(min, max) characters a node can match; max None when unbounded."""
    t = node[0]
    if t in ("lit", "any", "set"):
        return 1, 1
    if t in ("at", "look"):
        return 0, 0
    if t == "seq":
        lo = hi = 0
        for sub in node[1]:
            a, b = width(sub)
            lo += a
            hi = None if hi is None or b is None else hi + b
        return lo, hi
    if t == "alt":
        lo = None
        hi = 0
        for sub in node[1]:
            a, b = width(sub)
            lo = a if lo is None else min(lo, a)
            hi = None if hi is None or b is None else max(hi, b)
        return lo, hi
    if t in ("grp",):
        return width(node[2])
    if t == "atomic":
        return width(node[1])
    if t == "rep":
        a, b = width(node[4])
        hi = None if node[2] is None or b is None else b * node[2]
        return a * node[1], hi
    if t == "ref":
        return 0, None
    if t == "cond":
        a, b = width(node[2])
        c, d = width(node[3]) if node[3] is not None else (0, 0)
        return min(a, c), None if b is None or d is None else max(b, d)
    return 0, None
