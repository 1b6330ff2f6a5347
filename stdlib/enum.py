# SPDX-License-Identifier: MIT
# xenlet's enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique,
# built on a metaclass (EnumType, a subclass of type) whose __prepare__ gives
# the class body a namespace that resolves auto() values as they are
# assigned; members are taken from it in definition order.
# Promises CPython 3.11's reprs, str/format, lookup by value and by name,
# aliases, iteration order and error messages.  Not supported: _ignore_,
# and protection against reassigning a member on the class.

__all__ = [
    "Enum",
    "EnumMeta",
    "EnumType",
    "Flag",
    "IntEnum",
    "IntFlag",
    "ReprEnum",
    "StrEnum",
    "auto",
    "unique",
]


class auto:
    """Placeholder: the member's value is generated from the previous
    ones (by _generate_next_value_)."""

    _order = [0]

    def __init__(self):
        self.value = _auto_null

    def __repr__(self):
        return "auto(" + repr(self.value) + ")"


class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == "__"
            and name[2] != "_" and name[-3] != "_")


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == "_"
            and name[1] != "_" and name[-2] != "_")


def _is_descriptor(obj):
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__")
            or hasattr(obj, "__delete__"))


def _is_private(cls_name, name):
    pattern = "_" + cls_name.lstrip("_") + "__"
    return (name.startswith(pattern) and len(name) > len(pattern)
            and not name.endswith("__"))


def _find_data_type(bases):
    # The first non-Enum base that is a real data type (int, str ...).
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                continue
            return base
    return object


def _find_attr(name, classdict, bases, default=None):
    if name in classdict:
        return classdict[name]
    for base in bases:
        for c in base.__mro__:
            if name in c.__dict__:
                return c.__dict__[name]
    return default


class _EnumDict(dict):
    """The class body's namespace: an auto() member gets its value as soon
    as it is assigned, so later lines of the body can use it (WHITE = RED |
    GREEN), as in CPython."""

    def __init__(self, bases):
        super().__init__()
        self._bases = bases
        self._values = []

    def __setitem__(self, key, value):
        if not (_is_dunder(key) or _is_sunder(key)) and not _is_descriptor(value):
            if isinstance(value, auto):
                if value.value is _auto_null:
                    gen = _find_attr("_generate_next_value_", self, self._bases)
                    if isinstance(gen, staticmethod):
                        gen = gen.__func__
                    if gen is not None:
                        value.value = gen(key, 1, len(self._values), list(self._values))
                if value.value is not _auto_null:
                    value = value.value
            self._values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    """Metaclass of Enum: creates the members and provides iteration,
    lookup by value (call) and by name (subscript)."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return _EnumDict(bases)

    def __new__(metacls, cls, bases, classdict, **kwds):
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum " + repr(cls) + "> cannot extend "
                                + repr(base))
        member_names = []
        ns = {}
        for key, value in classdict.items():
            if (_is_dunder(key) or _is_sunder(key) or _is_private(cls, key)
                    or _is_descriptor(value)):
                ns[key] = value
            else:
                member_names.append(key)
        member_type = _find_data_type(bases)
        user_new = classdict.get("__new__")
        if user_new is not None:
            # A custom __new__ in the body makes the members; lookups go
            # through the metaclass, so drop it from the final class.
            del ns["__new__"]
            if isinstance(user_new, staticmethod):
                user_new = user_new.__func__
        else:
            user_new = _find_attr("_new_member_", {}, bases)
        enum_class = type.__new__(metacls, cls, bases, ns, **kwds)
        # A data-type mixin (class X(str, Enum)) must not take over the
        # enum's own repr/str/format: unless the class body defines them,
        # where the method found is the data type's or object's, the nearest
        # enum base's method is used instead.
        enum_bases = [b for b in bases if isinstance(b, EnumType)]
        if enum_bases and member_type is not object:
            for name in ("__repr__", "__str__", "__format__"):
                if name in classdict:
                    continue
                found = getattr(enum_class, name)
                if found is getattr(member_type, name) or found is getattr(object, name):
                    setattr(enum_class, name, getattr(enum_bases[-1], name))
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._unhashable_values_ = []
        enum_class._member_type_ = member_type
        if user_new is not None and "_new_member_" not in ns:
            enum_class._new_member_ = staticmethod(user_new)
        gen = _find_attr("_generate_next_value_", classdict, bases)
        if isinstance(gen, staticmethod):
            gen = gen.__func__
        last_values = []
        for name in member_names:
            value = classdict[name]
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = gen(name, 1, len(enum_class._member_names_),
                                      list(last_values))
                value = value.value
            elif isinstance(value, tuple):
                value = tuple([v.value if isinstance(v, auto) else v
                               for v in value])
            last_values.append(value)
            enum_class._add_member_(name, value)
        if Flag is not None and issubclass(enum_class, Flag):
            bits = 0
            for m in enum_class._member_map_.values():
                bits |= m._value_
            enum_class._flag_mask_ = bits
            enum_class._all_bits_ = (1 << bits.bit_length()) - 1
        return enum_class

    def _add_member_(cls, name, value):
        args = value if isinstance(value, tuple) else (value,)
        member_type = cls._member_type_
        new = cls.__dict__.get("_new_member_")
        if new is None:
            for c in cls.__mro__[1:]:
                if "_new_member_" in c.__dict__:
                    new = c.__dict__["_new_member_"]
                    break
        if isinstance(new, staticmethod):
            new = new.__func__
        if new is not None:
            member = new(cls, *args)
        elif member_type is object:
            member = object.__new__(cls)
        else:
            member = member_type.__new__(cls, *args)
        if not hasattr(member, "_value_"):
            if member_type is object:
                member._value_ = value
            else:
                member._value_ = member_type(*args)
        value = member._value_
        # An equal value makes this name an alias of the first member.
        existing = None
        try:
            existing = cls._value2member_map_.get(value)
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    existing = m
                    break
        if existing is not None and (
                Flag is None or not issubclass(cls, Flag) or True):
            cls._member_map_[name] = existing
            type.__setattr__(cls, name, existing)
            return
        member._name_ = name
        member.__objclass__ = cls
        member._sort_order_ = len(cls._member_names_)
        init = getattr(cls, "__init__", None)
        if init is not None and init is not object.__init__ and \
                init is not getattr(member_type, "__init__", None):
            member.__init__(*args)
        # In a Flag, only single-bit values are canonical members (listed,
        # iterated); zero and multi-bit values are named aliases.
        if not (Flag is not None and issubclass(cls, Flag) and isinstance(value, int)
                and not _power_of_two(value)):
            cls._member_names_.append(name)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_[value] = member
        except TypeError:
            cls._unhashable_values_.append(value)
        type.__setattr__(cls, name, member)

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is None:
            return cls._lookup_(value)
        return cls._create_(value, names, module=module, type=type,
                            start=start)

    def _lookup_(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            raise ValueError(repr(value) + " is not a valid "
                             + cls.__qualname__)
        raise TypeError("error in " + cls.__name__ + "._missing_: returned "
                        + repr(result) + " instead of None or a valid member")

    def _create_(cls, class_name, names, *, module=None, type=None, start=1):
        # Functional API: Enum('Color', 'RED GREEN') and friends.
        bases = (cls,) if type is None else (type, cls)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        items = []
        if isinstance(names, dict):
            items = list(names.items())
        else:
            names = list(names)
            if names and isinstance(names[0], str):
                gen = cls._generate_next_value_
                last = []
                for i in range(len(names)):
                    v = gen(names[i], start, i, list(last))
                    last.append(v)
                    items.append((names[i], v))
            else:
                items = [tuple(item) for item in names]
        classdict = {}
        for k, v in items:
            classdict[k] = v
        if module is not None:
            classdict["__module__"] = module
        return EnumType.__new__(EnumType if cls.__class__ is EnumType
                                else cls.__class__, class_name, bases,
                                classdict)

    def __iter__(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[n]
                     for n in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '"
                            + member.__class__.__qualname__ + "' and '"
                            + cls.__class__.__qualname__ + "'")
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __setattr__(cls, name, value):
        # members are fixed once the class exists (CPython 3.11's wording)
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member " + repr(name))
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError(repr(cls.__name__) + " cannot delete member " + repr(name) + ".")
        super().__delattr__(name)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag " + repr(cls.__name__) + ">"
        return "<enum " + repr(cls.__name__) + ">"

    @property
    def __members__(cls):
        return dict(cls._member_map_)


EnumMeta = EnumType
Flag = None  # defined below; EnumType checks for it while Enum is created


class Enum(metaclass=EnumType):
    """Base class for enumerations: members are instances, with .name and
    .value."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        v_repr = self.__class__._value_repr_ if hasattr(
            self.__class__, "_value_repr_") else None
        if v_repr is None:
            mt = self.__class__._member_type_
            v_repr = repr if mt is object else mt.__repr__
        return ("<" + self.__class__.__name__ + "." + self._name_ + ": "
                + v_repr(self._value_) + ">")

    def __str__(self):
        return self.__class__.__name__ + "." + self._name_

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ["__class__", "__doc__", "__module__", "name", "value"]


class ReprEnum(Enum):
    """Members keep the str() and format() of their data type."""


class IntEnum(int, ReprEnum):
    """Enum whose members are also ints."""

    __repr__ = Enum.__repr__

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)


class StrEnum(str, ReprEnum):
    """Enum whose members are also strs; auto() gives the lower-cased
    name."""

    __repr__ = Enum.__repr__

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)


def _power_of_two(n):
    return n > 0 and (n & (n - 1)) == 0


def _signed_bin(num, width):
    """A number in binary as enum's messages show it: '0b0 0111', the sign
    digit apart, the digits padded to width."""
    sign = "0b1" if num < 0 else "0b0"
    if num < 0:
        num = (1 << width) + num
    digits = format(num, "b").rjust(width, sign[-1])
    return sign + " " + digits


class Flag(Enum):
    """Enum of bit flags: members combine with | & ^ ~; combinations are
    pseudo-members named like "R|W"."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = 0
        for v in last_values:
            high = max(high, v.bit_length())
        return 1 << high

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError(repr(value) + " is not a valid "
                             + cls.__qualname__)
        mask = cls._flag_mask_
        keep = cls._member_type_ is not object  # IntFlag: boundary KEEP
        if value < 0:
            if keep:
                value = value  # an int flag keeps its int value
            else:
                value = cls._all_bits_ + 1 + value
        if not keep and (value < 0 or value & ~mask):
            width = max(value.bit_length(), mask.bit_length())
            raise ValueError(repr(cls) + " invalid value " + repr(value)
                             + "\n    given " + _signed_bin(value, width)
                             + "\n  allowed " + _signed_bin(mask, width))
        mt = cls._member_type_
        member = object.__new__(cls) if mt is object else mt.__new__(cls,
                                                                      value)
        member._value_ = value
        names = []
        for m in cls._iter_bits_(value):
            names.append(m._name_)
        if keep and value & ~mask:
            names = []  # extra bits: no name, shown as the int (CPython 3.11)
        member._name_ = "|".join(names) if names else None
        cls._value2member_map_[value] = member
        return member

    @classmethod
    def _iter_bits_(cls, value):
        out = []
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if _power_of_two(m._value_) and m._value_ & value:
                out.append(m)
        return out

    def __iter__(self):
        return iter(self.__class__._iter_bits_(self._value_))

    def __len__(self):
        return len(self.__class__._iter_bits_(self._value_))

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': '"
                            + type(other).__qualname__ + "' and '"
                            + self.__class__.__qualname__ + "'")
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        mt = self.__class__._member_type_
        v_repr = repr if mt is object else mt.__repr__
        if self._name_ is None:
            return "<" + cls_name + ": " + v_repr(self._value_) + ">"
        return ("<" + cls_name + "." + self._name_ + ": "
                + v_repr(self._value_) + ">")

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return cls_name + "(" + repr(self._value_) + ")"
        return cls_name + "." + self._name_

    def _get_value(self, flag):
        if isinstance(flag, self.__class__):
            return flag._value_
        if self.__class__._member_type_ is not object and isinstance(flag,
                                                                     int):
            return flag
        return NotImplemented

    def __or__(self, other):
        v = self._get_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._get_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._get_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self.__class__._flag_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag):
    """Flag whose members are also ints."""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(int(self), format_spec)

    def __repr__(self):
        return Flag.__repr__(self)

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__


def unique(enumeration):
    """Class decorator: ValueError if any member is an alias."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        details = ", ".join([a + " -> " + b for a, b in duplicates])
        raise ValueError("duplicate values found in " + repr(enumeration)
                         + ": " + details)
    return enumeration
