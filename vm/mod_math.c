/* SPDX-License-Identifier: MIT */
/* The `math` module: CPython 3.11's functions and constants.
 *
 * Promises: results and exceptions as CPython 3.11 on the same libm.  The C
 * libraries the VM links (glibc on Linux, musl on Xen) do not report errors
 * through errno reliably, so every function checks its domain and range
 * itself and raises ValueError("math domain error") or
 * OverflowError("math range error") exactly where CPython does.
 * Integer functions (gcd, lcm, factorial, comb, perm, isqrt) are exact for
 * big ints; log, log2 and log10 accept ints beyond the float range.
 * Known divergence: gamma and lgamma use the C library's tgamma/lgamma for
 * non-integral arguments (CPython has its own approximation), so their last
 * bit may differ; integral arguments of gamma are exact in both. */
#include "obj.h"
#include "mpn.h"
#include <float.h>
#include <math.h>

#define PI 3.141592653589793238462643383279502884
#define E_ 2.718281828459045235360287471352662498

static _Noreturn void domain_error(void) { vm_raisef(ValueError_type, "math domain error"); }
static _Noreturn void range_error(void) { vm_raisef(OverflowError_type, "math range error"); }

/* A real argument as a double: floats, ints (OverflowError when too big),
 * objects with __float__ or __index__ (TypeError otherwise). */
static double to_d(Value v) { return float_as_double(v); }

static Value fl(double d) { return float_new(d); }

/* Argument checks with CPython's messages: METH_O functions, and the
 * positional-only functions Argument Clinic checks. */
static void nokw(const char *name, Tuple *kw) {
    if (kw && kw->len) vm_raisef(TypeError_type, "math.%s() takes no keyword arguments", name);
}

static void one_only(const char *name, int nargs, Tuple *kw) {
    nokw(name, kw);
    if (nargs != 1) vm_raisef(TypeError_type, "math.%s() takes exactly one argument (%d given)", name, nargs);
}

static void pos_only(const char *name, int nargs, Tuple *kw, int min, int max) {
    nokw(name, kw);
    if (min == max && nargs != min) vm_raisef(TypeError_type, "%s expected %d arguments, got %d", name, min, nargs);
    if (nargs < min)
        vm_raisef(TypeError_type, "%s expected at least %d argument%s, got %d", name, min, min == 1 ? "" : "s", nargs);
    if (nargs > max)
        vm_raisef(TypeError_type, "%s expected at most %d argument%s, got %d", name, max, max == 1 ? "" : "s", nargs);
}

/* The one-argument rule of CPython's math_1: a NaN result from a non-NaN
 * argument is a domain error; an infinite result from a finite argument is
 * an overflow when the function can overflow, else a singularity (domain). */
static Value one_arg(const char *name, Value *args, int nargs, Tuple *kw, double (*f)(double), bool can_overflow) {
    one_only(name, nargs, kw);
    double x = to_d(args[0]);
    double r = f(x);
    if (isnan(r) && !isnan(x)) domain_error();
    if (isinf(r) && isfinite(x)) {
        if (can_overflow) range_error();
        domain_error();
    }
    return fl(r);
}

/* The two-argument rule of CPython's math_2 (atan2, copysign, remainder). */
static Value two_args(const char *name, Value *args, int nargs, Tuple *kw, double (*f)(double, double)) {
    pos_only(name, nargs, kw, 2, 2);
    double x = to_d(args[0]), y = to_d(args[1]);
    double r = f(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) domain_error();
    if (isinf(r) && isfinite(x) && isfinite(y)) range_error();
    return fl(r);
}

#define MATH1(pyname, cfn, ovf)                                                                    \
    static Value m_##pyname(Value *args, int nargs, Tuple *kw) {                                   \
        return one_arg(#pyname, args, nargs, kw, cfn, ovf);                                        \
    }
MATH1(acos, acos, false)
MATH1(acosh, acosh, false)
MATH1(asin, asin, false)
MATH1(asinh, asinh, false)
MATH1(atan, atan, false)
MATH1(atanh, atanh, false)
MATH1(cbrt, cbrt, false)
MATH1(cos, cos, false)
MATH1(cosh, cosh, true)
MATH1(exp, exp, true)
MATH1(exp2, exp2, true)
MATH1(expm1, expm1, true)
MATH1(fabs, fabs, false)
MATH1(log1p, log1p, false)
MATH1(sin, sin, false)
MATH1(sinh, sinh, true)
MATH1(sqrt, sqrt, false)
MATH1(tan, tan, false)
MATH1(tanh, tanh, false)

/* erf and erfc never raise (CPython's math_1a with a function that never
 * sets errno). */
static Value m_erf(Value *args, int nargs, Tuple *kw) {
    one_only("erf", nargs, kw);
    return fl(erf(to_d(args[0])));
}
static Value m_erfc(Value *args, int nargs, Tuple *kw) {
    one_only("erfc", nargs, kw);
    return fl(erfc(to_d(args[0])));
}

static Value m_atan2(Value *args, int nargs, Tuple *kw) { return two_args("atan2", args, nargs, kw, atan2); }
static Value m_copysign(Value *args, int nargs, Tuple *kw) {
    return two_args("copysign", args, nargs, kw, copysign);
}
static Value m_remainder(Value *args, int nargs, Tuple *kw) {
    return two_args("remainder", args, nargs, kw, remainder);
}

static Value m_fmod(Value *args, int nargs, Tuple *kw) {
    pos_only("fmod", nargs, kw, 2, 2);
    double x = to_d(args[0]), y = to_d(args[1]);
    if (isinf(y) && isfinite(x)) return fl(x); /* fmod(x, +-inf) is x */
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) domain_error();
    return fl(r);
}

/* pow with CPython's handling of IEEE specials, then libm for finite**finite:
 * NaN from finite operands is a domain error, as is 0**negative; any other
 * infinity is an overflow. */
static Value m_pow(Value *args, int nargs, Tuple *kw) {
    pos_only("pow", nargs, kw, 2, 2);
    double x = to_d(args[0]), y = to_d(args[1]), r;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x))
            r = y == 0.0 ? 1.0 : x;
        else if (isnan(y))
            r = x == 1.0 ? 1.0 : y;
        else if (isinf(x)) {
            bool odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0)
                r = odd_y ? x : fabs(x);
            else if (y == 0.0)
                r = 1.0;
            else
                r = odd_y ? copysign(0.0, x) : 0.0;
        } else { /* y infinite, x finite */
            if (fabs(x) == 1.0)
                r = 1.0;
            else if (y > 0.0 && fabs(x) > 1.0)
                r = y;
            else if (y < 0.0 && fabs(x) < 1.0)
                r = -y;
            else
                r = 0.0;
        }
        return fl(r);
    }
    r = pow(x, y);
    if (isnan(r)) domain_error();
    if (isinf(r)) {
        if (x == 0.0) domain_error();
        range_error();
    }
    return fl(r);
}

/* ---- integers: helpers ------------------------------------------------ */

static Value ibin(Value a, Value b, int op) { return int_binop(a, b, op); }

/* Number of bits of |v| for an int value. */
static size_t bit_length(Value v) {
    if (IS_SMALL(v)) {
        int64_t i = SMALL_VAL(v);
        uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        return m ? 64 - (size_t)__builtin_clzll(m) : 0;
    }
    Long *l = (Long *)v;
    return mpn_bit_length(l->d, (size_t)(l->size < 0 ? -l->size : l->size));
}

/* The argument of an integer-only function, through __index__. */
static Value int_arg(Value v) { return int_value(vm_index_value(v)); }

static Value iabs(Value v) { return int_sign(v) < 0 ? int_neg(v) : v; }

/* ---- log, log2, log10 ------------------------------------------------- */

/* A positive int as m * 2**e with m in [0.5, 1) correctly rounded (ties to
 * even), for ints too large for a double: the top 64 bits with a sticky
 * bit for everything below, converted once. */
static double int_frexp(Value v, int64_t *e) {
    size_t nb = bit_length(v);
    Value top = ibin(v, MK_SMALL((int64_t)nb - 64), BINOP_RSHIFT);
    Value back = ibin(top, MK_SMALL((int64_t)nb - 64), BINOP_LSHIFT);
    uint64_t t = 0;
    Long *l = (Long *)top;
    bool fits;
    t = IS_SMALL(top) ? (uint64_t)SMALL_VAL(top) : mpn_to_u64(l->d, (size_t)l->size, &fits);
    if (int_cmp(back, v) != 0) t |= 1;
    double m = ldexp((double)t, -64); /* (double)t rounds to nearest even */
    *e = (int64_t)nb;
    if (m == 1.0) {
        m = 0.5;
        *e += 1;
    }
    return m;
}

/* CPython's loghelper: ints are exact whatever their size (<= 0 is a
 * domain error); other arguments go through the math_1 rule, with 0 and
 * negative numbers a domain error. */
static double log_of(Value v, double (*f)(double)) {
    if (IS_INTLIKE(v)) {
        v = int_value(v);
        if (int_sign(v) <= 0) domain_error();
        /* as CPython: the plain path whenever float(v) succeeds */
        size_t nb = bit_length(v);
        if (nb < 1024) return f(int_to_double(v));
        if (nb == 1024) {
            Long *l = (Long *)v;
            bool ovf;
            double d = mpn_to_double(l->d, (size_t)l->size, &ovf);
            if (!ovf) return f(d);
        }
        int64_t e;
        double m = int_frexp(v, &e);
        return f(m) + f(2.0) * (double)e;
    }
    double x = to_d(v);
    if (isnan(x)) return x;
    if (x <= 0.0) domain_error();
    return f(x);
}

static Value m_log(Value *args, int nargs, Tuple *kw) {
    if (kw && kw->len) vm_raisef(TypeError_type, "log() takes no keyword arguments");
    if (nargs < 1 || nargs > 2) vm_raisef(TypeError_type, "math.log requires 1 to 2 arguments");
    double num = log_of(args[0], log);
    if (nargs == 1) return fl(num);
    double den = log_of(args[1], log);
    if (den == 0.0) vm_raisef(ZeroDivisionError_type, "float division by zero");
    return fl(num / den);
}
static Value m_log2(Value *args, int nargs, Tuple *kw) {
    one_only("log2", nargs, kw);
    return fl(log_of(args[0], log2));
}
static Value m_log10(Value *args, int nargs, Tuple *kw) {
    one_only("log10", nargs, kw);
    return fl(log_of(args[0], log10));
}

/* An empty argument array that is not NULL (a NULL source for a
 * zero-length memcpy is undefined behaviour further down the call). */
static Value no_args[1];

/* ---- rounding to ints -------------------------------------------------- */

/* ceil/floor: ints are themselves; other non-floats may define the dunder;
 * everything else goes through float(). */
static Value round_to_int(const char *name, Value *args, int nargs, Tuple *kw, Str *dunder, double (*f)(double)) {
    one_only(name, nargs, kw);
    Value x = args[0];
    if (IS_INTLIKE(x)) return int_value(x);
    if (!IS_FLOAT(x)) {
        bool found;
        Value r = vm_call_method_opt(x, dunder, no_args, 0, &found);
        if (found) return r;
    }
    return int_from_double(f(to_d(x)));
}
static Value m_ceil(Value *args, int nargs, Tuple *kw) {
    return round_to_int("ceil", args, nargs, kw, names.__ceil__, ceil);
}
static Value m_floor(Value *args, int nargs, Tuple *kw) {
    return round_to_int("floor", args, nargs, kw, names.__floor__, floor);
}
static Value m_trunc(Value *args, int nargs, Tuple *kw) {
    one_only("trunc", nargs, kw);
    Value x = args[0];
    if (IS_INTLIKE(x)) return int_value(x);
    if (IS_FLOAT(x)) return int_from_double(((Float *)x)->v);
    bool found;
    Value r = vm_call_method_opt(x, names.__trunc__, no_args, 0, &found);
    if (found) return r;
    vm_raisef(TypeError_type, "type %s doesn't define __trunc__ method", vm_type_name(x));
}

/* ---- float decomposition ------------------------------------------------ */

static Value pair(Value a, Value b) {
    Tuple *t = tuple_new(2);
    t->items[0] = a;
    t->items[1] = b;
    return (Value)t;
}

static Value m_frexp(Value *args, int nargs, Tuple *kw) {
    one_only("frexp", nargs, kw);
    double x = to_d(args[0]);
    int e = 0;
    if (isfinite(x) && x != 0.0) x = frexp(x, &e);
    return pair(fl(x), MK_SMALL(e));
}

static Value m_ldexp(Value *args, int nargs, Tuple *kw) {
    pos_only("ldexp", nargs, kw, 2, 2);
    double x = to_d(args[0]);
    if (!IS_INTLIKE(args[1])) vm_raisef(TypeError_type, "Expected an int as second argument to ldexp.");
    Value iv = int_value(args[1]);
    if (x == 0.0 || !isfinite(x)) return fl(x);
    int64_t e;
    if (!int_to_i64(iv, &e)) e = int_sign(iv) < 0 ? INT64_MIN : INT64_MAX;
    /* beyond +-100000 the result is 0 or infinite whatever x is */
    if (e > 100000) range_error();
    if (e < -100000) return fl(copysign(0.0, x));
    double r = ldexp(x, (int)e);
    if (isinf(r)) range_error();
    return fl(r);
}

static Value m_modf(Value *args, int nargs, Tuple *kw) {
    one_only("modf", nargs, kw);
    double x = to_d(args[0]);
    if (isinf(x)) return pair(fl(copysign(0.0, x)), fl(x));
    if (isnan(x)) return pair(fl(x), fl(x));
    double ip;
    double fp = modf(x, &ip);
    return pair(fl(fp), fl(ip));
}

static Value m_degrees(Value *args, int nargs, Tuple *kw) {
    one_only("degrees", nargs, kw);
    return fl(to_d(args[0]) * (180.0 / PI));
}
static Value m_radians(Value *args, int nargs, Tuple *kw) {
    one_only("radians", nargs, kw);
    return fl(to_d(args[0]) * (PI / 180.0));
}

static Value m_isfinite(Value *args, int nargs, Tuple *kw) {
    one_only("isfinite", nargs, kw);
    return BOOL(isfinite(to_d(args[0])));
}
static Value m_isinf(Value *args, int nargs, Tuple *kw) {
    one_only("isinf", nargs, kw);
    return BOOL(isinf(to_d(args[0])));
}
static Value m_isnan(Value *args, int nargs, Tuple *kw) {
    one_only("isnan", nargs, kw);
    return BOOL(isnan(to_d(args[0])));
}

static Value m_isclose(Value *args, int nargs, Tuple *kw) {
    static const char *const an[] = {"a", "b", "rel_tol", "abs_tol"};
    Value a[4];
    int nkw = kw ? (int)kw->len : 0;
    if (nargs - nkw > 2)
        vm_raisef(TypeError_type, "isclose() takes exactly 2 positional arguments (%d given)", nargs - nkw);
    arg_parse("isclose", args, nargs, kw, 0, 4, an, a);
    if (!a[0] || !a[1])
        vm_raisef(TypeError_type, "isclose() missing required argument '%s' (pos %d)", a[0] ? "b" : "a", a[0] ? 2 : 1);
    double x = to_d(a[0]), y = to_d(a[1]);
    double rel = a[2] ? to_d(a[2]) : 1e-09, abs_ = a[3] ? to_d(a[3]) : 0.0;
    if (rel < 0.0 || abs_ < 0.0) vm_raisef(ValueError_type, "tolerances must be non-negative");
    if (x == y) return True_;
    if (isinf(x) || isinf(y)) return False_;
    double diff = fabs(y - x);
    return BOOL(diff <= fabs(rel * y) || diff <= fabs(rel * x) || diff <= abs_);
}

static Value m_nextafter(Value *args, int nargs, Tuple *kw) {
    pos_only("nextafter", nargs, kw, 2, 2);
    return fl(nextafter(to_d(args[0]), to_d(args[1])));
}

static Value m_ulp(Value *args, int nargs, Tuple *kw) {
    one_only("ulp", nargs, kw);
    double x = to_d(args[0]);
    if (isnan(x)) return fl(x);
    x = fabs(x);
    if (isinf(x)) return fl(x);
    double up = nextafter(x, INFINITY);
    if (isinf(up)) return fl(x - nextafter(x, -INFINITY)); /* x is DBL_MAX */
    return fl(up - x);
}

/* ---- gamma, lgamma ------------------------------------------------------- */

/* Gamma of 1..23 (that is 0! .. 22!): exact as doubles. */
static double fact_double(int n) {
    double r = 1.0;
    for (int i = 2; i < n; i++) r *= i;
    return r;
}

static Value m_gamma(Value *args, int nargs, Tuple *kw) {
    one_only("gamma", nargs, kw);
    double x = to_d(args[0]);
    if (isnan(x) || x == INFINITY) return fl(x);
    if (isinf(x) || x == 0.0) domain_error();
    if (x == floor(x)) {
        if (x < 0.0) domain_error();
        if (x <= 23.0) return fl(fact_double((int)x));
    }
    if (x > 200.0) range_error();
    if (x < -200.0) return fl(0.0 / sin(PI * x)); /* signed zero as CPython */
    if (fabs(x) < 1e-20) {
        double r = 1.0 / x;
        if (isinf(r)) range_error();
        return fl(r);
    }
    double r = tgamma(x);
    if (isinf(r)) range_error();
    return fl(r);
}

static Value m_lgamma(Value *args, int nargs, Tuple *kw) {
    one_only("lgamma", nargs, kw);
    double x = to_d(args[0]);
    if (isnan(x)) return fl(x);
    if (isinf(x)) return fl(INFINITY);
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) domain_error();
        return fl(0.0); /* lgamma(1) = lgamma(2) = 0 */
    }
    double r = lgamma(x);
    if (isinf(r)) range_error();
    return fl(r);
}

/* ---- hypot and dist ------------------------------------------------------- */

/* CPython 3.11's vector_norm: the square root of a sum of squares of values
 * scaled into [0.5, 1), with the squares and the running sum kept
 * error-free (fma gives the low half of each product) and one Newton-style
 * correction at the end, so hypot and dist agree with CPython to the bit.
 * max is the largest |v[i]|. */
static double vector_norm(size_t n, double *v, double max, bool found_nan) {
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) { /* scaling by 2**-max_e would overflow */
        for (size_t i = 0; i < n; i++) v[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(n, v, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e);
    double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = v[i] * scale;
        double hi = x * x, lo = fma(x, x, -hi);
        double s = csum + hi;
        frac2 += (csum - s) + hi;
        csum = s;
        frac1 += lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    double phi = -h * h, plo = fma(-h, h, -phi);
    double s = csum + phi;
    frac2 += (csum - s) + phi;
    csum = s;
    frac1 += plo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

/* Coordinates live in a stack buffer for the usual few dimensions and in a
 * raw heap block beyond that. */
static double *coord_buf(double *local, size_t cap, size_t n) {
    return n <= cap ? local : gc_alloc_raw(n * sizeof(double));
}

static Value m_hypot(Value *args, int nargs, Tuple *kw) {
    nokw("hypot", kw);
    double local[16];
    double *v = coord_buf(local, 16, (size_t)nargs);
    double max = 0.0;
    bool found_nan = false;
    for (int i = 0; i < nargs; i++) {
        double x = fabs(to_d(args[i]));
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    return fl(vector_norm((size_t)nargs, v, max, found_nan));
}

static Value m_dist(Value *args, int nargs, Tuple *kw) {
    pos_only("dist", nargs, kw, 2, 2);
    Tuple *p = IS_TUPLE(args[0]) ? (Tuple *)args[0] : tuple_from_iter(args[0]);
    Tuple *q = IS_TUPLE(args[1]) ? (Tuple *)args[1] : tuple_from_iter(args[1]);
    if (p->len != q->len) vm_raisef(ValueError_type, "both points must have the same number of dimensions");
    double local[16];
    double *v = coord_buf(local, 16, p->len);
    double max = 0.0;
    bool found_nan = false;
    for (size_t i = 0; i < p->len; i++) {
        double x = fabs(to_d(p->items[i]) - to_d(q->items[i]));
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    return fl(vector_norm(p->len, v, max, found_nan));
}

/* ---- fsum ------------------------------------------------------------------ */

/* Exactly rounded sum (Shewchuk's non-overlapping partials, as CPython):
 * each new value is folded into the partials exactly; the partials are
 * then added from the top until the sum becomes inexact, with a final
 * correction so that halfway cases round to even across partials.
 * Infinities and NaNs are summed apart; an overflow of finite inputs is
 * OverflowError, +inf + -inf is ValueError. */
static Value m_fsum(Value *args, int nargs, Tuple *kw) {
    one_only("fsum", nargs, kw);
    double local[64];
    double *p = local;
    size_t n = 0, cap = 64;
    double special = 0.0, inf_sum = 0.0;
    Value it = vm_iter(args[0]), item;
    while ((item = vm_next(it))) {
        double x = to_d(item), xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            double y = p[j];
            if (fabs(x) < fabs(y)) {
                double t = x;
                x = y;
                y = t;
            }
            double hi = x + y, lo = y - (hi - x);
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x == 0.0) continue;
        if (!isfinite(x)) {
            if (isfinite(xsave)) vm_raisef(OverflowError_type, "intermediate overflow in fsum");
            if (isinf(xsave)) inf_sum += xsave;
            special += xsave;
            n = 0;
            continue;
        }
        if (n == cap) {
            double *np = gc_alloc_raw(2 * cap * sizeof(double));
            memcpy(np, p, n * sizeof(double));
            p = np;
            cap *= 2;
        }
        p[n++] = x;
    }
    if (special != 0.0) {
        if (isnan(inf_sum)) vm_raisef(ValueError_type, "-inf + inf in fsum");
        return fl(special);
    }
    double hi = 0.0, lo = 0.0;
    if (n > 0) {
        hi = p[--n];
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) break;
        }
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y;
            if (y == x - hi) hi = x;
        }
    }
    return fl(hi);
}

/* ---- prod ---------------------------------------------------------------- */

static Value m_prod(Value *args, int nargs, Tuple *kw) {
    int nkw = kw ? (int)kw->len : 0;
    for (int k = 0; k < nkw; k++)
        if (strcmp(((Str *)kw->items[k])->data, "start"))
            vm_raisef(TypeError_type, "'%N' is an invalid keyword argument for prod()", (Str *)kw->items[k]);
    if (nargs - nkw < 1)
        vm_raisef(TypeError_type, "prod() takes exactly 1 positional argument (%d given)", nargs - nkw);
    if (nargs > 2) vm_raisef(TypeError_type, "prod() takes at most 2 arguments (%d given)", nargs);
    if (nargs - nkw > 1) vm_raisef(TypeError_type, "prod() takes exactly 1 positional argument (%d given)", nargs - nkw);
    Value r = nkw ? args[nargs - 1] : MK_SMALL(1);
    Value it = vm_iter(args[0]), item;
    while ((item = vm_next(it))) r = vm_binop(r, item, BINOP_MUL);
    return r;
}

/* ---- gcd, lcm ------------------------------------------------------------- */

static Value gcd2(Value a, Value b) {
    a = iabs(a);
    b = iabs(b);
    while (!IS_SMALL(b) || SMALL_VAL(b) != 0) {
        if (IS_SMALL(a) && IS_SMALL(b)) {
            uint64_t x = (uint64_t)SMALL_VAL(a), y = (uint64_t)SMALL_VAL(b);
            while (y) {
                uint64_t t = x % y;
                x = y;
                y = t;
            }
            return int_from_u64(x);
        }
        Value t = ibin(a, b, BINOP_MOD);
        a = b;
        b = t;
    }
    return a;
}

static Value m_gcd(Value *args, int nargs, Tuple *kw) {
    nokw("gcd", kw);
    Value g = MK_SMALL(0);
    for (int i = 0; i < nargs; i++) g = gcd2(g, int_arg(args[i]));
    return g;
}

static Value m_lcm(Value *args, int nargs, Tuple *kw) {
    nokw("lcm", kw);
    Value l = MK_SMALL(1);
    for (int i = 0; i < nargs; i++) {
        Value x = int_arg(args[i]);
        if (int_sign(l) == 0) continue; /* still convert the rest (TypeError) */
        if (int_sign(x) == 0) {
            l = MK_SMALL(0);
            continue;
        }
        Value g = gcd2(l, x);
        l = iabs(ibin(ibin(l, g, BINOP_FLOORDIV), x, BINOP_MUL));
    }
    return l;
}

/* ---- factorial, comb, perm ------------------------------------------------- */

/* The product lo * (lo+1) * ... * (hi-1), by splitting the range in halves
 * so that big multiplications get operands of similar size. */
static Value range_prod(uint64_t lo, uint64_t hi) {
    if (hi - lo <= 8) {
        /* small ranges: multiply in 64 bits while it cannot overflow */
        Value r = MK_SMALL(1);
        uint64_t acc = 1;
        for (uint64_t i = lo; i < hi; i++) {
            if (acc > UINT64_MAX / i) {
                r = ibin(r, int_from_u64(acc), BINOP_MUL);
                acc = 1;
            }
            acc *= i;
        }
        return ibin(r, int_from_u64(acc), BINOP_MUL);
    }
    uint64_t mid = lo + (hi - lo) / 2;
    return ibin(range_prod(lo, mid), range_prod(mid, hi), BINOP_MUL);
}

static Value m_factorial(Value *args, int nargs, Tuple *kw) {
    one_only("factorial", nargs, kw);
    if (IS_FLOAT(args[0])) vm_raisef(TypeError_type, "'float' object cannot be interpreted as an integer");
    Value n = int_arg(args[0]);
    int64_t k;
    if (!int_to_i64(n, &k)) {
        if (int_sign(n) < 0) vm_raisef(ValueError_type, "factorial() not defined for negative values");
        vm_raisef(OverflowError_type, "factorial() argument should not exceed %ld", (int64_t)INT64_MAX);
    }
    if (k < 0) vm_raisef(ValueError_type, "factorial() not defined for negative values");
    if (k < 2) return MK_SMALL(1);
    return range_prod(2, (uint64_t)k + 1);
}

/* n and k of comb/perm: non-negative ints; k must fit a C long. */
static void comb_args(const char *name, Value *args, Value *n, Value *k) {
    *n = int_arg(args[0]);
    *k = int_arg(args[1]);
    if (int_sign(*n) < 0) vm_raisef(ValueError_type, "n must be a non-negative integer");
    if (int_sign(*k) < 0) vm_raisef(ValueError_type, "k must be a non-negative integer");
    (void)name;
}

/* n * (n-1) * ... * (n-k+1) for a small k. */
static Value falling(Value n, uint64_t k) {
    int64_t ni;
    if (int_to_i64(n, &ni) && k > 8) return range_prod((uint64_t)ni - k + 1, (uint64_t)ni + 1);
    Value r = MK_SMALL(1);
    for (uint64_t i = 0; i < k; i++) r = ibin(r, ibin(n, int_from_u64(i), BINOP_SUB), BINOP_MUL);
    return r;
}

static Value m_perm(Value *args, int nargs, Tuple *kw) {
    pos_only("perm", nargs, kw, 1, 2);
    if (nargs == 1 || args[1] == None) return m_factorial(args, 1, NULL);
    Value n, k;
    comb_args("perm", args, &n, &k);
    if (int_cmp(k, n) > 0) return MK_SMALL(0);
    int64_t ki;
    if (!int_to_i64(k, &ki)) vm_raisef(OverflowError_type, "k must not exceed %ld", (int64_t)INT64_MAX);
    return falling(n, (uint64_t)ki);
}

static Value m_comb(Value *args, int nargs, Tuple *kw) {
    pos_only("comb", nargs, kw, 2, 2);
    Value n, k;
    comb_args("comb", args, &n, &k);
    if (int_cmp(k, n) > 0) return MK_SMALL(0);
    Value nk = ibin(n, k, BINOP_SUB);
    if (int_cmp(nk, k) < 0) k = nk;
    int64_t ki;
    if (!int_to_i64(k, &ki)) vm_raisef(OverflowError_type, "min(n - k, k) must not exceed %ld", (int64_t)INT64_MAX);
    if (ki == 0) return MK_SMALL(1);
    /* n! / (k! (n-k)!) as falling(n, k) // k!: both exact */
    return ibin(falling(n, (uint64_t)ki), range_prod(2, (uint64_t)ki + 1), BINOP_FLOORDIV);
}

/* ---- isqrt ------------------------------------------------------------------ */

/* The floor of the square root of a non-negative int.  Below 2**52 the
 * double square root is corrected by at most one step; above, Newton's
 * iteration from a power of two not below the root decreases
 * monotonically to the answer. */
static Value m_isqrt(Value *args, int nargs, Tuple *kw) {
    one_only("isqrt", nargs, kw);
    Value n = int_arg(args[0]);
    if (int_sign(n) < 0) vm_raisef(ValueError_type, "isqrt() argument must be nonnegative");
    if (IS_SMALL(n) && SMALL_VAL(n) < ((int64_t)1 << 52)) {
        uint64_t v = (uint64_t)SMALL_VAL(n);
        uint64_t r = (uint64_t)sqrt((double)v);
        while (r * r > v) r--;
        while ((r + 1) * (r + 1) <= v) r++;
        return int_from_u64(r);
    }
    size_t bits = bit_length(n);
    Value x = ibin(MK_SMALL(1), MK_SMALL((int64_t)(bits + 1) / 2), BINOP_LSHIFT);
    for (;;) {
        Value y = ibin(ibin(x, ibin(n, x, BINOP_FLOORDIV), BINOP_ADD), MK_SMALL(1), BINOP_RSHIFT);
        if (int_cmp(y, x) >= 0) return x;
        x = y;
    }
}

/* ---- the module --------------------------------------------------------------- */

static const struct {
    const char *name;
    NativeFn fn;
} math_fns[] = {
    {"acos", m_acos},         {"acosh", m_acosh},   {"asin", m_asin},         {"asinh", m_asinh},
    {"atan", m_atan},         {"atan2", m_atan2},   {"atanh", m_atanh},       {"cbrt", m_cbrt},
    {"ceil", m_ceil},         {"comb", m_comb},     {"copysign", m_copysign}, {"cos", m_cos},
    {"cosh", m_cosh},         {"degrees", m_degrees}, {"dist", m_dist},       {"erf", m_erf},
    {"erfc", m_erfc},         {"exp", m_exp},       {"exp2", m_exp2},         {"expm1", m_expm1},
    {"fabs", m_fabs},         {"factorial", m_factorial}, {"floor", m_floor}, {"fmod", m_fmod},
    {"frexp", m_frexp},       {"fsum", m_fsum},     {"gamma", m_gamma},       {"gcd", m_gcd},
    {"hypot", m_hypot},       {"isclose", m_isclose}, {"isfinite", m_isfinite}, {"isinf", m_isinf},
    {"isnan", m_isnan},       {"isqrt", m_isqrt},   {"lcm", m_lcm},           {"ldexp", m_ldexp},
    {"lgamma", m_lgamma},     {"log", m_log},       {"log10", m_log10},       {"log1p", m_log1p},
    {"log2", m_log2},         {"modf", m_modf},     {"nextafter", m_nextafter}, {"perm", m_perm},
    {"pow", m_pow},           {"prod", m_prod},     {"radians", m_radians},   {"remainder", m_remainder},
    {"sin", m_sin},           {"sinh", m_sinh},     {"sqrt", m_sqrt},         {"tan", m_tan},
    {"tanh", m_tanh},         {"trunc", m_trunc},   {"ulp", m_ulp},
};

Module *mod_math_init(void) {
    Module *m = module_new(str_intern_cstr("math"));
    for (size_t i = 0; i < sizeof math_fns / sizeof math_fns[0]; i++)
        module_add_fn(m, math_fns[i].name, math_fns[i].fn);
    module_set(m, "pi", fl(PI));
    module_set(m, "e", fl(E_));
    module_set(m, "tau", fl(2.0 * PI));
    module_set(m, "inf", fl(INFINITY));
    module_set(m, "nan", fl(NAN));
    return m;
}
