# datetime: fixed-offset timezones, a custom tzinfo with DST, astimezone,
# timestamps in UTC, fromutc, and now()/today() only through properties.
import time as _time
from datetime import date, datetime, time, timedelta, timezone, tzinfo

zones = [timezone.utc, timezone(timedelta(0)), timezone(timedelta(0), "Z0"),
         timezone(timedelta(hours=2)), timezone(timedelta(hours=-9, minutes=-30), "X"),
         timezone(timedelta(seconds=1)), timezone(-timedelta(hours=23, minutes=59, microseconds=1)),
         timezone.min, timezone.max]
for z in zones:
    print(repr(z), str(z), z.tzname(None), z.utcoffset(None), z.dst(None),
          z == timezone.utc, hash(z) == hash(z.utcoffset(None)))
print(timezone(timedelta(0)) is timezone.utc, timezone.utc == timezone(timedelta(0), "UTC"))


class Eastern(tzinfo):
    """US Eastern with the 2007+ DST rules (second Sunday of March to the
    first Sunday of November, at 2:00 local)."""

    def _dst_range(self, year):
        start = datetime(year, 3, 8, 2)
        start += timedelta(days=(6 - start.weekday()) % 7)
        end = datetime(year, 11, 1, 2)
        end += timedelta(days=(6 - end.weekday()) % 7)
        return start, end

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return timedelta(0)
        start, end = self._dst_range(dt.year)
        naive = dt.replace(tzinfo=None)
        if start + timedelta(hours=1) <= naive < end - timedelta(hours=1):
            return timedelta(hours=1)
        if end - timedelta(hours=1) <= naive < end:
            return timedelta(0) if dt.fold else timedelta(hours=1)
        if start <= naive < start + timedelta(hours=1):
            return timedelta(hours=1) if dt.fold else timedelta(0)
        return timedelta(0)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def __repr__(self):
        return "Eastern()"


ET = Eastern()
for stamp in ["2024-03-10T06:30:00+00:00", "2024-03-10T07:30:00+00:00",
              "2024-11-03T05:30:00+00:00", "2024-11-03T06:30:00+00:00",
              "2024-07-04T16:00:00+00:00", "2024-12-25T12:00:00+00:00"]:
    u = datetime.fromisoformat(stamp)
    local = u.astimezone(ET)
    print(stamp, "->", local, local.tzname(), local.dst(), local.fold,
          local.astimezone(timezone.utc) == u, repr(local.timetuple()[-1]))
amb = datetime(2024, 11, 3, 1, 30, tzinfo=ET)
print(amb.utcoffset(), amb.replace(fold=1).utcoffset(), amb == amb.replace(fold=1),
      amb.astimezone(timezone.utc), amb.replace(fold=1).astimezone(timezone.utc))
print(amb.strftime("%H:%M %Z %z"), amb.isoformat(), repr(amb))

print("-- timestamps (UTC)")
for ts in [0, 1, -1, 86399.5, 1e9, 1700000000.123456, -1234567890.000001,
           253402300799, -62135596800, 951782400, 1.5, 0.0000005, -0.0000015]:
    a = datetime.fromtimestamp(ts, timezone.utc)
    b = datetime.utcfromtimestamp(ts)
    print(ts, a, b, a.timestamp(), b.replace(tzinfo=timezone.utc).timestamp() == a.timestamp(),
          a.astimezone(timezone(timedelta(hours=7))) if ts < 2e11 else "",
          a.astimezone(timezone(timedelta(hours=-7))) if ts > -6e10 else "",
          date.fromtimestamp(ts) if ts >= 0 else "")
print(datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp(),
      datetime(2024, 1, 1, 1, tzinfo=timezone(timedelta(hours=1))).timestamp(),
      datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=timezone.utc).timestamp())
print(datetime(2024, 1, 1, tzinfo=timezone(timedelta(hours=5))).utctimetuple())
print(datetime.fromtimestamp(86400 * 365, timezone(timedelta(hours=3), "MSK")))

print("-- now and today")
t0 = _time.time()
n = datetime.now()
nu = datetime.now(timezone.utc)
un = datetime.utcnow()
print(type(n).__name__, n.tzinfo, nu.tzinfo, un.tzinfo)
print(abs((nu.replace(tzinfo=None) - un).total_seconds()) < 5,
      abs(nu.timestamp() - t0) < 5, date.today().year >= 2024,
      abs(datetime.fromtimestamp(t0, timezone.utc).timestamp() - t0) < 1e-5)
print(datetime.now(timezone(timedelta(hours=3))).utcoffset())
print(nu.astimezone(timezone(timedelta(hours=-4))) == nu)
aware = datetime(2024, 5, 5, 12, tzinfo=timezone(timedelta(hours=2)))
print(aware.astimezone(timezone.utc), aware.astimezone(aware.tzinfo) is aware)
