# SPDX-License-Identifier: MIT
# xenlet's typing: the common names, importable and subscriptable, with no
# checking at run time.  Generic and Protocol bases work through a
# metaclass __getitem__; NamedTuple (class syntax and call) builds a
# collections.namedtuple; a TypedDict class called returns a plain dict.

__all__ = [
    "IO",
    "TYPE_CHECKING",
    "Annotated",
    "Any",
    "AnyStr",
    "AsyncGenerator",
    "AsyncIterable",
    "AsyncIterator",
    "Awaitable",
    "BinaryIO",
    "Callable",
    "ChainMap",
    "ClassVar",
    "Collection",
    "Concatenate",
    "Container",
    "Coroutine",
    "Counter",
    "DefaultDict",
    "Deque",
    "Dict",
    "Final",
    "FrozenSet",
    "Generator",
    "Generic",
    "Hashable",
    "ItemsView",
    "Iterable",
    "Iterator",
    "KeysView",
    "List",
    "Literal",
    "LiteralString",
    "Mapping",
    "MutableMapping",
    "MutableSequence",
    "MutableSet",
    "NamedTuple",
    "Never",
    "NewType",
    "NoReturn",
    "NotRequired",
    "Optional",
    "OrderedDict",
    "ParamSpec",
    "Protocol",
    "Required",
    "Reversible",
    "Self",
    "Sequence",
    "Set",
    "Sized",
    "SupportsAbs",
    "SupportsBytes",
    "SupportsFloat",
    "SupportsIndex",
    "SupportsInt",
    "SupportsRound",
    "Text",
    "TextIO",
    "Tuple",
    "Type",
    "TypeAlias",
    "TypeGuard",
    "TypeVar",
    "TypeVarTuple",
    "TypedDict",
    "Union",
    "Unpack",
    "ValuesView",
    "assert_never",
    "assert_type",
    "cast",
    "dataclass_transform",
    "final",
    "get_args",
    "get_origin",
    "get_type_hints",
    "no_type_check",
    "overload",
    "reveal_type",
    "runtime_checkable",
]

TYPE_CHECKING = False


class _Alias:
    """A subscripted form such as List[int]; only remembers its parts."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args

    def __getitem__(self, params):
        return _Alias(self, params if isinstance(params, tuple)
                      else (params,))

    def __repr__(self):
        args = self.__args__
        if self.__origin__ is Union and len(args) == 2 and type(None) in args:
            other = args[1] if args[0] is type(None) else args[0]
            return "typing.Optional[" + _type_repr(other) + "]"
        return repr(self.__origin__) + "[" + ", ".join(
            [_type_repr(a) for a in self.__args__]) + "]"

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if obj is ...:
        return "..."
    if isinstance(obj, list):
        return "[" + ", ".join([_type_repr(a) for a in obj]) + "]"
    return repr(obj)


class _Special:
    """A bare typing name (List, Optional, ...): subscriptable, callable
    when it stands for a concrete class."""

    def __init__(self, name, origin=None):
        self._name = name
        self.__origin__ = origin

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Alias(self, params)

    def __repr__(self):
        return "typing." + self._name

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError("Cannot instantiate typing." + self._name)
        return self.__origin__(*args, **kwargs)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        if isinstance(self.__origin__, type):
            return isinstance(obj, self.__origin__)
        raise TypeError("typing." + self._name
                        + " cannot be used with isinstance()")


class _UnionForm(_Special):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        flat = []
        for p in params:
            if p is None:
                p = type(None)
            if isinstance(p, _Alias) and p.__origin__ is Union:
                for q in p.__args__:
                    if q not in flat:
                        flat.append(q)
            elif p not in flat:
                flat.append(p)
        if len(flat) == 1:
            return flat[0]
        return _Alias(self, tuple(flat))


class _OptionalForm(_Special):
    def __getitem__(self, param):
        return Union[param, None]


Any = _Special("Any")
NoReturn = _Special("NoReturn")
Never = _Special("Never")
Self = _Special("Self")
LiteralString = _Special("LiteralString")
TypeAlias = _Special("TypeAlias")
ClassVar = _Special("ClassVar")
Final = _Special("Final")
Literal = _Special("Literal")
Annotated = _Special("Annotated")
TypeGuard = _Special("TypeGuard")
Required = _Special("Required")
NotRequired = _Special("NotRequired")
Unpack = _Special("Unpack")
Concatenate = _Special("Concatenate")
Union = _UnionForm("Union")
Optional = _OptionalForm("Optional")

List = _Special("List", list)
Dict = _Special("Dict", dict)
Tuple = _Special("Tuple", tuple)
Set = _Special("Set", set)
FrozenSet = _Special("FrozenSet", frozenset)
Type = _Special("Type", type)
Text = str

# The ABC-like names stand for no concrete class here: they subscript and
# print, but are not instantiable (as in CPython).
Callable = _Special("Callable")
Iterable = _Special("Iterable")
Iterator = _Special("Iterator")
Generator = _Special("Generator")
Reversible = _Special("Reversible")
Sequence = _Special("Sequence")
MutableSequence = _Special("MutableSequence")
Mapping = _Special("Mapping")
MutableMapping = _Special("MutableMapping")
AbstractSet = _Special("AbstractSet")
MutableSet = _Special("MutableSet")
Collection = _Special("Collection")
Container = _Special("Container")
Hashable = _Special("Hashable")
Sized = _Special("Sized")
KeysView = _Special("KeysView")
ItemsView = _Special("ItemsView")
ValuesView = _Special("ValuesView")
MappingView = _Special("MappingView")
Awaitable = _Special("Awaitable")
Coroutine = _Special("Coroutine")
AsyncIterable = _Special("AsyncIterable")
AsyncIterator = _Special("AsyncIterator")
AsyncGenerator = _Special("AsyncGenerator")
ContextManager = _Special("ContextManager")
AsyncContextManager = _Special("AsyncContextManager")
Deque = _Special("Deque")
DefaultDict = _Special("DefaultDict")
OrderedDict = _Special("OrderedDict")
Counter = _Special("Counter")
ChainMap = _Special("ChainMap")
IO = _Special("IO")
TextIO = _Special("TextIO")
BinaryIO = _Special("BinaryIO")
Pattern = _Special("Pattern")
Match = _Special("Match")
SupportsAbs = _Special("SupportsAbs")
SupportsBytes = _Special("SupportsBytes")
SupportsComplex = _Special("SupportsComplex")
SupportsFloat = _Special("SupportsFloat")
SupportsIndex = _Special("SupportsIndex")
SupportsInt = _Special("SupportsInt")
SupportsRound = _Special("SupportsRound")


class TypeVar:
    """A type variable; prints as ~T (+T covariant, -T contravariant)."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False,
                 contravariant=False):
        TypeVar.__init__(self, name, bound=bound, covariant=covariant,
                         contravariant=contravariant)


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


AnyStr = TypeVar("AnyStr", bytes, str)


class _GenericMeta(type):
    # Subscripting Generic, Protocol or a user class derived from them
    # returns the class itself: parameters are not tracked.
    def __getitem__(cls, params):
        return cls


class Generic(metaclass=_GenericMeta):
    """Base for generic classes: class Box(Generic[T])."""


_PROTOCOL_SKIP = frozenset({
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__", "__module__", "__new__",
    "__slots__", "__subclasshook__", "__weakref__", "__class_getitem__", "__qualname__", "__parameters__",
    "__orig_bases__", "__protocol_attrs__", "_is_protocol", "_is_runtime_protocol", "__init_subclass__",
})


def _protocol_attrs(cls):
    """The members a structural check looks for: everything the protocol
    classes (not Protocol or object) define, annotations included."""
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        names = list(base.__dict__.keys()) + list(base.__dict__.get("__annotations__", {}).keys())
        for name in names:
            if not name.startswith("_abc_") and name not in _PROTOCOL_SKIP:
                attrs.add(name)
    return attrs


class _ProtocolMeta(_GenericMeta):
    # isinstance/issubclass against a protocol: structural, and only for
    # @runtime_checkable protocols (as CPython).
    def __instancecheck__(cls, instance):
        if type.__subclasscheck__(cls, type(instance)):
            return True
        if not cls.__dict__.get("_is_protocol", False):
            return type.__instancecheck__(cls, instance)
        if not cls.__dict__.get("_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        for attr in _protocol_attrs(cls):
            if not hasattr(instance, attr):
                return False
            if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                return False
        return True

    def __subclasscheck__(cls, other):
        if not cls.__dict__.get("_is_protocol", False):
            return type.__subclasscheck__(cls, other)
        if not cls.__dict__.get("_is_runtime_protocol", False):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        if type.__subclasscheck__(cls, other):
            return True
        for attr in _protocol_attrs(cls):
            if not any(attr in base.__dict__ or attr in base.__dict__.get("__annotations__", {})
                       for base in other.__mro__):
                return False
        return True


class Protocol(metaclass=_ProtocolMeta):
    """Base for structural types: with @runtime_checkable, isinstance and
    issubclass check that the members are present (not their types)."""

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if "_is_protocol" not in cls.__dict__:
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    if not cls.__dict__.get("_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got " + repr(cls))
    cls._is_runtime_protocol = True
    return cls


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if ns.get("_root", False):
            return type.__new__(mcls, typename, bases, ns)
        import collections
        annotations = ns.get("__annotations__", {})
        names = list(annotations)
        defaults = []
        for name in names:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError("Non-default namedtuple field " + name
                                + " cannot follow default field"
                                + ("s " if len(defaults) > 1 else " ")
                                + ", ".join([n for n in names
                                             if n in ns]))
        nm_tpl = collections.namedtuple(typename, names, defaults=defaults,
                                        module=ns.get("__module__"))
        nm_tpl.__annotations__ = dict(annotations)
        for key, value in ns.items():
            if key in ("__annotations__", "__module__", "__qualname__",
                       "_root") or key in names:
                continue
            if key in ("_make", "_asdict", "_replace", "_fields",
                       "_field_defaults", "__new__", "__init__",
                       "__getnewargs__"):
                raise AttributeError("Cannot overwrite NamedTuple attribute "
                                     + key)
            setattr(nm_tpl, key, value)
        if "__qualname__" in ns:
            nm_tpl.__qualname__ = ns["__qualname__"]
        return nm_tpl

    def __call__(cls, typename, fields=None, /, **kwargs):
        import collections
        if fields is None:
            fields = list(kwargs.items())
        names = [n for n, t in fields]
        nt = collections.namedtuple(typename, names)
        nt.__annotations__ = dict(fields)
        return nt


class NamedTuple(metaclass=_NamedTupleMeta):
    """class P(NamedTuple): x: int; y: int = 0  -> a namedtuple class."""
    _root = True


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        annotations = {}
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
        annotations.update(ns.get("__annotations__", {}))
        ns = dict(ns)
        ns["__annotations__"] = annotations
        ns["__total__"] = total
        keys = frozenset(annotations)
        ns["__required_keys__"] = keys if total else frozenset()
        ns["__optional_keys__"] = frozenset() if total else keys
        return type.__new__(mcls, name, (dict,), ns)

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            # Functional form: TypedDict('Movie', {'name': str})
            name = args[0]
            fields = args[1] if len(args) > 1 else {}
            return _TypedDictMeta(name, (), {"__annotations__": dict(fields)},
                                  total=kwargs.get("total", True))
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class "
                        "checks")

    __instancecheck__ = __subclasscheck__


class TypedDict(metaclass=_TypedDictMeta):
    """class Movie(TypedDict): name: str -- Movie(name='x') is a dict."""


def cast(typ, val):
    return val


def assert_type(val, typ):
    return val


def reveal_type(obj):
    return obj


def assert_never(arg):
    raise AssertionError("Expected code to be unreachable, but got: "
                         + repr(arg)[:100])


def overload(func):
    """Decorates an overload signature; calling it raises, as in CPython."""
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. A series of "
            "@overload-decorated functions outside a stub module should "
            "always be followed by an implementation that is not "
            "@overload-ed.")
    return _overload_dummy


def final(f):
    return f


def no_type_check(arg):
    return arg


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        return cls_or_fn
    return decorator


def NewType(name, tp):
    """NewType('UserId', int)(5) == 5: an identity function with a name."""
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def get_origin(tp):
    origin = getattr(tp, "__origin__", None)
    if isinstance(origin, _Special) and origin.__origin__ is not None:
        return origin.__origin__
    return origin


def get_args(tp):
    if isinstance(tp, _Alias):
        return tp.__args__
    return ()


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The __annotations__ of obj (and of its bases, for a class), not
    evaluated: under xenlet they are source strings."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            hints.update(base.__dict__.get("__annotations__", {}))
        return hints
    return dict(getattr(obj, "__annotations__", {}) or {})
