# SPDX-License-Identifier: MIT
# xenlet's copy: shallow copy() and deepcopy() for the builtin containers
# and for ordinary objects (through __copy__/__deepcopy__, __getstate__/
# __setstate__, or a new instance sharing/copying __dict__).  Cycles and
# shared references are preserved by deepcopy's memo, as in CPython.

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = (type(None), int, float, bool, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), frozenset, slice,
           type(len), type(lambda: 0), property)


def _new_like(x):
    cls = type(x)
    return cls.__new__(cls)


def _copy_state(x, new, state_copier):
    getstate = getattr(x, "__getstate__", None)
    if getstate is not None and type(x).__dict__.get("__getstate__"):
        state = getstate()
    else:
        state = getattr(x, "__dict__", None)
    if state is None:
        return new
    state = state_copier(state)
    setstate = getattr(new, "__setstate__", None)
    if setstate is not None and type(new).__dict__.get("__setstate__"):
        setstate(state)
    else:
        new.__dict__.update(state)
    return new


def copy(x):
    """Shallow copy of x."""
    cls = type(x)
    if isinstance(x, _ATOMIC) and cls in _ATOMIC:
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    if cls is tuple:
        return x
    method = getattr(cls, "__copy__", None)
    if method is not None:
        return method(x)
    if isinstance(x, tuple) and hasattr(cls, "_make"):
        return cls._make(x)
    if isinstance(x, type):
        return x
    new = _new_like(x)
    if isinstance(x, list):
        new.extend(x)
    elif isinstance(x, dict) or isinstance(x, set):
        new.update(x)
    return _copy_state(x, new, dict)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy of x; memo maps id() of originals to their copies."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
        _keep_alive(x, memo)
        return y
    if cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
        _keep_alive(x, memo)
        return y
    if cls is tuple:
        y = tuple([deepcopy(a, memo) for a in x])
        # A tuple that contains itself through a list was copied meanwhile.
        if d in memo:
            return memo[d]
        same = True
        for i in range(len(x)):
            if x[i] is not y[i]:
                same = False
                break
        if same:
            y = x
        memo[d] = y
        _keep_alive(x, memo)
        return y
    if cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
        return y
    if cls is bytearray:
        y = bytearray(x)
        memo[d] = y
        return y
    method = getattr(x, "__deepcopy__", None)
    if method is not None and not isinstance(x, type):
        y = method(memo)
    elif isinstance(x, type):
        y = x
    elif isinstance(x, tuple) and hasattr(cls, "_make"):
        y = cls._make([deepcopy(a, memo) for a in x])
    else:
        y = _new_like(x)
        memo[d] = y
        if isinstance(x, list):
            for a in x:
                y.append(deepcopy(a, memo))
        elif isinstance(x, dict):
            for k, v in x.items():
                y[deepcopy(k, memo)] = deepcopy(v, memo)
        _copy_state(x, y, lambda s: deepcopy(s, memo))
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # Keeps originals alive while copying so their ids stay unique.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
