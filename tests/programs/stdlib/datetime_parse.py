# datetime: fromisoformat (3.11's wider formats), fromisocalendar,
# strptime with the common directives, and round trips.
from datetime import date, datetime, time, timedelta, timezone


def show(f, *args):
    try:
        print(repr(f(*args)))
    except ValueError as e:
        print("ValueError:", e)


for s in ["2024-03-05", "20240305", "2024-W10", "2024W10", "2024-W10-2",
          "2024W102", "2020-W53-7", "2021-W53-1", "0001-01-01", "9999-12-31",
          "2024-3-05", "2024-03-5", "2024/03/05", "2024-02-30", "2024-13-01",
          "0000-01-01", "24-03-05", "", "2024-03-05 "]:
    show(date.fromisoformat, s)
for s in ["2024-03-05T07:08:09", "2024-03-05 07:08:09.5", "2024-03-05T07",
          "2024-03-05T0708", "2024-03-05T070809", "2024-03-05T07:08:09,123",
          "2024-03-05T07:08:09.1234567", "2024-03-05T07:08:09Z",
          "2024-03-05T07:08:09+01:00", "2024-03-05T07:08:09-0130",
          "2024-03-05T07:08:09+05:30:15.25", "2024-03-05T07:08:09+00:00",
          "20240305T070809Z", "2024-W10-2T10:00", "2024W102 10:00",
          "2024-03-05", "2024-03-05T25:00", "2024-03-05T07:60",
          "2024-03-05T07:08:09+24:00", "2024-03-05T07:08:09.", "2024-03-05X07:08",
          "2024-03-05T07:8", "2024-03-05T7:08", "2024-03-05T07:08:09 ",
          "2024-03-05T07:08:09z", "2024-03-05T07:08:09+1"]:
    show(datetime.fromisoformat, s)
for s in ["07:08", "07:08:09.000001", "T07:08:09", "070809", "07", "07:08:09Z",
          "07:08:09-03:00", "7:08", "07:08:09.", "07:08:09+", "24:00"]:
    show(time.fromisoformat, s)
for args in [(2024, 1, 1), (2024, 52, 7), (2020, 53, 5), (2021, 53, 1),
             (2024, 0, 1), (2024, 1, 0), (2024, 1, 8), (0, 1, 1), (1, 1, 1)]:
    show(date.fromisocalendar, *args)

print("-- round trips")
for dt in [datetime(2024, 2, 29, 23, 59, 59, 999999),
           datetime(1, 1, 1, tzinfo=timezone.utc),
           datetime(2000, 1, 1, 12, tzinfo=timezone(timedelta(hours=-3, seconds=-7))),
           datetime(1999, 12, 31, 0, 0, 0, 1000)]:
    for spec in ("auto", "seconds", "microseconds"):
        s = dt.isoformat(timespec=spec)
        back = datetime.fromisoformat(s)
        print(s, back == dt, repr(back))
    print(date.fromisoformat(dt.date().isoformat()) == dt.date(),
          time.fromisoformat(dt.timetz().isoformat()) == dt.timetz())

print("-- strptime")
for data, fmt in [
    ("2024-03-05 07:08:09", "%Y-%m-%d %H:%M:%S"),
    ("5/3/24", "%d/%m/%y"),
    ("5/3/69", "%d/%m/%y"),
    ("5/3/68", "%d/%m/%y"),
    ("Tuesday, 05 March 2024", "%A, %d %B %Y"),
    ("tue 5 mar 2024", "%a %d %b %Y"),
    ("MARCH 5 2024 7:08 PM", "%B %d %Y %I:%M %p"),
    ("12:00 am", "%I:%M %p"),
    ("12:00 pm", "%I:%M %p"),
    ("2024 065", "%Y %j"),
    ("2023 365", "%Y %j"),
    ("07:08:09.5", "%H:%M:%S.%f"),
    ("07:08:09.123456", "%H:%M:%S.%f"),
    ("2024-03-05T07:08:09+0530", "%Y-%m-%dT%H:%M:%S%z"),
    ("2024-03-05T07:08:09-05:00", "%Y-%m-%dT%H:%M:%S%z"),
    ("2024-03-05T07:08:09Z", "%Y-%m-%dT%H:%M:%S%z"),
    ("2024-03-05T07:08:09+00:00", "%Y-%m-%dT%H:%M:%S%z"),
    ("2024-03-05 +013015.5", "%Y-%m-%d %z"),
    ("2024-03-05 UTC", "%Y-%m-%d %Z"),
    ("2024-03-05 +0100 GMT", "%Y-%m-%d %z %Z"),
    ("20240305070809", "%Y%m%d%H%M%S"),
    ("2024   3  5", "%Y %m %d"),
    ("100% 2024", "100%% %Y"),
    ("", ""),
    ("2024", "%Y%m"),
    ("2024-03-05 extra", "%Y-%m-%d"),
    ("2024-02-30", "%Y-%m-%d"),
    ("02-29", "%m-%d"),
    ("2024-03-05", "%Y-%m-%d %H"),
    ("13:00 PM", "%I:%M %p"),
    ("12:60", "%H:%M"),
    ("12:00:61", "%H:%M:%S"),
    ("2024", "%Y %"),
    ("2024", "%Q"),
    ("x2024", "x%Y"),
    ("X2024", "x%Y"),
]:
    try:
        print(repr(datetime.strptime(data, fmt)))
    except ValueError as e:
        print("ValueError:", e)
for dt in [datetime(2024, 3, 5, 7, 8, 9, 10), datetime(1001, 2, 3, 4, 5, 6), datetime(9999, 12, 31, 23, 59, 59, 999999)]:
    fmt = "%Y-%m-%d %H:%M:%S.%f"
    print(datetime.strptime(dt.strftime(fmt), fmt) == dt,
          datetime.strptime(dt.strftime("%d %B %Y %I %p %M %j"), "%d %B %Y %I %p %M %j"))
