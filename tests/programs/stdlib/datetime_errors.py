# datetime: the errors of the common misuses, with CPython's messages.
import datetime as dt
from datetime import date, datetime, time, timedelta, timezone, tzinfo

tests = [
    lambda: date(2024, 0, 1),
    lambda: date(2024, 13, 1),
    lambda: date(2023, 2, 29),
    lambda: date(2024, 4, 31),
    lambda: date(0, 1, 1),
    lambda: date(10000, 1, 1),
    lambda: date(2024.0, 1, 1),
    lambda: date("2024", 1, 1),
    lambda: time(24),
    lambda: time(0, 60),
    lambda: time(0, 0, 60),
    lambda: time(0, 0, 0, 1000000),
    lambda: time(-1),
    lambda: time(fold=2),
    lambda: time(tzinfo="UTC"),
    lambda: datetime(2024, 1, 1, 24),
    lambda: datetime(2024, 1, 1, tzinfo=5),
    lambda: timedelta(days="1"),
    lambda: timedelta(seconds=None),
    lambda: timedelta(days=1000000000),
    lambda: timedelta.max + timedelta(microseconds=1),
    lambda: timedelta.min - timedelta(microseconds=1),
    lambda: -timedelta.min,
    lambda: timedelta(days=1) * 10 ** 9,
    lambda: timedelta(1) / 0,
    lambda: timedelta(1) // 0,
    lambda: timedelta(1) / timedelta(0),
    lambda: timedelta(1) // timedelta(0),
    lambda: timedelta(1) % timedelta(0),
    lambda: timedelta(1) + 1,
    lambda: 1 + timedelta(1),
    lambda: timedelta(1) - 1.5,
    lambda: timedelta(1) * timedelta(1),
    lambda: timedelta(1) * float("nan"),
    lambda: timedelta(1) * float("inf"),
    lambda: date.max + timedelta(days=1),
    lambda: date.min - timedelta(days=1),
    lambda: datetime.max + timedelta(microseconds=1),
    lambda: datetime.min - timedelta(microseconds=1),
    lambda: date(2024, 1, 1) + 1,
    lambda: date(2024, 1, 1) + date(2024, 1, 1),
    lambda: datetime(2024, 1, 1) - date(2024, 1, 1),
    lambda: date(2024, 1, 1) - datetime(2024, 1, 1),
    lambda: datetime(2024, 1, 1) + datetime(2024, 1, 1),
    lambda: time(1) + timedelta(hours=1),
    lambda: time(1) - time(0),
    lambda: datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc),
    lambda: datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc),
    lambda: datetime(2024, 1, 1, tzinfo=timezone.utc) >= datetime(2024, 1, 1),
    lambda: datetime(2024, 1, 1) < date(2024, 1, 1),
    lambda: date(2024, 1, 1) > datetime(2024, 1, 1),
    lambda: time(1) < time(1, tzinfo=timezone.utc),
    lambda: date.fromordinal(0),
    lambda: date.fromordinal(3652060),
    lambda: date.fromisoformat(20240101),
    lambda: date.fromisoformat("2024-01-011"),
    lambda: datetime.fromisoformat("2024-01-01T1"),
    lambda: time.fromisoformat("1:00"),
    lambda: date.fromisocalendar(2024, 53, 1),
    lambda: date.fromisocalendar(2024, 1, 8),
    lambda: date.fromisocalendar(10000, 1, 1),
    lambda: datetime.strptime("2024", 2024),
    lambda: datetime.strptime(2024, "%Y"),
    lambda: datetime.strptime("2024-01", "%Y-%m-%d"),
    lambda: datetime.strptime("2024-01-01 1", "%Y-%m-%d"),
    lambda: datetime.strptime("2024", "%Y%"),
    lambda: datetime.strptime("2024", "%Y%k"),
    lambda: datetime.strptime("2024-01-01 +01:3000", "%Y-%m-%d %z"),
    lambda: datetime(2024, 1, 1).isoformat(timespec="days"),
    lambda: datetime(2024, 1, 1).isoformat("--"),
    lambda: time().isoformat("nanoseconds"),
    lambda: timezone(timedelta(hours=24)),
    lambda: timezone(-timedelta(hours=24)),
    lambda: timezone(3600),
    lambda: timezone(timedelta(hours=1), 5),
    lambda: timezone.utc.utcoffset(5),
    lambda: timezone.utc.fromutc(datetime(2024, 1, 1)),
    lambda: timezone.utc.fromutc("x"),
    lambda: tzinfo().utcoffset(None),
    lambda: tzinfo().dst(None),
    lambda: tzinfo().tzname(None),
    lambda: datetime(2024, 1, 1, tzinfo=tzinfo()).utcoffset(),
    lambda: datetime.combine("2024-01-01", time()),
    lambda: datetime.combine(date(2024, 1, 1), "00:00"),
    lambda: datetime(2024, 1, 1).astimezone(5),
    lambda: datetime.utcfromtimestamp(1e12),
    lambda: datetime.fromtimestamp(float("nan"), timezone.utc),
    lambda: datetime.fromtimestamp(1e20, timezone.utc),
    lambda: date(2024, 1, 1).strftime(5),
    lambda: format(date(2024, 1, 1), 5),
    lambda: date(2024, 1, 1).replace(month=2, day=30),
    lambda: datetime(2024, 1, 31).replace(month=2),
    lambda: time(1).replace(hour=25),
]
for i, t in enumerate(tests):
    try:
        r = t()
    except Exception as e:
        print(i, type(e).__name__, e)
    else:
        print(i, "ok", repr(r))


class Bad(tzinfo):
    def __init__(self, off):
        self.off = off

    def utcoffset(self, d):
        return self.off

    def tzname(self, d):
        return self.off

    def dst(self, d):
        return self.off


for off in (timedelta(hours=24), timedelta(hours=-24), 5, "x", None, timedelta(hours=3)):
    for what in ("utcoffset", "tzname", "dst", "isoformat", "strftime"):
        try:
            d = datetime(2024, 1, 1, tzinfo=Bad(off))
            if what == "isoformat":
                r = d.isoformat()
            elif what == "strftime":
                r = d.strftime("%z %Z")
            else:
                r = getattr(d, what)()
            print(what, repr(r))
        except Exception as e:
            print(what, type(e).__name__, e)
print(dt.MINYEAR, dt.MAXYEAR, dt.UTC is timezone.utc)
