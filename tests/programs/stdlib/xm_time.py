# time: clocks (only properties, never values), sleep, UTC calendar conversions.
import time

t0, n0, p0 = time.monotonic(), time.monotonic_ns(), time.perf_counter()
print(
    type(t0).__name__,
    type(n0).__name__,
    type(time.time()).__name__,
    type(time.time_ns()).__name__,
)
print(
    time.time() > 1.6e9,
    time.time_ns() > 1_600_000_000 * 10**9,
    type(time.process_time()).__name__,
)
print(type(time.perf_counter_ns()).__name__, type(time.process_time_ns()).__name__)
time.sleep(0.02)
time.sleep(0)
print(
    time.monotonic() - t0 >= 0.02,
    time.monotonic_ns() - n0 >= 20_000_000,
    time.perf_counter() >= p0,
)
for bad in (-1, -0.5, float("nan"), "1"):
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

for secs in (
    0,
    1,
    86399,
    86400,
    951782400,
    1700000000,
    1700000000.75,
    -1,
    -86401,
    4102444800,
    253402300799,
    -62135596800,
):
    t = time.gmtime(secs)
    print(
        secs, tuple(t), t.tm_year, t.tm_mon, t.tm_mday, t.tm_wday, t.tm_yday, t.tm_isdst
    )
    print(
        " ", time.strftime("%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %I %p %%", t)
    )
t = time.gmtime(1234567890)
print(t)
print(repr(t), len(t), t[0], t[-1], t[:3], isinstance(t, tuple), type(t).__name__)
print(t.tm_hour, t.tm_min, t.tm_sec, t.tm_zone, t.tm_gmtoff)
print(time.asctime(t), time.ctime(0), time.ctime(1e9))
print(
    time.strftime("%c|%x|%X|%d/%m", t), time.strftime("", t), time.strftime("plain", t)
)
print(time.strftime("%H:%M", (2020, 1, 1, 7, 5, 0, 2, 1, 0)))
st = time.struct_time((2021, 2, 3, 4, 5, 6, 2, 34, 0))
print(st.tm_mday, st.tm_yday, tuple(st) == (2021, 2, 3, 4, 5, 6, 2, 34, 0))
for bad in (
    (2020, 13, 1, 0, 0, 0, 0, 1, 0),
    (2020, 1, 32, 0, 0, 0, 0, 1, 0),
    (2020, 1, 1, 24, 0, 0, 0, 1, 0),
    (2020, 1, 1, 0, 60, 0, 0, 1, 0),
    (2020, 1, 1, 0, 0, 62, 0, 1, 0),
):
    try:
        time.strftime("%Y", bad)
    except ValueError as e:
        print("ValueError", e)
try:
    time.strftime("%Y", (1, 2))
except TypeError as e:
    print("TypeError", e)
