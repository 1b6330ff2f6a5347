# SPDX-License-Identifier: MIT
# xenlet's itertools in plain Python.  Results and argument errors match
# CPython's: functions that CPython checks at call time (islice, product,
# permutations, combinations, zip_longest ...) validate before returning
# their generator, so errors are raised at the call, not at the first next().

__all__ = ["accumulate", "chain", "combinations",
           "combinations_with_replacement", "compress", "count", "cycle",
           "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
           "permutations", "product", "repeat", "starmap", "takewhile",
           "tee", "zip_longest"]


def _check_number(x):
    if not isinstance(x, (int, float)) and not hasattr(x, "__add__"):
        raise TypeError("a number is required")


class count:
    """count(start=0, step=1) -> start, start+step, start+2*step, ..."""

    def __init__(self, start=0, step=1):
        _check_number(start)
        _check_number(step)
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return "count(" + repr(self._n) + ")"
        return "count(" + repr(self._n) + ", " + repr(self._step) + ")"


class repeat:
    """repeat(object [,times]) -> object, object, ... (times or forever)"""

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None and not isinstance(times, int):
            raise TypeError("'" + type(times).__name__ + "' object cannot be "
                            "interpreted as an integer")
        self._left = None if times is None else max(times, 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._obj
        if self._left <= 0:
            raise StopIteration
        self._left -= 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return "repeat(" + repr(self._obj) + ")"
        return "repeat(" + repr(self._obj) + ", " + str(self._left) + ")"


def cycle(iterable):
    saved = []
    return _cycle(iter(iterable), saved)


def _cycle(it, saved):
    for x in it:
        yield x
        saved.append(x)
    if not saved:
        return
    while True:
        for x in saved:
            yield x


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for x in it:
            total = total + x
            yield total
    else:
        for x in it:
            total = func(total, x)
            yield total


class chain:
    """chain(*iterables): items of each iterable in turn."""

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls()
        self._sources = iter(iterable)
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                try:
                    self._active = iter(next(self._sources))
                except StopIteration:
                    self._sources = iter(())
                    raise
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


def compress(data, selectors):
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(predicate, iterable):
    return _filterfalse(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        predicate = bool
    for x in it:
        if not predicate(x):
            yield x


def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


class groupby:
    """groupby(iterable, key=None) -> (key, group iterator) pairs.

    Advancing the outer iterator abandons the current group: its iterator
    then yields nothing more, as in CPython.  `_gen` identifies the live
    group; `_tgtkey` is the key of the group being emitted."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._have = False       # _currkey/_currvalue hold an unread item
        self._currkey = None
        self._currvalue = None
        self._tgtkey = None
        self._started = False
        self._gen = None

    def __iter__(self):
        return self

    def _advance(self):
        value = next(self._it)
        self._currvalue = value
        self._currkey = value if self._keyfunc is None else self._keyfunc(value)
        self._have = True

    def __next__(self):
        self._gen = object()
        if not self._have:
            self._advance()
        if self._started:
            while self._currkey == self._tgtkey:
                self._advance()
        self._started = True
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._gen))

    def _grouper(self, tgtkey, gen):
        while self._gen is gen and self._have and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._advance()
            except StopIteration:
                self._have = False
                # The outer iterator is exhausted too.
                self._it = iter(())
                return


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])"""
    if len(args) == 1:
        start, stop, step = None, args[0], None
    elif 2 <= len(args) <= 3:
        start, stop = args[0], args[1]
        step = args[2] if len(args) == 3 else None
    else:
        raise TypeError("islice expected at most 4 arguments, got "
                        + str(len(args) + 1))
    if start is None:
        start = 0
    if step is None:
        step = 1
    if not isinstance(start, int) or start < 0:
        raise ValueError("Indices for islice() must be None or an integer: "
                         "0 <= x <= sys.maxsize.")
    if stop is not None and (not isinstance(stop, int) or stop < 0):
        raise ValueError("Stop argument for islice() must be None or an "
                         "integer: 0 <= x <= sys.maxsize.")
    if not isinstance(step, int) or step <= 0:
        raise ValueError("Step for islice() must be a positive integer or "
                         "None.")
    return _islice(iter(iterable), start, stop, step)


def _islice(it, nxt, stop, step):
    # CPython's state machine, so the number of items consumed from `it`
    # matches: skip up to index `nxt`, stop once `stop` items were read.
    cnt = 0
    while True:
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield item


def tee(iterable, n=2):
    """Return n independent iterators over one iterable.

    The iterators share a singly linked list of cells [value, next]; each
    holds the cell it will read next, and the source is advanced only by
    whichever iterator runs ahead.  Cells nobody holds are garbage."""
    if not isinstance(n, int):
        raise TypeError("'" + type(n).__name__ + "' object cannot be "
                        "interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, [None, None])
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


class _tee:
    def __init__(self, source, cell):
        self._source = source
        self._cell = cell

    def __iter__(self):
        return self

    def __next__(self):
        cell = self._cell
        if cell[1] is None:
            value = next(self._source)
            cell[0] = value
            cell[1] = [None, None]
        self._cell = cell[1]
        return cell[0]

    def __copy__(self):
        return _tee(self._source, self._cell)


def zip_longest(*iterables, fillvalue=None):
    iterators = [iter(x) for x in iterables]
    return _zip_longest(iterators, fillvalue)


def _zip_longest(iterators, fillvalue):
    n = len(iterators)
    if not n:
        return
    active = n
    done = [False] * n
    while True:
        values = []
        for i in range(n):
            if done[i]:
                values.append(fillvalue)
                continue
            try:
                values.append(next(iterators[i]))
            except StopIteration:
                done[i] = True
                active -= 1
                if not active:
                    return
                values.append(fillvalue)
        yield tuple(values)


def product(*iterables, repeat=1):
    if not isinstance(repeat, int):
        raise TypeError("'" + type(repeat).__name__ + "' object cannot be "
                        "interpreted as an integer")
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    # Odometer over index lists: the rightmost index turns fastest.
    for pool in pools:
        if not pool:
            return
    n = len(pools)
    idx = [0] * n
    while True:
        yield tuple([pools[i][idx[i]] for i in range(n)])
        i = n - 1
        while i >= 0:
            idx[i] += 1
            if idx[i] < len(pools[i]):
                break
            idx[i] = 0
            i -= 1
        if i < 0:
            return


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")


def permutations(iterable, r=None):
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    else:
        _check_r(r)
    return _permutations(pool, r)


def _permutations(pool, r):
    # Lexicographic order of index tuples, as CPython yields them: walk
    # the r-prefixes of permutations of range(n) with a "used" bitmap.
    n = len(pool)
    if r > n:
        return
    if r == 0:
        yield ()
        return
    idx = []
    used = [False] * n
    nxt = [0]  # candidate index to try at each depth
    while nxt:
        depth = len(idx)
        if depth == r:
            yield tuple([pool[i] for i in idx])
            used[idx.pop()] = False
            nxt.pop()
            continue
        c = nxt[-1]
        while c < n and used[c]:
            c += 1
        if c >= n:
            nxt.pop()
            if idx:
                used[idx.pop()] = False
            continue
        nxt[-1] = c + 1
        idx.append(c)
        used[c] = True
        nxt.append(0)


def combinations(iterable, r):
    _check_r(r)
    return _combinations(tuple(iterable), r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    idx = list(range(r))
    yield tuple([pool[i] for i in idx])
    while True:
        i = r - 1
        while i >= 0 and idx[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        idx[i] += 1
        for j in range(i + 1, r):
            idx[j] = idx[j - 1] + 1
        yield tuple([pool[i] for i in idx])


def combinations_with_replacement(iterable, r):
    _check_r(r)
    return _combinations_wr(tuple(iterable), r)


def _combinations_wr(pool, r):
    n = len(pool)
    if not n and r:
        return
    idx = [0] * r
    yield tuple([pool[i] for i in idx])
    while True:
        i = r - 1
        while i >= 0 and idx[i] == n - 1:
            i -= 1
        if i < 0:
            return
        v = idx[i] + 1
        for j in range(i, r):
            idx[j] = v
        yield tuple([pool[i] for i in idx])


def pairwise(iterable):
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield (a, b)
        a = b
