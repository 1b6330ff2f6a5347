# SPDX-License-Identifier: MIT
# xenlet's abc: ABCMeta (a subclass of type), ABC, abstractmethod, register
# and isinstance/issubclass through registration and __subclasshook__.
# Instantiating a class with abstract methods raises CPython's TypeError
# "Can't instantiate abstract class X with abstract method(s) ...".

__all__ = [
    "ABC",
    "ABCMeta",
    "abstractclassmethod",
    "abstractmethod",
    "abstractproperty",
    "abstractstaticmethod",
    "get_cache_token",
    "update_abstractmethods",
]


def abstractmethod(funcobj):
    """Mark a method abstract: ABCMeta classes that keep it cannot be
    instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if getattr(value, "__isabstractmethod__", False):
        return True
    # property / classmethod / staticmethod wrapping an abstract function
    # (CPython's descriptors forward the flag themselves; be explicit).
    for attr in ("fget", "fset", "fdel", "__func__"):
        inner = getattr(value, attr, None)
        if inner is not None and getattr(inner, "__isabstractmethod__", False):
            return True
    return False


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        classmethod.__init__(self, callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        staticmethod.__init__(self, callable)


class abstractproperty(property):
    __isabstractmethod__ = True


def _compute_abstracts(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__mro__[1:]:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added."""
    if hasattr(cls, "__abstractmethods__"):
        cls.__abstractmethods__ = _compute_abstracts(cls)
    return cls


_cache_token = [0]


def get_cache_token():
    return _cache_token[0]


class ABCMeta(type):
    """Metaclass for abstract base classes."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = type.__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls)
        cls._abc_registry = []
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class " + cls.__name__
                            + " with abstract method"
                            + ("s " if len(names) > 1 else " ")
                            + ", ".join(names))
        return type.__call__(cls, *args, **kwargs)

    def register(cls, subclass):
        """Make subclass a virtual subclass of cls (and of its ABC bases)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        # Registering with cls also registers with its ABC bases, so a
        # check never has to walk down to subclasses.
        for base in cls.__mro__:
            if isinstance(base, ABCMeta) and subclass not in base._abc_registry:
                base._abc_registry.append(subclass)
        _cache_token[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        if cls in subclass.__mro__:
            return True
        hook = getattr(cls, "__subclasshook__", None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        for r in cls._abc_registry:
            if issubclass(subclass, r):
                return True
        return False

    def _dump_registry(cls, file=None):
        print("Class: " + cls.__module__ + "." + cls.__qualname__, file=file)


class ABC(metaclass=ABCMeta):
    """Convenience base: class X(ABC) makes X an abstract base class."""
