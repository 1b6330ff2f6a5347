/* SPDX-License-Identifier: MIT */
/* Number formatting and parsing with CPython-exact text: repr(float),
 * format(x, spec) for float, int and str, the `%` operator's numeric
 * conversions, float(str) and round(x, n).
 *
 * Promises, for every function here:
 * - No knowledge of the VM's object model: the caller converts its objects
 *   to doubles, digit strings or UTF-8 bytes and raises the exceptions.
 * - No allocation, no global state, no stdio streams: only snprintf and
 *   strtod (correctly rounded in glibc and musl) and <math.h>.  Scratch
 *   space is on the C stack: about 2 KiB here, plus what snprintf takes
 *   (musl's %e/%f keep about 7.5 KiB of big-number state on the stack).
 * - Output goes through a caller-provided sink, possibly in many small
 *   pieces; nothing is written when a function reports an error.
 * - Error messages are CPython 3.11's, word for word.  They are static
 *   strings or live in the fmt_spec that was parsed (errbuf), so they stay
 *   valid as long as that spec does.  The status says which exception
 *   class the caller raises. */
#ifndef XENLET_FMT_H
#define XENLET_FMT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Where output goes.  The caller embeds this as the first member of its
 * own buffer struct and casts back inside put.  put must accept every
 * byte (it may record an out-of-memory condition for later). */
typedef struct fmt_sink {
    void (*put)(struct fmt_sink *sink, const char *s, size_t n);
} fmt_sink;

typedef enum {
    FMT_OK = 0,
    FMT_VALUE_ERROR = 1,    /* raise ValueError(err) */
    FMT_OVERFLOW_ERROR = 2, /* raise OverflowError(err) */
} fmt_status;

/* What kind of object a spec is parsed for: decides the default
 * presentation type, alignment and the set of valid type codes. */
typedef enum {
    FMT_KIND_STR,   /* default type 's', left aligned */
    FMT_KIND_INT,   /* default type 'd', right aligned */
    FMT_KIND_FLOAT, /* default type none ('\0'), right aligned */
} fmt_kind;

/* A parsed format spec: [[fill]align][sign][z][#][0][width][grouping]
 * [.precision][type]. */
typedef struct fmt_spec {
    char fill[4];        /* UTF-8 bytes of the fill character */
    uint8_t fill_len;    /* 1..4 */
    char align;          /* '<' '>' '^' '=' (always set) */
    char sign;           /* '+', '-', ' ' or 0 when not given */
    bool no_neg_0;       /* 'z' */
    bool alternate;      /* '#' */
    char grouping;       /* ',' or '_' or 0 */
    uint8_t group_every; /* 3, or 4 for '_' with b o x X */
    int64_t width;       /* -1 when not given */
    int64_t precision;   /* -1 when not given */
    char type;           /* presentation type; '\0' for none (float) */
    char errbuf[256];    /* storage for messages naming the spec or type */
} fmt_spec;

/* ---- repr(float) ----------------------------------------------------- */

/* Longest possible repr: "-2.2250738585072014e-308" plus NUL. */
#define FMT_REPR_MAX 32

/* Write repr(x) as Python prints it into buf (NUL-terminated) and return
 * its length: the shortest digit string that reads back as x (the closest
 * such if several), in fixed notation with at least one digit after the
 * point when 1e-4 <= |x| < 1e16, else as d[.ddd]e+XX; "inf", "-inf",
 * "nan" (a NaN's sign is never shown). */
size_t fmt_double_repr(double x, char buf[FMT_REPR_MAX]);

/* ---- format(x, spec) -------------------------------------------------- */

/* Parse spec (n bytes of UTF-8) for an object of the given kind whose
 * type is called type_name (used in messages, e.g. "float" or a subclass
 * name).  Checks everything CPython checks before looking at the value:
 * the grammar ("Invalid format specifier '...' for object of type '...'",
 * "Format specifier missing precision", "Too many decimal digits in format
 * string", "Cannot specify both ',' and '_'."), the grouping against the
 * type ("Cannot specify ',' with 's'.") and the type code against the kind
 * ("Unknown format code 'x' for object of type 'float'").  All of these
 * are ValueError.  Width and precision accept any Unicode decimal digit,
 * as CPython does.  A spec too long to quote whole in errbuf (over about
 * 180 bytes) is cut short in the "Invalid format specifier" message. */
fmt_status fmt_spec_parse(const char *spec, size_t n, fmt_kind kind,
                          const char *type_name, fmt_spec *out,
                          const char **err);

/* format(x, spec) for a float, spec parsed with FMT_KIND_FLOAT (or an int
 * spec whose type fmt_int_route sent to FMT_INT_AS_FLOAT).  Types e E f F
 * g G n % and none.  Error: "precision too big" (ValueError). */
fmt_status fmt_format_double(fmt_sink *sink, const fmt_spec *spec, double x,
                             const char **err);

/* How format(int, spec) proceeds for a spec parsed with FMT_KIND_INT. */
typedef enum {
    FMT_INT_DIGITS,   /* produce digits in *base, then fmt_format_int_digits */
    FMT_INT_CHAR,     /* type 'c': fmt_format_int_char */
    FMT_INT_AS_FLOAT, /* e E f F g G %: convert to float (OverflowError
                         "int too large to convert to float" if it does not
                         fit), then fmt_format_double */
} fmt_int_route;

/* Route an int spec.  For FMT_INT_DIGITS, *base is 2, 8, 10 or 16 and
 * *upper says whether hex digits must be upper case ('X'). */
fmt_int_route fmt_int_route_of(const fmt_spec *spec, int *base, bool *upper);

/* Lay out an int: the caller gives the magnitude's digits (no sign, no
 * prefix, no leading zeros except for 0 itself) in the base and case from
 * fmt_int_route_of.  Adds the sign, the '#' prefix (0b 0o 0x, 0X for 'X'),
 * grouping, zero padding and alignment.  Errors (ValueError): "Precision
 * not allowed in integer format specifier", "Negative zero coercion (z) not
 * allowed in integer format specifier". */
fmt_status fmt_format_int_digits(fmt_sink *sink, const fmt_spec *spec,
                                 bool negative, const char *digits,
                                 size_t ndigits, const char **err);

/* format(n, 'c'-spec).  fits_long says whether n fits a C long (else
 * OverflowError "Python int too large to convert to C long"); value is n
 * then.  Errors, in CPython's order: precision, 'z', sign and '#' not
 * allowed (ValueError), then "%c arg not in range(0x110000)"
 * (OverflowError). */
fmt_status fmt_format_int_char(fmt_sink *sink, const fmt_spec *spec,
                               bool fits_long, int64_t value,
                               const char **err);

/* format(s, spec) for a str, spec parsed with FMT_KIND_STR: width and
 * precision count code points; default alignment is left.  Errors
 * (ValueError): "Sign not allowed in string format specifier", "Space not
 * allowed ...", "Negative zero coercion (z) not allowed ...", "Alternate
 * form (#) not allowed ...", "'=' alignment not allowed ...".  A spec of
 * length 0 is the caller's fast path (str(x)); it also works here. */
fmt_status fmt_format_str(fmt_sink *sink, const fmt_spec *spec,
                          const char *utf8, size_t nbytes, const char **err);

/* ---- the % operator ----------------------------------------------------- */

/* printf-style flags, parsed by the caller. */
enum {
    FMT_PF_LEFT = 1,  /* '-' */
    FMT_PF_PLUS = 2,  /* '+' */
    FMT_PF_SPACE = 4, /* ' ' */
    FMT_PF_ALT = 8,   /* '#' */
    FMT_PF_ZERO = 16, /* '0' */
};

/* '%<flags><width>.<prec><conv>' % x for conv in e E f F g G.  width and
 * prec are -1 when absent (prec then defaults to 6); the caller resolves
 * '*' (a negative '*' width means FMT_PF_LEFT and its absolute value).
 * Cannot fail. */
void fmt_percent_double(fmt_sink *sink, char conv, unsigned flags,
                        int64_t width, int64_t prec, double x);

/* '%...conv' % n for conv in d i u o x X: the caller gives the magnitude's
 * digits in the conversion's base (lower case for 'x', upper case for
 * 'X').  prec is the minimum number of digits (-1 when absent); '#' adds
 * 0o / 0x / 0X.  Cannot fail. */
void fmt_percent_int_digits(fmt_sink *sink, char conv, unsigned flags,
                            int64_t width, int64_t prec, bool negative,
                            const char *digits, size_t ndigits);

/* ---- float(str) and round(x, n) ---------------------------------------- */

/* float(s) for s given as n bytes of UTF-8: surrounding whitespace (ASCII
 * and Unicode, but not \x1c..\x1f), an optional sign, decimal digits
 * (any Unicode decimal digit) with an optional point and exponent, single
 * underscores only between digits, or "inf", "infinity", "nan" in any
 * case.  Correctly rounded; overflow gives +-inf.
 * Returns false for anything else (the caller raises "could not convert
 * string to float: ..."). */
bool fmt_parse_double(const char *s, size_t n, double *out);

/* The value 0..9 of a Unicode decimal digit (category Nd, including
 * ASCII), or -1.  CPython's float() and int() accept these digits. */
int fmt_unicode_decimal(uint32_t cp);

/* round(x, ndigits) for a float x and an int ndigits (the caller clips
 * ndigits to int64_t): the double nearest to the decimal value of x
 * correctly rounded to ndigits places, ties to even on exact halves.
 * inf and nan round to themselves.  Sets *overflow (and returns x) when the
 * result does not fit a double: OverflowError "rounded value too large to
 * represent".  round(x) with no ndigits is round(x, 0) converted to int. */
double fmt_round_double(double x, int64_t ndigits, bool *overflow);

/* ---- C-level text ---------------------------------------------------------- */

/* snprintf for the core's own messages, so that no image needs the C
 * library's printf: flags - + 0 # and space, width and precision (numbers
 * or *), lengths l ll z, conversions d i u x X s c %.  Output is cut to
 * cap - 1 bytes and NUL-terminated (cap > 0); returns the length the whole
 * output would have, as snprintf does. */
int fmt_snprintf(char *buf, size_t cap, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
