# SPDX-License-Identifier: MIT
# xenlet's dataclasses: @dataclass, field, fields, asdict, astuple, replace,
# is_dataclass, make_dataclass and FrozenInstanceError, building methods
# from closures and setattr (no generated source).  Field names come from
# the class's __annotations__ in order; an annotation may be an object (as
# CPython evaluates it) or its source text (as xenlet stores it), so
# ClassVar, InitVar and KW_ONLY are recognised in both forms.

from _bindargs import bind as _bind

__all__ = [
    "KW_ONLY",
    "MISSING",
    "Field",
    "FrozenInstanceError",
    "InitVar",
    "asdict",
    "astuple",
    "dataclass",
    "field",
    "fields",
    "is_dataclass",
    "make_dataclass",
    "replace",
]


_brepr = repr  # parameters named `repr` shadow the builtin below


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class _KwOnlyType:
    def __repr__(self):
        return "KW_ONLY"


KW_ONLY = _KwOnlyType()


class InitVar:
    """Annotation for an init-only pseudo-field passed to __post_init__."""

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        t = self.type
        name = t.__name__ if isinstance(t, type) else repr(t)
        return "dataclasses.InitVar[" + name + "]"

    # InitVar[int] on the class is forwarded through the metaclass-free
    # route: a classmethod-like __getitem__ is not available, so InitVar
    # is also callable with the type.


class _InitVarMeta(type):
    def __getitem__(cls, tp):
        return InitVar(tp)


InitVar = _InitVarMeta("InitVar", (InitVar,), {"__module__": __name__})

_FIELD = "field"
_FIELD_CLASSVAR = "classvar"
_FIELD_INITVAR = "initvar"


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ("Field(name=" + repr(self.name) + ",type=" + repr(self.type)
                + ",default=" + repr(self.default) + ",default_factory="
                + repr(self.default_factory) + ",init=" + repr(self.init)
                + ",repr=" + repr(self.repr) + ",hash=" + repr(self.hash)
                + ",compare=" + repr(self.compare) + ",metadata="
                + repr(self.metadata) + ",kw_only=" + repr(self.kw_only)
                + ",_field_type=" + str(self._field_type) + ")")

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe one field: default or default_factory, and whether it
    takes part in __init__, __repr__, comparisons and hashing."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _ann_kind(ann):
    # ClassVar / InitVar / KW_ONLY / ordinary, from an object or a string.
    if isinstance(ann, str):
        text = ann.strip()
        for prefix in ("typing.", "t.", "dataclasses."):
            text = text.removeprefix(prefix)
        if text == "ClassVar" or text.startswith("ClassVar["):
            return _FIELD_CLASSVAR
        if text == "InitVar" or text.startswith("InitVar["):
            return _FIELD_INITVAR
        if text == "KW_ONLY":
            return "kw_only"
        return _FIELD
    if ann is KW_ONLY:
        return "kw_only"
    if isinstance(ann, InitVar) or ann is InitVar:
        return _FIELD_INITVAR
    r = repr(ann)
    if r == "typing.ClassVar" or r.startswith("typing.ClassVar["):
        return _FIELD_CLASSVAR
    return _FIELD


def _get_field(cls, name, ann, default_kw_only):
    default = cls.__dict__.get(name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = ann
    f._field_type = _ann_kind(ann)
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError("field " + name + " cannot have a default "
                            "factory")
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        f.kw_only = False
    if f._field_type == _FIELD and f.default is not MISSING and \
            f.default.__class__.__hash__ is None:
        raise ValueError("mutable default " + repr(type(f.default))
                         + " for field " + name + " is not allowed: use "
                         "default_factory")
    return f


def _fields_in_init_order(all_fields):
    # ClassVar pseudo-fields are not parameters
    params = [f for f in all_fields if f.init and f._field_type in (_FIELD, _FIELD_INITVAR)]
    pos = [f for f in params if not f.kw_only]
    kw = [f for f in params if f.kw_only]
    return pos, kw


def _make_init(cls, all_fields, frozen, has_post_init):
    pos, kw = _fields_in_init_order(all_fields)
    seen_default = None
    for f in pos:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = f
        elif seen_default is not None:
            raise TypeError("non-default argument " + repr(f.name)
                            + " follows default argument")
    pos_names = tuple([f.name for f in pos])
    kw_names = tuple([f.name for f in kw])
    defaults = {}
    factories = {}
    for f in pos + kw:
        if f.default is not MISSING:
            defaults[f.name] = f.default
        elif f.default_factory is not MISSING:
            defaults[f.name] = _FACTORY
            factories[f.name] = f.default_factory
    # Fields not in __init__ but with a default or factory are set too.
    noinit = [f for f in all_fields
              if not f.init and f._field_type == _FIELD]
    initvars = [f.name for f in all_fields if f._field_type == _FIELD_INITVAR]
    fname = cls.__qualname__ + ".__init__"
    setter = object.__setattr__ if frozen else setattr

    def __init__(self, *args, **kwargs):
        values = _bind(fname, pos_names, defaults, args, kwargs, kw_names)
        names = pos_names + kw_names
        initvals = {}
        for i in range(len(names)):
            name = names[i]
            v = values[i]
            if v is _FACTORY:
                v = factories[name]()
            initvals[name] = v
        for f in all_fields:
            if f._field_type != _FIELD:
                continue
            if f.init:
                setter(self, f.name, initvals[f.name])
            elif f.default_factory is not MISSING:
                setter(self, f.name, f.default_factory())
            elif f.default is not MISSING:
                setter(self, f.name, f.default)
        if has_post_init:
            self.__post_init__(*[initvals[n] for n in initvars])
    del noinit
    return __init__


class _FactoryMarker:
    def __repr__(self):
        return "<factory>"


_FACTORY = _FactoryMarker()


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    value.__qualname__ = cls.__qualname__ + "." + name
    value.__name__ = name
    setattr(cls, name, value)
    return False


def _tuple_getter(names):
    def get(obj):
        return tuple([getattr(obj, n) for n in names])
    return get


def _cmp_method(name, key, op):
    def method(self, other):
        if other.__class__ is self.__class__:
            return op(key(self), key(other))
        return NotImplemented
    method.__name__ = name
    return method


def _lt(a, b):
    return a < b


def _le(a, b):
    return a <= b


def _gt(a, b):
    return a > b


def _ge(a, b):
    return a >= b


def _eq(a, b):
    return a == b


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only):
    all_fields = {}
    has_dataclass_bases = False
    any_frozen_base = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get("__dataclass_fields__")
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                all_fields[f.name] = f
            if b.__dict__["__dataclass_params__"].frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get("__annotations__", {})
    own = []
    kw_mode = kw_only
    for name, ann in annotations.items():
        if _ann_kind(ann) == "kw_only":
            kw_mode = True
            continue
        own.append(_get_field(cls, name, ann, kw_mode))
    for f in own:
        all_fields[f.name] = f
        if isinstance(cls.__dict__.get(f.name), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(_brepr(name) + " is a field but has no type "
                            "annotation")
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a "
                            "frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a "
                            "non-frozen one")

    cls.__dataclass_fields__ = all_fields
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order,
                                                unsafe_hash, frozen)
    field_list = list(all_fields.values())
    real = [f for f in field_list if f._field_type == _FIELD]

    if init:
        has_post_init = hasattr(cls, "__post_init__")
        _set_new_attribute(cls, "__init__",
                           _make_init(cls, field_list, frozen, has_post_init))

    if repr:
        repr_fields = [f.name for f in real if f.repr]

        def __repr__(self):
            parts = []
            for n in repr_fields:
                parts.append(n + "=" + _repr(getattr(self, n)))
            return self.__class__.__qualname__ + "(" + ", ".join(parts) + ")"
        _set_new_attribute(cls, "__repr__", __repr__)

    compare_key = _tuple_getter([f.name for f in real if f.compare])
    if eq:
        _set_new_attribute(cls, "__eq__", _cmp_method("__eq__", compare_key,
                                                      _eq))
    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        for name, op in (("__lt__", _lt), ("__le__", _le), ("__gt__", _gt),
                         ("__ge__", _ge)):
            if _set_new_attribute(cls, name, _cmp_method(name, compare_key,
                                                         op)):
                raise TypeError("Cannot overwrite attribute " + name
                                + " in class " + cls.__name__
                                + ". Consider using functools.total_ordering")

    if frozen:
        field_names = frozenset([f.name for f in field_list])

        def __setattr__(self, name, value):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError("cannot assign to field "
                                          + _brepr(name))
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError("cannot delete field " + _brepr(name))
            super(cls, self).__delattr__(name)
        if _set_new_attribute(cls, "__setattr__", __setattr__) or \
                _set_new_attribute(cls, "__delattr__", __delattr__):
            raise TypeError("Cannot overwrite attribute __setattr__ in class "
                            + cls.__name__)

    # __hash__, following CPython's table: explicit __hash__ in the body
    # wins unless unsafe_hash; eq+frozen (or unsafe_hash) hashes the fields;
    # eq alone makes instances unhashable.
    has_explicit_hash = "__hash__" in cls.__dict__ and \
        cls.__dict__["__hash__"] is not None
    if unsafe_hash and has_explicit_hash:
        raise TypeError("Cannot overwrite attribute __hash__ in class "
                        + cls.__name__)
    hash_key = _tuple_getter([f.name for f in real
                              if (f.compare if f.hash is None else f.hash)])
    if unsafe_hash or (eq and frozen):
        if not has_explicit_hash or unsafe_hash:
            def __hash__(self):
                return hash(hash_key(self))
            __hash__.__qualname__ = cls.__qualname__ + ".__hash__"
            cls.__hash__ = __hash__
    elif eq and not has_explicit_hash:
        cls.__hash__ = None

    if match_args and "__match_args__" not in cls.__dict__:
        pos, kw = _fields_in_init_order(field_list)
        cls.__match_args__ = tuple([f.name for f in pos])
    if "__doc__" not in cls.__dict__ or cls.__doc__ is None:
        try:
            cls.__doc__ = cls.__name__ + "(" + ", ".join(
                [f.name for f in field_list if f.init]) + ")"
        except (AttributeError, TypeError):
            pass
    return cls


_repr_running = set()


def _repr(value):
    # Guards against infinite recursion like reprlib.recursive_repr.
    key = id(value)
    if key in _repr_running:
        return "..."
    _repr_running.add(key)
    try:
        return repr(value)
    finally:
        _repr_running.discard(key)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams(init=" + repr(self.init) + ",repr="
                + repr(self.repr) + ",eq=" + repr(self.eq) + ",order="
                + repr(self.order) + ",unsafe_hash=" + repr(self.unsafe_hash)
                + ",frozen=" + repr(self.frozen) + ")")


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add __init__, __repr__, __eq__ (and optionally ordering, hashing,
    immutability) to a class from its annotated fields."""
    def wrap(cls):
        cls = _process_class(cls, init, repr, eq, order, unsafe_hash,
                             frozen, match_args, kw_only)
        return _add_slots(cls) if slots else cls
    if cls is None:
        return wrap
    return wrap(cls)


def _add_slots(cls):
    """slots=True: the same class made again with __slots__ holding the
    field names (the fields' class-level defaults must go: they would
    conflict with the slots)."""
    inherited = set()
    for base in cls.__mro__[1:-1]:
        s = base.__dict__.get("__slots__", ())
        inherited.update((s,) if isinstance(s, str) else s)
    names = tuple(f.name for f in fields(cls) if f.name not in inherited)
    ns = dict(cls.__dict__)
    for name in names:
        ns.pop(name, None)
    ns.pop("__dict__", None)
    ns.pop("__weakref__", None)
    ns["__slots__"] = names
    new = type(cls)(cls.__name__, cls.__bases__, ns)
    new.__qualname__ = cls.__qualname__
    return new


def fields(class_or_instance):
    """Tuple of the Field objects of a dataclass (not ClassVar/InitVar)."""
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or "
                        "instance") from None
    return tuple([f for f in fs.values() if f._field_type == _FIELD])


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def _is_dataclass_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def asdict(obj, *, dict_factory=dict):
    """Recursively convert a dataclass instance to a dict."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name),
                                                 dict_factory)))
        return dict_factory(result)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Recursively convert a dataclass instance to a tuple."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name),
                                             tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory),
                          _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    import copy
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """New instance of obj's class with some fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if f._field_type == _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field " + f.name + " is declared with "
                                 "init=False, it cannot be specified with "
                                 "replace()")
            continue
        if f.name not in changes:
            if f._field_type == _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar " + repr(f.name) + " must be "
                                 "specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Create a dataclass from (name), (name, type) or (name, type, field)
    items."""
    ns = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, "typing.Any"
        elif len(item) == 2:
            name, tp = item
        else:
            name, tp, spec = item
            ns[name] = spec
        annotations[name] = tp
    ns["__annotations__"] = annotations
    if module is not None:
        ns["__module__"] = module
    cls = type(cls_name, bases, ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only)
