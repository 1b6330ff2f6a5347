# SPDX-License-Identifier: MIT
# xenlet's fractions: Fraction, an exact rational number kept in lowest
# terms with a positive denominator.  It is made from ints, Fractions,
# floats (exactly) and strings ('3/4', '-1.25e2'), mixes with int (exactly)
# and float (the result is a float), and hashes like the equal int or
# float, as in CPython 3.11.  There is no numbers module: "rational" here
# means int (bool included) or Fraction; Decimal is not supported.

import math
import sys

__all__ = ["Fraction"]

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


def _digits(s: str, i: int):
    """Index after a run of digits with single '_' between them (i if none)."""
    j = i
    n = len(s)
    while j < n and "0" <= s[j] <= "9":
        j += 1
        if j < n - 1 and s[j] == "_" and "0" <= s[j + 1] <= "9":
            j += 1
    return j


def _parse(text: str):
    """(numerator, denominator) of a Fraction literal, or None if malformed."""
    s = text.strip()
    i = 0
    neg = False
    if s[:1] in ("+", "-"):
        neg = s[0] == "-"
        i = 1
    j = _digits(s, i)
    num = s[i:j]
    if j < len(s) and s[j] == "/":
        k = _digits(s, j + 1)
        if k == j + 1 or k != len(s) or not num:
            return None
        n, d = int(num), int(s[j + 1:k])
        return (-n if neg else n), d
    n = int(num) if num else 0
    d = 1
    if j < len(s) and s[j] == ".":
        k = _digits(s, j + 1)
        dec = s[j + 1:k]
        if not num and not dec:
            return None
        if dec:
            scale = 10 ** len(dec.replace("_", ""))
            n = n * scale + int(dec)
            d = scale
        j = k
    elif not num:
        return None
    if j < len(s) and s[j] in "eE":
        k = j + 1
        if k < len(s) and s[k] in "+-":
            k += 1
        m = _digits(s, k)
        if m == k:
            return None
        exp = int(s[j + 1:m])
        if exp >= 0:
            n *= 10 ** exp
        else:
            d *= 10 ** -exp
        j = m
    if j != len(s):
        return None
    return (-n if neg else n), d


def _is_rational(x) -> bool:
    return isinstance(x, (int, Fraction))


class Fraction:
    """A rational number numerator/denominator, always in lowest terms."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if _is_rational(numerator):
                self._numerator = int(numerator.numerator)
                self._denominator = int(numerator.denominator)
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = int(numerator) // g
        self._denominator = int(denominator) // g
        return self

    @classmethod
    def _raw(cls, n: int, d: int):
        """A Fraction from n/d already in lowest terms (d may be 0: error)."""
        if d == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % n)
        self = object.__new__(cls)
        self._numerator = n
        self._denominator = d
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    @property
    def numerator(self) -> int:
        return self._numerator

    @property
    def denominator(self) -> int:
        return self._denominator

    def __repr__(self) -> str:
        return "%s(%s, %s)" % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self) -> str:
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # ---- arithmetic: exact on rationals, float otherwise -----------------------

    def _add(a, b):
        da, db = a._denominator, b._denominator
        return Fraction(a._numerator * db + b._numerator * da, da * db)

    def _sub(a, b):
        da, db = a._denominator, b._denominator
        return Fraction(a._numerator * db - b._numerator * da, da * db)

    def _mul(a, b):
        na, da, nb, db = a._numerator, a._denominator, b._numerator, b._denominator
        g1 = math.gcd(na, db)
        if g1 > 1:
            na //= g1
            db //= g1
        g2 = math.gcd(nb, da)
        if g2 > 1:
            nb //= g2
            da //= g2
        return Fraction._raw(na * nb, db * da)

    def _div(a, b):
        na, da, nb, db = a._numerator, a._denominator, b._numerator, b._denominator
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction._raw(n, d)

    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        div, n_mod = divmod(a._numerator * db, da * b._numerator)
        return div, Fraction(n_mod, da * db)

    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    def _binary(name, exact, fallback):
        def forward(a, b):
            if isinstance(b, Fraction):
                return exact(a, b)
            if isinstance(b, int):
                return exact(a, Fraction(b))
            if isinstance(b, float):
                return fallback(float(a), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, int):
                return exact(Fraction(a), b)
            if isinstance(a, float):
                return fallback(a, float(b))
            return NotImplemented

        forward.__name__ = "__" + name + "__"
        reverse.__name__ = "__r" + name + "__"
        return forward, reverse

    __add__, __radd__ = _binary("add", _add, lambda x, y: x + y)
    __sub__, __rsub__ = _binary("sub", _sub, lambda x, y: x - y)
    __mul__, __rmul__ = _binary("mul", _mul, lambda x, y: x * y)
    __truediv__, __rtruediv__ = _binary("truediv", _div, lambda x, y: x / y)
    __floordiv__, __rfloordiv__ = _binary("floordiv", _floordiv, lambda x, y: x // y)
    __divmod__, __rdivmod__ = _binary("divmod", _divmod, divmod)
    __mod__, __rmod__ = _binary("mod", _mod, lambda x, y: x % y)
    del _binary

    def __pow__(a, b):
        if _is_rational(b):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction._raw(a._numerator ** power, a._denominator ** power)
                if a._numerator >= 0:
                    return Fraction._raw(a._denominator ** -power, a._numerator ** -power)
                return Fraction._raw((-a._denominator) ** -power,
                                     (-a._numerator) ** -power)
            return float(a) ** float(b)
        if isinstance(b, float):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction._raw(a._numerator, a._denominator)

    def __neg__(a):
        return Fraction._raw(-a._numerator, a._denominator)

    def __abs__(a):
        return Fraction._raw(abs(a._numerator), a._denominator)

    def __int__(a) -> int:
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __floor__(a) -> int:
        return a._numerator // a._denominator

    def __ceil__(a) -> int:
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(x) rounds half to even; round(x, n) gives a Fraction."""
        if ndigits is None:
            d = self._denominator
            floor, remainder = divmod(self._numerator, d)
            if remainder * 2 < d:
                return floor
            if remainder * 2 > d:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a) -> float:
        return a._numerator / a._denominator

    def __hash__(self) -> int:
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * dinv)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return False
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if _is_rational(other):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a) -> bool:
        return bool(a._numerator)

    def __reduce__(self):
        return (type(self), (str(self),))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)
