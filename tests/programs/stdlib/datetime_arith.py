# datetime: timedelta normalisation and arithmetic, date/datetime arithmetic
# and comparisons.
from datetime import date, datetime, time, timedelta, timezone

print("-- timedelta normalisation")
for args, kw in [
    ((), {}),
    ((1,), {}),
    ((0, -1), {}),
    ((0, 0, -1), {}),
    ((-1, 86399, 999999), {}),
    ((), {"hours": 25, "minutes": 61, "seconds": 61, "milliseconds": 1001}),
    ((), {"weeks": -1, "days": 3, "hours": -0.5}),
    ((), {"days": 1.5, "seconds": 0.25}),
    ((), {"microseconds": 0.5}),
    ((), {"microseconds": 1.5}),
    ((), {"microseconds": -0.5}),
    ((), {"microseconds": -1.5}),
    ((), {"seconds": 1e-7}),
    ((), {"days": 1 / 3}),
    ((), {"minutes": -1 / 7, "hours": 2 / 3}),
    ((), {"weeks": 1e-9}),
    ((), {"milliseconds": 0.0005, "microseconds": 0.5}),
    ((999999999, 86399, 999999), {}),
    ((), {"days": True}),
]:
    td = timedelta(*args, **kw)
    print(repr(td), "|", td, "|", td.days, td.seconds, td.microseconds,
          td.total_seconds(), bool(td))

print("-- timedelta arithmetic")
a = timedelta(days=2, hours=3, microseconds=7)
b = timedelta(hours=-5, seconds=13)
print(a + b, a - b, b - a, -a, +b, abs(b), abs(-a))
print(a * 3, 3 * b, a * -1, a * 0.5, 0.1 * a, b * 2.5, a * (1 / 3))
print(a / 2, a / 3, b / 7, a / 0.75, a / b, b / a)
print(a // 4, a // b, b // a, a // timedelta(minutes=7))
print(a % b, b % a, a % timedelta(minutes=7), divmod(a, timedelta(hours=5)))
print(divmod(b, timedelta(minutes=-7)))
print(timedelta(microseconds=5) / 2, timedelta(microseconds=7) / 2,
      timedelta(microseconds=-5) / 2, timedelta(microseconds=1) * 0.5,
      timedelta(microseconds=3) * 0.5)
print(timedelta.max, timedelta.min, timedelta.resolution)
print(repr(timedelta.max), repr(timedelta.min))
print(a == timedelta(seconds=a.total_seconds()), a != b, a > b, a <= b,
      b < a, b >= b, a == 5, a != "x")
print(sorted([a, b, -a, timedelta(0), timedelta.resolution]))
print(hash(a) == hash(timedelta(days=2, seconds=10800, microseconds=7)),
      hash(timedelta(hours=24)) == hash(timedelta(days=1)))
print(hash(timedelta(1, 2, 3)), hash(timedelta(0)))
d = {timedelta(hours=1): "h", timedelta(minutes=60): "m"}
print(len(d), d[timedelta(seconds=3600)])
print(sum([timedelta(minutes=m) for m in range(10)], timedelta()))

print("-- dates")
d1 = date(2024, 2, 28)
for n in (0, 1, 2, 366, -60, 3650, -738000):
    print(n, d1 + timedelta(days=n), timedelta(days=n) + d1,
          d1 - timedelta(days=n))
print(d1 + timedelta(hours=47), d1 - timedelta(hours=1))
print(date(2024, 3, 1) - date(2023, 3, 1), date(2023, 3, 1) - date(2024, 3, 1))
print(date(2000, 1, 1) < date(2000, 1, 2), date(2000, 1, 1) == date(2000, 1, 1),
      date(2000, 1, 1) != date(2000, 1, 1), date(1999, 12, 31) > date(2000, 1, 1),
      date(2000, 1, 1) == "2000-01-01")
print(max(date(2020, 5, 1), date(2019, 6, 1), date(2020, 4, 30)))
print(date.min, date.max, date.resolution, date.max - date.min)
print(date(2024, 1, 1).toordinal(), date.fromordinal(1), date.fromordinal(738886))

print("-- datetimes")
t0 = datetime(2023, 12, 31, 23, 59, 59, 999999)
for delta in (timedelta(microseconds=1), timedelta(seconds=1), timedelta(days=1),
              timedelta(hours=-24), timedelta(days=-366, microseconds=1),
              timedelta(weeks=52, hours=5.5)):
    print(t0 + delta, t0 - delta, delta + t0)
print(datetime(2024, 3, 1) - datetime(2024, 2, 1, 12, 30),
      datetime(2024, 2, 1, 12, 30) - datetime(2024, 3, 1))
u = timezone.utc
p2 = timezone(timedelta(hours=2))
x = datetime(2024, 6, 1, 12, 0, tzinfo=p2)
y = datetime(2024, 6, 1, 10, 0, tzinfo=u)
print(x == y, x - y, x < y + timedelta(microseconds=1), x + timedelta(hours=1))
print(hash(x) == hash(y), len({x, y}))
print(datetime(2024, 1, 1, 0, 0) == datetime(2024, 1, 1, tzinfo=u),
      datetime(2024, 1, 1) != datetime(2024, 1, 1, tzinfo=u))
print(datetime(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) == datetime(2024, 1, 1))
print(datetime.min, datetime.max, datetime.resolution)
print(time.min, time.max, time.resolution)
print(time(12, 30) < time(12, 30, 0, 1), time(1) == time(1, 0),
      time(12, tzinfo=p2) == time(10, tzinfo=u), time(12) == time(12, tzinfo=u),
      time(12, tzinfo=p2) < time(10, 0, 1, tzinfo=u), bool(time(0)))
print(sorted([datetime(2020, 1, 1, 12), datetime(2019, 12, 31), datetime(2020, 1, 1, 11, 59, 59, 999999)]))
print(datetime(2024, 1, 31).replace(month=2, day=29), d1.replace(year=2023),
      time(1, 2, 3).replace(second=0, microsecond=5))
print(datetime.combine(date(2024, 5, 6), time(7, 8, 9)),
      datetime.combine(date(2024, 5, 6), time(7, 8, tzinfo=p2)),
      datetime.combine(date(2024, 5, 6), time(7), u))
e = datetime(2024, 5, 6, 7, 8, 9, 10, tzinfo=p2)
print(e.date(), e.time(), e.timetz(), repr(e.time()), repr(e.timetz()))
