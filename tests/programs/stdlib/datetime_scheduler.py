# datetime: a small job scheduler (cron-like rules, next run times across
# month ends, leap days and DST-free fixed zones) and an invoice due-date
# report with business days, month-end terms and ageing buckets.
import calendar
from datetime import date, datetime, time, timedelta, timezone

UTC = timezone.utc
CET = timezone(timedelta(hours=1), "CET")


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return d.replace(year=y, month=m, day=min(d.day, calendar.monthrange(y, m)[1]))


class Rule:
    def __init__(self, name, minute=0, hour=None, weekdays=None, monthday=None,
                 every=None, tz=UTC):
        self.name, self.minute, self.hour = name, minute, hour
        self.weekdays, self.monthday, self.every, self.tz = weekdays, monthday, every, tz

    def matches(self, t):
        if self.every is not None:
            return (t.hour * 60 + t.minute) % self.every == 0
        if t.minute != self.minute:
            return False
        if self.hour is not None and t.hour != self.hour:
            return False
        if self.weekdays is not None and t.weekday() not in self.weekdays:
            return False
        if self.monthday == "last":
            return (t + timedelta(days=1)).month != t.month
        if self.monthday is not None and t.day != self.monthday:
            return False
        return True

    def next_after(self, when):
        t = when.astimezone(self.tz).replace(second=0, microsecond=0) + timedelta(minutes=1)
        for _ in range(60 * 24 * 400):
            if self.matches(t):
                return t.astimezone(UTC)
            if self.every is None and self.hour is not None and t.hour != self.hour:
                t = (t + timedelta(hours=1)).replace(minute=0)
                continue
            t += timedelta(minutes=1)
        return None


rules = [
    Rule("backup", minute=30, hour=2),
    Rule("report", minute=0, hour=9, weekdays={0, 1, 2, 3, 4}, tz=CET),
    Rule("billing", minute=0, hour=0, monthday="last"),
    Rule("leap", minute=0, hour=12, monthday=29),
    Rule("poll", every=15),
]
start = datetime(2024, 2, 27, 23, 50, tzinfo=UTC)
for r in rules:
    t = start
    runs = []
    for _ in range(5):
        t = r.next_after(t)
        runs.append(t.strftime("%a %Y-%m-%d %H:%M %Z"))
    print(f"{r.name:8} {' | '.join(runs)}")

print("-- timeline")
events = []
for r in rules[:4]:
    t = start
    while True:
        t = r.next_after(t)
        if t > start + timedelta(days=10):
            break
        events.append((t, r.name))
events.sort()
for t, name in events:
    local = t.astimezone(CET)
    print(f"{t:%m-%d %H:%M}Z  {local:%H:%M %Z}  {name:8} in {t - start}")

print("-- invoices")
HOLIDAYS = {date(2024, 1, 1), date(2024, 3, 29), date(2024, 4, 1), date(2024, 5, 1),
            date(2024, 12, 25), date(2024, 12, 26)}


def business_days_after(d, n):
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in HOLIDAYS:
            n -= 1
    return d


def due(issued, terms):
    if terms == "EOM":
        return date(issued.year, issued.month, calendar.monthrange(issued.year, issued.month)[1])
    if terms.startswith("EOM+"):
        return add_months(issued.replace(day=1), 1) + timedelta(days=int(terms[4:]) - 1)
    if terms.endswith("BD"):
        return business_days_after(issued, int(terms[:-2]))
    d = issued + timedelta(days=int(terms))
    while d.weekday() >= 5 or d in HOLIDAYS:
        d += timedelta(days=1)
    return d


invoices = [
    ("INV-001", "2024-01-15", "30", 1200.00),
    ("INV-002", "2024-01-31", "EOM+15", 80.50),
    ("INV-003", "2024-02-29", "30", 999.99),
    ("INV-004", "2024-03-22", "5BD", 45.00),
    ("INV-005", "2024-03-28", "EOM", 300.00),
    ("INV-006", "2024-11-29", "10BD", 2500.00),
    ("INV-007", "2024-12-20", "3BD", 12.00),
    ("INV-008", "2023-12-31", "60", 640.00),
]
today = date(2024, 4, 15)
buckets = {}
for no, issued_s, terms, amount in invoices:
    issued = date.fromisoformat(issued_s)
    d = due(issued, terms)
    late = (today - d).days
    bucket = "current" if late <= 0 else "1-30" if late <= 30 else "31-60" if late <= 60 else "60+"
    buckets[bucket] = buckets.get(bucket, 0) + amount
    print(f"{no} issued {issued:%d %b %Y} ({issued:%a}) terms {terms:6} due {d.isoformat()} "
          f"{d:%A} week {d.isocalendar().week:2} late {late:4} {bucket}")
for k in ("current", "1-30", "31-60", "60+"):
    print(f"{k:8} {buckets.get(k, 0):10.2f}")
print("next quarter ends:", [str(add_months(date(2024, 1, 31), 3 * k - 1)) for k in range(1, 5)])
meeting = datetime.combine(today, time(15, 30), CET)
print("meeting", meeting.isoformat(), "=", meeting.astimezone(UTC).strftime("%H:%M UTC"),
      "ts", meeting.timestamp())
span = datetime(2024, 12, 31, 23, 59, 59, tzinfo=UTC) - datetime(2024, 1, 1, tzinfo=UTC)
print("year span", span, span.total_seconds(), span // timedelta(weeks=1), span % timedelta(weeks=1))
