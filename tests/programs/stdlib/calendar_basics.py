# calendar: leap years, month ranges, weekdays, timegm, names and the
# Calendar/TextCalendar month layouts.
import calendar
import time

print([y for y in range(1896, 1912) if calendar.isleap(y)], calendar.isleap(2000),
      calendar.isleap(1900), calendar.isleap(2024))
print(calendar.leapdays(1, 10000), calendar.leapdays(1900, 2000),
      calendar.leapdays(2000, 1900), calendar.leapdays(2024, 2025))
for y, m in [(2024, 2), (2023, 2), (1900, 2), (2000, 2), (2024, 12), (1, 1), (9999, 12)]:
    print(y, m, calendar.monthrange(y, m))
print([calendar.weekday(2024, m, 13) for m in range(1, 13)],
      calendar.weekday(0, 1, 1), calendar.weekday(10000, 1, 1), calendar.weekday(-1, 3, 1))
for t in [(1970, 1, 1, 0, 0, 0), (2024, 2, 29, 12, 34, 56, 0, 0, 0), (1969, 12, 31, 23, 59, 59),
          (2038, 1, 19, 3, 14, 8), (1, 1, 1, 0, 0, 0), (2024, 1, 31, 25, 61, 61)]:
    print(t, calendar.timegm(t))
print(calendar.timegm(time.gmtime(1700000000)))
print(list(calendar.day_name), list(calendar.day_abbr))
print(list(calendar.month_name), list(calendar.month_abbr))
print(len(calendar.month_name), len(calendar.day_abbr), calendar.month_name[2],
      calendar.month_abbr[-1], calendar.day_name[1:3], calendar.month_abbr[10:])
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.mdays)
for y, m in [(2024, 2), (2021, 2), (2023, 10), (2026, 3)]:
    print(calendar.monthcalendar(y, m))
cal = calendar.Calendar(firstweekday=6)
print(cal.firstweekday, list(cal.iterweekdays()), cal.getfirstweekday())
print(list(cal.itermonthdays(2024, 9)))
print(list(cal.itermonthdays2(2024, 9))[:9])
print(list(cal.itermonthdays3(2024, 12))[-6:], list(cal.itermonthdays4(2025, 1))[:3])
print([str(d) for d in cal.itermonthdates(2024, 3)][:8])
print(cal.monthdayscalendar(2024, 2), cal.monthdays2calendar(2024, 2)[0])
print([[str(d) for d in w] for w in cal.monthdatescalendar(2023, 1)][0])
print(len(cal.yeardayscalendar(2024)), len(cal.yeardayscalendar(2024, 4)[0]),
      cal.yeardays2calendar(2024, 6)[1][5][-1])
print(calendar.Calendar(8).firstweekday)
print(calendar.TextCalendar().formatmonth(2024, 2))
print(calendar.month(2023, 10, 3, 1), end="")
print(calendar.TextCalendar(6).formatmonth(2024, 9, w=4, l=2))
calendar.prmonth(1999, 12)
print(calendar.weekheader(2), "|", calendar.weekheader(9), "|", calendar.weekheader(1))
print(calendar.week([(1, 0), (2, 1), (0, 2), (0, 3), (0, 4), (30, 5), (31, 6)], 3))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 6)[0], calendar.weekheader(3))
calendar.setfirstweekday(0)
print(calendar.formatstring(["a", "bb", "ccc"], 5, 2) + "|")
print(calendar.calendar(2024))
calendar.prcal(1900, w=3, l=1, c=2, m=4)
for bad in [lambda: calendar.monthrange(2024, 13), lambda: calendar.monthrange(2024, 0),
            lambda: calendar.setfirstweekday(7), lambda: calendar.weekday(2024, 2, 30),
            lambda: calendar.month_name[13]]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
print(issubclass(calendar.IllegalMonthError, ValueError), calendar.error is ValueError)
