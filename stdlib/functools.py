# SPDX-License-Identifier: MIT
# xenlet's functools: partial, reduce, update_wrapper/wraps, lru_cache/cache,
# cached_property, total_ordering, cmp_to_key and singledispatch, in plain
# Python with CPython's API and messages.  Imports nothing.

__all__ = [
    "WRAPPER_ASSIGNMENTS",
    "WRAPPER_UPDATES",
    "cache",
    "cached_property",
    "cmp_to_key",
    "lru_cache",
    "partial",
    "partialmethod",
    "reduce",
    "singledispatch",
    "total_ordering",
    "update_wrapper",
    "wraps",
]

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__",
                       "__annotations__")
WRAPPER_UPDATES = ("__dict__",)

_MISSING = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Copy the identity attributes of `wrapped` onto `wrapper`; set
    wrapper.__wrapped__.  Attributes `wrapped` lacks are skipped."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        try:
            getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
        except AttributeError:
            pass
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


def reduce(function, sequence, *initial):
    """reduce(function, iterable[, initial]) -> value"""
    if len(initial) > 1:
        raise TypeError("reduce expected at most 3 arguments, got "
                        + str(2 + len(initial)))
    it = iter(sequence)
    if initial:
        value = initial[0]
    else:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial "
                            "value") from None
    for element in it:
        value = function(value, element)
    return value


class partial:
    """New function with partial application of the given arguments and
    keywords.  Nested partials are flattened, as in CPython."""

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = dict(func.keywords, **keywords)
            func = func.func
        self = object.__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = dict(self.keywords, **keywords)
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        for a in self.args:
            parts.append(repr(a))
        for k, v in self.keywords.items():
            parts.append(str(k) + "=" + repr(v))
        name = type(self).__qualname__
        if type(self) is partial:
            name = "functools.partial"
        return name + "(" + ", ".join(parts) + ")"

    def __get__(self, obj, objtype=None):
        # Like CPython's C partial: not a method descriptor.
        return self


class partialmethod:
    """partial for methods: binds the instance as the first argument."""

    def __init__(self, func, /, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, cls=None):
        func = self.func
        if hasattr(func, "__get__"):
            func = func.__get__(obj, cls)
        return partial(func, *self.args, **self.keywords)


# ---- lru_cache ----------------------------------------------------------------

class _CacheInfo(tuple):
    """The named tuple CacheInfo(hits, misses, maxsize, currsize)."""

    _fields = ("hits", "misses", "maxsize", "currsize")

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return ("CacheInfo(hits=" + repr(self[0]) + ", misses=" + repr(self[1])
                + ", maxsize=" + repr(self[2]) + ", currsize=" + repr(self[3])
                + ")")


_KWD_MARK = object()


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_KWD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple([type(v) for v in args])
        if kwds:
            key += tuple([type(v) for v in kwds.values()])
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def _lru_wrapper(user_function, maxsize, typed):
    # `cache` keeps recency order: a hit moves its key to the end (pop and
    # re-insert), eviction takes the first key.
    cache = {}
    stats = [0, 0]  # hits, misses

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            hash(key)  # an unhashable argument fails before the call (pop on an empty dict would not hash)
            result = cache.pop(key, _MISSING)
            if result is not _MISSING:
                cache[key] = result
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key not in cache:
                if len(cache) >= maxsize:
                    del cache[next(iter(cache))]
            cache[key] = result
            return result

    def cache_info():
        return _CacheInfo(stats[0], stats[1], maxsize, len(cache))

    def cache_clear():
        cache.clear()
        stats[0] = stats[1] = 0

    def cache_parameters():
        return {"maxsize": maxsize, "typed": typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator; usable bare or called."""
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable,"
                        " or None")

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    """Unbounded cache: lru_cache(maxsize=None)."""
    return _lru_wrapper(user_function, None, False)


class cached_property:
    """Compute once per instance; the result is stored in the instance
    __dict__ under the attribute's name and shadows the descriptor."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two "
                            "different names (" + repr(self.attrname) + " and "
                            + repr(name) + ").")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            name = self.func.__name__
        d = instance.__dict__
        val = d.get(name, _MISSING)
        if val is _MISSING:
            val = self.func(instance)
            d[name] = val
        return val


# ---- total_ordering ------------------------------------------------------------

def _from_lt(root):
    def __gt__(self, other):
        r = root(self, other)
        if r is NotImplemented:
            return r
        return not r and self != other

    def __le__(self, other):
        r = root(self, other)
        if r is NotImplemented:
            return r
        return r or self == other

    def __ge__(self, other):
        r = root(self, other)
        if r is NotImplemented:
            return r
        return not r
    return {"__gt__": __gt__, "__le__": __le__, "__ge__": __ge__}


def _from_le(root):
    def __ge__(self, other):
        r = root(self, other)
        if r is NotImplemented:
            return r
        return not r or self == other

    def __lt__(self, other):
        r = root(self, other)
        if r is NotImplemented:
            return r
        return r and self != other

    def __gt__(self, other):
        r = root(self, other)
        if r is NotImplemented:
            return r
        return not r
    return {"__ge__": __ge__, "__lt__": __lt__, "__gt__": __gt__}


def _from_gt(root):
    def __lt__(self, other):
        r = root(self, other)
        if r is NotImplemented:
            return r
        return not r and self != other

    def __ge__(self, other):
        r = root(self, other)
        if r is NotImplemented:
            return r
        return r or self == other

    def __le__(self, other):
        r = root(self, other)
        if r is NotImplemented:
            return r
        return not r
    return {"__lt__": __lt__, "__ge__": __ge__, "__le__": __le__}


def _from_ge(root):
    def __le__(self, other):
        r = root(self, other)
        if r is NotImplemented:
            return r
        return not r or self == other

    def __gt__(self, other):
        r = root(self, other)
        if r is NotImplemented:
            return r
        return r and self != other

    def __lt__(self, other):
        r = root(self, other)
        if r is NotImplemented:
            return r
        return not r
    return {"__le__": __le__, "__gt__": __gt__, "__lt__": __lt__}


def total_ordering(cls):
    """Fill in the missing rich comparisons from one of < <= > >=.
    CPython prefers the root in the order __lt__, __le__, __gt__, __ge__."""
    makers = (("__lt__", _from_lt), ("__le__", _from_le),
              ("__gt__", _from_gt), ("__ge__", _from_ge))
    defined = []
    for op, maker in makers:
        if getattr(cls, op, None) is not getattr(object, op, None):
            defined.append(op)
    if not defined:
        raise ValueError("must define at least one ordering operation: "
                         "< > <= >=")
    for op, maker in makers:
        if op in defined:
            root = getattr(cls, op)
            for name, func in maker(root).items():
                if name not in defined:
                    func.__name__ = name
                    func.__qualname__ = cls.__qualname__ + "." + name
                    setattr(cls, name, func)
            break
    return cls


def cmp_to_key(mycmp):
    """Convert an old-style cmp function into a key function."""
    class K:
        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


# ---- singledispatch ------------------------------------------------------------

def singledispatch(func):
    """Dispatch on the type of the first argument, walking its MRO.

    register(cls, func) and @register(cls) work everywhere; @register with
    only an annotation works when the annotation is a class object (under
    xenlet annotations are strings, so name the class explicitly)."""
    registry = {object: func}
    cache = {}

    def dispatch(cls):
        impl = cache.get(cls)
        if impl is None:
            for base in cls.__mro__:
                if base in registry:
                    impl = registry[base]
                    break
            else:
                impl = func
            cache[cls] = impl
        return impl

    def register(cls, func=None):
        if func is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            ann = getattr(cls, "__annotations__", {})
            if not ann:
                raise TypeError("Invalid first argument to `register()`: "
                                + repr(cls) + ". Use either `@register(some_"
                                "class)` or plain `@register` on an annotated"
                                " function.")
            func = cls
            argname, cls = next(iter(ann.items()))
            if not isinstance(cls, type):
                raise TypeError("Invalid annotation for " + repr(argname)
                                + ". " + repr(cls) + " is not a class.")
        registry[cls] = func
        cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(funcname + " requires at least 1 positional "
                            "argument")
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper
