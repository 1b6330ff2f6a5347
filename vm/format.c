/* SPDX-License-Identifier: MIT */
/* The format() builtin protocol and the spec handling of the built-in
 * number and string types.  The format-spec mini-language itself (parsing,
 * padding, grouping, float digits) is vm/fmt.c; this file adapts it to the
 * object model: it turns objects into the digits and doubles fmt.c wants,
 * collects its output in a StrBuf and raises its errors. */
#include "format.h"
#include "fmt.h"

/* A fmt_sink that appends to a StrBuf. */
typedef struct {
    fmt_sink sink;
    StrBuf sb;
} SbSink;

static void sbsink_put(fmt_sink *s, const char *p, size_t n) { sb_add(&((SbSink *)s)->sb, p, n); }

static void sbsink_init(SbSink *s, size_t cap) {
    s->sink.put = sbsink_put;
    sb_init(&s->sb, cap);
}

static void raise_status(fmt_status st, const char *err) {
    if (st == FMT_OVERFLOW_ERROR) vm_raisef(OverflowError_type, "%s", err);
    vm_raisef(ValueError_type, "%s", err);
}

/* fmt.c may keep error text inside the parsed spec: copy it out before the
 * spec goes out of scope by raising right here. */
static void parse_spec(Str *spec, fmt_kind kind, Value v, fmt_spec *out) {
    const char *err = NULL;
    fmt_status st = fmt_spec_parse(spec->data, spec->nbytes, kind, vm_type_name(v), out, &err);
    if (st != FMT_OK) raise_status(st, err);
}

Value vm_format(Value v, Str *spec) {
    if (IS_EXACT_STR(v) && spec->nbytes == 0) return v;
    /* a special method: looked up on the type, never on the instance (so
     * format(int, "") reaches type.__format__, not int's unbound one) */
    Value m = type_lookup(type_of(v), names.__format__);
    if (!m) vm_raisef(TypeError_type, "Type %s doesn't define __format__", vm_type_name(v));
    Value call_args[2] = {v, (Value)spec};
    Value r = vm_call(m, call_args, 2, NULL);
    if (!IS_STR(r)) vm_raisef(TypeError_type, "__format__ must return a str, not %s", vm_type_name(r));
    return r;
}

Value int_format(Value v, Str *spec) {
    if (spec->nbytes == 0) return (Value)vm_str(v);
    fmt_spec fs;
    parse_spec(spec, FMT_KIND_INT, v, &fs);
    Value iv = IS_SMALL(v) ? v : int_value(v);
    SbSink out;
    sbsink_init(&out, 32);
    const char *err = NULL;
    fmt_status st = FMT_OK;
    int base = 10;
    bool upper = false;
    switch (fmt_int_route_of(&fs, &base, &upper)) {
    case FMT_INT_DIGITS: {
        Str *d = int_to_str(iv, base);
        const char *p = d->data;
        size_t n = d->nbytes;
        bool neg = n && p[0] == '-';
        if (neg) p++, n--;
        char *digits = gc_alloc_raw(n + 1);
        for (size_t i = 0; i < n; i++) {
            char c = p[i];
            digits[i] = upper && c >= 'a' && c <= 'f' ? (char)(c - 32) : (!upper && c >= 'A' && c <= 'F' ? (char)(c + 32) : c);
        }
        st = fmt_format_int_digits(&out.sink, &fs, neg, digits, n, &err);
        break;
    }
    case FMT_INT_CHAR: {
        int64_t x = 0;
        bool fits = int_to_i64(iv, &x);
        st = fmt_format_int_char(&out.sink, &fs, fits, x, &err);
        break;
    }
    case FMT_INT_AS_FLOAT:
        st = fmt_format_double(&out.sink, &fs, int_to_double(iv), &err);
        break;
    }
    if (st != FMT_OK) raise_status(st, err);
    return (Value)sb_finish(&out.sb);
}

Value float_format(double d, Str *spec) {
    if (spec->nbytes == 0) return (Value)float_repr_str(d);
    fmt_spec fs;
    const char *err = NULL;
    fmt_status st = fmt_spec_parse(spec->data, spec->nbytes, FMT_KIND_FLOAT, "float", &fs, &err);
    if (st != FMT_OK) raise_status(st, err);
    SbSink out;
    sbsink_init(&out, 32);
    st = fmt_format_double(&out.sink, &fs, d, &err);
    if (st != FMT_OK) raise_status(st, err);
    return (Value)sb_finish(&out.sb);
}

Value str_format_spec(Str *s, Str *spec) {
    if (spec->nbytes == 0) return IS_EXACT_STR((Value)s) ? (Value)s : (Value)str_new(s->data, s->nbytes);
    fmt_spec fs;
    parse_spec(spec, FMT_KIND_STR, (Value)s, &fs);
    SbSink out;
    sbsink_init(&out, s->nbytes + 16);
    const char *err = NULL;
    fmt_status st = fmt_format_str(&out.sink, &fs, s->data, s->nbytes, &err);
    if (st != FMT_OK) raise_status(st, err);
    return (Value)sb_finish(&out.sb);
}
