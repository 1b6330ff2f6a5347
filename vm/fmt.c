/* SPDX-License-Identifier: MIT */
/* Number formatting and parsing with CPython-exact text (see fmt.h).
 *
 * How it works: every float conversion first turns |x| into a decimal
 * digit string and a decimal-point position, in the convention of David
 * Gay's dtoa that CPython uses (x = 0.d1d2d3... * 10^decpt, no trailing
 * zeros; zero is "0" with decpt 1):
 *   mode 0  shortest string that reads back as x      (repr, no type)
 *   mode 2  correctly rounded to N significant digits  (e, g)
 *   mode 3  correctly rounded to N places after the point (f, %, round)
 * The digits come from the exact decimal value of the double (a big
 * integer, vm/mpn.h: m * 2^e is m * 5^-e * 10^e), rounded ties-to-even as
 * dtoa does; text is read back with the same exact arithmetic (an integer
 * times or divided by a power of ten, correctly rounded), so neither needs
 * the C library's printf or strtod.  The digit string is then laid out
 * exactly as CPython's format_float_short does, and the result padded and
 * grouped as its calc_number_widths / fill_number do.  Long runs of zeros (huge
 * precisions or widths) are never materialised: they are counted and
 * streamed to the sink. */
#include "fmt.h"
#include "mpn.h"

#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <string.h>

/* More significant digits than the exact decimal value of any double has
 * (at most 767), so asking for this many is exact. */
#define NDIG_MAX 800
/* Room for the exact digits of any double (mpn_to_str may ask one more
 * byte than it writes, plus the NUL). */
#define DBUF NDIG_MAX

/* ---- output -------------------------------------------------------------- */

static void put(fmt_sink *sink, const char *s, size_t n)
{
    if (n)
        sink->put(sink, s, n);
}

/* Write count copies of the ulen-byte unit (a UTF-8 character). */
static void put_repeat(fmt_sink *sink, const char *unit, size_t ulen,
                       uint64_t count)
{
    char buf[64];
    size_t per = sizeof buf / ulen;
    if (count < per)
        per = (size_t)count;
    for (size_t i = 0; i < per; i++)
        memcpy(buf + i * ulen, unit, ulen);
    while (count) {
        size_t k = count < per ? (size_t)count : per;
        put(sink, buf, k * ulen);
        count -= k;
    }
}

static void put_zeros(fmt_sink *sink, uint64_t count)
{
    put_repeat(sink, "0", 1, count);
}

/* ---- decimal digits of a double ----------------------------------------- */

typedef struct {
    char buf[DBUF];
    const char *d; /* significant digits, no trailing zeros */
    int n;         /* how many; 0 when a mode-3 rounding gave zero */
    int64_t decpt; /* x = 0.d1d2... * 10^decpt */
} decimal;

static void set_zero(decimal *dec)
{
    dec->buf[0] = '0';
    dec->d = dec->buf;
    dec->n = 1;
    dec->decpt = 1;
}

/* ---- exact decimal arithmetic (vm/mpn.h) ----------------------------------- */

/* Limbs for m * 5^1075 (m < 2^54: the midpoints below need a bit more than
 * a double's 53) and for 10^k with k up to NDIG_MAX + 340 (parsing). */
#define EXACT_LIMBS 90
#define POW10_LIMBS 120

/* r = a * base^k for a small base (5 or 10), in steps of the largest power
 * of base that fits a limb.  r may be a; r needs room for the result. */
static size_t mul_pow(mpn_limb *r, const mpn_limb *a, size_t na, unsigned base, int64_t k)
{
    mpn_limb step = base == 5 ? 1220703125u /* 5^13 */ : 1000000000u /* 10^9 */;
    int per = base == 5 ? 13 : 9;
    if (r != a)
        memcpy(r, a, na * sizeof *a);
    for (; k > 0; k -= per) {
        mpn_limb m = step;
        if (k < per) {
            m = 1;
            for (int i = 0; i < k; i++)
                m *= base;
        }
        na = mpn_mul_1_add(r, r, na, m, 0);
    }
    return na;
}

/* The exact decimal digits of m * 2^e2 (m > 0), without trailing zeros.
 * With e2 < 0 the value is m * 5^-e2 * 10^e2, an integer times a power of
 * ten, so the digits are those of one big integer. */
static void exact_decimal(uint64_t m, int e2, decimal *dec)
{
    mpn_limb a[EXACT_LIMBS];
    size_t na = mpn_from_u64(a, m);
    na = e2 >= 0 ? mpn_lshift(a, a, na, (size_t)e2) : mul_pow(a, a, na, 5, -e2);
    int len = (int)mpn_to_str(dec->buf, a, na, 10, a);
    dec->decpt = len + (e2 < 0 ? e2 : 0);
    while (len > 1 && dec->buf[len - 1] == '0')
        len--;
    dec->d = dec->buf;
    dec->n = len;
}

/* ax > 0 finite as m * 2^e2 with an integer m. */
static void split_double(double ax, uint64_t *m, int *e2)
{
    uint64_t bits;
    memcpy(&bits, &ax, sizeof bits);
    int be = (int)(bits >> 52);
    *m = bits & ((UINT64_C(1) << 52) - 1);
    if (be) {
        *m |= UINT64_C(1) << 52;
        *e2 = be - 1075;
    } else {
        *e2 = -1074;
    }
}

static void exact_double(double ax, decimal *dec)
{
    uint64_t m;
    int e2;
    split_double(ax, &m, &e2);
    exact_decimal(m, e2, dec);
}

/* The double nearest to the integer d[0..n) times 10^e10 (ties to even):
 * one exact big-integer product or correctly rounded quotient. */
static double decimal_to_double(const char *d, int n, int64_t e10)
{
    /* Beyond these the value is over DBL_MAX or under half the smallest
     * subnormal whatever the digits. */
    if (n + e10 > 310)
        return INFINITY;
    if (n + e10 < -330)
        return 0.0;
    mpn_limb a[POW10_LIMBS + 8];
    size_t na = mpn_from_str(a, d, (size_t)n, 10);
    bool over;
    if (e10 >= 0) {
        na = mul_pow(a, a, na, 10, e10);
        return mpn_to_double(a, na, &over);
    }
    mpn_limb b[POW10_LIMBS + 8];
    mpn_limb one = 1;
    size_t nb = mul_pow(b, &one, 1, 10, -e10);
    mpn_limb scratch[3 * (POW10_LIMBS + 11) + POW10_LIMBS + 10];
    return mpn_truediv(a, na, b, nb, scratch, &over);
}

static bool reads_back(const decimal *dec, double ax)
{
    return decimal_to_double(dec->d, dec->n, dec->decpt - dec->n) == ax;
}

/* out = src rounded to its first keep digits (ties to even), without
 * trailing zeros; keep <= 0 rounds at or above the leading digit.  A zero
 * result has n = 0 (decpt then means nothing: callers set it). */
static void round_decimal(const decimal *src, int64_t keep, decimal *out)
{
    const char *d = src->d;
    int n = src->n;
    out->d = out->buf;
    out->decpt = src->decpt;
    if (keep >= n) {
        memmove(out->buf, d, (size_t)n);
        out->n = n;
        return;
    }
    bool up = false;
    if (keep >= 0) {
        char first = d[keep];
        bool rest = false;
        for (int i = (int)keep + 1; i < n && !rest; i++)
            rest = d[i] != '0';
        bool odd = keep > 0 && (d[keep - 1] - '0') % 2;
        up = first > '5' || (first == '5' && (rest || odd));
    }
    if (keep <= 0) {
        out->n = 0;
        if (up) { /* 0.5.. * 10^decpt rounds up to 10^decpt */
            out->buf[0] = '1';
            out->n = 1;
            out->decpt++;
        }
        return;
    }
    memmove(out->buf, d, (size_t)keep);
    int k = (int)keep;
    if (up) {
        while (k > 0 && out->buf[k - 1] == '9')
            k--;
        if (k == 0) {
            out->buf[0] = '1';
            k = 1;
            out->decpt++;
        } else {
            out->buf[k - 1]++;
        }
    }
    while (k > 1 && out->buf[k - 1] == '0')
        k--;
    out->n = k;
}

/* Mode 2: |x| = ax > 0 rounded to nd >= 1 significant digits. */
static void digits_sig(double ax, int64_t nd, decimal *dec)
{
    decimal exact;
    exact_double(ax, &exact);
    round_decimal(&exact, nd, dec);
}

/* Mode 3: ax > 0 rounded to a multiple of 10^-p (p may be negative).
 * When the result is zero, dtoa gives no digits and decpt = -p. */
static void digits_fixed(double ax, int64_t p, decimal *dec)
{
    decimal exact;
    exact_double(ax, &exact);
    round_decimal(&exact, exact.decpt + p, dec);
    if (dec->n == 0)
        dec->decpt = -p;
}

/* Mode 0: the shortest digit string that reads back as ax > 0, the
 * closest to ax if there are several of that length. */
static void digits_shortest(double ax, decimal *dec)
{
    decimal exact;
    exact_double(ax, &exact);
    if (ax < DBL_MIN) {
        /* Subnormals have fewer bits than 15 digits: search upwards. */
        for (int p = 1; p < 17; p++) {
            round_decimal(&exact, p, dec);
            if (reads_back(dec, ax))
                return;
        }
        round_decimal(&exact, 17, dec);
        return;
    }
    /* Any decimal of at most 15 digits survives a trip through a normal
     * double (DBL_DIG), so if a string of <= 15 digits reads back as ax it
     * is ax rounded to 15 digits with its trailing zeros removed. */
    for (int p = 15; p <= 16; p++) {
        round_decimal(&exact, p, dec);
        if (reads_back(dec, ax))
            return;
    }
    /* At a power of two the gap below ax is half the gap above, so the
     * 16-digit string just above may read back while the closer one just
     * below does not. */
    int mexp;
    if (frexp(ax, &mexp) == 0.5 && dec->n <= 16) {
        memset(dec->buf + dec->n, '0', (size_t)(16 - dec->n));
        int k = 16;
        while (k > 0 && dec->buf[k - 1] == '9')
            dec->buf[--k] = '0';
        if (k == 0) {
            dec->buf[0] = '1';
            dec->decpt++;
        } else {
            dec->buf[k - 1]++;
        }
        k = 16;
        while (k > 1 && dec->buf[k - 1] == '0')
            k--;
        dec->n = k;
        if (reads_back(dec, ax))
            return;
    }
    round_decimal(&exact, 17, dec);
}

/* ---- float text, as CPython's PyOS_double_to_string lays it out ---------- */

/* The text is: [-] int '.' z1*'0' frac z2*'0' suffix, where int holds at
 * most 309 characters and the '.' is dropped when nothing follows it
 * (unless alternate form). */
typedef struct {
    bool neg;
    const char *special; /* "inf" / "nan" (or upper case), else NULL */
    char intpart[320];
    size_t nint;
    bool point;
    uint64_t z1;
    const char *frac;
    size_t nfrac;
    uint64_t z2;
    char suffix[12]; /* exponent and/or '%' */
    size_t nsuffix;
    decimal dec;
} ftext;

/* Render x for code e E f F g G or r (repr) with the given precision (the
 * Python-level one; >= 0), as PyOS_double_to_string does with the flags
 * alt (Py_DTSF_ALT), add_dot_0 (Py_DTSF_ADD_DOT_0) and no_neg_0. */
static void render(ftext *t, double x, char code, int64_t precision,
                   bool alt, bool add_dot_0, bool no_neg_0)
{
    /* CPython rejects precisions above INT_MAX before getting here; the
     * clamp only keeps the arithmetic below defined for any input. */
    if (precision > INT32_MAX)
        precision = INT32_MAX;
    bool upper = code >= 'A' && code <= 'Z';
    if (upper)
        code = (char)(code - 'A' + 'a');
    t->neg = signbit(x) != 0;
    t->special = NULL;
    t->nint = 0;
    t->point = false;
    t->z1 = t->z2 = 0;
    t->nfrac = 0;
    t->frac = "";
    t->nsuffix = 0;
    if (isnan(x)) {
        t->neg = false;
        t->special = upper ? "NAN" : "nan";
        return;
    }
    if (isinf(x)) {
        t->special = upper ? "INF" : "inf";
        return;
    }
    decimal *dec = &t->dec;
    double ax = fabs(x);
    if (ax == 0)
        set_zero(dec);
    else if (code == 'e')
        digits_sig(ax, precision + 1, dec);
    else if (code == 'f')
        digits_fixed(ax, precision, dec);
    else if (code == 'g')
        digits_sig(ax, precision == 0 ? 1 : precision, dec);
    else
        digits_shortest(ax, dec);
    if (no_neg_0 && t->neg &&
        (dec->n == 0 || (dec->n == 1 && dec->d[0] == '0')))
        t->neg = false;

    /* format_float_short: choose the exponent and the slice
     * [vstart, vend) of the digits padded with zeros on both sides. */
    int64_t n = dec->n, decpt = dec->decpt, vend = n;
    bool use_exp = false;
    switch (code) {
    case 'e':
        use_exp = true;
        vend = precision + 1;
        break;
    case 'f':
        vend = decpt + precision;
        break;
    case 'g': {
        int64_t p = precision == 0 ? 1 : precision;
        if (decpt <= -4 || decpt > (add_dot_0 ? p - 1 : p))
            use_exp = true;
        if (alt)
            vend = p;
        break;
    }
    default: /* 'r' switches to the exponent at 1e16 */
        if (decpt <= -4 || decpt > 16)
            use_exp = true;
        break;
    }
    int64_t exp = 0;
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int64_t lo = (!use_exp && add_dot_0) ? decpt + 1 : decpt;
    if (vend < lo)
        vend = lo;

    const char *d = dec->d;
    if (decpt <= 0) {
        t->intpart[0] = '0';
        t->nint = 1;
        t->z1 = (uint64_t)-decpt;
        t->frac = d;
        t->nfrac = (size_t)n;
        t->z2 = (uint64_t)(vend - n);
    } else if (decpt <= n) {
        memcpy(t->intpart, d, (size_t)decpt);
        t->nint = (size_t)decpt;
        t->frac = d + decpt;
        t->nfrac = (size_t)(n - decpt);
        t->z2 = (uint64_t)(vend - n);
    } else {
        memcpy(t->intpart, d, (size_t)n);
        memset(t->intpart + n, '0', (size_t)(decpt - n));
        t->nint = (size_t)decpt;
        t->z2 = (uint64_t)(vend - decpt);
    }
    t->point = alt || t->z1 + t->nfrac + t->z2 > 0;
    if (use_exp)
        t->nsuffix = (size_t)fmt_snprintf(t->suffix, sizeof t->suffix, "%c%+.02d",
                                      upper ? 'E' : 'e', (int)exp);
}

size_t fmt_double_repr(double x, char buf[FMT_REPR_MAX])
{
    ftext t;
    render(&t, x, 'r', 0, false, true, false);
    size_t n = 0;
    if (t.neg)
        buf[n++] = '-';
    if (t.special) {
        memcpy(buf + n, t.special, 3);
        n += 3;
    } else {
        /* Shortest digits in fixed notation below 1e16: short runs only. */
        memcpy(buf + n, t.intpart, t.nint);
        n += t.nint;
        if (t.point)
            buf[n++] = '.';
        memset(buf + n, '0', (size_t)t.z1);
        n += (size_t)t.z1;
        memcpy(buf + n, t.frac, t.nfrac);
        n += t.nfrac;
        memset(buf + n, '0', (size_t)t.z2);
        n += (size_t)t.z2;
        memcpy(buf + n, t.suffix, t.nsuffix);
        n += t.nsuffix;
    }
    buf[n] = 0;
    return n;
}

/* ---- number layout: calc_number_widths + fill_number --------------------- */

/* A number as the layout sees it: sign, prefix, the integer digits that
 * grouping and zero padding apply to, then the "remainder" (decimal point,
 * fraction, exponent, or the character for 'c'), copied as is. */
typedef struct {
    bool neg;
    const char *prefix;
    size_t nprefix;
    const char *intd;
    size_t nint;
    bool point;
    uint64_t z1;
    const char *frac;
    size_t nfrac;
    uint64_t z2;
    const char *suffix;
    size_t nsuffix;
    uint64_t suffix_cp; /* code points in suffix */
} numparts;

static void parts_from_ftext(numparts *np, const ftext *t)
{
    memset(np, 0, sizeof *np);
    np->neg = t->neg;
    np->prefix = "";
    if (t->special) {
        np->intd = "";
        np->suffix = t->special;
        np->nsuffix = np->suffix_cp = 3;
        return;
    }
    np->intd = t->intpart;
    np->nint = t->nint;
    np->point = t->point;
    np->z1 = t->z1;
    np->frac = t->frac;
    np->nfrac = t->nfrac;
    np->z2 = t->z2;
    np->suffix = t->suffix;
    np->nsuffix = np->suffix_cp = t->nsuffix;
}

static bool fill_is_zero(const fmt_spec *spec)
{
    return spec->fill_len == 1 && spec->fill[0] == '0';
}

/* How CPython's _PyUnicode_InsertThousandsGrouping lays out ndigits
 * integer digits: zero-padded until digits plus separators reach
 * min_width, a separator every `every` digits from the right (every == 0:
 * no grouping).  Returns the width with separators; *total_digits gets the
 * digit count after padding.  Every group is full except the leftmost. */
static uint64_t grouped_width(size_t ndigits, int64_t min_width, int every,
                              uint64_t *total_digits)
{
    if (ndigits == 0) {
        *total_digits = 0;
        return 0;
    }
    if (!every) {
        uint64_t t = ndigits;
        if (min_width > 0 && (uint64_t)min_width > t)
            t = (uint64_t)min_width;
        *total_digits = t;
        return t;
    }
    /* Groups are full except perhaps the leftmost: count them. */
    int64_t remaining = (int64_t)ndigits, mw = min_width;
    uint64_t groups = 0;
    int64_t last;
    for (;;) {
        int64_t m = remaining > mw ? remaining : mw;
        if (m < 1)
            m = 1;
        last = m < every ? m : every;
        remaining -= remaining < last ? remaining : last;
        mw -= last;
        groups++;
        if (remaining <= 0 && mw <= 0)
            break;
        mw -= 1; /* the separator */
    }
    *total_digits = (groups - 1) * (uint64_t)every + (uint64_t)last;
    return *total_digits + groups - 1;
}

/* Write the layout grouped_width computed. */
static void put_grouped(fmt_sink *sink, const char *digits, size_t ndigits,
                        uint64_t total, int every, char sep)
{
    char buf[64];
    size_t k = 0;
    uint64_t zeros = total - ndigits;
    for (uint64_t i = 0; i < total; i++) {
        if (k + 2 > sizeof buf) {
            put(sink, buf, k);
            k = 0;
        }
        if (every && i > 0 && (total - i) % (uint64_t)every == 0)
            buf[k++] = sep;
        buf[k++] = i < zeros ? '0' : digits[i - zeros];
    }
    put(sink, buf, k);
}

static void emit_number(fmt_sink *sink, const fmt_spec *spec,
                        const numparts *np)
{
    char sign = 0;
    if (spec->sign == '+')
        sign = np->neg ? '-' : '+';
    else if (spec->sign == ' ')
        sign = np->neg ? '-' : ' ';
    else if (np->neg)
        sign = '-';
    uint64_t rem = np->z1 + np->nfrac + np->z2 + np->suffix_cp;
    int64_t nondigit = (sign ? 1 : 0) + (int64_t)np->nprefix +
                       (np->point ? 1 : 0) + (int64_t)rem;
    int64_t min_width = 0;
    if (fill_is_zero(spec) && spec->align == '=')
        min_width = spec->width - nondigit;
    int every = spec->grouping ? spec->group_every : 0;
    uint64_t total_digits;
    uint64_t glen = grouped_width(np->nint, min_width, every, &total_digits);

    uint64_t lpad = 0, spad = 0, rpad = 0;
    int64_t padding = spec->width - (nondigit + (int64_t)glen);
    if (padding > 0) {
        switch (spec->align) {
        case '<':
            rpad = (uint64_t)padding;
            break;
        case '^':
            lpad = (uint64_t)padding / 2;
            rpad = (uint64_t)padding - lpad;
            break;
        case '=':
            spad = (uint64_t)padding;
            break;
        default:
            lpad = (uint64_t)padding;
            break;
        }
    }
    put_repeat(sink, spec->fill, spec->fill_len, lpad);
    put(sink, &sign, sign ? 1 : 0);
    put(sink, np->prefix, np->nprefix);
    put_repeat(sink, spec->fill, spec->fill_len, spad);
    put_grouped(sink, np->intd, np->nint, total_digits, every,
                spec->grouping);
    put(sink, ".", np->point ? 1 : 0);
    put_zeros(sink, np->z1);
    put(sink, np->frac, np->nfrac);
    put_zeros(sink, np->z2);
    put(sink, np->suffix, np->nsuffix);
    put_repeat(sink, spec->fill, spec->fill_len, rpad);
}

/* ---- spec parsing ----------------------------------------------------------- */

/* Length in bytes of the UTF-8 character at s (1 for a stray byte). */
static size_t cp_len(const char *s, size_t avail)
{
    unsigned char c = (unsigned char)s[0];
    size_t len = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    return len > avail ? avail : len;
}

static uint32_t cp_value(const char *s, size_t len)
{
    const unsigned char *u = (const unsigned char *)s;
    if (len == 1)
        return u[0];
    uint32_t v = u[0] & (0x7F >> len);
    for (size_t i = 1; i < len; i++)
        v = (v << 6) | (u[i] & 0x3F);
    return v;
}

static bool is_align(char c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

/* CPython's get_integer: reads decimal digits (any Unicode decimal digit,
 * as Py_UNICODE_TODECIMAL does); -1 on overflow, else the digit count. */
static int64_t get_integer(const char *s, size_t *pos, size_t end,
                           int64_t *out)
{
    int64_t acc = 0, count = 0;
    size_t i = *pos;
    while (i < end) {
        size_t l = cp_len(s + i, end - i);
        int dv = fmt_unicode_decimal(cp_value(s + i, l));
        if (dv < 0)
            break;
        if (acc > (INT64_MAX - dv) / 10) {
            *pos = i;
            return -1;
        }
        acc = acc * 10 + dv;
        count++;
        i += l;
    }
    *pos = i;
    *out = acc;
    return count;
}

static const char *type_error(fmt_spec *out, const char *fmt_ascii,
                              const char *fmt_other, uint32_t code,
                              char extra, const char *type_name)
{
    /* CPython prints printable ASCII codes as themselves, others as \xNN;
     * messages name the separator or the object type. */
    if (code > 32 && code < 128) {
        if (extra)
            fmt_snprintf(out->errbuf, sizeof out->errbuf, fmt_ascii, extra,
                     (char)code);
        else
            fmt_snprintf(out->errbuf, sizeof out->errbuf, fmt_ascii, (char)code,
                     type_name);
    } else {
        if (extra)
            fmt_snprintf(out->errbuf, sizeof out->errbuf, fmt_other, extra,
                     (unsigned)code);
        else
            fmt_snprintf(out->errbuf, sizeof out->errbuf, fmt_other,
                     (unsigned)code, type_name);
    }
    return out->errbuf;
}

fmt_status fmt_spec_parse(const char *spec, size_t n, fmt_kind kind,
                          const char *type_name, fmt_spec *out,
                          const char **err)
{
    memset(out, 0, sizeof *out);
    out->fill[0] = ' ';
    out->fill_len = 1;
    char default_align = kind == FMT_KIND_STR ? '<' : '>';
    out->align = default_align;
    out->width = -1;
    out->precision = -1;
    uint32_t type = kind == FMT_KIND_STR ? 's' : kind == FMT_KIND_INT ? 'd' : 0;

    size_t pos = 0, end = n;
    bool fill_given = false, align_given = false;
    size_t l0 = n ? cp_len(spec, n) : 0;
    if (n > l0 && is_align(spec[l0])) {
        memcpy(out->fill, spec, l0);
        out->fill_len = (uint8_t)l0;
        out->align = spec[l0];
        fill_given = align_given = true;
        pos = l0 + 1;
    } else if (n >= 1 && is_align(spec[0])) {
        out->align = spec[0];
        align_given = true;
        pos = 1;
    }
    if (pos < end && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' '))
        out->sign = spec[pos++];
    if (pos < end && spec[pos] == 'z') {
        out->no_neg_0 = true;
        pos++;
    }
    if (pos < end && spec[pos] == '#') {
        out->alternate = true;
        pos++;
    }
    /* A leading '0' means fill '0' and, for numbers, '=' alignment. */
    if (!fill_given && pos < end && spec[pos] == '0') {
        out->fill[0] = '0';
        if (!align_given && default_align == '>')
            out->align = '=';
        pos++;
    }
    int64_t got = get_integer(spec, &pos, end, &out->width);
    if (got < 0)
        goto too_many;
    if (got == 0)
        out->width = -1;
    if (pos < end && spec[pos] == ',') {
        out->grouping = ',';
        pos++;
    }
    if (pos < end && spec[pos] == '_') {
        if (out->grouping)
            goto both;
        out->grouping = '_';
        pos++;
    }
    if (pos < end && spec[pos] == ',' && out->grouping == '_')
        goto both;
    if (pos < end && spec[pos] == '.') {
        pos++;
        got = get_integer(spec, &pos, end, &out->precision);
        if (got < 0)
            goto too_many;
        if (got == 0) {
            *err = "Format specifier missing precision";
            return FMT_VALUE_ERROR;
        }
    }
    if (pos < end) {
        size_t l = cp_len(spec + pos, end - pos);
        if (pos + l < end) {
            /* The message quotes the whole spec; a spec too long for
             * errbuf is cut at a character boundary. */
            size_t tl = strlen(type_name);
            tl = tl > 200 ? 200 : tl;
            size_t room = sizeof out->errbuf - 64 - tl, shown = n;
            if (shown > room) {
                shown = room;
                while (shown && ((unsigned char)spec[shown] & 0xC0) == 0x80)
                    shown--;
            }
            fmt_snprintf(out->errbuf, sizeof out->errbuf,
                     "Invalid format specifier '%.*s' for object of type "
                     "'%.200s'",
                     (int)shown, spec, type_name);
            *err = out->errbuf;
            return FMT_VALUE_ERROR;
        }
        type = cp_value(spec + pos, l);
    }

    if (out->grouping) {
        switch (type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G':
        case '%': case 'F': case 0:
            out->group_every = 3;
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (out->grouping == '_') {
                out->group_every = 4;
                break;
            }
            /* fall through */
        default:
            *err = type_error(out, "Cannot specify '%c' with '%c'.",
                              "Cannot specify '%c' with '\\x%x'.", type,
                              out->grouping, NULL);
            return FMT_VALUE_ERROR;
        }
    }

    const char *valid = kind == FMT_KIND_STR   ? "s"
                        : kind == FMT_KIND_INT ? "bcdoxXneEfFgG%"
                                               : "eEfFgGn%";
    /* An explicit '\0' type is "no type" for floats only. */
    if ((type == 0 && kind != FMT_KIND_FLOAT) ||
        (type != 0 && (type > 127 || !strchr(valid, (int)type)))) {
        *err = type_error(out, "Unknown format code '%c' for object of type "
                               "'%.200s'",
                          "Unknown format code '\\x%x' for object of type "
                          "'%.200s'",
                          type, 0, type_name);
        return FMT_VALUE_ERROR;
    }
    out->type = (char)type;
    return FMT_OK;

too_many:
    *err = "Too many decimal digits in format string";
    return FMT_VALUE_ERROR;
both:
    *err = "Cannot specify both ',' and '_'.";
    return FMT_VALUE_ERROR;
}

/* ---- format(float) ------------------------------------------------------ */

fmt_status fmt_format_double(fmt_sink *sink, const fmt_spec *spec, double x,
                             const char **err)
{
    if (spec->precision > INT32_MAX) {
        *err = "precision too big";
        return FMT_VALUE_ERROR;
    }
    char type = spec->type;
    bool add_dot_0 = false, pct = false;
    int64_t precision = spec->precision, default_precision = 6;
    if (type == 0) {
        /* Like repr without a precision, else like 'g' but always with a
         * digit after the point. */
        add_dot_0 = true;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n')
        type = 'g';
    if (type == '%') {
        type = 'f';
        x *= 100;
        pct = true;
    }
    if (precision < 0)
        precision = default_precision;
    else if (type == 'r')
        type = 'g';

    ftext t;
    render(&t, x, type, precision, spec->alternate, add_dot_0,
           spec->no_neg_0);
    numparts np;
    parts_from_ftext(&np, &t);
    char suffix[16];
    if (pct) {
        memcpy(suffix, np.suffix, np.nsuffix);
        suffix[np.nsuffix++] = '%';
        np.suffix = suffix;
        np.suffix_cp++;
    }
    emit_number(sink, spec, &np);
    return FMT_OK;
}

/* ---- format(int) -------------------------------------------------------- */

fmt_int_route fmt_int_route_of(const fmt_spec *spec, int *base, bool *upper)
{
    *base = 10;
    *upper = false;
    switch (spec->type) {
    case 'c':
        return FMT_INT_CHAR;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        return FMT_INT_AS_FLOAT;
    case 'b':
        *base = 2;
        break;
    case 'o':
        *base = 8;
        break;
    case 'x':
        *base = 16;
        break;
    case 'X':
        *base = 16;
        *upper = true;
        break;
    default: /* d n */
        break;
    }
    return FMT_INT_DIGITS;
}

static fmt_status int_checks(const fmt_spec *spec, const char **err)
{
    if (spec->precision != -1) {
        *err = "Precision not allowed in integer format specifier";
        return FMT_VALUE_ERROR;
    }
    if (spec->no_neg_0) {
        *err = "Negative zero coercion (z) not allowed in integer format "
               "specifier";
        return FMT_VALUE_ERROR;
    }
    return FMT_OK;
}

fmt_status fmt_format_int_digits(fmt_sink *sink, const fmt_spec *spec,
                                 bool negative, const char *digits,
                                 size_t ndigits, const char **err)
{
    fmt_status st = int_checks(spec, err);
    if (st)
        return st;
    numparts np;
    memset(&np, 0, sizeof np);
    np.neg = negative;
    np.prefix = "";
    if (spec->alternate) {
        switch (spec->type) {
        case 'b':
            np.prefix = "0b";
            break;
        case 'o':
            np.prefix = "0o";
            break;
        case 'x':
            np.prefix = "0x";
            break;
        case 'X':
            np.prefix = "0X";
            break;
        default:
            break;
        }
        np.nprefix = strlen(np.prefix);
    }
    np.intd = digits;
    np.nint = ndigits;
    np.suffix = "";
    emit_number(sink, spec, &np);
    return FMT_OK;
}

fmt_status fmt_format_int_char(fmt_sink *sink, const fmt_spec *spec,
                               bool fits_long, int64_t value,
                               const char **err)
{
    fmt_status st = int_checks(spec, err);
    if (st)
        return st;
    if (spec->sign) {
        *err = "Sign not allowed with integer format specifier 'c'";
        return FMT_VALUE_ERROR;
    }
    if (spec->alternate) {
        *err = "Alternate form (#) not allowed with integer format "
               "specifier 'c'";
        return FMT_VALUE_ERROR;
    }
    if (!fits_long) {
        *err = "Python int too large to convert to C long";
        return FMT_OVERFLOW_ERROR;
    }
    if (value < 0 || value > 0x10FFFF) {
        *err = "%c arg not in range(0x110000)";
        return FMT_OVERFLOW_ERROR;
    }
    /* The character is laid out as a number's "remainder": no digits, so
     * '=' and zero padding put the fill in front of it. */
    char u[4];
    uint32_t c = (uint32_t)value;
    size_t len;
    if (c < 0x80) {
        u[0] = (char)c;
        len = 1;
    } else if (c < 0x800) {
        u[0] = (char)(0xC0 | (c >> 6));
        u[1] = (char)(0x80 | (c & 0x3F));
        len = 2;
    } else if (c < 0x10000) {
        u[0] = (char)(0xE0 | (c >> 12));
        u[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        u[2] = (char)(0x80 | (c & 0x3F));
        len = 3;
    } else {
        u[0] = (char)(0xF0 | (c >> 18));
        u[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        u[3] = (char)(0x80 | (c & 0x3F));
        len = 4;
    }
    numparts np;
    memset(&np, 0, sizeof np);
    np.prefix = "";
    np.intd = "";
    np.suffix = u;
    np.nsuffix = len;
    np.suffix_cp = 1;
    emit_number(sink, spec, &np);
    return FMT_OK;
}

/* ---- format(str) ---------------------------------------------------------- */

static size_t count_cp(const char *s, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            count++;
    return count;
}

fmt_status fmt_format_str(fmt_sink *sink, const fmt_spec *spec,
                          const char *utf8, size_t nbytes, const char **err)
{
    if (spec->sign) {
        *err = spec->sign == ' '
                   ? "Space not allowed in string format specifier"
                   : "Sign not allowed in string format specifier";
        return FMT_VALUE_ERROR;
    }
    if (spec->no_neg_0) {
        *err = "Negative zero coercion (z) not allowed in string format "
               "specifier";
        return FMT_VALUE_ERROR;
    }
    if (spec->alternate) {
        *err = "Alternate form (#) not allowed in string format specifier";
        return FMT_VALUE_ERROR;
    }
    if (spec->align == '=') {
        *err = "'=' alignment not allowed in string format specifier";
        return FMT_VALUE_ERROR;
    }
    uint64_t len = count_cp(utf8, nbytes);
    if (spec->precision >= 0 && len > (uint64_t)spec->precision) {
        /* Cut after `precision` code points. */
        len = (uint64_t)spec->precision;
        size_t i = 0;
        for (uint64_t seen = 0; i < nbytes; i++) {
            if (((unsigned char)utf8[i] & 0xC0) != 0x80) {
                if (seen == len)
                    break;
                seen++;
            }
        }
        nbytes = i;
    }
    uint64_t total = len;
    if (spec->width >= 0 && (uint64_t)spec->width > len)
        total = (uint64_t)spec->width;
    uint64_t lpad = 0;
    if (spec->align == '>')
        lpad = total - len;
    else if (spec->align == '^')
        lpad = (total - len) / 2;
    put_repeat(sink, spec->fill, spec->fill_len, lpad);
    put(sink, utf8, nbytes);
    put_repeat(sink, spec->fill, spec->fill_len, total - len - lpad);
    return FMT_OK;
}

/* ---- the % operator ------------------------------------------------------- */

/* CPython's unicode_format_arg_output for numbers: body is the text after
 * the sign; prefix (0x...) is part of it for width purposes. */
static void percent_output(fmt_sink *sink, unsigned flags, int64_t width,
                           bool neg, const char *prefix, size_t nprefix,
                           const numparts *body, uint64_t zeros_before)
{
    uint64_t len = nprefix + zeros_before + body->nint +
                   (body->point ? 1 : 0) + body->z1 + body->nfrac +
                   body->z2 + body->nsuffix;
    char sign = neg                     ? '-'
                : (flags & FMT_PF_PLUS)  ? '+'
                : (flags & FMT_PF_SPACE) ? ' '
                                         : 0;
    char fill = (flags & FMT_PF_ZERO) ? '0' : ' ';
    uint64_t w = width < 0 ? 0 : (uint64_t)width;
    if (w < len)
        w = len;
    if (sign) {
        if (fill != ' ')
            put(sink, &sign, 1);
        if (w > len)
            w--;
    }
    if (nprefix) {
        if (fill != ' ')
            put(sink, prefix, nprefix);
        w = w >= 2 ? w - 2 : 0;
        len -= 2;
    }
    if (w > len && !(flags & FMT_PF_LEFT)) {
        put_repeat(sink, &fill, 1, w - len);
        w = len;
    }
    if (fill == ' ') {
        put(sink, &sign, sign ? 1 : 0);
        put(sink, prefix, nprefix);
    }
    put_zeros(sink, zeros_before);
    put(sink, body->intd, body->nint);
    put(sink, ".", body->point ? 1 : 0);
    put_zeros(sink, body->z1);
    put(sink, body->frac, body->nfrac);
    put_zeros(sink, body->z2);
    put(sink, body->suffix, body->nsuffix);
    if (w > len)
        put_repeat(sink, " ", 1, w - len);
}

void fmt_percent_double(fmt_sink *sink, char conv, unsigned flags,
                        int64_t width, int64_t prec, double x)
{
    if (prec < 0)
        prec = 6;
    ftext t;
    render(&t, x, conv, prec, (flags & FMT_PF_ALT) != 0, false, false);
    numparts np;
    parts_from_ftext(&np, &t);
    percent_output(sink, flags, width, np.neg, "", 0, &np, 0);
}

void fmt_percent_int_digits(fmt_sink *sink, char conv, unsigned flags,
                            int64_t width, int64_t prec, bool negative,
                            const char *digits, size_t ndigits)
{
    const char *prefix = "";
    if (flags & FMT_PF_ALT) {
        if (conv == 'x')
            prefix = "0x";
        else if (conv == 'X')
            prefix = "0X";
        else if (conv == 'o')
            prefix = "0o";
    }
    uint64_t zeros = 0;
    if (prec > 0 && (uint64_t)prec > ndigits)
        zeros = (uint64_t)prec - ndigits;
    numparts np;
    memset(&np, 0, sizeof np);
    np.intd = digits;
    np.nint = ndigits;
    np.suffix = "";
    percent_output(sink, flags, width, negative, prefix, strlen(prefix), &np,
                   zeros);
}

/* ---- float(str) ------------------------------------------------------------ */

/* The first code point of each run of ten Unicode decimal digits (category
 * Nd, Unicode 14.0 as in CPython 3.11), above ASCII. */
static const uint32_t nd_zeros[] = {
    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,
    0xbe6,   0xc66,   0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,
    0x1040,  0x1090,  0x17e0,  0x1810,  0x1946,  0x19d0,  0x1a80,  0x1a90,
    0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,  0xa900,  0xa9d0,
    0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0,
    0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730,
    0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950,
    0x1fbf0,
};

int fmt_unicode_decimal(uint32_t cp)
{
    if (cp >= '0' && cp <= '9')
        return (int)(cp - '0');
    size_t lo = 0, hi = sizeof nd_zeros / sizeof nd_zeros[0];
    while (lo < hi) { /* the last run starting at or below cp */
        size_t mid = (lo + hi) / 2;
        if (nd_zeros[mid] <= cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo > 0 && cp - nd_zeros[lo - 1] < 10)
        return (int)(cp - nd_zeros[lo - 1]);
    return -1;
}

/* Whitespace above ASCII, as str.isspace sees it. */
static bool is_unicode_space(uint32_t cp)
{
    return cp == 0x85 || cp == 0xA0 || cp == 0x1680 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
           cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

/* The character at byte i as float() sees it after CPython's
 * _PyUnicode_TransformDecimalAndSpaceToASCII: ASCII unchanged, Unicode
 * whitespace as ' ', decimal digits as '0'..'9', anything else '?'. */
static char norm_at(const char *s, size_t end, size_t i, size_t *len)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *len = 1;
        return (char)c;
    }
    size_t l = cp_len(s + i, end - i);
    *len = l;
    uint32_t v = cp_value(s + i, l);
    if (is_unicode_space(v))
        return ' ';
    int d = fmt_unicode_decimal(v);
    return d >= 0 ? (char)('0' + d) : '?';
}

/* Then only the ASCII spaces count (Py_ISSPACE): not \x1c..\x1f. */
static bool is_ascii_space(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool match_word(const char *s, size_t n, const char *word)
{
    size_t len = strlen(word);
    if (n != len)
        return false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != word[i])
            return false;
    }
    return true;
}

/* Significant digits gathered from the input, with what correct rounding
 * needs: beyond NDIG_MAX digits only "was anything nonzero". */
typedef struct {
    char d[NDIG_MAX + 2];
    int n;
    int64_t dropped; /* significant digits not stored */
    bool sticky;     /* a dropped digit was nonzero */
} sigdigits;

static void sig_add(sigdigits *sd, char c)
{
    if (sd->n == 0 && c == '0')
        return; /* leading zero */
    if (sd->n < NDIG_MAX) {
        sd->d[sd->n++] = c;
    } else {
        sd->dropped++;
        if (c != '0')
            sd->sticky = true;
    }
}

/* Read a run of digits with single underscores between digits from byte
 * *pos; returns the number of digits (0 if none), or -1 if an underscore
 * is misplaced.  Digits go to sd, or accumulate (saturating) in *value. */
static int64_t digit_run(const char *s, size_t *pos, size_t end,
                         sigdigits *sd, int64_t *value)
{
    int64_t count = 0;
    size_t i = *pos, l, l2;
    while (i < end) {
        char c = norm_at(s, end, i, &l);
        if (is_digit(c)) {
            if (sd)
                sig_add(sd, c);
            if (value && *value < 100000000)
                *value = *value * 10 + (c - '0');
            count++;
            i += l;
        } else if (c == '_' && count > 0 && i + 1 < end &&
                   is_digit(norm_at(s, end, i + 1, &l2))) {
            i++;
        } else {
            break;
        }
    }
    if (i < end && s[i] == '_')
        return -1;
    *pos = i;
    return count;
}

bool fmt_parse_double(const char *s, size_t n, double *out)
{
    size_t pos = 0, end = n, l;
    while (pos < end && is_ascii_space(norm_at(s, end, pos, &l)))
        pos += l;
    while (end > pos) {
        size_t j = end - 1;
        while (j > pos && ((unsigned char)s[j] & 0xC0) == 0x80)
            j--;
        if (!is_ascii_space(norm_at(s, end, j, &l)))
            break;
        end = j;
    }
    bool neg = false;
    if (pos < end && (s[pos] == '+' || s[pos] == '-'))
        neg = s[pos++] == '-';
    if (pos == end)
        return false;
    if (match_word(s + pos, end - pos, "inf") ||
        match_word(s + pos, end - pos, "infinity")) {
        *out = neg ? -INFINITY : INFINITY;
        return true;
    }
    if (match_word(s + pos, end - pos, "nan")) {
        *out = neg ? -NAN : NAN;
        return true;
    }

    sigdigits sd;
    sd.n = 0;
    sd.dropped = 0;
    sd.sticky = false;
    int64_t nint = digit_run(s, &pos, end, &sd, NULL);
    if (nint < 0)
        return false;
    int64_t nfrac = 0;
    if (pos < end && s[pos] == '.') {
        pos++;
        nfrac = digit_run(s, &pos, end, &sd, NULL);
        if (nfrac < 0)
            return false;
    }
    if (nint == 0 && nfrac == 0)
        return false;
    int64_t exp = 0;
    if (pos < end && (s[pos] == 'e' || s[pos] == 'E')) {
        pos++;
        bool eneg = false;
        if (pos < end && (s[pos] == '+' || s[pos] == '-'))
            eneg = s[pos++] == '-';
        int64_t ed = digit_run(s, &pos, end, NULL, &exp);
        if (ed <= 0)
            return false;
        if (eneg)
            exp = -exp;
    }
    if (pos != end)
        return false;
    if (sd.n == 0) {
        *out = neg ? -0.0 : 0.0;
        return true;
    }
    /* The digits read as one integer D: value = D * 10^(exp - nfrac), and
     * D is what was stored times 10^dropped (plus a sticky digit).  A
     * sticky 1 past the 800th digit rounds like the dropped tail because no
     * halfway point between doubles needs that many digits. */
    int64_t e10 = exp - nfrac + sd.dropped;
    if (sd.sticky) {
        sd.d[sd.n++] = '1';
        e10--;
    }
    /* Beyond these bounds the result is 0 or inf either way. */
    if (e10 > 100000)
        e10 = 100000;
    if (e10 < -100000)
        e10 = -100000;
    double v = decimal_to_double(sd.d, sd.n, e10);
    *out = neg ? -v : v;
    return true;
}

/* ---- round(x, n) ------------------------------------------------------------ */

double fmt_round_double(double x, int64_t ndigits, bool *overflow)
{
    *overflow = false;
    if (!isfinite(x))
        return x;
    /* Beyond these every double rounds to itself, or to a zero (CPython's
     * NDIGITS_MAX and NDIGITS_MIN). */
    if (ndigits > 323)
        return x;
    if (ndigits < -308)
        return 0.0 * x;
    if (x == 0)
        return x;
    decimal dec;
    digits_fixed(fabs(x), ndigits, &dec);
    double r = dec.n ? decimal_to_double(dec.d, dec.n, dec.decpt - dec.n) : 0.0;
    r = copysign(r, x);
    if (isinf(r)) {
        *overflow = true;
        return x;
    }
    return r;
}

/* ---- fmt_snprintf ------------------------------------------------------------ */

typedef struct {
    char *buf;
    size_t cap, len;
} cbuf;

static void cb_put(cbuf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++, b->len++)
        if (b->len + 1 < b->cap)
            b->buf[b->len] = s[i];
}

static void cb_pad(cbuf *b, char c, int64_t n)
{
    for (; n > 0; n--)
        cb_put(b, &c, 1);
}

int fmt_snprintf(char *buf, size_t cap, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    cbuf b = {buf, cap, 0};
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            cb_put(&b, p, 1);
            continue;
        }
        bool left = false, plus = false, space = false, zero = false, alt = false;
        for (;; p++) {
            if (p[1] == '-') left = true;
            else if (p[1] == '+') plus = true;
            else if (p[1] == ' ') space = true;
            else if (p[1] == '0') zero = true;
            else if (p[1] == '#') alt = true;
            else break;
        }
        p++;
        int width = 0, prec = -1;
        if (*p == '*') {
            width = va_arg(ap, int);
            p++;
        } else {
            while (*p >= '0' && *p <= '9') width = width * 10 + (*p++ - '0');
        }
        if (*p == '.') {
            p++;
            prec = 0;
            if (*p == '*') {
                prec = va_arg(ap, int);
                p++;
            } else {
                while (*p >= '0' && *p <= '9') prec = prec * 10 + (*p++ - '0');
            }
        }
        int lng = 0; /* 0 int, 1 long, 2 long long / size_t */
        if (*p == 'z') {
            lng = 2;
            p++;
        }
        while (*p == 'l') {
            lng++;
            p++;
        }
        char tmp[32];
        const char *body = tmp, *prefix = "";
        size_t blen = 0;
        switch (*p) {
        case 'c':
            tmp[0] = (char)va_arg(ap, int);
            blen = 1;
            break;
        case 's':
            body = va_arg(ap, const char *);
            blen = strlen(body);
            if (prec >= 0 && (size_t)prec < blen)
                blen = (size_t)prec;
            break;
        case 'd': case 'i': case 'u': case 'x': case 'X': {
            bool sgn = *p == 'd' || *p == 'i';
            unsigned base = *p == 'x' || *p == 'X' ? 16 : 10;
            const char *digits = *p == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
            uint64_t mag;
            bool neg = false;
            if (sgn) {
                int64_t v = lng == 0 ? va_arg(ap, int) : lng == 1 ? va_arg(ap, long) : va_arg(ap, long long);
                neg = v < 0;
                mag = neg ? -(uint64_t)v : (uint64_t)v;
                prefix = neg ? "-" : plus ? "+" : space ? " " : "";
            } else {
                mag = lng == 0 ? va_arg(ap, unsigned) : lng == 1 ? va_arg(ap, unsigned long)
                                                                 : va_arg(ap, unsigned long long);
                if (alt && base == 16 && mag)
                    prefix = *p == 'X' ? "0X" : "0x";
            }
            char *e = tmp + sizeof tmp, *w = e;
            for (; mag; mag /= base)
                *--w = digits[mag % base];
            while (e - w < prec || (prec < 0 && w == e))
                *--w = '0';
            body = w;
            blen = (size_t)(e - w);
            if (prec >= 0)
                zero = false;
            break;
        }
        default: /* %% and anything unknown: as written */
            tmp[0] = *p ? *p : '%';
            blen = 1;
            if (!*p)
                p--;
            break;
        }
        int64_t pad = width - (int64_t)(blen + strlen(prefix));
        if (!left && !zero)
            cb_pad(&b, ' ', pad);
        cb_put(&b, prefix, strlen(prefix));
        if (!left && zero)
            cb_pad(&b, '0', pad);
        cb_put(&b, body, blen);
        if (left)
            cb_pad(&b, ' ', pad);
    }
    va_end(ap);
    if (cap)
        buf[b.len < cap ? b.len : cap - 1] = 0;
    return (int)b.len;
}
