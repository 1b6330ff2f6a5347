# SPDX-License-Identifier: MIT
# xenlet's datetime: timedelta, date, time, datetime, tzinfo and timezone,
# written for this VM with CPython 3.11's observable behaviour (values,
# reprs, str forms, fromisoformat's 3.11 formats, strptime for the common
# directives, and the C module's error messages for the usual misuses).
#
# There are no time zones on xenlet: local time is UTC.  A naive datetime
# is read as UTC by timestamp() and astimezone(), fromtimestamp()/now()
# without tz give UTC wall time, and datetime.now().astimezone() carries
# timezone(timedelta(0), 'UTC'), as CPython does on a machine set to UTC.
# strftime expands %f %z %Z (and the glibc extras %G %g %V %u %C %F %T %D
# %R %r %P %k %l %n %t and the '-' no-padding flag) here and leaves the
# rest to time.strftime.  strptime's parser is _datetime_strptime.  Dates
# are proleptic Gregorian over years 1..9999.

import time as _time

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059  # date.max.toordinal()
_EPOCH_ORD = 719163    # date(1970, 1, 1).toordinal()

_DIM = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# days before the first of each month in a common year
_DBM = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365)

_DAYNAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHNAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# ---- calendar arithmetic (proleptic Gregorian, day 1 = 0001-01-01) --------

def _is_leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_in_month(y: int, m: int) -> int:
    if m == 2 and _is_leap(y):
        return 29
    return _DIM[m]


def _ymd2ord(y: int, m: int, d: int) -> int:
    p = y - 1
    n = p * 365 + p // 4 - p // 100 + p // 400 + _DBM[m] + d
    if m > 2 and _is_leap(y):
        n += 1
    return n


def _ord2ymd(n: int):
    # Peel off whole 400-, 100-, 4- and 1-year cycles from the day count.
    n -= 1
    c400, n = divmod(n, 146097)
    c100, n = divmod(n, 36524)
    c4, n = divmod(n, 1461)
    c1, n = divmod(n, 365)
    y = c400 * 400 + c100 * 100 + c4 * 4 + c1 + 1
    if c1 == 4 or c100 == 4:
        # the last day of a leap year ending a 4- or 400-year cycle
        return y - 1, 12, 31
    if c1 == 3 and (c4 != 24 or c100 == 3):  # a leap year
        if n == 59:
            return y, 2, 29
        if n > 59:
            n -= 1
    m = n // 31 + 1  # never past the right month, at most one short
    if n >= _DBM[m + 1]:
        m += 1
    return y, m, n - _DBM[m] + 1


def _iso_week1_monday(y: int) -> int:
    first = _ymd2ord(y, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:  # Jan 1 is Fri..Sun: week 1 starts the Monday after
        monday += 7
    return monday


def _isocal(y: int, n: int):
    """(ISO year, week, weekday) of ordinal n in calendar year y."""
    w1 = _iso_week1_monday(y)
    if n < w1:
        y -= 1
        w1 = _iso_week1_monday(y)
    else:
        nxt = _iso_week1_monday(y + 1)
        if n >= nxt:
            y += 1
            w1 = nxt
    week, day = divmod(n - w1, 7)
    return y, week + 1, day + 1


def _iso_to_ord(year: int, week: int, day: int):
    """Ordinal of an ISO date, or an error string (CPython's wording)."""
    if week <= 0 or week >= 53:
        ok = False
        if week == 53:
            wd1 = _ymd2ord(year, 1, 1) % 7  # 0 = Sunday
            ok = wd1 == 4 or (wd1 == 3 and _is_leap(year))
        if not ok:
            return "Invalid week: %d" % week
    if day <= 0 or day >= 8:
        return "Invalid day: %d (range is [1, 7])" % day
    return _iso_week1_monday(year) + (week - 1) * 7 + day - 1


# ---- argument checks --------------------------------------------------------

def _int(x):
    if type(x) is int:
        return x
    if isinstance(x, int):
        return int(x)
    idx = getattr(type(x), "__index__", None)
    if idx is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % _tname(x))
    return idx(x)


def _check_date(year, month, day):
    year = _int(year)
    month = _int(month)
    day = _int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if day < 1 or (day > _DIM[month] and
                   (day != 29 or month != 2 or not _is_leap(year))):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time(hour, minute, second, microsecond, fold):
    hour = _int(hour)
    minute = _int(minute)
    second = _int(second)
    microsecond = _int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        "subclass, not type '%s'" % _tname(tz))


def _tname(x) -> str:
    t = type(x)
    if t in _OWN_TYPES:
        return "datetime." + t.__name__
    return t.__name__


def _binop_error(op, a, b):
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                    % (op, _tname(a), _tname(b)))


def _mul_error(a, b):
    if isinstance(a, _SEQS):
        raise TypeError("can't multiply sequence by non-int of type '%s'"
                        % _tname(b))
    if isinstance(b, _SEQS):
        raise TypeError("can't multiply sequence by non-int of type '%s'"
                        % _tname(a))
    _binop_error("*", a, b)


_SEQS = (str, bytes, list, tuple)


def _plain(x) -> bool:
    """True for built-in operands, which never handle our types."""
    return type(x) in _PLAIN


def _alien(x) -> bool:
    """For reflected operations: a built-in or one of this module's types
    (whose forward method has already declined)."""
    t = type(x)
    return t in _PLAIN or t in _OWN_TYPES


_PLAIN = (int, float, str, bytes, bool, list, tuple, dict, set, frozenset,
          type(None))


def _cls_name(x, base) -> str:
    # C types print their module; a Python subclass just its own name
    t = type(x)
    if t is base:
        return "datetime." + t.__name__
    return t.__name__


def _div_round(a: int, b: int) -> int:
    """a / b rounded half to even (b != 0)."""
    q, r = divmod(a, b)
    r2 = r * 2
    if (r2 > b if b > 0 else r2 < b) or (r2 == b and q & 1):
        q += 1
    return q


# ---- timedelta --------------------------------------------------------------

_US_PER_DAY = 86400000000


def _td(days, seconds, us):
    """A timedelta from already normalised parts."""
    self = object.__new__(timedelta)
    self._days = days
    self._seconds = seconds
    self._microseconds = us
    self._hashcode = -1
    return self


def _td_us(us: int):
    """A timedelta of us microseconds (checked against the day range)."""
    s, u = divmod(us, 1000000)
    d, s = divmod(s, 86400)
    if not -999999999 <= d <= 999999999:
        if -2147483648 <= d <= 2147483647:
            raise OverflowError(
                "days=%d; must have magnitude <= 999999999" % d)
        raise OverflowError("Python int too large to convert to C int")
    self = object.__new__(timedelta)
    self._days = d
    self._seconds = s
    self._microseconds = u
    self._hashcode = -1
    return self


_TD_NAMES = ("microseconds", "milliseconds", "seconds", "minutes", "hours",
             "days", "weeks")
_TD_FACTORS = (1, 1000, 1000000, 60000000, 3600000000, _US_PER_DAY,
               7 * _US_PER_DAY)


def _c_round(x: float) -> float:
    # C's round(): halves go away from zero
    f = float(int(x)) if x >= 0 else -float(int(-x))
    r = x - f
    if r >= 0.5:
        return f + 1.0
    if r <= -0.5:
        return f - 1.0
    return f


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int
                and type(microseconds) is int and type(milliseconds) is int
                and type(minutes) is int and type(hours) is int
                and type(weeks) is int):
            us = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60
                  + seconds) * 1000000 + milliseconds * 1000 + microseconds
        else:
            us = 0
            left = 0.0
            vals = (microseconds, milliseconds, seconds, minutes, hours,
                    days, weeks)
            for i in range(7):
                v = vals[i]
                if isinstance(v, int):
                    if v:
                        us += v * _TD_FACTORS[i]
                elif isinstance(v, float):
                    if v:
                        # exact integral part; the fraction is scaled in
                        # float and its own fraction carried in `left`
                        ip = int(v)
                        us += ip * _TD_FACTORS[i]
                        frac = v - ip
                        if frac:
                            scaled = frac * _TD_FACTORS[i]
                            ip2 = int(scaled)
                            us += ip2
                            left += scaled - ip2
                else:
                    raise TypeError("unsupported type for timedelta %s "
                                    "component: %s"
                                    % (_TD_NAMES[i], _tname(v)))
            if left:
                whole = _c_round(left)
                if abs(whole - left) == 0.5:
                    odd = us & 1
                    whole = 2.0 * _c_round((left + odd) * 0.5) - odd
                us += int(whole)
        s, u = divmod(us, 1000000)
        d, s = divmod(s, 86400)
        if not -999999999 <= d <= 999999999:
            if -2147483648 <= d <= 2147483647:
                raise OverflowError(
                    "days=%d; must have magnitude <= 999999999" % d)
            raise OverflowError("Python int too large to convert to C int")
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = u
        self._hashcode = -1
        return self

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _us(self) -> int:
        return ((self._days * 86400 + self._seconds) * 1000000
                + self._microseconds)

    def total_seconds(self):
        return self._us() / 1000000

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        if not parts:
            parts.append("0")
        return "%s(%s)" % (_cls_name(self, timedelta), ", ".join(parts))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            d = self._days
            s = "%d day%s, %s" % (d, "" if d == 1 or d == -1 else "s", s)
        if self._microseconds:
            s = "%s.%06d" % (s, self._microseconds)
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_us(self._us() + other._us())
        if _plain(other) or type(other) is type(self):
            _binop_error("+", self, other)
        return NotImplemented

    def __radd__(self, other):
        if _alien(other):
            _binop_error("+", other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_us(self._us() - other._us())
        if _plain(other) or type(other) is type(self):
            _binop_error("-", self, other)
        return NotImplemented

    def __rsub__(self, other):
        if _alien(other):
            _binop_error("-", other, self)
        return NotImplemented

    def __neg__(self):
        return _td_us(-self._us())

    def __pos__(self):
        return _td(self._days, self._seconds, self._microseconds)

    def __abs__(self):
        if self._days < 0:
            return _td_us(-self._us())
        return _td(self._days, self._seconds, self._microseconds)

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_us(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td_us(_div_round(self._us() * a, b))
        if _plain(other) or type(other) is type(self):
            _mul_error(self, other)
        return NotImplemented

    def __rmul__(self, other):
        if isinstance(other, (int, float)):
            return self.__mul__(other)
        if _alien(other):
            _mul_error(other, self)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError(
                    "integer division or modulo by zero")
            return _td_us(_div_round(self._us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError(
                    "integer division or modulo by zero")
            return _td_us(_div_round(b * self._us(), a))
        if _plain(other) or type(other) is type(self):
            _binop_error("/", self, other)
        return NotImplemented

    def __rtruediv__(self, other):
        if _alien(other):
            _binop_error("/", other, self)
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            d = other._us()
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._us() // d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_us(self._us() // other)
        if _plain(other) or type(other) is type(self):
            _binop_error("//", self, other)
        return NotImplemented

    def __rfloordiv__(self, other):
        if _alien(other):
            _binop_error("//", other, self)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            d = other._us()
            if d == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return _td_us(self._us() % d)
        if _plain(other) or type(other) is type(self):
            _binop_error("%", self, other)
        return NotImplemented

    def __rmod__(self, other):
        if _alien(other):
            _binop_error("%", other, self)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            d = other._us()
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._us(), d)
            return q, _td_us(r)
        if _plain(other) or type(other) is type(self):
            _binop_error("divmod()", self, other)
        return NotImplemented

    def __rdivmod__(self, other):
        if _alien(other):
            _binop_error("divmod()", other, self)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return (self._days == other._days
                    and self._seconds == other._seconds
                    and self._microseconds == other._microseconds)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return not (self._days == other._days
                        and self._seconds == other._seconds
                        and self._microseconds == other._microseconds)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return (self._days != 0 or self._seconds != 0
                or self._microseconds != 0)

    def __reduce__(self):
        return (type(self), self._key())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


timedelta.min = _td(-999999999, 0, 0)
timedelta.max = _td(999999999, 86399, 999999)
timedelta.resolution = _td(0, 0, 1)
_ZERO = _td(0, 0, 0)
_ONE_DAY = _td(1, 0, 0)


# ---- formatting helpers -----------------------------------------------------

def _fmt_offset(off, sep: str) -> str:
    """'+HH<sep>MM[<sep>SS[.ffffff]]' for a timedelta; '' for None."""
    if off is None:
        return ""
    if off._days < 0:
        sign = "-"
        off = -off
    else:
        sign = "+"
    mm, ss = divmod(off._seconds, 60)
    hh, mm = divmod(mm, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off._microseconds:
        s += "%s%02d" % (sep, ss)
        if off._microseconds:
            s += ".%06d" % off._microseconds
    return s


def _fmt_time(hh, mm, ss, us, timespec) -> str:
    if timespec == "auto":
        if us:
            return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _ctime(y, m, d, hh, mm, ss) -> str:
    wd = (_ymd2ord(y, m, d) + 6) % 7
    return "%s %s %2d %02d:%02d:%02d %04d" % (
        _DAYNAMES[wd], _MONTHNAMES[m], d, hh, mm, ss, y)


def _call_offset(tz, name, arg):
    """tz.utcoffset(arg) or tz.dst(arg), checked as CPython does."""
    if tz is None:
        return None
    if type(tz) is timezone and name == "utcoffset":
        return tz._offset
    off = getattr(tz, name)(arg)
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, _tname(off)))
    if not -_US_PER_DAY < off._us() < _US_PER_DAY:
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return off


def _call_tzname(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, "
                        "not '%s'" % _tname(name))
    return name


def _strftime(fmt, tt, us, tz, tzarg, iso):
    """Expand the directives time.strftime lacks, then call it.

    iso is a callable giving (ISO year, week, weekday) when needed.
    """
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % _tname(fmt))
    if "%" not in fmt:
        return _time.strftime(fmt, tt)
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        j = fmt.find("%", i)
        if j < 0:
            out.append(fmt[i:])
            break
        out.append(fmt[i:j])
        if j + 1 >= n:
            out.append("%")
            break
        c = fmt[j + 1]
        i = j + 2
        if c == "f":
            out.append("%06d" % us)
        elif c == "z":
            out.append(_fmt_offset(_call_offset(tz, "utcoffset", tzarg), ""))
        elif c == "Z":
            name = _call_tzname(tz, tzarg)
            if name:
                out.append(name.replace("%", "%%"))
        elif c in "GgVu":
            iy, iw, idw = iso()
            if c == "G":
                out.append(str(iy))
            elif c == "g":
                out.append("%02d" % (iy % 100))
            elif c == "V":
                out.append("%02d" % iw)
            else:
                out.append(str(idw))
        elif c == "C":
            out.append(str(tt[0] // 100))
        elif c == "F":
            out.append("%d-%02d-%02d" % (tt[0], tt[1], tt[2]))
        elif c == "T":
            out.append("%02d:%02d:%02d" % (tt[3], tt[4], tt[5]))
        elif c == "D":
            out.append("%02d/%02d/%02d" % (tt[1], tt[2], tt[0] % 100))
        elif c == "R":
            out.append("%02d:%02d" % (tt[3], tt[4]))
        elif c == "r":
            out.append("%02d:%02d:%02d %s" % ((tt[3] + 11) % 12 + 1, tt[4],
                                              tt[5], "AM" if tt[3] < 12
                                              else "PM"))
        elif c == "P":
            out.append("am" if tt[3] < 12 else "pm")
        elif c == "k":
            out.append("%2d" % tt[3])
        elif c == "l":
            out.append("%2d" % ((tt[3] + 11) % 12 + 1))
        elif c == "n":
            out.append("\n")
        elif c == "t":
            out.append("\t")
        elif c == "-" and i < n and fmt[i] in "dmHIMSjyekl":
            c = fmt[i]
            i += 1
            if c == "k":
                v = str(tt[3])
            elif c == "l":
                v = str((tt[3] + 11) % 12 + 1)
            else:
                v = _time.strftime("%" + c, tt).lstrip("0 ") or "0"
            out.append(v)
        else:
            out.append(fmt[j:i])
    return _time.strftime("".join(out), tt)


# ---- date -------------------------------------------------------------------

def _date_new(cls, y, m, d):
    if cls is date:
        self = object.__new__(date)
        self._year = y
        self._month = m
        self._day = d
        self._hashcode = -1
        return self
    return cls(y, m, d)


def _date_from_ord(cls, n):
    if not 1 <= n <= _MAXORDINAL:
        raise OverflowError("date value out of range")
    y, m, d = _ord2ymd(n)
    return _date_new(cls, y, m, d)


def _ts_split(t, floor: bool):
    """(whole seconds, microseconds) of a timestamp, as CPython rounds."""
    if isinstance(t, int):
        return int(t), 0
    if not isinstance(t, float):
        if hasattr(t, "__float__") or hasattr(t, "__index__"):
            t = float(t)
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % _tname(t))
    if t != t:
        raise ValueError("Invalid value NaN (not a number)")
    if not -9.223372036854776e18 <= t < 9.223372036854776e18:
        raise OverflowError("timestamp out of range for platform time_t")
    ip = int(t)
    frac = t - ip
    if floor:
        if frac < 0:
            ip -= 1
        return ip, 0
    us = round(frac * 1e6)
    if us >= 1000000:
        us -= 1000000
        ip += 1
    elif us < 0:
        us += 1000000
        ip -= 1
    return ip, us


def _utc_fields(secs: int):
    """(y, m, d, hh, mm, ss) of a Unix time in whole seconds."""
    days, rem = divmod(secs, 86400)
    n = days + _EPOCH_ORD
    if not 1 <= n <= _MAXORDINAL:
        y = _ord2ymd(n)[0]
        raise ValueError("year %d is out of range" % y)
    y, m, d = _ord2ymd(n)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    return y, m, d, hh, mm, ss


def _parse_digits(s, i, n):
    """Value of the n ASCII digits at s[i:], or -1."""
    if i + n > len(s):
        return -1
    v = 0
    for k in range(i, i + n):
        c = s[k]
        if c < "0" or c > "9":
            return -1
        v = v * 10 + ord(c) - 48
    return v


def _parse_iso_date(s):
    """(y, m, d) of an ISO date (CPython 3.11's parser), or None."""
    n = len(s)
    y = _parse_digits(s, 0, 4)
    if y < 0:
        return None
    p = 4
    sep = p < n and s[p] == "-"
    if sep:
        p += 1
    if p < n and s[p] == "W":
        p += 1
        week = _parse_digits(s, p, 2)
        if week < 0:
            return None
        p += 2
        if p < n:
            if sep:
                if s[p] != "-":
                    return None
                p += 1
            day = _parse_digits(s, p, 1)
            if day < 0:
                return None
        else:
            day = 1
        o = _iso_to_ord(y, week, day)
        if isinstance(o, str):
            return None
        if o < 1:
            return 0, 1, 1  # rejected as year 0 by the constructor
        return _ord2ymd(o)
    m = _parse_digits(s, p, 2)
    if m < 0:
        return None
    p += 2
    if sep:
        if p >= n or s[p] != "-":
            return None
        p += 1
    d = _parse_digits(s, p, 2)
    if d < 0:
        return None
    return y, m, d


class IsoCalendarDate(tuple):
    """The (year, week, weekday) named tuple of date.isocalendar()."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return ("datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)"
                % (self[0], self[1], self[2]))

    def __reduce__(self):
        return (tuple, (tuple(self),))


class date:
    """A calendar date (year, month, day) in the proleptic Gregorian
    calendar."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month, day):
        year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        secs = _ts_split(t, True)[0]
        y, m, d = _utc_fields(secs)[:3]
        return _date_new(cls, y, m, d)

    @classmethod
    def fromordinal(cls, n):
        n = _int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ord2ymd(n)[0])
        y, m, d = _ord2ymd(n)
        return _date_new(cls, y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        r = None
        if len(s) in (7, 8, 10):
            r = _parse_iso_date(s)
        if r is None:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        return cls(r[0], r[1], r[2])

    @classmethod
    def fromisocalendar(cls, year, week, day):
        year = _int(year)
        week = _int(week)
        day = _int(day)
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        o = _iso_to_ord(year, week, day)
        if isinstance(o, str):
            raise ValueError(o)
        y, m, d = _ord2ymd(o)
        return cls(y, m, d)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (_ymd2ord(self._year, self._month, self._day) + 6) % 7

    def isoweekday(self):
        return (_ymd2ord(self._year, self._month, self._day) + 6) % 7 + 1

    def isocalendar(self):
        return IsoCalendarDate(*_isocal(
            self._year, _ymd2ord(self._year, self._month, self._day)))

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_cls_name(self, date), self._year,
                                   self._month, self._day)

    def ctime(self):
        return _ctime(self._year, self._month, self._day, 0, 0, 0)

    def timetuple(self):
        y, m, d = self._year, self._month, self._day
        n = _ymd2ord(y, m, d)
        return _time.struct_time((y, m, d, 0, 0, 0, (n + 6) % 7,
                                  n - _ymd2ord(y, 1, 1) + 1, -1))

    def strftime(self, fmt):
        return _strftime(fmt, self.timetuple(), 0, None, None,
                         self.isocalendar)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s"
                            % _tname(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ord(type(self), _ymd2ord(
                self._year, self._month, self._day) + other._days)
        if _plain(other) or type(other) is type(self):
            _binop_error("+", self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        if _alien(other):
            _binop_error("+", other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ord(type(self), _ymd2ord(
                self._year, self._month, self._day) - other._days)
        if isinstance(other, date):
            if isinstance(other, datetime):
                _binop_error("-", self, other)
            return _td_us((self.toordinal() - other.toordinal())
                          * _US_PER_DAY)
        if _plain(other) or type(other) is type(self):
            _binop_error("-", self, other)
        return NotImplemented

    def __rsub__(self, other):
        if _alien(other):
            _binop_error("-", other, self)
        return NotImplemented

    def _dkey(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return (self._day == other._day and self._month == other._month
                    and self._year == other._year)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return not (self._day == other._day
                        and self._month == other._month
                        and self._year == other._year)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._dkey() < other._dkey()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._dkey() <= other._dkey()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._dkey() > other._dkey()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._dkey() >= other._dkey()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._dkey())
        return self._hashcode

    def __reduce__(self):
        return (type(self), self._dkey())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


date.min = _date_new(date, 1, 1, 1)
date.max = _date_new(date, 9999, 12, 31)
date.resolution = _ONE_DAY


# ---- tzinfo and timezone ----------------------------------------------------

class tzinfo:
    """Abstract base class for time zone information."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError(
            "a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = _call_offset(self, "utcoffset", dt)
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _call_offset(self, "dst", dt)
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = off - dst
        if delta:
            dt = dt + delta
            dst = _call_offset(self, "dst", dt)
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent "
                                 "results; cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        return (type(self), args)


def _tz_new(offset, name):
    self = object.__new__(timezone)
    self._offset = offset
    self._name = name
    return self


class timezone(tzinfo):
    """A fixed offset from UTC, optionally named."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be "
                            "datetime.timedelta, not %s"
                            % _tname(offset))
        if name is None:
            if not offset:
                return timezone.utc
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % _tname(name))
        if not -_US_PER_DAY < offset._us() < _US_PER_DAY:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24),"
                             " not %r." % (offset,))
        return _tz_new(offset, name)

    def __init_subclass__(cls, **kw):
        raise TypeError("type 'datetime.timezone' is not an acceptable "
                        "base type")

    def _check_arg(self, what, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or "
                            "None, not %s" % (what, _tname(dt)))

    def utcoffset(self, dt):
        if dt is not None and not isinstance(dt, datetime):
            self._check_arg("utcoffset", dt)
        return self._offset

    def dst(self, dt):
        if dt is not None and not isinstance(dt, datetime):
            self._check_arg("dst", dt)
        return None

    def tzname(self, dt):
        if dt is not None and not isinstance(dt, datetime):
            self._check_arg("tzname", dt)
        if self._name is not None:
            return self._name
        off = self._offset
        if not off:
            return "UTC"
        return "UTC" + _fmt_offset(off, ":")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __str__(self):
        return self.tzname(None)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (timezone, self.__getinitargs__())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


timezone.utc = _tz_new(_ZERO, None)
timezone.min = _tz_new(-timedelta(hours=23, minutes=59), None)
timezone.max = _tz_new(timedelta(hours=23, minutes=59), None)
UTC = timezone.utc
_LOCAL = _tz_new(_ZERO, "UTC")  # what astimezone() gives: local time is UTC


# ---- time -------------------------------------------------------------------

def _time_new(cls, hh, mm, ss, us, tz, fold):
    if cls is time:
        self = object.__new__(time)
        self._hour = hh
        self._minute = mm
        self._second = ss
        self._microsecond = us
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self
    return cls(hh, mm, ss, us, tz, fold=fold)


def _parse_hms(s, i, end):
    """Parse [HH[:?MM[:?SS[{.,}fff[fff]]]]] from s[i:end] as CPython 3.11
    does: (status, h, m, s, us); status 0 when the parse ends the string,
    1 when text follows (an offset, or junk), < 0 when malformed."""
    vals = [0, 0, 0]
    n = len(s)
    p = i
    has_sep = True
    for k in range(3):
        v = _parse_digits(s, p, 2)
        if v < 0:
            return -3, 0, 0, 0, 0
        vals[k] = v
        p += 2
        c = s[p] if p < n else ""
        p += 1
        if k == 0:
            has_sep = c == ":"
        if p >= end:
            return (1 if c else 0), vals[0], vals[1], vals[2], 0
        if has_sep and c == ":":
            continue
        if c == "." or c == ",":
            break
        if has_sep:
            return -4, 0, 0, 0, 0
        p -= 1
    left = end - p
    if left <= 0:
        return -3, 0, 0, 0, 0
    k = 6 if left >= 6 else left
    v = _parse_digits(s, p, k)
    if v < 0:
        return -3, 0, 0, 0, 0
    us = v * (1, 100000, 10000, 1000, 100, 10, 1)[k]
    p += k
    while p < n and "0" <= s[p] <= "9":
        p += 1
    return (1 if p < n else 0), vals[0], vals[1], vals[2], us


def _parse_iso_time(s):
    """(h, m, s, us, tz) of an ISO time with optional offset, or None."""
    end = len(s)
    z = 0
    while z < end and s[z] not in "Z+-":
        z += 1
    st, hh, mm, ss, us = _parse_hms(s, 0, z)
    if st < 0:
        return None
    if z == end:
        if st == 1:
            return None
        return hh, mm, ss, us, None
    if s[z] == "Z":
        if z + 1 != end:
            return None
        return hh, mm, ss, us, timezone.utc
    sign = -1 if s[z] == "-" else 1
    st2, th, tm, ts, tus = _parse_hms(s, z + 1, end)
    if st2 != 0:
        return None
    off = sign * (th * 3600 + tm * 60 + ts)
    tus *= sign
    if off == 0 and tus == 0:
        return hh, mm, ss, us, timezone.utc
    return hh, mm, ss, us, timezone(timedelta(0, off, tus))


class time:
    """A time of day, independent of any particular day."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_fold", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        hour, minute, second, microsecond = _check_time(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        t = s[1:] if s[:1] == "T" else s
        r = _parse_iso_time(t)
        if r is None:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        return cls(r[0], r[1], r[2], r[3], r[4])

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def utcoffset(self):
        return _call_offset(self._tzinfo, "utcoffset", None)

    def dst(self):
        return _call_offset(self._tzinfo, "dst", None)

    def tzname(self):
        return _call_tzname(self._tzinfo, None)

    def isoformat(self, timespec="auto"):
        s = _fmt_time(self._hour, self._minute, self._second,
                      self._microsecond, timespec)
        if self._tzinfo is not None:
            s += _fmt_offset(self.utcoffset(), ":")
        return s

    __str__ = isoformat

    def __repr__(self):
        if self._microsecond:
            s = "%d, %d, %d, %d" % (self._hour, self._minute, self._second,
                                    self._microsecond)
        elif self._second:
            s = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            s = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            s += ", fold=1"
        return "%s(%s)" % (_cls_name(self, time), s)

    def strftime(self, fmt):
        tt = _time.struct_time((1900, 1, 1, self._hour, self._minute,
                                self._second, 0, 1, -1))
        return _strftime(fmt, tt, self._microsecond, self._tzinfo, None,
                         lambda: (1900, 1, 1))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("__format__() argument 1 must be str, not %s"
                            % _tname(fmt))
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo,
                          fold=fold)

    def _tkey(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _cmp(self, other, op):
        """-1/0/1, or None for == / != between naive and aware."""
        if self._tzinfo is other._tzinfo:
            a, b = self._tkey(), other._tkey()
        else:
            o1 = self.utcoffset()
            o2 = other.utcoffset()
            if o1 == o2:
                a, b = self._tkey(), other._tkey()
            elif o1 is not None and o2 is not None:
                a = (self._hour * 3600 + self._minute * 60 + self._second
                     - o1._days * 86400 - o1._seconds, self._microsecond)
                b = (other._hour * 3600 + other._minute * 60 + other._second
                     - o2._days * 86400 - o2._seconds, other._microsecond)
            elif op == "==":
                return None
            else:
                raise TypeError("can't compare offset-naive and "
                                "offset-aware times")
        return 0 if a == b else (-1 if a < b else 1)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, "==") == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp(other, "==") != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, "<") < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, "<") <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, "<") > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, "<") >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            if off is None:
                self._hashcode = hash(self._tkey())
            else:
                s = (self._hour * 3600 + self._minute * 60 + self._second
                     - off._days * 86400 - off._seconds)
                self._hashcode = hash((s, self._microsecond))
        return self._hashcode

    def __bool__(self):
        return True

    # no arithmetic on times, but CPython's messages for trying
    def __add__(self, other):
        if _plain(other) or type(other) is type(self):
            _binop_error("+", self, other)
        return NotImplemented

    def __radd__(self, other):
        if _alien(other):
            _binop_error("+", other, self)
        return NotImplemented

    def __sub__(self, other):
        if _plain(other) or type(other) is type(self):
            _binop_error("-", self, other)
        return NotImplemented

    def __rsub__(self, other):
        if _alien(other):
            _binop_error("-", other, self)
        return NotImplemented

    def __reduce__(self):
        return (type(self), self._tkey() + (self._tzinfo,))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


time.min = _time_new(time, 0, 0, 0, 0, None, 0)
time.max = _time_new(time, 23, 59, 59, 999999, None, 0)
time.resolution = timedelta.resolution


def _strptime_date(year, month, day, julian):
    """The date strptime means: year 1900 when the format has none (1904,
    printed as 1900, for Feb 29), and %j counted from January 1."""
    leap_fix = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_fix = True
        else:
            year = 1900
    if julian is not None:
        _check_date(year, 1, 1)
        y, month, day = _ord2ymd(julian - 1 + _ymd2ord(year, 1, 1))
        if not leap_fix:
            year = y
    else:
        _check_date(year, month, day)
    if leap_fix:
        year = 1900
    return year, month, day


# ---- datetime ---------------------------------------------------------------

def _dt_new(cls, y, m, d, hh, mm, ss, us, tz, fold=0):
    if cls is datetime:
        self = object.__new__(datetime)
        self._year = y
        self._month = m
        self._day = d
        self._hour = hh
        self._minute = mm
        self._second = ss
        self._microsecond = us
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self
    return cls(y, m, d, hh, mm, ss, us, tz, fold=fold)


def _dt_from_us(cls, n, tz):
    """A datetime from microseconds since 0001-01-01T00:00 minus a day
    (so that ordinal 1 starts at one day's worth)."""
    days, us = divmod(n, _US_PER_DAY)
    if not 1 <= days <= _MAXORDINAL:
        raise OverflowError("date value out of range")
    y, m, d = _ord2ymd(days)
    s, us = divmod(us, 1000000)
    hh, s = divmod(s, 3600)
    mm, ss = divmod(s, 60)
    return _dt_new(cls, y, m, d, hh, mm, ss, us, tz)


def _find_iso_sep(s):
    """Length of the date part of an ISO datetime (CPython 3.11's rule)."""
    n = len(s)
    if n == 7:
        return 7
    if n > 4 and s[4] == "-":
        if n > 5 and s[5] == "W":
            if n < 8:
                return -1
            if n > 8 and s[8] == "-":
                if n == 9:
                    return -1
                if n > 10 and "0" <= s[10] <= "9":
                    return 8
                return 10
            return 8
        return 10
    if n > 4 and s[4] == "W":
        i = 7
        while i < n and "0" <= s[i] <= "9":
            i += 1
        if i < 9:
            return i
        return 7 if i % 2 == 0 else 8
    return 8


class datetime(date):
    """A date and a time of day, with an optional tzinfo."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_fold")

    def __new__(cls, year, month, day, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date(year, month, day)
        hour, minute, second, microsecond = _check_time(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    # -- alternate constructors --

    @classmethod
    def _fromts(cls, t, tz):
        secs, us = _ts_split(t, False)
        y, m, d, hh, mm, ss = _utc_fields(secs)
        return _dt_new(cls, y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        dt = cls._fromts(t, tz)
        if tz is not None:
            dt = tz.fromutc(dt)
        return dt

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromts(t, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls._fromts(_time.time(), None)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, "
                            "not %s" % _tname(date))
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, "
                            "not %s" % _tname(time))
        if tzinfo is True:
            tzinfo = time._tzinfo
        else:
            _check_tzinfo(tzinfo)
        return _dt_new(cls, date._year, date._month, date._day, time._hour,
                       time._minute, time._second, time._microsecond,
                       tzinfo, time._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        k = _find_iso_sep(s)
        r = _parse_iso_date(s[:k]) if k >= 0 else None
        if r is None:
            raise ValueError("Invalid isoformat string: %r" % (s,))
        t = (0, 0, 0, 0, None)
        if len(s) > k:
            t = _parse_iso_time(s[k + 1:])
            if t is None:
                raise ValueError("Invalid isoformat string: %r" % (s,))
        return cls(r[0], r[1], r[2], t[0], t[1], t[2], t[3], t[4])

    @classmethod
    def strptime(cls, date_string, format):
        if not isinstance(date_string, str):
            raise TypeError("strptime() argument 1 must be str, not %s"
                            % _tname(date_string))
        if not isinstance(format, str):
            raise TypeError("strptime() argument 2 must be str, not %s"
                            % _tname(format))
        from _datetime_strptime import strptime_fields

        (y, m, d, julian, hh, mm, ss, us, off, offus,
         zname) = strptime_fields(date_string, format)
        y, m, d = _strptime_date(y, m, d, julian)
        if off is None:
            return cls(y, m, d, hh, mm, ss, us)
        delta = timedelta(seconds=off, microseconds=offus)
        tz = timezone(delta, zname) if zname else timezone(delta)
        return cls(y, m, d, hh, mm, ss, us, tz)

    # -- fields --

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def date(self):
        return _date_new(_date_class, self._year, self._month, self._day)

    def time(self):
        return _time_new(_time_class, self._hour, self._minute, self._second,
                         self._microsecond, None, self._fold)

    def timetz(self):
        return _time_new(_time_class, self._hour, self._minute, self._second,
                         self._microsecond, self._tzinfo, self._fold)

    def utcoffset(self):
        tz = self._tzinfo
        if tz is None:
            return None
        if type(tz) is timezone:
            return tz._offset
        return _call_offset(tz, "utcoffset", self)

    def dst(self):
        return _call_offset(self._tzinfo, "dst", self)

    def tzname(self):
        return _call_tzname(self._tzinfo, self)

    def _abs_us(self) -> int:
        """Microseconds of the naive fields, counted so that 0001-01-01
        starts at one day."""
        return ((_ymd2ord(self._year, self._month, self._day) * 86400
                 + self._hour * 3600 + self._minute * 60 + self._second)
                * 1000000 + self._microsecond)

    # -- conversions --

    def timestamp(self):
        off = self.utcoffset()
        if off is None:
            if self._year == 1 and self._month == 1 and self._day == 1:
                # CPython probes the local time a day earlier
                raise ValueError("year 0 is out of range")
            secs = ((_ymd2ord(self._year, self._month, self._day)
                     - _EPOCH_ORD) * 86400 + self._hour * 3600
                    + self._minute * 60 + self._second)
            return secs + self._microsecond / 1e6
        return (self._abs_us() - off._us()
                - _EPOCH_ORD * _US_PER_DAY) / 1000000

    def timetuple(self):
        dst = -1
        if self._tzinfo is not None:
            d = self.dst()
            if d is not None:
                dst = 1 if d else 0
        y, m, d = self._year, self._month, self._day
        n = _ymd2ord(y, m, d)
        return _time.struct_time((y, m, d, self._hour, self._minute,
                                  self._second, (n + 6) % 7,
                                  n - _ymd2ord(y, 1, 1) + 1, dst))

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self
        if off:
            dt = _dt_from_us(_datetime_class, self._abs_us() - off._us(),
                             None)
        y, m, d = dt._year, dt._month, dt._day
        n = _ymd2ord(y, m, d)
        return _time.struct_time((y, m, d, dt._hour, dt._minute, dt._second,
                                  (n + 6) % 7, n - _ymd2ord(y, 1, 1) + 1, 0))

    def astimezone(self, tz=None):
        if tz is not None:
            _check_tzinfo(tz)
            if self._tzinfo is tz:
                return self
        off = self.utcoffset()
        if off is None:
            off = _ZERO  # naive means local time, and local time is UTC
        if tz is None:
            tz = _LOCAL
        utc = _dt_from_us(type(self), self._abs_us() - off._us(), tz)
        return tz.fromutc(utc)

    # -- formatting --

    def isoformat(self, sep="T", timespec="auto"):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode "
                            "character, not %s" % _tname(sep))
        s = "%04d-%02d-%02d%s%s" % (
            self._year, self._month, self._day, sep,
            _fmt_time(self._hour, self._minute, self._second,
                      self._microsecond, timespec))
        if self._tzinfo is not None:
            s += _fmt_offset(self.utcoffset(), ":")
        return s

    def __str__(self):
        return self.isoformat(" ")

    def __repr__(self):
        s = "%s(%d, %d, %d, %d, %d" % (_cls_name(self, datetime), self._year,
                                       self._month, self._day, self._hour,
                                       self._minute)
        if self._microsecond:
            s += ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            s += ", %d" % self._second
        if self._fold:
            s += ", fold=1"
        if self._tzinfo is not None:
            s += ", tzinfo=%r" % (self._tzinfo,)
        return s + ")"

    def ctime(self):
        return _ctime(self._year, self._month, self._day, self._hour,
                      self._minute, self._second)

    def strftime(self, fmt):
        return _strftime(fmt, self.timetuple(), self._microsecond,
                         self._tzinfo, self, self.isocalendar)

    def replace(self, year=None, month=None, day=None, hour=None,
                minute=None, second=None, microsecond=None, tzinfo=True, *,
                fold=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second,
                          microsecond, tzinfo, fold=fold)

    # -- arithmetic --

    def __add__(self, other):
        if isinstance(other, timedelta):
            us = self._microsecond + other._microseconds
            s = (self._hour * 3600 + self._minute * 60 + self._second
                 + other._seconds)
            if us >= 1000000:
                us -= 1000000
                s += 1
            days = other._days
            if s >= 86400:
                s -= 86400
                days += 1
            hh, s = divmod(s, 3600)
            mm, ss = divmod(s, 60)
            if days:
                n = _ymd2ord(self._year, self._month, self._day) + days
                if not 1 <= n <= _MAXORDINAL:
                    raise OverflowError("date value out of range")
                y, m, d = _ord2ymd(n)
            else:
                y, m, d = self._year, self._month, self._day
            return _dt_new(type(self), y, m, d, hh, mm, ss, us, self._tzinfo)
        if _plain(other) or type(other) is type(self):
            _binop_error("+", self, other)
        return NotImplemented

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self.__add__(other)
        if _alien(other):
            _binop_error("+", other, self)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, date):
            # a plain date minus a datetime
            _binop_error("-", other, self)
        if _alien(other):
            _binop_error("-", other, self)
        return NotImplemented

    def __sub__(self, other):
        if isinstance(other, datetime):
            a = self._abs_us()
            b = other._abs_us()
            if self._tzinfo is not other._tzinfo:
                o1 = self.utcoffset()
                o2 = other.utcoffset()
                if (o1 is None) != (o2 is None):
                    raise TypeError("can't subtract offset-naive and "
                                    "offset-aware datetimes")
                if o1 is not None:
                    a -= o1._us()
                    b -= o2._us()
            return _td_us(a - b)
        if isinstance(other, timedelta):
            return _dt_from_us(type(self), self._abs_us() - other._us(),
                               self._tzinfo)
        if isinstance(other, date) or _plain(other):
            _binop_error("-", self, other)
        return NotImplemented

    # -- comparisons --

    def _cmp(self, other, eq):
        """-1/0/1; 2 means "unequal" for == and != (naive versus aware or a
        PEP 495 ambiguous time)."""
        if self._tzinfo is other._tzinfo:
            a = (self._year, self._month, self._day, self._hour,
                 self._minute, self._second, self._microsecond)
            b = (other._year, other._month, other._day, other._hour,
                 other._minute, other._second, other._microsecond)
            return 0 if a == b else (-1 if a < b else 1)
        o1 = self.utcoffset()
        o2 = other.utcoffset()
        a = self._abs_us()
        b = other._abs_us()
        if o1 is None or o2 is None:
            if o1 is not o2:
                if eq:
                    return 2
                raise TypeError("can't compare offset-naive and "
                                "offset-aware datetimes")
        elif o1 != o2:
            a -= o1._us()
            b -= o2._us()
        if a == b:
            if eq and self._pep495(other, o1, o2):
                return 2
            return 0
        return -1 if a < b else 1

    def _pep495(self, other, o1, o2):
        # an ambiguous time whose offset depends on fold is never equal
        # to a time in another zone
        if (type(self._tzinfo) is timezone
                and type(other._tzinfo) is timezone):
            return False
        f1 = self.replace(fold=not self._fold).utcoffset()
        if f1 != o1:
            return True
        f2 = other.replace(fold=not other._fold).utcoffset()
        return f2 != o2

    def _other(self, other, op):
        if isinstance(other, datetime):
            return True
        if isinstance(other, date):
            if op:
                raise TypeError("can't compare %s to %s"
                                % (_tname(self), _tname(other)))
            return False
        return None

    def __eq__(self, other):
        k = self._other(other, False)
        if k:
            return self._cmp(other, True) == 0
        return False if k is False else NotImplemented

    def __ne__(self, other):
        k = self._other(other, False)
        if k:
            return self._cmp(other, True) != 0
        return True if k is False else NotImplemented

    def __lt__(self, other):
        if self._other(other, True):
            return self._cmp(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if self._other(other, True):
            return self._cmp(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if self._other(other, True):
            return self._cmp(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if self._other(other, True):
            return self._cmp(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            if self._fold:
                t = self.replace(fold=0)
            else:
                t = self
            off = t.utcoffset()
            n = t._abs_us()
            if off is not None:
                n -= off._us()
            self._hashcode = hash(n)
        return self._hashcode

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour,
                             self._minute, self._second, self._microsecond,
                             self._tzinfo))


_date_class = date
_time_class = time
_datetime_class = datetime
_OWN_TYPES = (timedelta, date, time, datetime, timezone, tzinfo)

datetime.min = _dt_new(datetime, 1, 1, 1, 0, 0, 0, 0, None)
datetime.max = _dt_new(datetime, 9999, 12, 31, 23, 59, 59, 999999, None)
datetime.resolution = timedelta.resolution
