# SPDX-License-Identifier: MIT
# Binds *args/**kwargs to a list of parameter names by hand, for classes
# built without generated source (namedtuple, dataclass).  Promises
# CPython's TypeError messages for too many, unexpected, duplicate and
# missing arguments, e.g. "P.__new__() missing 1 required positional
# argument: 'y'".

_MISSING = object()


def _quote_list(names: list) -> str:
    # CPython: 'a'; 'a' and 'b'; 'a', 'b', and 'c'
    q = ["'" + n + "'" for n in names]
    if len(q) == 1:
        return q[0]
    if len(q) == 2:
        return q[0] + " and " + q[1]
    return ", ".join(q[:-1]) + ", and " + q[-1]


def bind(fname: str, names: list, defaults: dict, args: tuple, kwargs: dict,
         kwonly: tuple = ()) -> list:
    """Return the values for `names` (positional-or-keyword, then `kwonly`).

    `fname` is the qualified function name used in messages ("P.__new__").
    `defaults` maps a parameter name to its default value; a parameter
    absent from it is required.  The count in "takes N positional
    arguments" includes the implicit first argument (self/cls), as CPython
    reports it.
    """
    npos = len(names)
    if len(args) > npos:
        nreq = 0
        for n in names:
            if n not in defaults:
                nreq += 1
        if nreq == npos:
            takes = str(npos + 1)
            word = "argument" if npos + 1 == 1 else "arguments"
        else:
            takes = "from " + str(nreq + 1) + " to " + str(npos + 1)
            word = "arguments"
        given = len(args) + 1
        raise TypeError(
            fname + "() takes " + takes + " positional " + word + " but "
            + str(given) + (" was" if given == 1 else " were") + " given")
    allnames = list(names) + list(kwonly)
    values = [_MISSING] * len(allnames)
    for i in range(len(args)):
        values[i] = args[i]
    for key in kwargs:
        try:
            i = allnames.index(key)
        except ValueError:
            raise TypeError(
                fname + "() got an unexpected keyword argument '" + key + "'"
            ) from None
        if values[i] is not _MISSING:
            raise TypeError(
                fname + "() got multiple values for argument '" + key + "'")
        values[i] = kwargs[key]
    missing = []
    missing_kw = []
    for i in range(len(allnames)):
        if values[i] is _MISSING:
            n = allnames[i]
            if n in defaults:
                values[i] = defaults[n]
            elif i < npos:
                missing.append(n)
            else:
                missing_kw.append(n)
    if missing:
        raise TypeError(
            fname + "() missing " + str(len(missing)) + " required positional "
            + ("argument" if len(missing) == 1 else "arguments") + ": "
            + _quote_list(missing))
    if missing_kw:
        raise TypeError(
            fname + "() missing " + str(len(missing_kw))
            + " required keyword-only "
            + ("argument" if len(missing_kw) == 1 else "arguments") + ": "
            + _quote_list(missing_kw))
    return values
