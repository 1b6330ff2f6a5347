/* SPDX-License-Identifier: MIT */
/* The `_struct` module under `struct` (stdlib/struct.py adds the Struct
 * class and iter_unpack): pack, pack_into, unpack, unpack_from, calcsize
 * and the exception class `error`.
 *
 * Promises: formats, sizes, byte layouts and error messages as CPython 3.11
 * on x86-64 Linux.  A format is an optional byte-order character (@ native
 * order, sizes and alignment; = < > ! standard sizes, no alignment; @ and
 * = are little-endian here) followed by codes x c b B ? h H i I l L q Q n N
 * e f d s p P (n N P native only), each with an optional repeat count;
 * whitespace between codes is ignored.  The format is parsed on every call
 * (formats are short; the Python Struct class keeps the size). */
#include "obj.h"
#include "mpn.h"
#include <math.h>

/* Defined in vm/bytes.c (not in obj.h yet): the bytes of a bytes,
 * bytearray or memoryview; false for anything else. */

static Type *struct_error;

#define SERR(...) vm_raisef(struct_error, __VA_ARGS__)

/* ---- formats ---------------------------------------------------------------- */

typedef struct {
    char code;
    size_t count;  /* repeat count (for s and p: the field size) */
    size_t offset; /* from the start of the packed data */
    size_t size;   /* of one item (for s and p: the whole field) */
} Field;

typedef struct {
    bool native;  /* '@': native sizes and alignment */
    bool big;     /* big-endian byte order */
    size_t size;  /* total bytes */
    size_t nvals; /* Python values packed / unpacked */
    size_t nfields;
    Field *fields;
} Layout;

/* Size of one item of code c (0: not a code in this mode); native
 * alignment equals the size for every code but x c b B ? s p. */
static size_t code_size(char c, bool native) {
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return 1;
    case 'h': case 'H': case 'e': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return native ? 8 : 4;
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': case 'P': return native ? 8 : 0;
    default: return 0;
    }
}

/* The format as bytes: a str (must be ASCII to be valid anyway) or bytes. */
static const char *fmt_text(Value f, size_t *n) {
    if (IS_STR(f)) {
        *n = ((Str *)f)->nbytes;
        return ((Str *)f)->data;
    }
    if (!IS_SMALL(f) && vm_isinstance_type(f->type, &bytes_type)) {
        *n = ((Bytes *)f)->len;
        return (const char *)((Bytes *)f)->data;
    }
    vm_raisef(TypeError_type, "Struct() argument 1 must be a str or bytes object, not %s", vm_type_name(f));
}

static bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

#define LIMIT ((size_t)INT64_MAX)

/* Parse a format into fields: a local array for the usual short formats,
 * a raw heap block beyond (kept alive by the conservative stack scan). */
static void parse(Value fmt, Layout *L, Field *local, size_t nlocal) {
    size_t n;
    const char *s = fmt_text(fmt, &n), *end = s + n;
    L->native = true;
    L->big = false;
    if (s < end) {
        switch (*s) {
        case '@': s++; break;
        case '=': L->native = false; s++; break;
        case '<': L->native = false; s++; break;
        case '>': case '!': L->native = false; L->big = true; s++; break;
        }
    }
    L->fields = n <= nlocal ? local : gc_alloc_raw(n * sizeof(Field));
    L->nfields = 0;
    L->size = 0;
    L->nvals = 0;
    while (s < end) {
        char c = *s++;
        if (is_space(c)) continue;
        size_t num = 1;
        if (c >= '0' && c <= '9') {
            num = (size_t)(c - '0');
            while (s < end && *s >= '0' && *s <= '9') {
                if (num > (LIMIT - (size_t)(*s - '0')) / 10) SERR("total struct size too long");
                num = num * 10 + (size_t)(*s++ - '0');
            }
            if (s == end) SERR("repeat count given without format specifier");
            c = *s++;
        }
        size_t isz = code_size(c, L->native);
        if (!isz) SERR("bad char in struct format");
        bool aligned = L->native && !strchr("xcbB?sp", c);
        if (aligned) L->size = (L->size + isz - 1) / isz * isz;
        if (L->size > LIMIT) SERR("total struct size too long");
        Field *f = &L->fields[L->nfields++];
        f->code = c;
        f->offset = L->size;
        if (c == 's' || c == 'p') {
            f->count = 1;
            f->size = num;
            L->size += num;
            L->nvals++;
        } else {
            f->count = num;
            f->size = isz;
            if (num > (LIMIT - L->size) / isz) SERR("total struct size too long");
            L->size += num * isz;
            if (c != 'x') L->nvals += num;
        }
        if (L->size > LIMIT) SERR("total struct size too long");
    }
}

/* An empty argument array that is not NULL (a NULL source for a
 * zero-length memcpy is undefined behaviour further down the call). */
static Value no_args[1];

/* ---- integers ----------------------------------------------------------------- */

/* The int to pack: ints as they are, other objects through __index__. */
static Value int_to_pack(Value v) {
    if (IS_INTLIKE(v)) return int_value(v);
    bool found;
    Value r = vm_call_method_opt(v, names.__index__, no_args, 0, &found);
    if (!found) SERR("required argument is not an integer");
    return int_value(r);
}

/* |v| as uint64_t when v >= 0 and it fits. */
static bool to_u64(Value v, uint64_t *out) {
    if (int_sign(v) < 0) return false;
    if (IS_SMALL(v)) {
        *out = (uint64_t)SMALL_VAL(v);
        return true;
    }
    Long *l = (Long *)v;
    bool fits;
    *out = mpn_to_u64(l->d, (size_t)l->size, &fits);
    return fits;
}

static int64_t get_signed(Value v) {
    int64_t x;
    if (!int_to_i64(v, &x)) SERR("argument out of range");
    return x;
}

static uint64_t get_unsigned(Value v) {
    uint64_t x;
    if (!to_u64(v, &x)) SERR("argument out of range");
    return x;
}

static void put_uint(uint8_t *p, uint64_t x, size_t n, bool big) {
    for (size_t i = 0; i < n; i++) p[big ? n - 1 - i : i] = (uint8_t)(x >> (8 * i));
}

static uint64_t get_uint(const uint8_t *p, size_t n, bool big) {
    uint64_t x = 0;
    for (size_t i = 0; i < n; i++) x |= (uint64_t)p[big ? n - 1 - i : i] << (8 * i);
    return x;
}

/* The integer codes with CPython's checks and messages: b B h H take any C
 * long and check the range with their own words; i and standard l check a
 * C long against 32 bits; I and standard L an unsigned long; the 64-bit
 * codes only need the value to fit.  CPython 3.11 uses its native packers
 * for little-endian standard codes of the native size, and other ones for
 * big-endian, whose messages differ for h, H, q and Q: so do we. */
static uint64_t pack_int_bits(char c, Value v, bool native, bool big) {
    Value iv = int_to_pack(v);
    int64_t x;
    uint64_t u;
    switch (c) {
    case 'b':
        x = get_signed(iv);
        if (x < -128 || x > 127) SERR("byte format requires -128 <= number <= 127");
        return (uint64_t)x;
    case 'B':
        x = get_signed(iv);
        if (x < 0 || x > 255) SERR("ubyte format requires 0 <= number <= 255");
        return (uint64_t)x;
    case 'h':
        x = get_signed(iv);
        if (x < -32768 || x > 32767) {
            if (big) SERR("'h' format requires -32768 <= number <= 32767");
            SERR("short format requires -32768 <= number <= 32767");
        }
        return (uint64_t)x;
    case 'H':
        if (big) {
            u = get_unsigned(iv);
            if (u > 65535) SERR("'H' format requires 0 <= number <= 65535");
            return u;
        }
        x = get_signed(iv);
        if (x < 0 || x > 65535) SERR("ushort format requires 0 <= number <= 65535");
        return (uint64_t)x;
    case 'l':
        if (native) return (uint64_t)get_signed(iv);
        /* standard l is 32 bits, as i */
        __attribute__((fallthrough));
    case 'i':
        x = get_signed(iv);
        if (x < INT32_MIN || x > INT32_MAX) SERR("'%c' format requires -2147483648 <= number <= 2147483647", c);
        return (uint64_t)x;
    case 'L':
        if (native) return get_unsigned(iv);
        __attribute__((fallthrough));
    case 'I':
        u = get_unsigned(iv);
        if (u > UINT32_MAX) SERR("'%c' format requires 0 <= number <= 4294967295", c);
        return u;
    case 'q': case 'n':
        if (big && !int_to_i64(iv, &x)) SERR("int too large to convert");
        return (uint64_t)get_signed(iv);
    case 'Q': case 'N':
        if (big && !to_u64(iv, &u)) SERR("int too large to convert");
        return get_unsigned(iv);
    case 'P':
        /* a pointer: negative values wrap, as a C cast would */
        if (int_sign(iv) < 0) {
            if (!int_to_i64(iv, &x)) SERR("int too large to convert");
            return (uint64_t)x;
        }
        if (!to_u64(iv, &u)) SERR("int too large to convert");
        return u;
    }
    return 0;
}

static bool is_signed_code(char c) { return strchr("bhilqn", c) != NULL; }

/* ---- floats -------------------------------------------------------------------- */

/* A float to pack: anything float() takes without a string; any failure
 * becomes struct.error, as in CPython. */
static double float_to_pack(Value v) {
    if (IS_FLOAT(v)) return ((Float *)v)->v;
    volatile double d = 0.0;
    VM_TRY(t) { d = float_as_double(v); }
    VM_CATCH(t, e) {
        (void)e;
        SERR("required argument is not a float");
    }
    VM_END
    return d;
}

/* IEEE 754 binary16 bits of x, rounded to nearest even; OverflowError when
 * the rounded magnitude reaches 2**16.  Quiet NaNs keep their sign. */
static uint16_t half_bits(double x) {
    uint16_t sign = signbit(x) ? 0x8000 : 0;
    if (isnan(x)) return sign | 0x7e00;
    x = fabs(x);
    if (isinf(x)) return sign | 0x7c00;
    if (x < 0x1p-14) {
        /* subnormal (or zero): units of 2**-24; a carry into 1024 is the
         * smallest normal, which the encoding expresses by itself */
        return sign | (uint16_t)rint(x * 0x1p24);
    }
    int e;
    double m = frexp(x, &e); /* x = m * 2**e, m in [0.5, 1) */
    double mant = rint(m * 2048.0); /* 11 significant bits */
    if (mant == 2048.0) {
        mant = 1024.0;
        e++;
    }
    int biased = e + 14; /* exponent of 1.f form is e - 1, bias 15 */
    if (biased >= 31) vm_raisef(OverflowError_type, "float too large to pack with e format");
    return sign | (uint16_t)(biased << 10) | (uint16_t)((int)mant - 1024);
}

static double half_value(uint16_t h) {
    int e = (h >> 10) & 0x1f, f = h & 0x3ff;
    double s = (h & 0x8000) ? -1.0 : 1.0;
    if (e == 0x1f) return f ? s * NAN : s * INFINITY;
    if (e == 0) return s * ldexp((double)f, -24);
    return s * ldexp((double)(f + 1024), e - 25);
}

/* ---- pack and unpack ------------------------------------------------------------ */

static void pack_field(const Layout *L, const Field *f, uint8_t *p, Value v) {
    char c = f->code;
    switch (c) {
    case 'c': {
        if (!is_type(v, &bytes_type) || ((Bytes *)v)->len != 1)
            SERR("char format requires a bytes object of length 1");
        *p = ((Bytes *)v)->data[0];
        return;
    }
    case '?': *p = vm_truthy(v) ? 1 : 0; return;
    case 's': case 'p': {
        const uint8_t *src;
        size_t n;
        if (IS_SMALL(v) || is_type(v, &memoryview_type) || !bytes_buffer(v, &src, &n))
            SERR("argument for '%c' must be a bytes object", c);
        size_t room = f->size;
        if (c == 'p') {
            if (room == 0) return;
            room--;
        }
        if (n > room) n = room;
        uint8_t *dst = c == 'p' ? p + 1 : p;
        memcpy(dst, src, n);
        memset(dst + n, 0, room - n);
        if (c == 'p') *p = (uint8_t)(n > 255 ? 255 : n);
        return;
    }
    case 'e': put_uint(p, half_bits(float_to_pack(v)), 2, L->big); return;
    case 'f': {
        double d = float_to_pack(v);
        float x = (float)d;
        if (!L->native && isinf(x) && !isinf(d))
            vm_raisef(OverflowError_type, "float too large to pack with f format");
        uint32_t bits;
        memcpy(&bits, &x, 4);
        put_uint(p, bits, 4, L->big);
        return;
    }
    case 'd': {
        double d = float_to_pack(v);
        uint64_t bits;
        memcpy(&bits, &d, 8);
        put_uint(p, bits, 8, L->big);
        return;
    }
    default: put_uint(p, pack_int_bits(c, v, L->native, L->big), f->size, L->big);
    }
}

static Value unpack_field(const Layout *L, const Field *f, const uint8_t *p) {
    char c = f->code;
    switch (c) {
    case 'c': return (Value)bytes_new(p, 1);
    case '?': return BOOL(*p != 0);
    case 's': return (Value)bytes_new(p, f->size);
    case 'p': {
        if (f->size == 0) return (Value)bytes_new("", 0);
        size_t n = *p;
        if (n >= f->size) n = f->size - 1;
        return (Value)bytes_new(p + 1, n);
    }
    case 'e': return float_new(half_value((uint16_t)get_uint(p, 2, L->big)));
    case 'f': {
        uint32_t bits = (uint32_t)get_uint(p, 4, L->big);
        float x;
        memcpy(&x, &bits, 4);
        return float_new((double)x);
    }
    case 'd': {
        uint64_t bits = get_uint(p, 8, L->big);
        double d;
        memcpy(&d, &bits, 8);
        return float_new(d);
    }
    }
    uint64_t u = get_uint(p, f->size, L->big);
    if (is_signed_code(c)) {
        size_t shift = 64 - 8 * f->size;
        int64_t x = shift ? (int64_t)(u << shift) >> shift : (int64_t)u; /* sign-extend */
        return int_from_i64(x);
    }
    return int_from_u64(u);
}

/* Pack values[0..n) into out (L->size bytes, already zeroed for padding). */
static void pack_all(const Layout *L, uint8_t *out, Value *values, size_t n) {
    if (n != L->nvals) SERR("pack expected %zu items for packing (got %zu)", L->nvals, n);
    size_t k = 0;
    for (size_t i = 0; i < L->nfields; i++) {
        const Field *f = &L->fields[i];
        if (f->code == 'x') {
            memset(out + f->offset, 0, f->count);
            continue;
        }
        for (size_t j = 0; j < f->count; j++) pack_field(L, f, out + f->offset + j * f->size, values[k++]);
    }
}

static Value unpack_all(const Layout *L, const uint8_t *p) {
    Tuple *t = tuple_new(L->nvals);
    size_t k = 0;
    for (size_t i = 0; i < L->nfields; i++) {
        const Field *f = &L->fields[i];
        if (f->code == 'x') continue;
        for (size_t j = 0; j < f->count; j++) t->items[k++] = unpack_field(L, f, p + f->offset + j * f->size);
    }
    return (Value)t;
}

static const uint8_t *read_buffer(Value v, size_t *n) {
    const uint8_t *p;
    if (!bytes_buffer(v, &p, n)) vm_raisef(TypeError_type, "a bytes-like object is required, not '%s'", vm_type_name(v));
    return p;
}

/* A writable buffer: a bytearray, or a memoryview that is not read-only. */
static uint8_t *write_buffer(Value v, size_t *n) {
    const uint8_t *p;
    bool ok = !IS_SMALL(v) && vm_isinstance_type(v->type, &bytearray_type);
    if (!ok && is_type(v, &memoryview_type))
        ok = !vm_truthy(vm_getattr(v, str_intern_cstr("readonly")));
    if (!ok || !bytes_buffer(v, &p, n))
        vm_raisef(TypeError_type, "argument must be read-write bytes-like object, not %s", vm_type_name(v));
    return (uint8_t *)p;
}

/* ---- module functions ---------------------------------------------------------- */

#define NLOCAL 32

static Value s_calcsize(Value *args, int nargs, Tuple *kw) {
    arg_nokw("calcsize", kw);
    arg_count("calcsize", nargs, 1, 1);
    Field local[NLOCAL];
    Layout L;
    parse(args[0], &L, local, NLOCAL);
    return int_from_u64(L.size);
}

static Value s_pack(Value *args, int nargs, Tuple *kw) {
    arg_nokw("pack", kw);
    if (nargs < 1) vm_raisef(TypeError_type, "pack expected at least 1 argument, got 0");
    Field local[NLOCAL];
    Layout L;
    parse(args[0], &L, local, NLOCAL);
    Bytes *b = bytes_alloc(L.size);
    memset(b->data, 0, L.size);
    pack_all(&L, b->data, args + 1, (size_t)nargs - 1);
    return (Value)b;
}

/* An offset into a buffer of n bytes, negative counting from the end. */
static size_t resolve_offset(Value ov, size_t n, size_t need, bool packing) {
    int64_t off = vm_index(ov);
    if (off < 0) {
        if ((uint64_t)-off > n) SERR("offset %ld out of range for %zu-byte buffer", off, n);
        if ((uint64_t)-off < need) {
            if (packing) SERR("no space to pack %zu bytes at offset %ld", need, off);
            SERR("not enough data to unpack %zu bytes at offset %ld", need, off);
        }
        return n - (size_t)-off;
    }
    if (n < need || (uint64_t)off > n - need) {
        if (packing)
            SERR("pack_into requires a buffer of at least %zu bytes for packing %zu bytes at offset %ld "
                 "(actual buffer size is %zu)",
                 need + (size_t)off, need, off, n);
        SERR("unpack_from requires a buffer of at least %zu bytes for unpacking %zu bytes at offset %ld "
             "(actual buffer size is %zu)",
             need + (size_t)off, need, off, n);
    }
    return (size_t)off;
}

static Value s_pack_into(Value *args, int nargs, Tuple *kw) {
    arg_nokw("pack_into", kw);
    if (nargs < 3) {
        if (nargs < 1) vm_raisef(TypeError_type, "pack_into expected at least 1 argument, got 0");
        Field local[NLOCAL];
        Layout L;
        parse(args[0], &L, local, NLOCAL);
        if (nargs == 1) vm_raisef(TypeError_type, "pack_into expected buffer argument");
        vm_raisef(TypeError_type, "pack_into expected offset argument");
    }
    Field local[NLOCAL];
    Layout L;
    parse(args[0], &L, local, NLOCAL);
    if ((size_t)nargs - 3 != L.nvals) SERR("pack_into expected %zu items for packing (got %d)", L.nvals, nargs - 3);
    size_t n;
    uint8_t *buf = write_buffer(args[1], &n);
    size_t off = resolve_offset(args[2], n, L.size, true);
    /* in place, as CPython: values before a bad one stay written.  Python
     * code run for a value (__index__) could resize a bytearray; the old
     * block then stays alive while referenced from here, so writes stay
     * in bounds of memory the VM owns. */
    memset(buf + off, 0, L.size);
    pack_all(&L, buf + off, args + 3, (size_t)nargs - 3);
    return None;
}

static Value s_unpack(Value *args, int nargs, Tuple *kw) {
    arg_nokw("unpack", kw);
    arg_count("unpack", nargs, 2, 2);
    Field local[NLOCAL];
    Layout L;
    parse(args[0], &L, local, NLOCAL);
    size_t n;
    const uint8_t *p = read_buffer(args[1], &n);
    if (n != L.size) SERR("unpack requires a buffer of %zu bytes", L.size);
    return unpack_all(&L, p);
}

static Value s_unpack_from(Value *args, int nargs, Tuple *kw) {
    static const char *const an[] = {"buffer", "offset"};
    Value a[2];
    if (nargs - (kw ? (int)kw->len : 0) < 1)
        vm_raisef(TypeError_type, "unpack_from() missing required argument 'format' (pos 1)");
    arg_parse("unpack_from", args, nargs, kw, 1, 2, an, a);
    if (!a[0]) vm_raisef(TypeError_type, "unpack_from() missing required argument 'buffer' (pos 2)");
    Field local[NLOCAL];
    Layout L;
    parse(args[0], &L, local, NLOCAL);
    size_t n;
    const uint8_t *p = read_buffer(a[0], &n);
    size_t off = resolve_offset(a[1] ? a[1] : MK_SMALL(0), n, L.size, false);
    return unpack_all(&L, p + off);
}

Module *mod_struct_init(void) {
    Module *m = module_new(str_intern_cstr("_struct"));
    if (!struct_error) {
        struct_error = type_new_builtin_exc("error", Exception_type);
        gc_add_static((Obj *)struct_error);
        dict_set_str(struct_error->hdr.dict, names.__module__, (Value)str_from_cstr("struct"));
    }
    module_set(m, "error", (Value)struct_error);
    module_add_fn(m, "calcsize", s_calcsize);
    module_add_fn(m, "pack", s_pack);
    module_add_fn(m, "pack_into", s_pack_into);
    module_add_fn(m, "unpack", s_unpack);
    module_add_fn(m, "unpack_from", s_unpack_from);
    return m;
}
