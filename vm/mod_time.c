/* SPDX-License-Identifier: MIT */
/* The `time` module: clocks, sleep, and UTC calendar conversions.
 *
 * Promises: time/time_ns read the platform's wall clock; monotonic,
 * perf_counter and process_time (and their _ns forms) its monotonic clock
 * (a unikernel has one process, so its CPU time is close to its elapsed
 * time).  sleep() blocks in port_wait until the deadline, never spinning.
 * There are no time zones: localtime is gmtime, mktime its inverse,
 * timezone/altzone are 0 and tzname is ('UTC', 'UTC').  gmtime/localtime
 * return struct_time, a tuple subclass with the tm_* attributes; strftime
 * knows the C locale's directives (aAbBcdHIjmMpSUwWxXyYzZ%). */
#include "obj.h"
#include "fmt.h"
#include "port.h"
#include <math.h>
#include <stdio.h>

/* ---- clocks -------------------------------------------------------------- */

/* Nanoseconds as float seconds, exact when whole (as CPython). */
static Value ns_to_secs(uint64_t ns) {
    if (ns % 1000000000u == 0) return float_new((double)(ns / 1000000000u));
    return float_new((double)ns / 1e9);
}

#define CLOCK(pyname, src)                                                                         \
    static Value t_##pyname(Value *args, int nargs, Tuple *kw) {                                   \
        (void)args;                                                                                \
        arg_nokw(#pyname, kw);                                                                     \
        arg_count(#pyname, nargs, 0, 0);                                                           \
        return ns_to_secs(src());                                                                  \
    }                                                                                              \
    static Value t_##pyname##_ns(Value *args, int nargs, Tuple *kw) {                              \
        (void)args;                                                                                \
        arg_nokw(#pyname "_ns", kw);                                                               \
        arg_count(#pyname "_ns", nargs, 0, 0);                                                     \
        return int_from_u64(src());                                                                \
    }
CLOCK(time, port_wall_ns)
CLOCK(monotonic, port_monotonic_ns)
CLOCK(perf_counter, port_monotonic_ns)
CLOCK(process_time, port_monotonic_ns)

/* sleep(secs): secs is an int or a float (rounded up to whole ns, so the
 * sleep is never shorter than asked); port_wait may return early on an
 * event, so wait again until the deadline has passed. */
static Value t_sleep(Value *args, int nargs, Tuple *kw) {
    arg_nokw("sleep", kw);
    arg_count("sleep", nargs, 1, 1);
    Value v = args[0];
    uint64_t ns;
    if (IS_INTLIKE(v)) {
        Value iv = int_value(v);
        if (int_sign(iv) < 0) vm_raisef(ValueError_type, "sleep length must be non-negative");
        int64_t s;
        if (!int_to_i64(iv, &s) || s > INT64_MAX / 1000000000)
            vm_raisef(OverflowError_type, "timestamp too large to convert to C _PyTime_t");
        ns = (uint64_t)s * 1000000000u;
    } else if (IS_FLOAT(v)) {
        double d = ((Float *)v)->v;
        if (isnan(d)) vm_raisef(ValueError_type, "Invalid value NaN (not a number)");
        if (d < 0) vm_raisef(ValueError_type, "sleep length must be non-negative");
        d = ceil(d * 1e9);
        if (!(d < 9.2e18)) vm_raisef(OverflowError_type, "timestamp too large to convert to C _PyTime_t");
        ns = (uint64_t)d;
    } else {
        vm_raisef(TypeError_type, "'%s' object cannot be interpreted as an integer", vm_type_name(v));
    }
    uint64_t now = port_monotonic_ns(), deadline = now + ns;
    if (deadline < now) deadline = UINT64_MAX - 1;
    while (port_monotonic_ns() < deadline) port_wait(deadline);
    return None;
}

/* ---- calendar arithmetic (proleptic Gregorian, UTC) ----------------------- */

typedef struct {
    int64_t year;
    int mon, mday, hour, min, sec, wday, yday; /* mon 1..12, wday Mon=0, yday 1.. */
} Civil;

static bool is_leap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static const int days_before_month[2][13] = {
    {0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334},
    {0, 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335},
};

static int64_t floor_div(int64_t a, int64_t b) { return a / b - (a % b != 0 && (a < 0) != (b < 0)); }

/* Days from 1970-01-01 to year-mon-mday.  Years are counted in 400-year
 * eras of 146097 days starting on March 1st, so that the leap day falls at
 * the end of each counted year. */
static int64_t days_from_civil(int64_t y, int64_t m, int64_t d) {
    y -= m <= 2;
    int64_t era = floor_div(y, 400);
    int64_t yoe = y - era * 400;                                   /* 0..399 */
    int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1; /* 0..365 from March 1 */
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;           /* 0..146096 */
    return era * 146097 + doe - 719468;                            /* 719468: 0000-03-01 to 1970-01-01 */
}

static Civil civil_from_secs(int64_t t) {
    Civil c;
    int64_t days = floor_div(t, 86400), rem = t - days * 86400;
    c.hour = (int)(rem / 3600);
    c.min = (int)(rem / 60 % 60);
    c.sec = (int)(rem % 60);
    c.wday = (int)((days % 7 + 7 + 3) % 7); /* 1970-01-01 was a Thursday */
    int64_t z = days + 719468;
    int64_t era = floor_div(z, 146097);
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    c.mday = (int)(doy - (153 * mp + 2) / 5 + 1);
    c.mon = (int)(mp < 10 ? mp + 3 : mp - 9);
    c.year = yoe + era * 400 + (c.mon <= 2);
    c.yday = days_before_month[is_leap(c.year)][c.mon] + c.mday;
    return c;
}

/* ---- struct_time ------------------------------------------------------------ */

static Value struct_time_type;

static const char *const tm_fields[] = {"tm_year", "tm_mon",  "tm_mday", "tm_hour", "tm_min",
                                        "tm_sec",  "tm_wday", "tm_yday", "tm_isdst"};

static Value tm_item(Value self, int i) {
    if (!IS_TUPLE(self) || ((Tuple *)self)->len < 9) vm_raisef(TypeError_type, "expected a struct_time");
    return ((Tuple *)self)->items[i];
}

#define TM_GETTER(i)                                                                               \
    static Value tm_get##i(Value *args, int nargs, Tuple *kw) {                                    \
        (void)kw;                                                                                  \
        arg_count(tm_fields[i], nargs, 1, 1);                                                      \
        return tm_item(args[0], i);                                                                \
    }
TM_GETTER(0)
TM_GETTER(1)
TM_GETTER(2)
TM_GETTER(3)
TM_GETTER(4)
TM_GETTER(5)
TM_GETTER(6)
TM_GETTER(7)
TM_GETTER(8)
static const NativeFn tm_getters[9] = {tm_get0, tm_get1, tm_get2, tm_get3, tm_get4,
                                       tm_get5, tm_get6, tm_get7, tm_get8};

static Value tm_repr(Value *args, int nargs, Tuple *kw) {
    (void)kw;
    arg_count("__repr__", nargs, 1, 1);
    StrBuf b;
    sb_init(&b, 128);
    sb_adds(&b, "time.struct_time(");
    for (int i = 0; i < 9; i++) {
        if (i) sb_adds(&b, ", ");
        sb_adds(&b, tm_fields[i]);
        sb_addc(&b, '=');
        sb_addstr(&b, vm_repr(tm_item(args[0], i)));
    }
    sb_addc(&b, ')');
    return (Value)sb_finish(&b);
}

/* struct_time is a class built at import time: type("struct_time",
 * (tuple,), namespace) with a read-only property per field. */
static Value make_struct_time_type(void) {
    Dict *ns = dict_new();
    for (int i = 0; i < 9; i++)
        dict_set_str(ns, str_intern_cstr(tm_fields[i]),
                     vm_call1((Value)&property_type, native_new(tm_fields[i], tm_getters[i], NULL)));
    /* class-level defaults for struct_time built from a plain sequence;
     * gmtime/localtime set their own on the instance */
    dict_set_str(ns, str_intern_cstr("tm_zone"), None);
    dict_set_str(ns, str_intern_cstr("tm_gmtoff"), None);
    Value repr = native_new("__repr__", tm_repr, NULL);
    ((Native *)repr)->kind = NATIVE_METHOD;
    dict_set_str(ns, names.__repr__, repr);
    dict_set_str(ns, names.__module__, (Value)str_from_cstr("time"));
    Value bases = (Value)tuple_from((Value[]){(Value)&tuple_type}, 1);
    Value a[3] = {(Value)str_from_cstr("struct_time"), bases, (Value)ns};
    return type_call((Value)&type_type, a, 3, NULL);
}

/* zone: what the C library reports in tm_zone ("GMT" for gmtime on glibc
 * and musl, "UTC" for localtime when no time zone is set). */
static Value make_struct_time(Civil c, const char *zone) {
    Tuple *t = tuple_new(9);
    t->items[0] = int_from_i64(c.year);
    t->items[1] = MK_SMALL(c.mon);
    t->items[2] = MK_SMALL(c.mday);
    t->items[3] = MK_SMALL(c.hour);
    t->items[4] = MK_SMALL(c.min);
    t->items[5] = MK_SMALL(c.sec);
    t->items[6] = MK_SMALL(c.wday);
    t->items[7] = MK_SMALL(c.yday);
    t->items[8] = MK_SMALL(0);
    Value st = vm_call1(struct_time_type, (Value)t);
    vm_setattr(st, str_intern_cstr("tm_zone"), (Value)str_from_cstr(zone));
    vm_setattr(st, str_intern_cstr("tm_gmtoff"), MK_SMALL(0));
    return st;
}

/* Seconds since the epoch from an optional argument (None: now), rounded
 * towards minus infinity as CPython does for gmtime. */
static int64_t secs_arg(Value v) {
    if (!v || v == None) return (int64_t)(port_wall_ns() / 1000000000u);
    if (IS_FLOAT(v)) {
        double d = ((Float *)v)->v;
        if (isnan(d)) vm_raisef(ValueError_type, "Invalid value NaN (not a number)");
        d = floor(d);
        if (!(d > -9.2e18 && d < 9.2e18)) vm_raisef(OverflowError_type, "timestamp out of range for platform time_t");
        return (int64_t)d;
    }
    int64_t s;
    if (!int_to_i64(vm_index_value(v), &s)) vm_raisef(OverflowError_type, "timestamp out of range for platform time_t");
    return s;
}

static Value to_struct_time(Value *args, int nargs, const char *zone) {
    int64_t s = secs_arg(nargs ? args[0] : NULL);
    /* years beyond what a C int holds are an error in CPython too */
    if (s > (int64_t)67767976233316800 || s < -(int64_t)67768040609740800)
        vm_raisef(OverflowError_type, "timestamp out of range for platform time_t");
    return make_struct_time(civil_from_secs(s), zone);
}

static Value t_gmtime(Value *args, int nargs, Tuple *kw) {
    arg_nokw("gmtime", kw);
    arg_count("gmtime", nargs, 0, 1);
    return to_struct_time(args, nargs, "GMT");
}

static Value t_localtime(Value *args, int nargs, Tuple *kw) {
    arg_nokw("localtime", kw);
    arg_count("localtime", nargs, 0, 1);
    return to_struct_time(args, nargs, "UTC");
}

/* A struct_time or 9-tuple back to its fields (the given wday and yday are
 * ignored where they can be recomputed, as in mktime). */
static Civil civil_arg(const char *fname, Value v) {
    if (!IS_TUPLE(v)) vm_raisef(TypeError_type, "Tuple or struct_time argument required");
    Tuple *t = (Tuple *)v;
    if (t->len != 9) vm_raisef(TypeError_type, "%s(): illegal time tuple argument", fname);
    int64_t f[9];
    for (int i = 0; i < 9; i++) f[i] = vm_index(t->items[i]);
    Civil c = {.year = f[0], .mon = (int)f[1], .mday = (int)f[2], .hour = (int)f[3], .min = (int)f[4],
               .sec = (int)f[5], .wday = (int)f[6], .yday = (int)f[7]};
    return c;
}

static int64_t civil_to_secs(Civil c) {
    /* months outside 1..12 carry into the year, as C's mktime normalises */
    int64_t m0 = c.mon - 1;
    int64_t y = c.year + floor_div(m0, 12);
    m0 -= floor_div(m0, 12) * 12;
    return days_from_civil(y, m0 + 1, 1) * 86400 + (int64_t)(c.mday - 1) * 86400 + (int64_t)c.hour * 3600 +
           (int64_t)c.min * 60 + c.sec;
}

static Value t_mktime(Value *args, int nargs, Tuple *kw) {
    arg_nokw("mktime", kw);
    arg_count("mktime", nargs, 1, 1);
    return float_new((double)civil_to_secs(civil_arg("mktime", args[0])));
}

/* ---- strftime ---------------------------------------------------------------- */

static const char *const day_names[] = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                        "Friday", "Saturday", "Sunday"};
static const char *const month_names[] = {"January", "February", "March",     "April",   "May",      "June",
                                          "July",    "August",   "September", "October", "November", "December"};

/* strftime's checks on the fields (CPython's checktm, for the C locale). */
static void check_civil(Civil *c) {
    if (c->mon == 0) c->mon = 1;
    if (c->mday == 0) c->mday = 1;
    if (c->yday == 0) c->yday = 1;
    if (c->mon < 1 || c->mon > 12) vm_raisef(ValueError_type, "month out of range");
    if (c->mday < 1 || c->mday > 31) vm_raisef(ValueError_type, "day of month out of range");
    if (c->hour < 0 || c->hour > 23) vm_raisef(ValueError_type, "hour out of range");
    if (c->min < 0 || c->min > 59) vm_raisef(ValueError_type, "minute out of range");
    if (c->sec < 0 || c->sec > 61) vm_raisef(ValueError_type, "seconds out of range");
    if (c->wday < 0) vm_raisef(ValueError_type, "day of week out of range");
    c->wday %= 7; /* CPython takes wday modulo 7 */
    if (c->yday < 1 || c->yday > 366) vm_raisef(ValueError_type, "day of year out of range");
}

static void put_civil(StrBuf *b, const Civil *c, const char *fmt);

/* A number in C printf style (sb_printf knows only the VM's formats). */
static void put_num(StrBuf *b, const char *fmt, long v) {
    char tmp[32];
    fmt_snprintf(tmp, sizeof tmp, fmt, v);
    sb_adds(b, tmp);
}

static void put_directive(StrBuf *b, const Civil *c, char d) {
    int wsun = (c->wday + 1) % 7; /* Sunday = 0 */
    switch (d) {
    case 'a': sb_add(b, day_names[c->wday], 3); break;
    case 'A': sb_adds(b, day_names[c->wday]); break;
    case 'b': case 'h': sb_add(b, month_names[c->mon - 1], 3); break;
    case 'B': sb_adds(b, month_names[c->mon - 1]); break;
    case 'c': put_civil(b, c, "%a %b %e %H:%M:%S %Y"); break;
    case 'd': put_num(b, "%02ld", c->mday); break;
    case 'e': put_num(b, "%2ld", c->mday); break;
    case 'H': put_num(b, "%02ld", c->hour); break;
    case 'I': put_num(b, "%02ld", c->hour % 12 ? c->hour % 12 : 12); break;
    case 'j': put_num(b, "%03ld", c->yday); break;
    case 'm': put_num(b, "%02ld", c->mon); break;
    case 'M': put_num(b, "%02ld", c->min); break;
    case 'p': sb_adds(b, c->hour < 12 ? "AM" : "PM"); break;
    case 'S': put_num(b, "%02ld", c->sec); break;
    /* week of the year: weeks start on Sunday (U) or Monday (W); days
     * before the first such day are in week 0 */
    case 'U': put_num(b, "%02ld", (c->yday - 1 + 7 - wsun) / 7); break;
    case 'W': put_num(b, "%02ld", (c->yday - 1 + 7 - c->wday) / 7); break;
    case 'w': put_num(b, "%ld", wsun); break;
    case 'x': put_civil(b, c, "%m/%d/%y"); break;
    case 'X': put_civil(b, c, "%H:%M:%S"); break;
    case 'y': put_num(b, "%02ld", ((long)(c->year % 100) + 100) % 100); break;
    case 'Y': put_num(b, "%ld", (long)c->year); break;
    case 'z': sb_adds(b, "+0000"); break;
    case 'Z': sb_adds(b, "UTC"); break;
    case '%': sb_addc(b, '%'); break;
    default: /* unknown directives are copied, as glibc does */
        sb_addc(b, '%');
        sb_addc(b, d);
    }
}

static void put_civil(StrBuf *b, const Civil *c, const char *fmt) {
    for (const char *p = fmt; *p; p++) {
        if (*p != '%' || !p[1]) {
            sb_addc(b, *p);
            continue;
        }
        put_directive(b, c, *++p);
    }
}

static Value t_strftime(Value *args, int nargs, Tuple *kw) {
    arg_nokw("strftime", kw);
    arg_count("strftime", nargs, 1, 2);
    Str *fmt = arg_str(args[0], "strftime", "argument 1");
    Civil c;
    if (nargs == 2) {
        c = civil_arg("strftime", args[1]);
        check_civil(&c);
    } else {
        c = civil_from_secs(secs_arg(NULL));
    }
    StrBuf b;
    sb_init(&b, fmt->nbytes + 32);
    put_civil(&b, &c, fmt->data);
    return (Value)sb_finish(&b);
}

static Value asctime_of(Civil c) {
    StrBuf b;
    sb_init(&b, 32);
    put_civil(&b, &c, "%a %b %e %H:%M:%S %Y");
    return (Value)sb_finish(&b);
}

static Value t_asctime(Value *args, int nargs, Tuple *kw) {
    arg_nokw("asctime", kw);
    arg_count("asctime", nargs, 0, 1);
    Civil c = nargs ? civil_arg("asctime", args[0]) : civil_from_secs(secs_arg(NULL));
    check_civil(&c);
    return asctime_of(c);
}

static Value t_ctime(Value *args, int nargs, Tuple *kw) {
    arg_nokw("ctime", kw);
    arg_count("ctime", nargs, 0, 1);
    return asctime_of(civil_from_secs(secs_arg(nargs ? args[0] : NULL)));
}

/* ---- the module ---------------------------------------------------------------- */

Module *mod_time_init(void) {
    Module *m = module_new(str_intern_cstr("time"));
    static const struct {
        const char *name;
        NativeFn fn;
    } fns[] = {
        {"time", t_time},
        {"time_ns", t_time_ns},
        {"monotonic", t_monotonic},
        {"monotonic_ns", t_monotonic_ns},
        {"perf_counter", t_perf_counter},
        {"perf_counter_ns", t_perf_counter_ns},
        {"process_time", t_process_time},
        {"process_time_ns", t_process_time_ns},
        {"sleep", t_sleep},
        {"gmtime", t_gmtime},
        {"localtime", t_localtime},
        {"mktime", t_mktime},
        {"strftime", t_strftime},
        {"asctime", t_asctime},
        {"ctime", t_ctime},
    };
    for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++) module_add_fn(m, fns[i].name, fns[i].fn);
    if (!struct_time_type) {
        struct_time_type = make_struct_time_type();
        gc_add_root(&struct_time_type);
    }
    module_set(m, "struct_time", struct_time_type);
    module_set(m, "timezone", MK_SMALL(0));
    module_set(m, "altzone", MK_SMALL(0));
    module_set(m, "daylight", MK_SMALL(0));
    Value utc = (Value)str_from_cstr("UTC");
    module_set(m, "tzname", (Value)tuple_from((Value[]){utc, utc}, 2));
    return m;
}
