/* SPDX-License-Identifier: MIT */
/* The int, bool and float types: their slots, constructors and methods.
 * Arithmetic on ints is in vm/int.c; text formatting in vm/fmt.c. */
#include "vm.h"
#include "mpn.h"
#include "fmt.h"
#include <math.h>

Value int_divmod(Value a, Value b);
Value int_pow3(Value a, Value b, Value mod);

/* ---- int ------------------------------------------------------------------------- */

static Value i_repr(Value v) { return (Value)int_to_str(v, 10); }
static int64_t i_hash(Value v) { return int_hash(v); }

static Value float_cmp_int(double d, Value i, int op);

static Value i_richcmp(Value a, Value b, int op) {
    if (IS_INTLIKE(b)) {
        int c = int_cmp(a, b);
        switch (op) {
        case CMP_LT: return BOOL(c < 0);
        case CMP_LE: return BOOL(c <= 0);
        case CMP_EQ: return BOOL(c == 0);
        case CMP_NE: return BOOL(c != 0);
        case CMP_GT: return BOOL(c > 0);
        default: return BOOL(c >= 0);
        }
    }
    return NotImpl;
}

static Value f_binop(Value a, Value b, int op);

static Value i_binop(Value a, Value b, int op) {
    if (IS_INTLIKE(a) && IS_INTLIKE(b)) return int_binop(a, b, op);
    return NotImpl;
}
static Value i_neg(Value v) { return int_neg(v); }
static Value i_pos(Value v) { return int_value(v); }
static Value i_invert(Value v) { return int_binop(int_neg(v), MK_SMALL(1), BINOP_SUB); }
static Value i_abs(Value v) { return int_sign(v) < 0 ? int_neg(v) : int_value(v); }
static bool i_truth(Value v) { return int_sign(v) != 0; }

/* int(str) accepts Unicode decimal digits and whitespace: map them to
 * ASCII first (the parser in vm/int.c reads ASCII). */
static Value int_from_text(Str *s, int base) {
    if (s->ascii) return int_from_str(s->data, s->nbytes, base);
    StrBuf b;
    sb_init(&b, s->nbytes);
    for (size_t i = 0; i < s->nbytes;) {
        size_t adv;
        uint32_t c = str_decode_at(s->data + i, &adv);
        int d = c >= 0x80 ? fmt_unicode_decimal(c) : -1;
        if (d >= 0) sb_addc(&b, (char)('0' + d));
        else if (c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 ||
                 c == 0x202f || c == 0x205f || c == 0x3000 || c == 0x85)
            sb_addc(&b, ' ');
        else if (c >= 0x80) return NULL;
        else sb_addc(&b, (char)c);
        i += adv;
    }
    return int_from_str(b.data, b.len, base);
}

static Value int_from_value(Value x) {
    if (IS_INTLIKE(x)) return int_value(x);
    if (IS_FLOAT(x)) return int_from_double(((Float *)x)->v);
    if (IS_STR(x)) {
        Str *s = (Str *)x;
        Value r = int_from_text(s, 10);
        if (!r) vm_raisef(ValueError_type, "invalid literal for int() with base 10: %R", x);
        return r;
    }
    if (is_type(x, &bytes_type) || is_type(x, &bytearray_type)) {
        Bytes *b = (Bytes *)bytes_from_value(x, "int");
        Value r = int_from_str((const char *)b->data, b->len, 10);
        if (!r) vm_raisef(ValueError_type, "invalid literal for int() with base 10: %R", x);
        return r;
    }
    bool found;
    Value r = vm_call_method_opt(x, names.__int__, NULL, 0, &found);
    if (!found) r = vm_call_method_opt(x, names.__index__, NULL, 0, &found);
    if (!found) r = vm_call_method_opt(x, names.__trunc__, NULL, 0, &found);
    if (!found)
        vm_raisef(TypeError_type, "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                  vm_type_name(x));
    if (!IS_INTLIKE(r)) vm_raisef(TypeError_type, "__int__ returned non-int (type %s)", vm_type_name(r));
    return int_value(r);
}

static Value i_new(Type *t, Value *args, int nargs, Tuple *kw) {
    static const char *const an[] = {"x", "base"};
    Value out[2];
    for (size_t i = 0; kw && i < kw->len; i++) /* x is positional-only */
        if (!strcmp(((Str *)kw->items[i])->data, "x"))
            vm_raisef(TypeError_type, "'x' is an invalid keyword argument for int()");
    arg_parse("int", args, nargs, kw, 0, 2, an, out);
    Value r;
    if (!out[0]) {
        if (out[1]) vm_raisef(TypeError_type, "int() missing string argument");
        r = MK_SMALL(0);
    } else if (out[1]) {
        int64_t base = vm_index(out[1]);
        if (base != 0 && (base < 2 || base > 36)) vm_raisef(ValueError_type, "int() base must be >= 2 and <= 36, or 0");
        Value x = out[0];
        const char *s;
        size_t n;
        if (IS_STR(x)) {
            r = int_from_text((Str *)x, (int)base);
            if (!r) vm_raisef(ValueError_type, "invalid literal for int() with base %d: %R", (int)base, x);
            goto have;
        } else if (is_type(x, &bytes_type) || is_type(x, &bytearray_type)) {
            Bytes *b = (Bytes *)bytes_from_value(x, "int");
            s = (const char *)b->data;
            n = b->len;
        } else {
            vm_raisef(TypeError_type, "int() can't convert non-string with explicit base");
        }
        r = int_from_str(s, n, (int)base);
        if (!r) vm_raisef(ValueError_type, "invalid literal for int() with base %d: %R", (int)base, x);
    have:;
    } else {
        r = int_from_value(out[0]);
    }
    if (t == &int_type) return r;
    /* a subclass instance: copy the magnitude into a Long of type t */
    mpn_limb buf[2];
    const mpn_limb *d;
    size_t n;
    int neg;
    if (IS_SMALL(r)) {
        int64_t i = SMALL_VAL(r);
        neg = i < 0;
        n = mpn_from_u64(buf, i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i);
        d = buf;
    } else {
        Long *l = (Long *)r;
        neg = l->size < 0;
        n = (size_t)(neg ? -l->size : l->size);
        d = l->d;
    }
    Long *l = gc_alloc(t, sizeof(Long) + (n + 1) * sizeof(mpn_limb));
    l->alloc = (uint32_t)(n + 1);
    memcpy(l->d, d, n * sizeof(mpn_limb));
    l->size = neg ? -(int32_t)n : (int32_t)n;
    return (Value)l;
}

#define IM(name) static Value im_##name(Value *a, int n, Tuple *kw)
IM(bit_length) {
    arg_nokw("bit_length", kw);
    arg_count("bit_length", n - 1, 0, 0);
    Value v = i_abs(a[0]);
    if (IS_SMALL(v)) {
        int64_t x = SMALL_VAL(v);
        return MK_SMALL(x ? 64 - __builtin_clzll((uint64_t)x) : 0);
    }
    Long *l = (Long *)v;
    return MK_SMALL((int64_t)mpn_bit_length(l->d, (size_t)l->size));
}
IM(bit_count) {
    arg_nokw("bit_count", kw);
    arg_count("bit_count", n - 1, 0, 0);
    Value v = i_abs(a[0]);
    if (IS_SMALL(v)) return MK_SMALL(__builtin_popcountll((uint64_t)SMALL_VAL(v)));
    Long *l = (Long *)v;
    return MK_SMALL((int64_t)mpn_popcount(l->d, (size_t)l->size));
}
IM(conjugate) {
    (void)n;
    (void)kw;
    return int_value(a[0]);
}
IM(index) {
    (void)n;
    (void)kw;
    return int_value(a[0]);
}
IM(round) {
    arg_nokw("__round__", kw);
    arg_count("__round__", n - 1, 0, 1);
    if (n < 2 || a[1] == None) return int_value(a[0]);
    int64_t nd = vm_index(a[1]);
    if (nd >= 0) return int_value(a[0]);
    /* round half to even at 10**-nd */
    Value p = int_pow3(MK_SMALL(10), int_from_i64(-nd), NULL);
    Value dm = int_divmod(a[0], p);
    Value q = ((Tuple *)dm)->items[0], r = ((Tuple *)dm)->items[1];
    Value twice = int_binop(r, MK_SMALL(2), BINOP_MUL);
    int c = int_cmp(twice, p);
    if (c > 0 || (c == 0 && int_binop(q, MK_SMALL(1), BINOP_AND) != MK_SMALL(0))) q = int_binop(q, MK_SMALL(1), BINOP_ADD);
    return int_binop(q, p, BINOP_MUL);
}
IM(as_integer_ratio) {
    (void)n;
    (void)kw;
    Value t[2] = {int_value(a[0]), MK_SMALL(1)};
    return (Value)tuple_from(t, 2);
}
IM(to_bytes) {
    static const char *const an[] = {"length", "byteorder", "signed"};
    Value out[3];
    arg_parse("to_bytes", a, n, kw, 1, 3, an, out);
    int64_t len = out[0] ? vm_index(out[0]) : 1;
    bool little = out[1] && !strcmp(arg_str(out[1], "to_bytes", "byteorder")->data, "little");
    if (out[1] && !little && strcmp(((Str *)out[1])->data, "big"))
        vm_raisef(ValueError_type, "byteorder must be either 'little' or 'big'");
    bool sign = out[2] && vm_truthy(out[2]);
    if (len < 0) vm_raisef(ValueError_type, "length argument must be non-negative");
    Value v = int_value(a[0]);
    if (!sign && int_sign(v) < 0) vm_raisef(OverflowError_type, "can't convert negative int to unsigned");
    Bytes *b = bytes_alloc((size_t)len);
    Value x = v;
    if (int_sign(x) < 0) x = int_binop(x, int_binop(MK_SMALL(1), int_from_i64(len * 8), BINOP_LSHIFT), BINOP_ADD);
    for (int64_t i = 0; i < len; i++) {
        Value byte = int_binop(x, MK_SMALL(255), BINOP_AND);
        b->data[little ? i : len - 1 - i] = (uint8_t)SMALL_VAL(byte);
        x = int_binop(x, MK_SMALL(8), BINOP_RSHIFT);
    }
    bool overflow = int_sign(x) != 0;
    if (sign && len > 0) {
        uint8_t top = b->data[little ? len - 1 : 0];
        if ((int_sign(v) < 0) != ((top & 0x80) != 0)) overflow = true;
    } else if (sign && int_sign(v) != 0) {
        overflow = true;
    }
    if (overflow) vm_raisef(OverflowError_type, "int too big to convert");
    return (Value)b;
}
IM(from_bytes) {
    static const char *const an[] = {"bytes", "byteorder", "signed"};
    Value out[3];
    arg_parse("from_bytes", a, n, kw, 1, 3, an, out);
    if (!out[0]) vm_raisef(TypeError_type, "from_bytes() missing required argument 'bytes' (pos 1)");
    Bytes *b = (Bytes *)bytes_from_value(out[0], "from_bytes");
    bool little = out[1] && !strcmp(arg_str(out[1], "from_bytes", "byteorder")->data, "little");
    if (out[1] && !little && strcmp(((Str *)out[1])->data, "big"))
        vm_raisef(ValueError_type, "byteorder must be either 'little' or 'big'");
    bool sign = out[2] && vm_truthy(out[2]);
    Value x = MK_SMALL(0);
    for (size_t i = 0; i < b->len; i++) {
        uint8_t byte = b->data[little ? b->len - 1 - i : i];
        x = int_binop(int_binop(x, MK_SMALL(8), BINOP_LSHIFT), MK_SMALL(byte), BINOP_OR);
    }
    if (sign && b->len && (b->data[little ? b->len - 1 : 0] & 0x80))
        x = int_binop(x, int_binop(MK_SMALL(1), int_from_i64((int64_t)b->len * 8), BINOP_LSHIFT), BINOP_SUB);
    if (IS_TYPE(a[0]) && (Type *)a[0] != &int_type) return vm_call1(a[0], x);
    return x;
}
Value int_format(Value v, Str *spec);
IM(format) {
    arg_nokw("__format__", kw);
    arg_count("__format__", n - 1, 1, 1);
    if (!IS_STR(a[1])) vm_raisef(TypeError_type, "argument to __format__ must be str");
    return int_format(a[0], (Str *)a[1]);
}
IM(getnewargs) {
    (void)n;
    (void)kw;
    Value v = int_value(a[0]);
    return (Value)tuple_from(&v, 1);
}
static Value i_real(Value v) { return int_value(v); }
static Value i_imag(Value v) {
    (void)v;
    return MK_SMALL(0);
}
static Value i_one(Value v) {
    (void)v;
    return MK_SMALL(1);
}

DEF_METHOD(int_type, bit_length, im_bit_length, NATIVE_METHOD);
DEF_METHOD(int_type, bit_count, im_bit_count, NATIVE_METHOD);
DEF_METHOD(int_type, conjugate, im_conjugate, NATIVE_METHOD);
DEF_METHOD(int_type, __index__, im_index, NATIVE_METHOD);
DEF_METHOD(int_type, __int__, im_index, NATIVE_METHOD);
DEF_METHOD(int_type, __trunc__, im_index, NATIVE_METHOD);
DEF_METHOD(int_type, __floor__, im_index, NATIVE_METHOD);
DEF_METHOD(int_type, __ceil__, im_index, NATIVE_METHOD);
DEF_METHOD(int_type, __round__, im_round, NATIVE_METHOD);
DEF_METHOD(int_type, as_integer_ratio, im_as_integer_ratio, NATIVE_METHOD);
DEF_METHOD(int_type, to_bytes, im_to_bytes, NATIVE_METHOD);
DEF_METHOD(int_type, from_bytes, im_from_bytes, NATIVE_CLASSMETHOD);
DEF_METHOD(int_type, __format__, im_format, NATIVE_METHOD);
DEF_METHOD(int_type, __getnewargs__, im_getnewargs, NATIVE_METHOD);
static const MemberDef int_members[] = {
    {"real", i_real}, {"imag", i_imag}, {"numerator", i_real}, {"denominator", i_one}, {0}};

static void long_trace(Obj *o) { (void)o; }

Type int_type = {.cname = "int", .flags = TF_BASETYPE | TF_INT_SUB, .basicsize = sizeof(Long),
                 .trace = long_trace, .repr = i_repr, .hash = i_hash, .richcmp = i_richcmp,
                 .binop = i_binop, .neg = i_neg, .pos = i_pos, .invert = i_invert, .abs_ = i_abs,
                 .truth = i_truth, .new_ = i_new, .members = int_members};

/* ---- bool ------------------------------------------------------------------------------ */

Obj true_obj = {.type = &bool_type}, false_obj = {.type = &bool_type};

static Value b_repr(Value v) { return (Value)str_from_cstr(v == True_ ? "True" : "False"); }
static Value b_binop(Value a, Value b, int op) {
    int base = op >= BINOP_INPLACE ? op - BINOP_INPLACE : op;
    if ((base == BINOP_AND || base == BINOP_OR || base == BINOP_XOR) && is_type(a, &bool_type) &&
        is_type(b, &bool_type)) {
        bool x = a == True_, y = b == True_;
        return BOOL(base == BINOP_AND ? (x && y) : base == BINOP_OR ? (x || y) : (x != y));
    }
    return i_binop(a, b, op);
}
static Value b_new(Type *t, Value *args, int nargs, Tuple *kw) {
    (void)t;
    arg_nokw("bool", kw);
    arg_count("bool", nargs, 0, 1);
    return BOOL(nargs && vm_truthy(args[0]));
}
Type bool_type = {.cname = "bool", .base = &int_type, .flags = TF_INT_SUB, .repr = b_repr, .binop = b_binop,
                  .new_ = b_new};

/* ---- float ---------------------------------------------------------------------------- */

Value float_new(double d) {
    Float *f = gc_alloc(&float_type, sizeof(Float));
    f->v = d;
    return (Value)f;
}

double float_as_double(Value v) {
    if (IS_SMALL(v)) return (double)SMALL_VAL(v);
    if (vm_isinstance_type(v->type, &float_type)) return ((Float *)v)->v;
    if (v->type->flags & TF_INT_SUB) return int_to_double(v);
    bool found;
    Value r = vm_call_method_opt(v, names.__float__, NULL, 0, &found);
    if (found) {
        if (!IS_FLOAT(r)) vm_raisef(TypeError_type, "%s.__float__ returned non-float (type %s)", vm_type_name(v), vm_type_name(r));
        return ((Float *)r)->v;
    }
    r = vm_call_method_opt(v, names.__index__, NULL, 0, &found);
    if (found) return int_to_double(r);
    vm_raisef(TypeError_type, "must be real number, not %s", vm_type_name(v));
}

/* CPython's hash for floats: equal to the int hash for integral values. */
int64_t float_hash(double d) {
    if (isinf(d)) return d > 0 ? 314159 : -314159;
    if (isnan(d)) return 0;
    const uint64_t M = ((uint64_t)1 << 61) - 1;
    int e;
    double m = frexp(d, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & M) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= M) x -= M;
    }
    e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
    x = ((x << e) & M) | x >> (61 - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

Str *float_repr_str(double d) {
    char buf[FMT_REPR_MAX];
    size_t n = fmt_double_repr(d, buf);
    return str_new(buf, n);
}

static Value f_repr(Value v) { return (Value)float_repr_str(((Float *)v)->v); }
static int64_t f_hash(Value v) { return float_hash(((Float *)v)->v); }

static bool to_double(Value v, double *out) {
    if (IS_FLOAT(v)) {
        *out = ((Float *)v)->v;
        return true;
    }
    if (IS_INTLIKE(v)) {
        *out = int_to_double(v);
        return true;
    }
    return false;
}

static Value cmp_result(int c, int op) {
    switch (op) {
    case CMP_LT: return BOOL(c < 0);
    case CMP_LE: return BOOL(c <= 0);
    case CMP_EQ: return BOOL(c == 0);
    case CMP_NE: return BOOL(c != 0);
    case CMP_GT: return BOOL(c > 0);
    default: return BOOL(c >= 0);
    }
}

/* Exact comparison of a double with an int (no rounding of big ints). */
static Value float_cmp_int(double d, Value i, int op) {
    if (isnan(d)) return BOOL(op == CMP_NE);
    if (isinf(d)) return cmp_result(d > 0 ? 1 : -1, op);
    double fl = floor(d);
    Value iv = int_from_double(fl);
    int c = int_cmp(iv, i);
    if (c == 0 && d != fl) c = 1;
    return cmp_result(c, op);
}

static Value f_richcmp(Value a, Value b, int op) {
    double x = ((Float *)a)->v, y;
    if (IS_INTLIKE(b)) {
        if (IS_SMALL(b) && SMALL_VAL(b) > -((int64_t)1 << 53) && SMALL_VAL(b) < ((int64_t)1 << 53)) y = (double)SMALL_VAL(b);
        else return float_cmp_int(x, b, op);
    } else if (IS_FLOAT(b)) {
        y = ((Float *)b)->v;
    } else {
        return NotImpl;
    }
    switch (op) {
    case CMP_LT: return BOOL(x < y);
    case CMP_LE: return BOOL(x <= y);
    case CMP_EQ: return BOOL(x == y);
    case CMP_NE: return BOOL(x != y);
    case CMP_GT: return BOOL(x > y);
    default: return BOOL(x >= y);
    }
}

static Value f_pow(double x, double y) {
    if (x == 0 && y < 0) vm_raisef(ZeroDivisionError_type, "0.0 cannot be raised to a negative power");
    if (x < 0 && y != floor(y) && isfinite(y)) {
        vm_raisef(ValueError_type, "math domain error"); /* complex results are not supported */
    }
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) vm_raisef(OverflowError_type, "(34, 'Numerical result out of range')");
    return float_new(r);
}

static Value f_binop(Value a, Value b, int op) {
    double x, y;
    if (!to_double(a, &x) || !to_double(b, &y)) return NotImpl;
    if (op >= BINOP_INPLACE) op -= BINOP_INPLACE;
    switch (op) {
    case BINOP_ADD: return float_new(x + y);
    case BINOP_SUB: return float_new(x - y);
    case BINOP_MUL: return float_new(x * y);
    case BINOP_TRUEDIV:
        if (y == 0) vm_raisef(ZeroDivisionError_type, "float division by zero");
        return float_new(x / y);
    case BINOP_FLOORDIV:
    case BINOP_MOD: {
        if (y == 0) vm_raisef(ZeroDivisionError_type, op == BINOP_MOD ? "float modulo" : "float floor division by zero");
        double mod = fmod(x, y);
        double div = (x - mod) / y;
        if (mod) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
                div -= 1.0;
            }
        } else {
            mod = copysign(0.0, y);
        }
        double fd;
        if (div) {
            fd = floor(div);
            if (div - fd > 0.5) fd += 1.0;
        } else {
            fd = copysign(0.0, x / y);
        }
        return float_new(op == BINOP_MOD ? mod : fd);
    }
    case BINOP_POW: return f_pow(x, y);
    default: return NotImpl;
    }
}

static Value f_neg(Value v) { return float_new(-((Float *)v)->v); }
static Value f_pos(Value v) { return is_type(v, &float_type) ? v : float_new(((Float *)v)->v); }
static Value f_abs(Value v) { return float_new(fabs(((Float *)v)->v)); }
static bool f_truth(Value v) { return ((Float *)v)->v != 0; }

static Value f_new(Type *t, Value *args, int nargs, Tuple *kw) {
    arg_nokw("float", kw);
    if (nargs > 1) vm_raisef(TypeError_type, "float expected at most 1 argument, got %d", nargs);
    double d = 0;
    if (nargs) {
        Value x = args[0];
        if (IS_STR(x)) {
            Str *s = (Str *)x;
            if (!fmt_parse_double(s->data, s->nbytes, &d))
                vm_raisef(ValueError_type, "could not convert string to float: %R", x);
        } else if (is_type(x, &bytes_type) || is_type(x, &bytearray_type)) {
            Bytes *b = (Bytes *)bytes_from_value(x, "float");
            if (!fmt_parse_double((const char *)b->data, b->len, &d))
                vm_raisef(ValueError_type, "could not convert string to float: %R", x);
        } else {
            Type *xt = type_of(x);
            if (!IS_INTLIKE(x) && !IS_FLOAT(x) && !type_lookup(xt, names.__float__) &&
                !type_lookup(xt, names.__index__))
                vm_raisef(TypeError_type, "float() argument must be a string or a real number, not '%s'",
                          type_name(xt));
            d = float_as_double(x);
        }
    }
    if (t == &float_type) return float_new(d);
    Float *f = gc_alloc(t, sizeof(Float));
    f->v = d;
    return (Value)f;
}

#define FM(name) static Value fm_##name(Value *a, int n, Tuple *kw)
FM(is_integer) {
    (void)n;
    (void)kw;
    double d = ((Float *)a[0])->v;
    return BOOL(isfinite(d) && d == floor(d));
}
FM(trunc) {
    (void)n;
    (void)kw;
    return int_from_double(trunc(((Float *)a[0])->v));
}
FM(floor) {
    (void)n;
    (void)kw;
    return int_from_double(floor(((Float *)a[0])->v));
}
FM(ceil) {
    (void)n;
    (void)kw;
    return int_from_double(ceil(((Float *)a[0])->v));
}
FM(round) {
    arg_nokw("__round__", kw);
    arg_count("__round__", n - 1, 0, 1);
    double d = ((Float *)a[0])->v;
    if (n < 2 || a[1] == None) {
        double r = round(d);
        if (fabs(d - trunc(d)) == 0.5) r = 2.0 * round(d / 2.0);
        return int_from_double(r);
    }
    bool ovf = false;
    double r = fmt_round_double(d, vm_index(a[1]), &ovf);
    if (ovf) vm_raisef(OverflowError_type, "rounded value too large to represent");
    return float_new(r);
}
FM(as_integer_ratio) {
    (void)n;
    (void)kw;
    double d = ((Float *)a[0])->v;
    if (isinf(d)) vm_raisef(OverflowError_type, "cannot convert Infinity to integer ratio");
    if (isnan(d)) vm_raisef(ValueError_type, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    Value num = int_from_double(m), den = MK_SMALL(1);
    if (e > 0) num = int_binop(num, int_from_i64(e), BINOP_LSHIFT);
    else den = int_binop(den, int_from_i64(-e), BINOP_LSHIFT);
    Value t[2] = {num, den};
    return (Value)tuple_from(t, 2);
}
Value float_format(double d, Str *spec);
FM(format) {
    arg_nokw("__format__", kw);
    arg_count("__format__", n - 1, 1, 1);
    if (!IS_STR(a[1])) vm_raisef(TypeError_type, "argument to __format__ must be str");
    return float_format(((Float *)a[0])->v, (Str *)a[1]);
}
/* float.hex(): CPython's layout, always 13 hex digits: 0x1.8000000000000p+0 */
FM(hex) {
    (void)n;
    (void)kw;
    char buf[64];
    double d = ((Float *)a[0])->v;
    if (isnan(d)) return (Value)str_from_cstr("nan");
    if (isinf(d)) return (Value)str_from_cstr(d > 0 ? "inf" : "-inf");
    const char *sign = signbit(d) ? "-" : "";
    d = fabs(d);
    if (d == 0) {
        fmt_snprintf(buf, sizeof buf, "%s0x0.0p+0", sign);
        return (Value)str_from_cstr(buf);
    }
    int e;
    double m = frexp(d, &e); /* d = m * 2**e, 0.5 <= m < 1 */
    int shift = 1 - (e < -1021 ? e + 1022 - 1 + 1 : 1); /* subnormals keep a leading 0 */
    (void)shift;
    int lead;
    if (e >= -1021) {
        m *= 2;
        e -= 1;
        lead = 1;
        m -= 1;
    } else { /* subnormal: 0x0.xxxp-1022 */
        m = ldexp(d, 1022);
        e = -1022;
        lead = 0;
    }
    char digits[14];
    for (int i = 0; i < 13; i++) {
        m *= 16;
        int dgt = (int)m;
        m -= dgt;
        digits[i] = "0123456789abcdef"[dgt];
    }
    digits[13] = 0;
    fmt_snprintf(buf, sizeof buf, "%s0x%d.%sp%+d", sign, lead, digits, e);
    return (Value)str_from_cstr(buf);
}

/* float.fromhex(s): [sign] ['0x'] hexdigits ['.' hexdigits] ['p' exp], inf, nan */
FM(fromhex) {
    arg_nokw("fromhex", kw);
    arg_count("fromhex", n - 1, 1, 1);
    Str *str = arg_str(a[1], "fromhex", "argument");
    const char *p = str->data, *end = p + str->nbytes;
    while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r'))) p++;
    while (end > p && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r'))) end--;
    double r;
    if (fmt_parse_double(p, (size_t)(end - p), &r) && (isinf(r) || isnan(r))) goto done;
    {
        int neg = 0;
        if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
        if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x') p += 2;
        double mant = 0;
        int exp = 0, ndig = 0;
        bool dot = false;
        for (; p < end; p++) {
            int v = *p >= '0' && *p <= '9' ? *p - '0' : (*p | 0x20) >= 'a' && (*p | 0x20) <= 'f' ? (*p | 0x20) - 'a' + 10 : -1;
            if (v >= 0) {
                if (mant < 0x1p60) {
                    mant = mant * 16 + v;
                    if (dot) exp -= 4;
                } else if (!dot) {
                    exp += 4;
                }
                ndig++;
            } else if (*p == '.' && !dot) {
                dot = true;
            } else {
                break;
            }
        }
        if (!ndig) goto bad;
        if (p < end && (*p | 0x20) == 'p') {
            p++;
            int es = 1;
            if (p < end && (*p == '+' || *p == '-')) es = *p++ == '-' ? -1 : 1;
            if (p >= end) goto bad;
            long ev = 0;
            for (; p < end && *p >= '0' && *p <= '9'; p++)
                if (ev < 100000) ev = ev * 10 + (*p - '0');
            exp += (int)(es * ev);
        }
        if (p != end) goto bad;
        r = ldexp(mant, exp);
        if (isinf(r)) vm_raisef(OverflowError_type, "hexadecimal value too large to represent as a float");
        if (neg) r = -r;
    }
done:
    if (IS_TYPE(a[0]) && (Type *)a[0] != &float_type) return vm_call1(a[0], float_new(r));
    return float_new(r);
bad:
    vm_raisef(ValueError_type, "invalid hexadecimal floating-point string");
}
FM(conjugate) {
    (void)n;
    (void)kw;
    return float_new(((Float *)a[0])->v);
}
FM(getnewargs) {
    (void)n;
    (void)kw;
    Value v = float_new(((Float *)a[0])->v);
    return (Value)tuple_from(&v, 1);
}
static Value f_real(Value v) { return float_new(((Float *)v)->v); }
static Value f_imag(Value v) {
    (void)v;
    return float_new(0.0);
}

DEF_METHOD(float_type, is_integer, fm_is_integer, NATIVE_METHOD);
DEF_METHOD(float_type, __trunc__, fm_trunc, NATIVE_METHOD);
DEF_METHOD(float_type, __int__, fm_trunc, NATIVE_METHOD);
DEF_METHOD(float_type, __floor__, fm_floor, NATIVE_METHOD);
DEF_METHOD(float_type, __ceil__, fm_ceil, NATIVE_METHOD);
DEF_METHOD(float_type, __round__, fm_round, NATIVE_METHOD);
DEF_METHOD(float_type, as_integer_ratio, fm_as_integer_ratio, NATIVE_METHOD);
DEF_METHOD(float_type, __format__, fm_format, NATIVE_METHOD);
DEF_METHOD(float_type, hex, fm_hex, NATIVE_METHOD);
DEF_METHOD(float_type, fromhex, fm_fromhex, NATIVE_CLASSMETHOD);
DEF_METHOD(float_type, conjugate, fm_conjugate, NATIVE_METHOD);
DEF_METHOD(float_type, __getnewargs__, fm_getnewargs, NATIVE_METHOD);
static const MemberDef float_members[] = {{"real", f_real}, {"imag", f_imag}, {0}};

Type float_type = {.cname = "float", .flags = TF_BASETYPE, .basicsize = sizeof(Float), .repr = f_repr,
                   .hash = f_hash, .richcmp = f_richcmp, .binop = f_binop, .neg = f_neg, .pos = f_pos,
                   .abs_ = f_abs, .truth = f_truth, .new_ = f_new, .members = float_members};

/* int op float: ints defer to float's binop */
Value num_mixed_binop(Value a, Value b, int op) { return f_binop(a, b, op); }
Value num_float_richcmp(Value a, Value b, int op) { return f_richcmp(a, b, op); }
