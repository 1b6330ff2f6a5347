# datetime: str/repr, isoformat with every timespec, strftime and format(),
# ctime, timetuple, isocalendar, weekday over a spread of dates.
from datetime import date, datetime, time, timedelta, timezone

zones = [None, timezone.utc, timezone(timedelta(hours=5, minutes=30)),
         timezone(timedelta(hours=-8), "PST"),
         timezone(timedelta(seconds=-3661, microseconds=-1))]
stamps = [
    datetime(1, 1, 1),
    datetime(9, 9, 9, 9, 9, 9, 9),
    datetime(999, 12, 31, 23, 59, 59),
    datetime(1900, 2, 28, 12),
    datetime(1970, 1, 1, 0, 0, 0, 500000),
    datetime(2000, 2, 29, 13, 45, 7, 123456),
    datetime(2023, 1, 1, 0, 0, 1),
    datetime(2024, 12, 30, 18, 5),
    datetime(9999, 12, 31, 23, 59, 59, 999999),
]
for i, s in enumerate(stamps):
    tz = zones[i % len(zones)]
    dt = s.replace(tzinfo=tz)
    print(repr(dt))
    print(" ", str(dt), dt.isoformat(), dt.isoformat(" "), dt.isoformat("_", "hours"))
    print(" ", [dt.isoformat(timespec=ts) for ts in
                ("minutes", "seconds", "milliseconds", "microseconds")])
    print(" ", dt.strftime("%Y|%y|%m|%d|%H|%I|%M|%S|%f|%p|%j|%a|%A|%b|%B|%w|%U|%W|%%"))
    print(" ", dt.strftime("%z|%Z|%c|%x|%X|%G-W%V-%u|%e|%F %T"), dt.ctime())
    print(" ", "{:%d.%m.%Y %H:%M}".format(dt), format(dt, ""), f"{dt:%B %-d}")
    print(" ", tuple(dt.timetuple()), tuple(dt.utctimetuple()) if 1 < dt.year < 9999 else "-")
    print(" ", dt.isocalendar(), dt.weekday(), dt.isoweekday(), dt.toordinal())
    d = dt.date()
    print(" ", repr(d), d, d.isoformat(), d.ctime(), d.strftime("%A %d %B %Y %H:%M %f %z|"),
          tuple(d.timetuple()))
    t = dt.timetz()
    print(" ", repr(t), t, t.isoformat("milliseconds"), t.strftime("%H:%M:%S.%f %z %Z %p"),
          t.utcoffset(), t.tzname(), t.dst())

print(repr(time()), repr(time(1)), repr(time(1, 2)), repr(time(1, 2, 3)),
      repr(time(1, 2, 3, 4)), repr(time(0, 0, 0, 1)), repr(time(1, fold=1)))
print(str(time(23, 59, 59, 999999)), time(4, 5).isoformat("hours"))
iso = date(2024, 1, 1).isocalendar()
print(iso, iso.year, iso.week, iso.weekday, tuple(iso), iso[0], len(iso))
y, w, wd = date(2026, 12, 31).isocalendar()
print(y, w, wd)
for y in (1, 4, 100, 1582, 1900, 1999, 2000, 2004, 2020, 2021, 2026, 9999):
    print(y, [date(y, m, 1).isocalendar()[1:] for m in (1, 12)],
          date(y, 12, 31).isocalendar(), date(y, 1, 1).weekday())
print(format(date(2024, 7, 4), "%d %b"), "{0:%Y}".format(date(33, 1, 1)))
print(date(2024, 7, 4).strftime(""), date(2024, 7, 4).strftime("no directives"),
      date(2024, 7, 4).strftime("%"), date(2024, 7, 4).strftime("100%% %q"))
