# SPDX-License-Identifier: MIT
# xenlet's fnmatch: Unix shell-style wildcards.  '*' matches any run of
# characters (newlines too), '?' one character, '[seq]' one character in
# seq (ranges like a-z; '[!seq]' negates; a ']' or '-' first, or a '-'
# last, is literal; reversed ranges match nothing) and an unclosed '['
# is a literal '['.  Patterns are matched directly, not through `re`,
# with the same results as CPython; translate() is not provided.  Names
# are case-sensitive, as os.path.normcase is on POSIX.

__all__ = ["filter", "fnmatch", "fnmatchcase"]

_cache = {}


def _parse_set(pat: str, i: int, j: int):
    """The set pat[i:j] (between '[' and ']') as (negate, singles, ranges)."""
    if "-" not in pat[i:j]:
        chunks = [pat[i:j]]
    else:
        # Split at the hyphens that form ranges; a hyphen right after '['
        # (or '[!') or right after a range is literal.
        chunks = []
        k = i + 2 if pat[i] == "!" else i + 1
        while True:
            k = pat.find("-", k, j)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        chunk = pat[i:j]
        if chunk:
            chunks.append(chunk)
        else:
            chunks[-1] += "-"
        # Drop empty ranges (z-a).
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
    text = "-".join(chunks)
    if not text:
        return None  # never matches
    negate = text[0] == "!"
    if negate:
        chunks[0] = chunks[0][1:]
    # Read the set as a regex class would: None marks a range hyphen.
    tokens = []
    for n, chunk in enumerate(chunks):
        if n:
            tokens.append(None)
        tokens.extend(chunk)
    singles = set()
    ranges = []
    k = 0
    while k < len(tokens):
        t = tokens[k]
        if (t is not None and k + 2 < len(tokens) and tokens[k + 1] is None
                and tokens[k + 2] is not None):
            ranges.append((t, tokens[k + 2]))
            k += 3
            continue
        singles.add("-" if t is None else t)
        k += 1
    return negate, frozenset(singles), tuple(ranges)


def _compile(pat: str) -> list:
    """pat as a list of items: '*', '?', a literal str, or a set tuple."""
    items = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not items or items[-1] != "*":
                items.append("*")
        elif c == "?":
            items.append("?")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            while j < n and pat[j] != "]":
                j += 1
            if j >= n:
                items.append("[")
            else:
                items.append(("set", _parse_set(pat, i, j)))
                i = j + 1
        else:
            items.append(c)
    return items


def _one(item, ch: str) -> bool:
    if item == "?":
        return True
    if isinstance(item, str):
        return item == ch
    spec = item[1]
    if spec is None:
        return False
    negate, singles, ranges = spec
    hit = ch in singles or any(lo <= ch <= hi for lo, hi in ranges)
    return hit != negate


def _match(items: list, name: str) -> bool:
    # Greedy with backtracking to the last '*': O(len(items) * len(name)).
    p = s = 0
    star = -1
    mark = 0
    np, ns = len(items), len(name)
    while s < ns:
        if p < np and items[p] != "*" and _one(items[p], name[s]):
            p += 1
            s += 1
        elif p < np and items[p] == "*":
            star = p
            mark = s
            p += 1
        elif star >= 0:
            p = star + 1
            mark += 1
            s = mark
        else:
            return False
    while p < np and items[p] == "*":
        p += 1
    return p == np


def _items(pat: str) -> list:
    items = _cache.get(pat)
    if items is None:
        if len(_cache) >= 256:
            _cache.clear()
        items = _cache[pat] = _compile(pat)
    return items


def fnmatchcase(name: str, pat: str) -> bool:
    """Test whether name matches pat, case-sensitively."""
    return _match(_items(pat), name)


def fnmatch(name: str, pat: str) -> bool:
    """Test whether name matches pat (case-sensitive, as on POSIX)."""
    return _match(_items(pat), name)


def filter(names, pat: str) -> list:
    """The names that match pat."""
    items = _items(pat)
    return [name for name in names if _match(items, name)]
