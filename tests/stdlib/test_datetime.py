# SPDX-License-Identifier: MIT
# Compares xenlet's datetime (and calendar) with CPython's: a seeded random
# sweep of dates over years 1..9999, timedelta normalisation and arithmetic
# (float constructor arguments included), datetime arithmetic and UTC
# timestamps, formatting, fromisoformat and strptime round trips.
import calendar as CC
import datetime as C
import random

import pytest
from xl_loader import load, same

X = load("datetime")
XC = load("calendar")

SEED = 20240229
DIRECTIVES = "%Y %y %m %d %H %I %M %S %f %p %j %a %A %b %B %w %U %W %G %V %u %C %e %F %T %D %%"


def _rand_date(r, m):
    o = r.randint(1, C.date.max.toordinal())
    d = C.date.fromordinal(o)
    return m.date(d.year, d.month, d.day)


def test_date_sweep():
    r = random.Random(SEED)
    for _ in range(3000):
        o = r.randint(1, 3652059)
        c = C.date.fromordinal(o)
        x = X.date.fromordinal(o)
        assert (x.year, x.month, x.day) == (c.year, c.month, c.day)
        assert x.toordinal() == o
        assert X.date(c.year, c.month, c.day).toordinal() == o
        assert x.weekday() == c.weekday() and x.isoweekday() == c.isoweekday()
        assert tuple(x.isocalendar()) == tuple(c.isocalendar())
        assert repr(x.isocalendar()) == repr(c.isocalendar())
        assert x.isoformat() == c.isoformat() and str(x) == str(c)
        assert repr(x) == repr(c) and x.ctime() == c.ctime()
        assert tuple(x.timetuple()) == tuple(c.timetuple())
        assert x.strftime(DIRECTIVES) == c.strftime(DIRECTIVES)
        assert X.date.fromisoformat(c.isoformat()) == x
        iy, iw, idw = c.isocalendar()
        assert X.date.fromisocalendar(iy, iw, idw) == x
        assert X.date.fromisoformat("%04d-W%02d-%d" % (iy, iw, idw)) == x
        assert X.date.fromisoformat(c.strftime("%Y%m%d")) == x if c.year >= 1000 else True


def test_month_edges():
    for y in list(range(1, 30)) + list(range(1580, 1610)) + list(range(1890, 2110)) + list(range(9970, 10000)):
        for m in range(1, 13):
            for d in (1, 28, 29, 30, 31):
                same(lambda mod: mod.date(y, m, d).toordinal(), X, C)
            same(lambda mod: mod.date(y, m, 1).isocalendar(), X, C)
        same(lambda mod: mod.date(y, 12, 31).isocalendar(), X, C)
        for w in (1, 52, 53):
            same(lambda mod: mod.date.fromisocalendar(y, w, 7), X, C)


def _rand_td_args(r):
    kw = {}
    for name in ("days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"):
        k = r.random()
        if k < 0.35:
            continue
        if k < 0.7:
            kw[name] = r.randint(-10 ** 6, 10 ** 6)
        elif k < 0.8:
            kw[name] = r.choice([0.5, -0.5, 1.5, -2.5, 1e-7, 0.1, 1 / 3])
        else:
            kw[name] = r.uniform(-1e5, 1e5)
    return kw


def _td(mod, t):
    return mod.timedelta(t.days, t.seconds, t.microseconds)


def test_timedelta_sweep():
    r = random.Random(SEED + 1)
    for _ in range(3000):
        kw = _rand_td_args(r)
        same(lambda m: m.timedelta(**kw), X, C)
        c = C.timedelta(**kw)
        x = X.timedelta(**kw)
        assert str(x) == str(c) and repr(x) == repr(c)
        assert x.total_seconds() == c.total_seconds() and hash(x) == hash(c)
        kw2 = _rand_td_args(r)
        c2 = C.timedelta(**kw2)
        for f in (lambda m, a, b: a + b, lambda m, a, b: a - b, lambda m, a, b: -a,
                  lambda m, a, b: abs(b), lambda m, a, b: a < b, lambda m, a, b: a == b,
                  lambda m, a, b: a >= b, lambda m, a, b: a / b, lambda m, a, b: a // b,
                  lambda m, a, b: a % b, lambda m, a, b: divmod(a, b), lambda m, a, b: bool(b)):
            same(lambda m: f(m, _td(m, c), _td(m, c2)), X, C)
        n = r.choice([2, 3, 7, -3, 1000, 86400])
        fl = r.choice([0.5, 1.1, -2.75, 1 / 3, 1e-3, 12345.678])
        for f in (lambda a: a * n, lambda a: n * a, lambda a: a / n, lambda a: a // n,
                  lambda a: a * fl, lambda a: fl * a, lambda a: a / fl):
            same(lambda m: f(_td(m, c)), X, C)


def test_datetime_sweep():
    r = random.Random(SEED + 2)
    zones = [None, "utc", 0, 3600, -12600, 86340, -86340, 1, 45296]

    def tz(m, z):
        if z is None:
            return None
        if z == "utc":
            return m.timezone.utc
        return m.timezone(m.timedelta(seconds=z))

    lo = -62135596800 + 86400
    hi = 253402300799 - 86400
    for _ in range(2000):
        ts = r.choice([r.randint(lo, hi), r.uniform(lo, hi), r.uniform(-1e9, 2e9),
                       r.randint(-10 ** 6, 10 ** 6) / 1e6])
        same(lambda m: m.datetime.fromtimestamp(ts, m.timezone.utc), X, C)
        same(lambda m: m.datetime.utcfromtimestamp(ts), X, C)
        z = r.choice(zones)
        c = C.datetime.fromtimestamp(ts, C.timezone.utc).replace(tzinfo=tz(C, z))

        def mk(m):
            return m.datetime(c.year, c.month, c.day, c.hour, c.minute, c.second,
                              c.microsecond, tz(m, z))

        same(lambda m: mk(m).timestamp(), X, C)
        same(lambda m: mk(m).isoformat(), X, C)
        spec = r.choice(["hours", "minutes", "milliseconds"])
        same(lambda m: mk(m).isoformat(" ", spec), X, C)
        same(lambda m: str(mk(m)), X, C)
        same(lambda m: mk(m).strftime(DIRECTIVES + " %z %Z %c %x %X"), X, C)
        same(lambda m: m.datetime.fromisoformat(mk(m).isoformat()), X, C)
        same(lambda m: tuple(mk(m).timetuple()), X, C)
        same(lambda m: tuple(mk(m).utctimetuple()), X, C)
        same(lambda m: mk(m).astimezone(m.timezone.utc), X, C)
        same(lambda m: mk(m).astimezone(tz(m, 3600)), X, C)
        kw = _rand_td_args(r)
        same(lambda m: mk(m) + m.timedelta(**kw), X, C)
        same(lambda m: mk(m) - m.timedelta(**kw), X, C)
        same(lambda m: mk(m).date() - m.timedelta(**kw), X, C)
        z2 = r.choice(zones)
        ts2 = r.randint(lo, hi)
        c2 = C.datetime.fromtimestamp(ts2, C.timezone.utc)

        def mk2(m):
            return m.datetime(c2.year, c2.month, c2.day, c2.hour, c2.minute, c2.second,
                              0, tz(m, z2))

        same(lambda m: mk(m) - mk2(m), X, C)
        same(lambda m: (mk(m) < mk2(m), mk(m) == mk2(m), mk(m) >= mk2(m)), X, C)
        same(lambda m: mk(m).date() - mk2(m).date(), X, C)
        if z is not None:  # equal instants hash equal
            x = X.datetime.fromisoformat(c.isoformat())
            assert hash(x) == hash(x.astimezone(tz(X, -12600)))


def test_strptime_roundtrip():
    r = random.Random(SEED + 3)
    formats = ["%Y-%m-%d %H:%M:%S.%f", "%d/%m/%y %I:%M %p", "%A %d %B %Y",
               "%a %b %d %H:%M:%S %Y", "%Y%m%d%H%M%S", "%j %Y %H", "%Y-%m-%dT%H:%M:%S%z",
               "%d %b %Y %H:%M:%S %z", "%B %d, %Y", "%m/%d/%Y %I:%M:%S %p"]
    for _ in range(1500):
        o = r.randint(C.date(1000, 1, 1).toordinal(), 3652059)
        d = C.date.fromordinal(o)
        off = r.choice([0, 3600, -19800, 45296, -59])
        c = C.datetime(d.year, d.month, d.day, r.randint(0, 23), r.randint(0, 59),
                       r.randint(0, 59), r.randint(0, 999999),
                       C.timezone(C.timedelta(seconds=off)))
        fmt = r.choice(formats)
        s = c.strftime(fmt)
        if r.random() < 0.2:
            s = s.lower() if r.random() < 0.5 else s.upper()
        same(lambda m: m.datetime.strptime(s, fmt), X, C)


@pytest.mark.parametrize("s", [
    "2024-03-05", "20240305", "2024-W10", "2024W10", "2024-W10-2", "2024W102",
    "2024-03-05T07", "2024-03-05T0708", "2024-03-05 07:08:09,5", "2024-03-05T07:08:09.1234567",
    "2024-03-05T07:08:09+05:30:15.25", "2024-03-05T07:08:09-01", "2024-03-05T07:08:09Z",
    "2024-W10-2T10", "2024W102T10", "2024W1010:00", "2024-W1010:00", "2024-03-05T07:08:09:10",
    "2024-03-05T07:08:09.", "2024-03-05T7", "2024-03-05T07:08:09+", "2024-03-05T07:08:09+24:00",
    "2024-03-05T07:08:09-00:00", "2024-03-05T12:+01:00", "2024-03-05T1230:45", "2024-03-05T12.5",
    "20240305T070809.5+0100", "2024-0305", "202403-05", "2024-03-05\u00e907:08", "", "2024",
    "2020-W53-7", "2021-W53-1", "0000-01-01", "9999-12-31T23:59:59.999999", "2024-02-30",
])
def test_fromisoformat_cases(s):
    same(lambda m: m.datetime.fromisoformat(s), X, C)
    same(lambda m: m.date.fromisoformat(s), X, C)
    same(lambda m: m.time.fromisoformat(s[11:]), X, C)


@pytest.mark.parametrize("expr", [
    "m.timedelta(days=1e10)", "m.timedelta(days=10**9)", "m.timedelta(days='1')",
    "m.timedelta(1) / 0", "m.timedelta(1) // m.timedelta(0)", "m.timedelta(1) % m.timedelta(0)",
    "m.timedelta(1) * float('nan')", "m.timedelta(1) + 1", "1 - m.timedelta(1)",
    "m.date(2024, 2, 30)", "m.date(2024, 13, 1)", "m.date(0, 1, 1)", "m.date(2024.0, 1, 1)",
    "m.time(24)", "m.time(0, 60)", "m.time(0, 0, 60)", "m.time(0, 0, 0, 10**6)", "m.time(fold=3)",
    "m.datetime(2024, 1, 1, tzinfo=1)", "m.date.max + m.timedelta(1)",
    "m.datetime(2024, 1, 1) - m.datetime(2024, 1, 1, tzinfo=m.timezone.utc)",
    "m.datetime(2024, 1, 1) < m.datetime(2024, 1, 1, tzinfo=m.timezone.utc)",
    "m.datetime(2024, 1, 1) < m.date(2024, 1, 1)", "m.date(2024, 1, 1) - m.datetime(2024, 1, 1)",
    "m.timezone(m.timedelta(hours=24))", "m.timezone(1)", "m.timezone(m.timedelta(0), 1)",
    "m.timezone(m.timedelta(hours=-3), 'X')", "str(m.timezone(-m.timedelta(seconds=3661.5)))",
    "m.datetime.strptime('2024', '%Y %')", "m.datetime.strptime('2024', '%Q')",
    "m.datetime.strptime('2024 1', '%Y')", "m.datetime.strptime('02/29', '%m/%d')",
    "m.datetime.strptime(1, '%Y')", "m.datetime.utcfromtimestamp(1e12)",
    "m.datetime.utcfromtimestamp(-1e12)", "m.datetime(2024, 1, 1).isoformat(timespec='x')",
    "m.date.fromisocalendar(2024, 53, 1)", "m.date.fromisocalendar(2024, 1, 8)",
    "m.date.fromordinal(0)", "m.tzinfo().utcoffset(None)", "m.datetime.combine(1, 2)",
    "m.datetime(2024, 1, 1).astimezone()", "m.datetime(2024, 1, 1, 5, fold=1, tzinfo=m.timezone.utc)",
    "m.time(1, 2, 3, 4, m.timezone.utc, fold=1)", "m.timedelta(seconds=1) * 'a'",
])
def test_expressions(expr):
    same(lambda m: eval(expr, {"m": m}), X, C)


def test_calendar():
    for y in (1, 4, 100, 1900, 2000, 2023, 2024, 9999):
        for mo in range(1, 13):
            same(lambda m: m.monthrange(y, mo), XC, CC)
            same(lambda m: m.monthcalendar(y, mo), XC, CC)
            same(lambda m: m.TextCalendar(mo % 7).formatmonth(y, mo, mo % 3, mo % 2), XC, CC)
            same(lambda m: m.timegm((y, mo, 28, 13, 14, 15)), XC, CC)
        same(lambda m: m.isleap(y), XC, CC)
        same(lambda m: m.leapdays(y, 2024), XC, CC)
    same(lambda m: m.TextCalendar(6).formatyear(2024, 3, 2, 4, 4), XC, CC)
    same(lambda m: m.TextCalendar().formatyear(1999), XC, CC)
    same(lambda m: (list(m.month_name), list(m.month_abbr), list(m.day_name), list(m.day_abbr)), XC, CC)
    same(lambda m: m.monthrange(2024, 13), XC, CC)
    same(lambda m: m.weekday(-5, 2, 29), XC, CC)
    same(lambda m: [list(m.Calendar(f).itermonthdays4(2024, 2)) for f in range(7)], XC, CC)
