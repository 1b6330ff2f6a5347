/* SPDX-License-Identifier: MIT */
/* int and bool.  An int is a tagged small int when it fits in 63 bits and
 * a Long (sign + magnitude in 32-bit limbs, vm/mpn.h) otherwise; results
 * are always normalised back to small ints when they fit.  Operations
 * view either form as a signed magnitude ("Big") and use the mpn layer. */
#include "vm.h"
#include "mpn.h"
#include "fmt.h"
#include <math.h>

typedef struct {
    int neg;
    size_t n;
    const mpn_limb *d;
    mpn_limb buf[2];
} Big;

static void big_of(Value v, Big *b) {
    v = int_value(v);
    if (IS_SMALL(v)) {
        int64_t i = SMALL_VAL(v);
        b->neg = i < 0;
        uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        b->n = mpn_from_u64(b->buf, m);
        b->d = b->buf;
    } else {
        Long *l = (Long *)v;
        b->neg = l->size < 0;
        b->n = (size_t)(l->size < 0 ? -l->size : l->size);
        b->d = l->d;
    }
}

static Long *long_alloc(size_t n) {
    Long *l = gc_alloc(&int_type, sizeof(Long) + (n + 1) * sizeof(mpn_limb));
    l->alloc = (uint32_t)(n + 1);
    return l;
}

/* A Value from a magnitude just computed into l->d (length n). */
static Value finish(Long *l, size_t n, int neg) {
    n = mpn_normalize(l->d, n);
    if (n <= 2) {
        bool fits;
        uint64_t m = mpn_to_u64(l->d, n, &fits);
        if (m <= (uint64_t)SMALL_MAX) return MK_SMALL(neg ? -(int64_t)m : (int64_t)m);
        if (neg && m == (uint64_t)SMALL_MAX + 1) return MK_SMALL(SMALL_MIN);
    }
    l->size = neg ? -(int32_t)n : (int32_t)n;
    return (Value)l;
}

Value int_normalize(Long *l) {
    size_t n = (size_t)(l->size < 0 ? -l->size : l->size);
    return finish(l, n, l->size < 0);
}

static Value from_mag(const mpn_limb *d, size_t n, int neg) {
    Long *l = long_alloc(n);
    memcpy(l->d, d, n * sizeof(mpn_limb));
    return finish(l, n, neg);
}

Value int_from_i64(int64_t i) {
    if (SMALL_FITS(i)) return MK_SMALL(i);
    mpn_limb b[2];
    uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
    size_t n = mpn_from_u64(b, m);
    return from_mag(b, n, i < 0);
}

Value int_from_u64(uint64_t u) {
    if (u <= (uint64_t)SMALL_MAX) return MK_SMALL((int64_t)u);
    mpn_limb b[2];
    size_t n = mpn_from_u64(b, u);
    return from_mag(b, n, 0);
}

/* The int value of an int-like object (bools and int subclasses). */
Value int_value(Value v) {
    if (IS_SMALL(v)) return v;
    if (v == True_) return MK_SMALL(1);
    if (v == False_) return MK_SMALL(0);
    if (v->type == &int_type) return v;
    if (v->type->flags & TF_INT_SUB) {
        /* an int subclass instance keeps its value in the Long layout */
        Long *l = (Long *)v;
        if (l->alloc == 0) return MK_SMALL(0);
        return from_mag(l->d, (size_t)(l->size < 0 ? -l->size : l->size), l->size < 0);
    }
    vm_raisef(TypeError_type, "an integer is required");
}

bool int_to_i64(Value v, int64_t *out) {
    v = int_value(v);
    if (IS_SMALL(v)) {
        *out = SMALL_VAL(v);
        return true;
    }
    Big b;
    big_of(v, &b);
    bool fits;
    uint64_t m = mpn_to_u64(b.d, b.n, &fits);
    if (!fits) return false;
    if (b.neg) {
        if (m > (uint64_t)INT64_MAX + 1) return false;
        *out = (int64_t)(0 - m);
    } else {
        if (m > (uint64_t)INT64_MAX) return false;
        *out = (int64_t)m;
    }
    return true;
}

int64_t int_as_i64(Value v) {
    int64_t r;
    if (!int_to_i64(v, &r)) vm_raisef(OverflowError_type, "Python int too large to convert to C long");
    return r;
}

double int_to_double(Value v) {
    v = int_value(v);
    if (IS_SMALL(v)) return (double)SMALL_VAL(v);
    Big b;
    big_of(v, &b);
    bool ovf;
    double d = mpn_to_double(b.d, b.n, &ovf);
    if (ovf) vm_raisef(OverflowError_type, "int too large to convert to float");
    return b.neg ? -d : d;
}

Value int_from_double(double d) {
    if (isinf(d)) vm_raisef(OverflowError_type, "cannot convert float infinity to integer");
    if (isnan(d)) vm_raisef(ValueError_type, "cannot convert float NaN to integer");
    if (d > -4e18 && d < 4e18) return int_from_i64((int64_t)d);
    mpn_limb buf[40];
    size_t n = mpn_from_double(buf, fabs(d));
    return from_mag(buf, n, d < 0);
}

int int_sign(Value v) {
    v = int_value(v);
    if (IS_SMALL(v)) return SMALL_VAL(v) < 0 ? -1 : SMALL_VAL(v) > 0;
    return ((Long *)v)->size < 0 ? -1 : 1;
}

int int_cmp(Value a, Value b) {
    a = int_value(a);
    b = int_value(b);
    if (IS_SMALL(a) && IS_SMALL(b)) return SMALL_VAL(a) < SMALL_VAL(b) ? -1 : SMALL_VAL(a) > SMALL_VAL(b);
    Big x, y;
    big_of(a, &x);
    big_of(b, &y);
    if (x.neg != y.neg) return x.neg ? -1 : 1;
    int c = mpn_cmp(x.d, x.n, y.d, y.n);
    return x.neg ? -c : c;
}

Value int_neg(Value v) {
    v = int_value(v);
    if (IS_SMALL(v)) return int_from_i64(-SMALL_VAL(v));
    Big b;
    big_of(v, &b);
    return from_mag(b.d, b.n, !b.neg);
}

int64_t int_hash(Value v) {
    v = int_value(v);
    if (IS_SMALL(v)) {
        int64_t i = SMALL_VAL(v);
        const int64_t M = ((int64_t)1 << 61) - 1;
        int64_t h = i >= 0 ? i % M : -((-i) % M);
        return h == -1 ? -2 : h;
    }
    Big b;
    big_of(v, &b);
    int64_t h = (int64_t)mpn_hash(b.d, b.n);
    if (b.neg) h = -h;
    return h == -1 ? -2 : h;
}

/* ---- text ---------------------------------------------------------------------- */

/* CPython 3.11's limit on decimal conversion of huge ints (a guard against
 * quadratic-time conversions); 0 disables it.  sys.set_int_max_str_digits
 * changes it. */
int64_t int_max_str_digits = 4300;

static void check_digit_limit(size_t ndigits, bool parsing) {
    if (!int_max_str_digits || ndigits <= (size_t)int_max_str_digits) return;
    if (parsing)
        vm_raisef(ValueError_type,
                  "Exceeds the limit (%ld digits) for integer string conversion: value has %zu digits; use "
                  "sys.set_int_max_str_digits() to increase the limit",
                  int_max_str_digits, ndigits);
    vm_raisef(ValueError_type,
              "Exceeds the limit (%ld digits) for integer string conversion; use sys.set_int_max_str_digits() to "
              "increase the limit",
              int_max_str_digits);
}

Str *int_to_str(Value v, int base) {
    v = int_value(v);
    char small[80];
    if (IS_SMALL(v) && base == 10) {
        int n = fmt_snprintf(small, sizeof small, "%lld", (long long)SMALL_VAL(v));
        return str_new(small, (size_t)n);
    }
    Big b;
    big_of(v, &b);
    size_t len = mpn_to_str_len(b.d, b.n, base);
    char *out = gc_alloc_raw(len + 2);
    mpn_limb *scratch = gc_alloc_raw((mpn_to_str_scratch(b.n, base) + 1) * sizeof(mpn_limb));
    size_t k = 0;
    if (b.neg) out[k++] = '-';
    size_t w = mpn_to_str(out + k, b.d, b.n, base, scratch);
    if (base == 10) check_digit_limit(w, false);
    return str_new(out, k + w);
}

/* Parse an int literal as int(s, base) does; NULL when invalid.  Accepts
 * surrounding whitespace, a sign, underscores between digits, and for base
 * 0 or a matching base the 0x/0o/0b prefixes. */
Value int_from_str(const char *s, size_t n, int base) {
    size_t i = 0;
    while (i < n && (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r'))) i++;
    while (n > i && (s[n - 1] == ' ' || (s[n - 1] >= '\t' && s[n - 1] <= '\r'))) n--;
    int neg = 0;
    if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    bool base0 = base == 0;
    if (i + 1 < n && s[i] == '0') {
        char c = (char)(s[i + 1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            i += 2;
            if (i < n && s[i] == '_') i++;
        }
    }
    if (base == 0) {
        base = 10;
        /* base 0: a decimal literal may not have leading zeros */
        if (i + 1 < n && s[i] == '0') {
            for (size_t j = i; j < n; j++)
                if (s[j] != '0' && s[j] != '_') return NULL;
        }
    }
    (void)base0;
    if (i >= n) return NULL;
    char *digits = gc_alloc_raw(n - i + 1);
    size_t nd = 0;
    bool prev_us = true;
    for (; i < n; i++) {
        char c = s[i];
        if (c == '_') {
            if (prev_us) return NULL;
            prev_us = true;
            continue;
        }
        int dv = mpn_digit_value(c);
        if (dv < 0 || dv >= base) return NULL;
        digits[nd++] = c;
        prev_us = false;
    }
    if (prev_us || nd == 0) return NULL;
    if (base & (base - 1)) check_digit_limit(nd, true); /* powers of two are linear: no limit */
    if (nd <= 18 && base == 10) {
        int64_t v = 0;
        for (size_t j = 0; j < nd; j++) v = v * 10 + (digits[j] - '0');
        return MK_SMALL(neg ? -v : v);
    }
    size_t cap = mpn_from_str_limbs(nd, base) + 1;
    Long *l = long_alloc(cap);
    size_t ln = mpn_from_str(l->d, digits, nd, base);
    return finish(l, ln, neg);
}

/* ---- arithmetic ---------------------------------------------------------------------- */

static Value add_sub(Big *x, Big *y, bool sub) {
    int yneg = sub ? !y->neg : y->neg;
    size_t n = (x->n > y->n ? x->n : y->n) + 1;
    Long *l = long_alloc(n);
    if (x->neg == yneg) return finish(l, mpn_add(l->d, x->d, x->n, y->d, y->n), x->neg);
    int c = mpn_cmp(x->d, x->n, y->d, y->n);
    if (c == 0) return MK_SMALL(0);
    if (c > 0) return finish(l, mpn_sub(l->d, x->d, x->n, y->d, y->n), x->neg);
    return finish(l, mpn_sub(l->d, y->d, y->n, x->d, x->n), yneg);
}

static Value mul(Big *x, Big *y) {
    if (!x->n || !y->n) return MK_SMALL(0);
    Long *l = long_alloc(x->n + y->n);
    mpn_limb *scratch = gc_alloc_raw((mpn_mul_scratch(x->n, y->n) + 1) * sizeof(mpn_limb));
    const mpn_limb *a = x->d, *b = y->d;
    size_t na = x->n, nb = y->n;
    if (na < nb) {
        const mpn_limb *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    return finish(l, mpn_mul(l->d, a, na, b, nb, scratch), x->neg != y->neg);
}

/* Floor division and modulo with Python's sign rules. */
static void divmod_big(Big *x, Big *y, Value *q, Value *r) {
    if (!y->n) vm_raisef(ZeroDivisionError_type, "integer division or modulo by zero");
    Long *ql = long_alloc(x->n + 1), *rl = long_alloc(y->n + 1);
    size_t nq = 0, nr = 0;
    if (mpn_cmp(x->d, x->n, y->d, y->n) < 0) {
        memcpy(rl->d, x->d, x->n * sizeof(mpn_limb));
        nr = x->n;
    } else {
        mpn_limb *scratch = gc_alloc_raw((mpn_divmod_scratch(x->n, y->n) + 1) * sizeof(mpn_limb));
        mpn_divmod(ql->d, &nq, rl->d, &nr, x->d, x->n, y->d, y->n, scratch);
    }
    bool neg = x->neg != y->neg;
    if (neg && nr) {
        /* floor: q = -(|q| + 1), r = |y| - |r| with y's sign */
        nq = mpn_add_1(ql->d, ql->d, nq, 1);
        Long *r2 = long_alloc(y->n + 1);
        size_t n2 = mpn_sub(r2->d, y->d, y->n, rl->d, nr);
        if (q) *q = finish(ql, nq, 1);
        if (r) *r = finish(r2, n2, y->neg);
        return;
    }
    if (q) *q = finish(ql, nq, neg && nq);
    if (r) *r = finish(rl, nr, y->neg && nr);
}

static Value shift(Big *x, int64_t s, bool left) {
    if (s < 0) vm_raisef(ValueError_type, "negative shift count");
    if (!x->n) return MK_SMALL(0);
    if (left) {
        if (s > ((int64_t)1 << 31)) vm_raise(memory_error_obj);
        Long *l = long_alloc(x->n + (size_t)s / 32 + 1);
        return finish(l, mpn_lshift(l->d, x->d, x->n, (size_t)s), x->neg);
    }
    if ((uint64_t)s >= (uint64_t)x->n * 32) return MK_SMALL(x->neg ? -1 : 0);
    Long *l = long_alloc(x->n);
    bool lost = false;
    size_t n = mpn_rshift(l->d, x->d, x->n, (size_t)s, &lost);
    if (x->neg && lost) {
        /* floor toward -inf */
        Long *l2 = long_alloc(n + 1);
        size_t n2 = mpn_add_1(l2->d, l->d, n, 1);
        return finish(l2, n2, 1);
    }
    return finish(l, n, x->neg);
}

static Value bitop(Big *x, Big *y, int op) {
    size_t n = (x->n > y->n ? x->n : y->n) + 1;
    Long *l = long_alloc(n);
    bool rneg = false;
    size_t rn;
    if (op == BINOP_AND) rn = mpn_and(l->d, &rneg, x->d, x->n, x->neg, y->d, y->n, y->neg);
    else if (op == BINOP_OR) rn = mpn_or(l->d, &rneg, x->d, x->n, x->neg, y->d, y->n, y->neg);
    else rn = mpn_xor(l->d, &rneg, x->d, x->n, x->neg, y->d, y->n, y->neg);
    return finish(l, rn, rneg);
}

static Value int_pow(Value a, Value b, Value mod);

static Value truediv(Value a, Value b) {
    Big x, y;
    big_of(a, &x);
    big_of(b, &y);
    if (!y.n) vm_raisef(ZeroDivisionError_type, "division by zero");
    if (x.n <= 1 && y.n <= 1) {
        double r = (double)(x.n ? x.d[0] : 0) / (double)y.d[0];
        return float_new(x.neg != y.neg ? -r : r);
    }
    if (IS_SMALL(a) && IS_SMALL(b) && llabs(SMALL_VAL(a)) < ((int64_t)1 << 53) && llabs(SMALL_VAL(b)) < ((int64_t)1 << 53))
        return float_new((double)SMALL_VAL(a) / (double)SMALL_VAL(b));
    mpn_limb *scratch = gc_alloc_raw((mpn_truediv_scratch(x.n, y.n) + 1) * sizeof(mpn_limb));
    bool ovf;
    double r = mpn_truediv(x.d, x.n, y.d, y.n, scratch, &ovf);
    if (ovf) vm_raisef(OverflowError_type, "integer division result too large for a float");
    return float_new(x.neg != y.neg ? -r : r);
}

Value int_binop(Value a, Value b, int op) {
    if (op >= BINOP_INPLACE) op -= BINOP_INPLACE;
    if (!IS_INTLIKE(a) || !IS_INTLIKE(b)) return NotImpl;
    a = int_value(a);
    b = int_value(b);
    if (IS_SMALL(a) && IS_SMALL(b)) {
        int64_t x = SMALL_VAL(a), y = SMALL_VAL(b), r;
        switch (op) {
        case BINOP_ADD: return int_from_i64(x + y);
        case BINOP_SUB: return int_from_i64(x - y);
        case BINOP_MUL:
            if (!__builtin_mul_overflow(x, y, &r)) return int_from_i64(r);
            break;
        case BINOP_FLOORDIV:
        case BINOP_MOD:
            if (y == 0) vm_raisef(ZeroDivisionError_type, op == BINOP_MOD ? "integer modulo by zero" : "integer division or modulo by zero");
            {
                int64_t q = x / y, m = x % y;
                if (m && ((m < 0) != (y < 0))) {
                    q--;
                    m += y;
                }
                return op == BINOP_MOD ? MK_SMALL(m) : int_from_i64(q);
            }
        case BINOP_AND: return MK_SMALL(x & y);
        case BINOP_OR: return MK_SMALL(x | y);
        case BINOP_XOR: return MK_SMALL(x ^ y);
        case BINOP_LSHIFT:
            if (y < 0) vm_raisef(ValueError_type, "negative shift count");
            if (y < 62 && (x == 0 || (x > 0 ? x : -x) < ((int64_t)1 << (62 - y)))) return MK_SMALL(x * ((int64_t)1 << y));
            break;
        case BINOP_RSHIFT:
            if (y < 0) vm_raisef(ValueError_type, "negative shift count");
            return MK_SMALL(y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
        default: break;
        }
    }
    Big x, y;
    switch (op) {
    case BINOP_ADD: big_of(a, &x); big_of(b, &y); return add_sub(&x, &y, false);
    case BINOP_SUB: big_of(a, &x); big_of(b, &y); return add_sub(&x, &y, true);
    case BINOP_MUL: big_of(a, &x); big_of(b, &y); return mul(&x, &y);
    case BINOP_FLOORDIV: {
        Value q;
        big_of(a, &x);
        big_of(b, &y);
        divmod_big(&x, &y, &q, NULL);
        return q;
    }
    case BINOP_MOD: {
        Value r;
        big_of(a, &x);
        big_of(b, &y);
        if (!y.n) vm_raisef(ZeroDivisionError_type, "integer modulo by zero");
        divmod_big(&x, &y, NULL, &r);
        return r;
    }
    case BINOP_TRUEDIV: return truediv(a, b);
    case BINOP_POW: return int_pow(a, b, NULL);
    case BINOP_LSHIFT:
    case BINOP_RSHIFT: {
        big_of(a, &x);
        int64_t s;
        if (int_sign(b) < 0) vm_raisef(ValueError_type, "negative shift count");
        if (!int_to_i64(b, &s)) {
            if (op == BINOP_RSHIFT) return MK_SMALL(int_sign(a) < 0 ? -1 : 0);
            vm_raise(memory_error_obj);
        }
        return shift(&x, s, op == BINOP_LSHIFT);
    }
    case BINOP_AND:
    case BINOP_OR:
    case BINOP_XOR: big_of(a, &x); big_of(b, &y); return bitop(&x, &y, op);
    default: return NotImpl;
    }
}

Value int_divmod(Value a, Value b) {
    Big x, y;
    big_of(a, &x);
    big_of(b, &y);
    Value q, r;
    divmod_big(&x, &y, &q, &r);
    Value t[2] = {q, r};
    return (Value)tuple_from(t, 2);
}

/* a ** b (b >= 0) or pow(a, b, mod); negative b gives a float. */
static Value int_pow(Value a, Value b, Value mod) {
    if (int_sign(b) < 0) {
        if (mod) {
            /* modular inverse */
            if (int_sign(mod) == 0) vm_raisef(ValueError_type, "pow() 3rd argument cannot be 0");
            Value m = mod, x = int_binop(a, m, BINOP_MOD);
            Value g0 = m, g1 = x, s0 = MK_SMALL(0), s1 = MK_SMALL(1);
            if (int_sign(m) < 0) g0 = int_neg(m);
            while (int_sign(g1) != 0) {
                Value q = int_binop(g0, g1, BINOP_FLOORDIV);
                Value t = int_binop(g0, int_binop(q, g1, BINOP_MUL), BINOP_SUB);
                g0 = g1;
                g1 = t;
                t = int_binop(s0, int_binop(q, s1, BINOP_MUL), BINOP_SUB);
                s0 = s1;
                s1 = t;
            }
            if (int_cmp(g0, MK_SMALL(1)) != 0) vm_raisef(ValueError_type, "base is not invertible for the given modulus");
            Value inv = int_binop(s0, m, BINOP_MOD);
            return int_pow(inv, int_neg(b), mod);
        }
        double x = int_to_double(a), y = int_to_double(b);
        if (x == 0) vm_raisef(ZeroDivisionError_type, "0.0 cannot be raised to a negative power");
        return float_new(pow(x, y));
    }
    if (mod && int_sign(mod) == 0) vm_raisef(ValueError_type, "pow() 3rd argument cannot be 0");
    Value result = MK_SMALL(1), base = a;
    if (mod) base = int_binop(base, mod, BINOP_MOD);
    int64_t e;
    if (!int_to_i64(b, &e)) {
        if (!mod) {
            if (int_cmp(a, MK_SMALL(1)) == 0 || int_sign(a) == 0) return a;
            if (int_cmp(a, MK_SMALL(-1)) == 0) return int_binop(b, MK_SMALL(2), BINOP_MOD) == MK_SMALL(0) ? MK_SMALL(1) : MK_SMALL(-1);
            vm_raise(memory_error_obj);
        }
        /* huge exponent with a modulus: binary method over the bits of b */
        Str *bits = int_to_str(b, 2);
        for (size_t i = 0; i < bits->nbytes; i++) {
            result = int_binop(int_binop(result, result, BINOP_MUL), mod, BINOP_MOD);
            if (bits->data[i] == '1') result = int_binop(int_binop(result, base, BINOP_MUL), mod, BINOP_MOD);
        }
        return result;
    }
    while (e > 0) {
        if (e & 1) {
            result = int_binop(result, base, BINOP_MUL);
            if (mod) result = int_binop(result, mod, BINOP_MOD);
        }
        e >>= 1;
        if (e) {
            base = int_binop(base, base, BINOP_MUL);
            if (mod) base = int_binop(base, mod, BINOP_MOD);
        }
    }
    /* reduce once more: 1 % 1 == 0 for a zero exponent, and the result takes
     * the modulus's sign (Python's %) */
    if (mod) result = int_binop(result, mod, BINOP_MOD);
    return result;
}

Value int_pow3(Value a, Value b, Value mod) { return int_pow(int_value(a), int_value(b), mod ? int_value(mod) : NULL); }
