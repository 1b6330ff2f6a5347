/* SPDX-License-Identifier: MIT */
/* bytes, bytearray and memoryview, and the text codecs (utf-8, ascii,
 * latin-1, utf-16 and utf-32 with their -le/-be forms) that str.encode,
 * bytes.decode and str(b, encoding) share.
 *
 * Promises: CPython 3.11 semantics and error messages for what is here.
 * bytes is immutable with a cached hash; bytearray owns a raw GC block that
 * grows geometrically; a memoryview is a window (start, length) on a bytes
 * or bytearray, one-dimensional with format 'B', re-reading its object's
 * buffer at each access (so a resized bytearray is seen, clamped, instead
 * of dangling).  Every method accepts any of the three as its bytes-like
 * arguments.  Case and class methods are ASCII-only, as in CPython. */
#include "vm.h"

/* An empty argument vector that is not NULL (callers memcpy from it). */
static Value no_args[1];

typedef struct {
    Obj hdr;
    Value obj;        /* the bytes or bytearray viewed */
    size_t start, len;
    bool readonly;
    bool released;
} MemoryView;

typedef struct {
    Obj hdr;
    Value obj;
    size_t i;
} BytesIter;

/* Shared with vm/str_methods.c (str.encode, str(b, encoding)). */
Value bytes_codec_encode(Str *s, Str *encoding, Str *errors);
Str *bytes_codec_decode(const uint8_t *p, size_t n, Str *encoding, Str *errors);

/* ---- representation helpers --------------------------------------------------- */

static bool is_bytes(Value v) { return !IS_SMALL(v) && (v->type == &bytes_type || vm_isinstance_type(v->type, &bytes_type)); }
static bool is_bytearray(Value v) {
    return !IS_SMALL(v) && (v->type == &bytearray_type || vm_isinstance_type(v->type, &bytearray_type));
}
static bool is_memview(Value v) { return is_type(v, &memoryview_type); }

bool bytes_buffer(Value v, const uint8_t **p, size_t *n) {
    if (IS_SMALL(v)) return false;
    if (is_bytes(v)) {
        *p = ((Bytes *)v)->data;
        *n = ((Bytes *)v)->len;
        return true;
    }
    if (is_bytearray(v)) {
        *p = ((ByteArray *)v)->data;
        *n = ((ByteArray *)v)->len;
        return true;
    }
    if (is_memview(v)) {
        MemoryView *m = (MemoryView *)v;
        if (m->released) vm_raisef(ValueError_type, "operation forbidden on released memoryview object");
        const uint8_t *b;
        size_t bn;
        bytes_buffer(m->obj, &b, &bn);
        size_t st = m->start < bn ? m->start : bn;
        *p = b + st;
        *n = m->len < bn - st ? m->len : bn - st;
        return true;
    }
    return false;
}

/* The bytes of an argument that must be bytes-like. */
static const uint8_t *need_buf(Value v, size_t *n) {
    const uint8_t *p;
    if (!bytes_buffer(v, &p, n)) vm_raisef(TypeError_type, "a bytes-like object is required, not '%s'", vm_type_name(v));
    return p;
}

Bytes *bytes_alloc(size_t len) {
    Bytes *b = gc_alloc(&bytes_type, sizeof(Bytes) + len + 1);
    b->hash = -1;
    b->len = len;
    b->data[len] = 0;
    return b;
}

Bytes *bytes_new(const void *data, size_t len) {
    Bytes *b = bytes_alloc(len);
    if (len) memcpy(b->data, data, len);
    return b;
}

static void ba_trace(Obj *o) { gc_mark_raw(((ByteArray *)o)->data); }

static void ba_reserve(ByteArray *a, size_t need) {
    if (need + 1 <= a->cap && a->data) return;
    size_t cap = a->cap < 16 ? 16 : a->cap;
    while (cap < need + 1) cap *= 2;
    uint8_t *d = gc_alloc_raw(cap);
    if (a->len) memcpy(d, a->data, a->len);
    a->data = d;
    a->cap = cap;
}

static ByteArray *ba_new_type(Type *t, const void *data, size_t len) {
    ByteArray *a = gc_alloc(t, sizeof(ByteArray));
    ba_reserve(a, len);
    if (len) memcpy(a->data, data, len);
    a->len = len;
    return a;
}

static ByteArray *ba_new(const void *data, size_t len) { return ba_new_type(&bytearray_type, data, len); }

/* A result of the same kind as self: bytearray for bytearray, else bytes. */
static Value like(Value self, const void *p, size_t n) {
    if (is_bytearray(self)) return (Value)ba_new(p, n);
    return (Value)bytes_new(p, n);
}

/* self unchanged: exact bytes are immutable and returned as they are. */
static Value same(Value self) {
    if (is_type(self, &bytes_type)) return self;
    size_t n;
    const uint8_t *p = need_buf(self, &n);
    return like(self, p, n);
}

/* bytearray's repr escapes a single quote even inside double quotes
 * (CPython's bytearray_repr does); bytes' repr does not. */
static void bytes_repr_into(StrBuf *b, const uint8_t *p, size_t n, bool escape_squote) {
    bool sq = memchr(p, '\'', n) != NULL, dq = memchr(p, '"', n) != NULL;
    char q = sq && !dq ? '"' : '\'';
    sb_addc(b, 'b');
    sb_addc(b, q);
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        uint8_t c = p[i];
        if (c == q || c == '\\' || (escape_squote && c == '\'')) {
            sb_addc(b, '\\');
            sb_addc(b, (char)c);
        } else if (c == '\t') sb_adds(b, "\\t");
        else if (c == '\n') sb_adds(b, "\\n");
        else if (c == '\r') sb_adds(b, "\\r");
        else if (c < 0x20 || c >= 0x7f) {
            char e[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
            sb_add(b, e, 4);
        } else sb_addc(b, (char)c);
    }
    sb_addc(b, q);
}

static Value b_repr(Value v) {
    size_t n;
    const uint8_t *p = need_buf(v, &n);
    StrBuf b;
    sb_init(&b, n + 16);
    bytes_repr_into(&b, p, n, false);
    return (Value)sb_finish(&b);
}

static Value ba_repr(Value v) {
    size_t n;
    const uint8_t *p = need_buf(v, &n);
    StrBuf b;
    sb_init(&b, n + 32);
    sb_adds(&b, type_name(type_of(v)));
    sb_addc(&b, '(');
    bytes_repr_into(&b, p, n, true);
    sb_addc(&b, ')');
    return (Value)sb_finish(&b);
}

/* FNV-1a, like str_hash (bytes and str are never equal, so the two may
 * collide freely). */
static int64_t b_hash(Value v) {
    Bytes *b = (Bytes *)v;
    if (b->hash != -1) return b->hash;
    uint64_t h = 14695981039346656037ull;
    for (size_t i = 0; i < b->len; i++) {
        h ^= b->data[i];
        h *= 1099511628211ull;
    }
    int64_t r = (int64_t)(h >> 1);
    if (r == -1) r = -2;
    b->hash = r;
    return r;
}

static Value b_richcmp(Value a, Value b, int op) {
    const uint8_t *p, *q;
    size_t n, m;
    if (!bytes_buffer(a, &p, &n) || !bytes_buffer(b, &q, &m)) return NotImpl;
    if (is_memview(a) || is_memview(b)) {
        if (op != CMP_EQ && op != CMP_NE) return NotImpl;
    }
    int c = memcmp(p, q, n < m ? n : m);
    if (!c) c = n < m ? -1 : n > m;
    switch (op) {
    case CMP_EQ: return BOOL(n == m && c == 0);
    case CMP_NE: return BOOL(!(n == m && c == 0));
    case CMP_LT: return BOOL(c < 0);
    case CMP_LE: return BOOL(c <= 0);
    case CMP_GT: return BOOL(c > 0);
    default: return BOOL(c >= 0);
    }
}

static int64_t b_len(Value v) {
    size_t n;
    need_buf(v, &n);
    return (int64_t)n;
}

static bool b_truth(Value v) { return b_len(v) != 0; }

/* An int argument that must be a byte value. */
static uint8_t byte_value(Value v) {
    if (!IS_INTLIKE(v) && !type_lookup(type_of(v), names.__index__))
        vm_raisef(TypeError_type, "'%s' object cannot be interpreted as an integer", vm_type_name(v));
    int64_t x;
    if (!int_to_i64(vm_index_value(v), &x) || x < 0 || x > 255)
        vm_raisef(ValueError_type, "byte must be in range(0, 256)");
    return (uint8_t)x;
}

static bool is_index(Value v) { return IS_INTLIKE(v) || (!is_type(v, &slice_type) && type_lookup(type_of(v), names.__index__)); }

/* ---- conversion of arbitrary values to bytes ---------------------------------------- */

/* The bytes of an iterable of ints (CPython's error messages: bytearray
 * says "byte must be in range", bytes "bytes must be in range"). */
static Bytes *bytes_from_iterable_msg(Value v, const char *range_msg) {
    Value it = vm_iter(v);
    StrBuf b;
    sb_init(&b, 16);
    for (Value x; (x = vm_next(it));) {
        if (!IS_INTLIKE(x) && !type_lookup(type_of(x), names.__index__))
            vm_raisef(TypeError_type, "'%s' object cannot be interpreted as an integer", vm_type_name(x));
        int64_t k;
        if (!int_to_i64(vm_index_value(x), &k) || k < 0 || k > 255)
            vm_raisef(ValueError_type, "%s", range_msg);
        sb_addc(&b, (char)k);
    }
    return bytes_new(b.data, b.len);
}

static Bytes *bytes_from_iterable(Value v) { return bytes_from_iterable_msg(v, "bytes must be in range(0, 256)"); }
static Bytes *bytearray_from_iterable(Value v) { return bytes_from_iterable_msg(v, "byte must be in range(0, 256)"); }

static bool iterable(Value v) { return type_of(v)->iter || type_lookup(type_of(v), names.__getitem__); }

Value bytes_from_value(Value v, const char *what) {
    if (is_type(v, &bytes_type)) return v;
    const uint8_t *p;
    size_t n;
    if (bytes_buffer(v, &p, &n)) return (Value)bytes_new(p, n);
    bool found = false;
    Value r = vm_call_method_opt(v, names.__bytes__, no_args, 0, &found);
    if (found) {
        if (!is_bytes(r))
            vm_raisef(TypeError_type, "__bytes__ returned non-bytes (type %s)", vm_type_name(r));
        return r;
    }
    if (IS_STR(v) || !iterable(v))
        vm_raisef(TypeError_type, "cannot convert '%s' object to bytes", vm_type_name(v));
    (void)what;
    return (Value)bytes_from_iterable(v);
}

/* ---- codecs ---------------------------------------------------------------------- */

enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1, ENC_UTF16, ENC_UTF16LE, ENC_UTF16BE, ENC_UTF32, ENC_UTF32LE, ENC_UTF32BE };
static const char *const enc_names[] = {"utf-8",     "ascii",  "latin-1",   "utf-16",   "utf-16-le",
                                        "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"};

static int codec_of(Str *name) {
    if (!name) return ENC_UTF8;
    char buf[24];
    size_t n = 0;
    for (size_t i = 0; i < name->nbytes; i++) {
        char c = name->data[i];
        if (n + 1 >= sizeof buf) goto unknown;
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c == '-' || c == ' ') c = '_';
        buf[n++] = c;
    }
    buf[n] = 0;
    static const char *const utf8[] = {"utf_8", "utf8", "u8", "utf", "cp65001", NULL};
    static const char *const ascii[] = {"ascii", "us_ascii", "646", "us", NULL};
    static const char *const latin1[] = {"latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819",
                                         "iso_ir_100", NULL};
    for (int i = 0; utf8[i]; i++)
        if (!strcmp(buf, utf8[i])) return ENC_UTF8;
    for (int i = 0; ascii[i]; i++)
        if (!strcmp(buf, ascii[i])) return ENC_ASCII;
    for (int i = 0; latin1[i]; i++)
        if (!strcmp(buf, latin1[i])) return ENC_LATIN1;
    static const char *const wide[] = {"utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be", NULL};
    static const char *const wide2[] = {"utf16", "utf_16le", "utf_16be", "utf32", "utf_32le", "utf_32be", NULL};
    for (int i = 0; wide[i]; i++)
        if (!strcmp(buf, wide[i]) || !strcmp(buf, wide2[i])) return ENC_UTF16 + i;
unknown:
    vm_raisef(LookupError_type, "unknown encoding: %N", name);
}

enum { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_XMLREF, ERR_UNKNOWN };

/* Error handlers are looked up lazily, as CPython does: an unknown name
 * only fails when an error actually happens. */
static int errors_of(Str *e) {
    if (!e || !strcmp(e->data, "strict")) return ERR_STRICT;
    if (!strcmp(e->data, "ignore")) return ERR_IGNORE;
    if (!strcmp(e->data, "replace")) return ERR_REPLACE;
    if (!strcmp(e->data, "backslashreplace")) return ERR_BACKSLASH;
    if (!strcmp(e->data, "xmlcharrefreplace")) return ERR_XMLREF;
    return ERR_UNKNOWN;
}

static void unknown_handler(Str *e) { vm_raisef(LookupError_type, "unknown error handler name '%N'", e); }

/* Raise a UnicodeEncodeError / UnicodeDecodeError with CPython's args
 * (encoding, object, start, end, reason); vm/exc.c derives str() and the
 * attributes from them. */
static _Noreturn void raise_codec_error(Type *t, Str *msg, const char *enc, Value object, size_t start, size_t end,
                                        const char *reason) {
    (void)msg;
    Value a[5] = {(Value)str_from_cstr(enc), object, MK_SMALL((int64_t)start), MK_SMALL((int64_t)end),
                  (Value)str_from_cstr(reason)};
    vm_raise(exc_new_args(t, a, 5));
}

/* How a code point is shown in codec messages: '\xe9', '\u20ac'. */
static void cp_escape(char *out, size_t cap, uint32_t c) {
    static const char hex[] = "0123456789abcdef";
    int nd = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
    (void)cap; /* callers pass at least 11 bytes */
    out[0] = '\\';
    out[1] = nd == 2 ? 'x' : nd == 4 ? 'u' : 'U';
    for (int i = 0; i < nd; i++) out[2 + i] = hex[(c >> (4 * (nd - 1 - i))) & 15];
    out[2 + nd] = 0;
}

static void add_escape(StrBuf *b, uint32_t c) {
    char t[16];
    cp_escape(t, sizeof t, c);
    sb_adds(b, t);
}

/* UTF-16 and UTF-32 (with a little-endian BOM for the plain names, as
 * CPython does on little-endian machines).  Errors: a surrogate code point
 * in s cannot be encoded; handlers strict, ignore and replace ('?'). */
static Value encode_wide(Str *s, int enc, int eh, Str *errors) {
    bool w32 = enc >= ENC_UTF32, be = enc == ENC_UTF16BE || enc == ENC_UTF32BE;
    StrBuf b;
    sb_init(&b, s->nbytes * 4 + 4);
    size_t unit = w32 ? 4 : 2;
#define PUT_UNIT(u)                                                                                                   \
    do {                                                                                                               \
        uint32_t u_ = (u);                                                                                             \
        for (size_t k = 0; k < unit; k++) sb_addc(&b, (char)(u_ >> (8 * (be ? unit - 1 - k : k))));                    \
    } while (0)
    if (enc == ENC_UTF16 || enc == ENC_UTF32) PUT_UNIT(0xFEFF);
    size_t adv, pos = 0;
    for (size_t off = 0; off < s->nbytes; off += adv, pos++) {
        uint32_t c = str_decode_at(s->data + off, &adv);
        if (c >= 0xD800 && c < 0xE000) {
            if (eh == ERR_UNKNOWN) unknown_handler(errors);
            if (eh == ERR_STRICT) {
                char t[16];
                cp_escape(t, sizeof t, c);
                Str *msg = str_printf("'%s' codec can't encode character '%s' in position %zu: surrogates not allowed",
                                      enc_names[enc], t, pos);
                raise_codec_error(UnicodeEncodeError_type, msg, enc_names[enc], (Value)s, pos, pos + 1,
                                  "surrogates not allowed");
            }
            if (eh == ERR_REPLACE) PUT_UNIT('?');
            continue;
        }
        if (!w32 && c >= 0x10000) {
            PUT_UNIT(0xD800 + ((c - 0x10000) >> 10));
            PUT_UNIT(0xDC00 + ((c - 0x10000) & 0x3FF));
        } else {
            PUT_UNIT(c);
        }
    }
#undef PUT_UNIT
    return (Value)bytes_new(b.data, b.len);
}

static Str *decode_wide(const uint8_t *p, size_t n, int enc, int eh, Str *errors) {
    bool w32 = enc >= ENC_UTF32, be = enc == ENC_UTF16BE || enc == ENC_UTF32BE;
    size_t unit = w32 ? 4 : 2, i = 0;
    if (enc == ENC_UTF16 && n >= 2) { /* a BOM picks the byte order and is dropped */
        if (p[0] == 0xFF && p[1] == 0xFE) i = 2;
        else if (p[0] == 0xFE && p[1] == 0xFF) i = 2, be = true;
    } else if (enc == ENC_UTF32 && n >= 4) {
        if (p[0] == 0xFF && p[1] == 0xFE && !p[2] && !p[3]) i = 4;
        else if (!p[0] && !p[1] && p[2] == 0xFE && p[3] == 0xFF) i = 4, be = true;
    }
    StrBuf b;
    sb_init(&b, n + 8);
    while (i < n) {
        const char *reason = NULL;
        size_t bad = 0;
        if (n - i < unit) {
            reason = "truncated data";
            bad = n - i;
        } else {
            uint32_t c = 0;
            for (size_t k = 0; k < unit; k++) c |= (uint32_t)p[i + k] << (8 * (be ? unit - 1 - k : k));
            if (w32) {
                if (c > 0x10FFFF) reason = "code point not in range(0x110000)";
                else if (c >= 0xD800 && c < 0xE000) reason = "code point in surrogate code point range(0xd800, 0xe000)";
                bad = 4;
            } else if (c >= 0xD800 && c < 0xDC00) {
                if (n - i < 4) {
                    reason = "unexpected end of data";
                    bad = n - i;
                } else {
                    uint32_t d = be ? (uint32_t)p[i + 2] << 8 | p[i + 3] : (uint32_t)p[i + 3] << 8 | p[i + 2];
                    if (d >= 0xDC00 && d < 0xE000) {
                        sb_addcp(&b, 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00));
                        i += 4;
                        continue;
                    }
                    reason = "illegal UTF-16 surrogate";
                    bad = 2;
                }
            } else if (c >= 0xDC00 && c < 0xE000) {
                reason = "illegal encoding";
                bad = 2;
            }
            if (!reason) {
                sb_addcp(&b, c);
                i += unit;
                continue;
            }
        }
        if (eh == ERR_UNKNOWN) unknown_handler(errors);
        const char *name = enc == ENC_UTF16 ? (be ? "utf-16-be" : "utf-16-le")
                           : enc == ENC_UTF32 ? (be ? "utf-32-be" : "utf-32-le")
                                              : enc_names[enc];
        if (eh == ERR_STRICT) {
            Str *msg = bad == 1 ? str_printf("'%s' codec can't decode byte 0x%s in position %zu: %s", name,
                                             int_to_str(MK_SMALL(p[i]), 16)->data, i, reason)
                                : str_printf("'%s' codec can't decode bytes in position %zu-%zu: %s", name, i,
                                             i + bad - 1, reason);
            raise_codec_error(UnicodeDecodeError_type, msg, name, (Value)bytes_new(p, n), i, i + bad, reason);
        }
        if (eh == ERR_REPLACE) sb_addcp(&b, 0xFFFD);
        i += bad;
    }
    return sb_finish(&b);
}

Value bytes_codec_encode(Str *s, Str *encoding, Str *errors) {
    int enc = codec_of(encoding), eh = errors_of(errors);
    if (enc >= ENC_UTF16) return encode_wide(s, enc, eh, errors);
    uint32_t limit = enc == ENC_ASCII ? 0x80 : enc == ENC_LATIN1 ? 0x100 : 0x110000;
    if (s->ascii || (enc == ENC_UTF8 && eh == ERR_STRICT && !memchr(s->data, 0xED, s->nbytes)))
        return (Value)bytes_new(s->data, s->nbytes);
    StrBuf b;
    sb_init(&b, s->nbytes + 8);
    size_t pos = 0, adv;
    for (size_t off = 0; off < s->nbytes; pos++) {
        uint32_t c = str_decode_at(s->data + off, &adv);
        bool bad = c >= limit || (enc == ENC_UTF8 && c >= 0xD800 && c < 0xE000);
        if (!bad) {
            if (enc == ENC_UTF8) sb_add(&b, s->data + off, adv);
            else sb_addc(&b, (char)c);
            off += adv;
            continue;
        }
        /* the run of unencodable code points starting here */
        size_t end = pos + 1, eoff = off + adv;
        while (eoff < s->nbytes) {
            size_t a2;
            uint32_t d = str_decode_at(s->data + eoff, &a2);
            if (!(d >= limit || (enc == ENC_UTF8 && d >= 0xD800 && d < 0xE000))) break;
            end++;
            eoff += a2;
        }
        const char *reason = enc == ENC_UTF8 ? "surrogates not allowed"
                             : enc == ENC_ASCII ? "ordinal not in range(128)"
                                                : "ordinal not in range(256)";
        if (eh == ERR_UNKNOWN) unknown_handler(errors);
        if (eh == ERR_STRICT) {
            Str *msg;
            if (end - pos == 1) {
                char t[16];
                cp_escape(t, sizeof t, c);
                msg = str_printf("'%s' codec can't encode character '%s' in position %zu: %s", enc_names[enc], t,
                                 pos, reason);
            } else {
                msg = str_printf("'%s' codec can't encode characters in position %zu-%zu: %s", enc_names[enc], pos,
                                 end - 1, reason);
            }
            raise_codec_error(UnicodeEncodeError_type, msg, enc_names[enc], (Value)s, pos, end, reason);
        }
        for (; off < eoff; off += adv) {
            uint32_t d = str_decode_at(s->data + off, &adv);
            if (eh == ERR_REPLACE) sb_addc(&b, '?');
            else if (eh == ERR_BACKSLASH) add_escape(&b, d);
            else if (eh == ERR_XMLREF) sb_printf(&b, "&#%ld;", (int64_t)d);
        }
        pos = end - 1;
    }
    return (Value)bytes_new(b.data, b.len);
}

/* Length of the valid UTF-8 sequence at p (1..4), or 0 with *bad set to
 * the number of bytes CPython reports as the error and *reason to its
 * reason. */
static size_t utf8_seq(const uint8_t *p, size_t avail, size_t *bad, const char **reason) {
    uint8_t c = p[0];
    if (c < 0x80) return 1;
    size_t need;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) need = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        *bad = 1;
        *reason = "invalid start byte";
        return 0;
    }
    for (size_t i = 1; i < need; i++) {
        if (i >= avail) {
            *bad = i;
            *reason = "unexpected end of data";
            return 0;
        }
        uint8_t d = p[i];
        uint8_t l = i == 1 ? lo : 0x80, h = i == 1 ? hi : 0xBF;
        if (d < l || d > h) {
            *bad = i;
            *reason = "invalid continuation byte";
            return 0;
        }
    }
    return need;
}

Str *bytes_codec_decode(const uint8_t *p, size_t n, Str *encoding, Str *errors) {
    if (!n) return str_empty; /* CPython does not even look the codec up */
    int enc = codec_of(encoding), eh = errors_of(errors);
    if (enc >= ENC_UTF16) return decode_wide(p, n, enc, eh, errors);
    StrBuf b;
    sb_init(&b, n + 8);
    size_t i = 0;
    while (i < n) {
        uint8_t c = p[i];
        if (c < 0x80) {
            size_t j = i + 1;
            while (j < n && p[j] < 0x80) j++;
            sb_add(&b, (const char *)p + i, j - i);
            i = j;
            continue;
        }
        if (enc == ENC_LATIN1) {
            sb_addcp(&b, c);
            i++;
            continue;
        }
        size_t bad = 1;
        const char *reason = "ordinal not in range(128)";
        if (enc == ENC_UTF8) {
            size_t k = utf8_seq(p + i, n - i, &bad, &reason);
            if (k) {
                sb_add(&b, (const char *)p + i, k);
                i += k;
                continue;
            }
        }
        if (eh == ERR_UNKNOWN) unknown_handler(errors);
        if (eh == ERR_STRICT) {
            Str *msg = bad == 1 ? str_printf("'%s' codec can't decode byte 0x%s in position %zu: %s", enc_names[enc],
                                             int_to_str(MK_SMALL(c), 16)->data, i, reason)
                                : str_printf("'%s' codec can't decode bytes in position %zu-%zu: %s", enc_names[enc],
                                             i, i + bad - 1, reason);
            raise_codec_error(UnicodeDecodeError_type, msg, enc_names[enc], (Value)bytes_new(p, n), i, i + bad,
                              reason);
        }
        if (eh == ERR_REPLACE) sb_addcp(&b, 0xFFFD);
        else if (eh == ERR_BACKSLASH)
            for (size_t k = 0; k < bad; k++) add_escape(&b, p[i + k]);
        else if (eh == ERR_XMLREF) vm_raisef(TypeError_type, "don't know how to handle UnicodeDecodeError in error callback");
        i += bad;
    }
    return sb_finish(&b);
}

/* ---- sequence slots ------------------------------------------------------------------------ */

static Value b_getitem(Value v, Value k) {
    size_t n;
    const uint8_t *p = need_buf(v, &n);
    bool ba = is_bytearray(v);
    if (is_index(k)) {
        int64_t i = vm_seq_index(k);
        if (i < 0) i += (int64_t)n;
        if (i < 0 || (uint64_t)i >= n) vm_raisef(IndexError_type, ba ? "bytearray index out of range" : "index out of range");
        return MK_SMALL(p[i]);
    }
    if (is_type(k, &slice_type)) {
        int64_t start, stop, step;
        int64_t m = slice_indices((Slice *)k, (int64_t)n, &start, &stop, &step);
        if (step == 1) return like(v, p + start, (size_t)m);
        uint8_t *tmp = gc_alloc_raw((size_t)m + 1);
        for (int64_t i = 0, j = start; i < m; i++, j += step) tmp[i] = p[j];
        return like(v, tmp, (size_t)m);
    }
    vm_raisef(TypeError_type, "%s indices must be integers or slices, not %s", ba ? "bytearray" : "byte",
              vm_type_name(k));
}

/* Replace a[lo:hi] by the n bytes at src (which may alias a's data). */
static void ba_splice(ByteArray *a, size_t lo, size_t hi, const uint8_t *src, size_t n) {
    uint8_t *copy = NULL;
    if (n) {
        copy = gc_alloc_raw(n);
        memcpy(copy, src, n);
    }
    size_t newlen = a->len - (hi - lo) + n;
    ba_reserve(a, newlen);
    memmove(a->data + lo + n, a->data + hi, a->len - hi);
    if (n) memcpy(a->data + lo, copy, n);
    a->len = newlen;
    a->data[newlen] = 0;
}

static void ba_setitem(Value v, Value k, Value x) {
    ByteArray *a = (ByteArray *)v;
    if (is_index(k)) {
        int64_t i = vm_seq_index(k);
        if (i < 0) i += (int64_t)a->len;
        if (i < 0 || (uint64_t)i >= a->len) vm_raisef(IndexError_type, "bytearray index out of range");
        if (!x) ba_splice(a, (size_t)i, (size_t)i + 1, NULL, 0);
        else a->data[i] = byte_value(x);
        return;
    }
    if (!is_type(k, &slice_type))
        vm_raisef(TypeError_type, "bytearray indices must be integers or slices, not %s", vm_type_name(k));
    int64_t start, stop, step;
    int64_t m = slice_indices((Slice *)k, (int64_t)a->len, &start, &stop, &step);
    const uint8_t *src = NULL;
    size_t sn = 0;
    if (x) {
        if (IS_INTLIKE(x) || IS_STR(x))
            vm_raisef(TypeError_type, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        if (!bytes_buffer(x, &src, &sn)) {
            Bytes *b = bytearray_from_iterable(x);
            src = b->data;
            sn = b->len;
        }
    }
    if (step == 1) {
        if (stop < start) stop = start;
        ba_splice(a, (size_t)start, (size_t)stop, src, sn);
        return;
    }
    if (!x) {
        /* delete an extended slice: keep the bytes not selected */
        if (step < 0) {
            start = start + (m - 1) * step;
            step = -step;
        }
        size_t w = 0;
        for (size_t i = 0; i < a->len; i++) {
            bool sel = m > 0 && (int64_t)i >= start && ((int64_t)i - start) % step == 0 &&
                       ((int64_t)i - start) / step < m;
            if (!sel) a->data[w++] = a->data[i];
        }
        a->len = w;
        a->data[w] = 0;
        return;
    }
    if ((int64_t)sn != m)
        vm_raisef(ValueError_type, "attempt to assign bytes of size %zu to extended slice of size %ld", sn, m);
    uint8_t *copy = gc_alloc_raw(sn + 1);
    memcpy(copy, src, sn);
    for (int64_t i = 0, j = start; i < m; i++, j += step) a->data[j] = copy[i];
}

/* substring search: mem_find / mem_rfind (vm/str.c) */
#define find_mem(h, hn, n, nn) ((const uint8_t *)mem_find(h, hn, n, nn))
#define rfind_mem(h, hn, n, nn) ((const uint8_t *)mem_rfind(h, hn, n, nn))

static bool b_contains(Value v, Value x) {
    size_t n, m;
    const uint8_t *p = need_buf(v, &n), *q;
    if (is_index(x)) {
        uint8_t c = byte_value(x);
        return memchr(p, c, n) != NULL;
    }
    q = need_buf(x, &m);
    return find_mem(p, n, q, m) != NULL;
}

static void bi_trace(Obj *o) { gc_mark(((BytesIter *)o)->obj); }
static Value bi_iter(Value o) { return o; }
static Value bi_next(Value o) {
    BytesIter *it = (BytesIter *)o;
    if (!it->obj) return NULL;
    size_t n;
    const uint8_t *p = need_buf(it->obj, &n);
    if (it->i >= n) {
        it->obj = NULL;
        return NULL;
    }
    return MK_SMALL(p[it->i++]);
}
Type bytes_iter_type = {.cname = "bytes_iterator", .basicsize = sizeof(BytesIter), .trace = bi_trace,
                        .iter = bi_iter, .next = bi_next};

static Value b_iter(Value v) {
    BytesIter *it = gc_alloc(&bytes_iter_type, sizeof(BytesIter));
    it->obj = v;
    return (Value)it;
}

static Value repeat(Value self, const uint8_t *p, size_t n, Value count) {
    int64_t k;
    if (!int_to_i64(vm_index_value(count), &k))
        vm_raisef(OverflowError_type, "cannot fit 'int' into an index-sized integer");
    if (k <= 0 || !n) return like(self, "", 0);
    if ((uint64_t)k > ((uint64_t)1 << 40) / n) vm_raise(memory_error_obj);
    uint8_t *tmp = gc_alloc_raw(n * (size_t)k + 1);
    for (int64_t i = 0; i < k; i++) memcpy(tmp + (size_t)i * n, p, n);
    return like(self, tmp, n * (size_t)k);
}

static Value bytes_mod(Value fmt, Value args);

static Value b_binop(Value a, Value b, int op) {
    int base = op >= BINOP_INPLACE ? op - BINOP_INPLACE : op;
    const uint8_t *p, *q;
    size_t n, m;
    if (base == BINOP_ADD) {
        if (!bytes_buffer(a, &p, &n) || is_memview(a)) return NotImpl;
        if (!bytes_buffer(b, &q, &m)) {
            if (!IS_SMALL(b) && (b->type->flags & TF_HEAP)) return NotImpl;
            vm_raisef(TypeError_type, "can't concat %s to %s", vm_type_name(b), vm_type_name(a));
        }
        if (op != base && is_bytearray(a)) { /* += extends in place */
            ba_splice((ByteArray *)a, ((ByteArray *)a)->len, ((ByteArray *)a)->len, q, m);
            return a;
        }
        uint8_t *tmp = gc_alloc_raw(n + m + 1);
        memcpy(tmp, p, n);
        memcpy(tmp + n, q, m);
        return like(a, tmp, n + m);
    }
    if (base == BINOP_MUL) {
        Value s = (is_bytes(a) || is_bytearray(a)) ? a : b, k = s == a ? b : a;
        if (!(is_bytes(s) || is_bytearray(s))) return NotImpl;
        if (!is_index(k)) {
            if (s == a && !(IS_SMALL(k) || (k->type->flags & TF_HEAP)))
                vm_raisef(TypeError_type, "can't multiply sequence by non-int of type '%s'", vm_type_name(k));
            return NotImpl;
        }
        p = need_buf(s, &n);
        Value r = repeat(s, p, n, k);
        if (op != base && s == a && is_bytearray(a)) { /* *= in place */
            ByteArray *x = (ByteArray *)a, *y = (ByteArray *)r;
            ba_splice(x, 0, x->len, y->data, y->len);
            return a;
        }
        return r;
    }
    if (base == BINOP_MOD && (is_bytes(a) || is_bytearray(a))) return bytes_mod(a, b);
    return NotImpl;
}

/* ---- bytes % args ---------------------------------------------------------------------------- */

/* CPython's bytes formatting (PEP 461).  Numeric conversions are handed,
 * one spec at a time, to str_mod (their output is ASCII); %s and %b take
 * bytes-like objects or __bytes__, %r and %a give ascii(). */
static Value bytes_mod(Value fmtv, Value args) {
    size_t fn = 0;
    const uint8_t *f = NULL;
    bytes_buffer(fmtv, &f, &fn); /* fmtv is bytes or bytearray */
    Value *items = &args;
    size_t nitems = 1, argi = 0;
    Value mapping = NULL;
    if (IS_TUPLE(args)) {
        items = ((Tuple *)args)->items;
        nitems = ((Tuple *)args)->len;
    } else if (!IS_STR(args) && !is_bytes(args) && !is_bytearray(args) &&
               type_lookup(type_of(args), names.__getitem__)) {
        mapping = args;
    }
    StrBuf b; /* used as a byte buffer */
    sb_init(&b, fn + 16);
#define NEXT_ARG()                                                                                                      \
    (argi < nitems ? items[argi++] : (vm_raisef(TypeError_type, "not enough arguments for format string"), (Value)NULL))
    size_t i = 0;
    while (i < fn) {
        const uint8_t *pc = memchr(f + i, '%', fn - i);
        if (!pc) {
            sb_add(&b, (const char *)f + i, fn - i);
            break;
        }
        sb_add(&b, (const char *)f + i, (size_t)(pc - (f + i)));
        i = (size_t)(pc - f) + 1;
        if (i < fn && f[i] == '%') { /* only "%%" is a literal percent */
            sb_addc(&b, '%');
            i++;
            continue;
        }
        Value keyed = NULL;
        if (i < fn && f[i] == '(') {
            if (!mapping) vm_raisef(TypeError_type, "format requires a mapping");
            int depth = 1;
            size_t ks = ++i;
            while (i < fn && depth) {
                if (f[i] == '(') depth++;
                else if (f[i] == ')') depth--;
                i++;
            }
            if (depth) vm_raisef(ValueError_type, "incomplete format key");
            keyed = vm_getitem(mapping, (Value)bytes_new(f + ks, i - 1 - ks));
        }
        /* the spec, with '*' resolved, rebuilt as text for str_mod */
        StrBuf spec;
        sb_init(&spec, 16);
        sb_addc(&spec, '%');
        bool left = false;
        while (i < fn && strchr("-+ #0", f[i]) && f[i]) {
            if (f[i] == '-') left = true;
            sb_addc(&spec, (char)f[i++]);
        }
        int64_t width = -1, prec = -1;
        if (i < fn && f[i] == '*') {
            Value w = NEXT_ARG();
            if (!IS_INTLIKE(w)) vm_raisef(TypeError_type, "* wants int");
            width = int_as_i64(w);
            if (width < 0) {
                left = true;
                width = -width;
                sb_addc(&spec, '-');
            }
            sb_printf(&spec, "%ld", width);
            i++;
        } else if (i < fn && f[i] >= '0' && f[i] <= '9') {
            width = 0;
            while (i < fn && f[i] >= '0' && f[i] <= '9') {
                width = width * 10 + (f[i] - '0');
                sb_addc(&spec, (char)f[i++]);
            }
        }
        if (i < fn && f[i] == '.') {
            i++;
            prec = 0;
            if (i < fn && f[i] == '*') {
                Value w = NEXT_ARG();
                if (!IS_INTLIKE(w)) vm_raisef(TypeError_type, "* wants int");
                prec = int_as_i64(w);
                if (prec < 0) prec = 0;
                i++;
            } else {
                while (i < fn && f[i] >= '0' && f[i] <= '9') prec = prec * 10 + (f[i++] - '0');
            }
            sb_printf(&spec, ".%ld", prec);
        }
        while (i < fn && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L')) i++;
        if (i >= fn) vm_raisef(ValueError_type, "incomplete format");
        uint8_t conv = f[i++];
        Value v = keyed;
        const uint8_t *piece = NULL;
        size_t pn = 0;
        switch (conv) {
        case 's':
        case 'b': {
            if (!v) v = NEXT_ARG();
            if (!bytes_buffer(v, &piece, &pn)) {
                bool found = false;
                Value r = vm_call_method_opt(v, names.__bytes__, no_args, 0, &found);
                if (!found || !is_bytes(r))
                    vm_raisef(TypeError_type,
                              "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                              vm_type_name(v));
                piece = ((Bytes *)r)->data;
                pn = ((Bytes *)r)->len;
            }
            break;
        }
        case 'r':
        case 'a': {
            if (!v) v = NEXT_ARG();
            Str *s = vm_ascii(v);
            piece = (const uint8_t *)s->data;
            pn = s->nbytes;
            break;
        }
        case 'c': {
            if (!v) v = NEXT_ARG();
            static uint8_t one[256];
            const uint8_t *q;
            size_t qn;
            if (bytes_buffer(v, &q, &qn) && !is_memview(v)) {
                if (qn != 1) vm_raisef(TypeError_type, "%%c requires an integer in range(256) or a single byte");
                piece = q;
            } else if (is_index(v)) {
                int64_t x;
                if (!int_to_i64(vm_index_value(v), &x) || x < 0 || x > 255)
                    vm_raisef(OverflowError_type, "%%c arg not in range(256)");
                one[x] = (uint8_t)x;
                piece = &one[x];
            } else {
                vm_raisef(TypeError_type, "%%c requires an integer in range(256) or a single byte");
            }
            pn = 1;
            prec = -1;
            break;
        }
        case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
            if (!v) v = NEXT_ARG();
            sb_addc(&spec, (char)conv);
            Str *r = (Str *)str_mod(sb_finish(&spec), (Value)tuple_from(&v, 1));
            sb_add(&b, r->data, r->nbytes);
            continue;
        }
        default: {
            if (!v) v = NEXT_ARG(); /* CPython takes the argument first */
            char c[2] = {(char)conv, 0};
            if (conv >= 0x20 && conv < 0x7f)
                vm_raisef(ValueError_type, "unsupported format character '%s' (0x%s) at index %zu", c,
                          int_to_str(MK_SMALL(conv), 16)->data, i - 1);
            vm_raisef(ValueError_type, "unsupported format character '\\x%s' (0x%s) at index %zu",
                      int_to_str(MK_SMALL(conv), 16)->data, int_to_str(MK_SMALL(conv), 16)->data, i - 1);
        }
        }
        if (prec >= 0 && (size_t)prec < pn) pn = (size_t)prec;
        int64_t padn = width > (int64_t)pn ? width - (int64_t)pn : 0;
        if (!left)
            for (int64_t k = 0; k < padn; k++) sb_addc(&b, ' ');
        sb_add(&b, (const char *)piece, pn);
        if (left)
            for (int64_t k = 0; k < padn; k++) sb_addc(&b, ' ');
    }
#undef NEXT_ARG
    if (argi < nitems && !mapping)
        vm_raisef(TypeError_type, "not all arguments converted during bytes formatting");
    return like(fmtv, b.data, b.len);
}

/* ---- methods shared by bytes and bytearray -------------------------------------------------- */

static const uint8_t *self_buf(Value *args, int nargs, const char *fname, size_t *n) {
    const uint8_t *p;
    if (nargs < 1 || !bytes_buffer(args[0], &p, n))
        vm_raisef(TypeError_type, "descriptor '%s' requires a bytes-like object", fname);
    return p;
}

/* pos_only_t: the shared argument-count check (vm/str_methods.c) */

static void pos_only_self(Value self, const char *fname, int nargs, Tuple *kw, int min, int max) {
    pos_only_t(is_bytearray(self) ? "bytearray" : is_memview(self) ? "memoryview" : "bytes", fname, nargs, kw, min,
               max);
}
#define pos_only(fname, nargs, kw, min, max) pos_only_self(args[0], fname, nargs, kw, min, max)

/* A sub-sequence argument: an int (one byte) or a bytes-like object. */
static const uint8_t *sub_arg(Value v, uint8_t *one, size_t *n) {
    if (is_index(v)) {
        *one = byte_value(v);
        *n = 1;
        return one;
    }
    const uint8_t *p;
    if (!bytes_buffer(v, &p, n))
        vm_raisef(TypeError_type, "argument should be integer or bytes-like object, not '%s'", vm_type_name(v));
    return p;
}

static int64_t bound(Value v, int64_t dflt, int64_t len, bool clamp_hi) {
    if (!v || v == None) return dflt;
    if (!is_index(v)) vm_raisef(TypeError_type, "slice indices must be integers or None or have an __index__ method");
    Value iv = vm_index_value(v);
    int64_t i;
    if (!int_to_i64(iv, &i)) i = int_sign(iv) < 0 ? INT64_MIN / 2 : INT64_MAX / 2;
    if (i < 0) {
        i += len;
        if (i < 0) i = 0;
    } else if (clamp_hi && i > len) {
        i = len;
    }
    return i;
}

/* start/end arguments at args[at], args[at+1]; false when the window is
 * empty in CPython's sense (end < start or start > len). */
static bool window(Value *args, int nargs, int at, size_t n, size_t *lo, size_t *hi) {
    int64_t s = bound(nargs > at ? args[at] : NULL, 0, (int64_t)n, false);
    int64_t e = bound(nargs > at + 1 ? args[at + 1] : NULL, (int64_t)n, (int64_t)n, true);
    *lo = (size_t)s;
    *hi = (size_t)e;
    return !(s > (int64_t)n || e < s);
}

static Value search(Value *args, int nargs, Tuple *kw, const char *fname, int how) {
    /* how: 0 find, 1 rfind, 2 index, 3 rindex, 4 count */
    size_t n, m, lo, hi;
    const uint8_t *p = self_buf(args, nargs, fname, &n);
    pos_only(fname, nargs, kw, 1, 3);
    uint8_t one;
    const uint8_t *q = sub_arg(args[1], &one, &m);
    if (!window(args, nargs, 2, n, &lo, &hi)) {
        if (how == 4) return MK_SMALL(0);
        if (how >= 2) vm_raisef(ValueError_type, "subsection not found");
        return MK_SMALL(-1);
    }
    if (how == 4) {
        if (!m) return MK_SMALL((int64_t)(hi - lo + 1));
        int64_t c = 0;
        const uint8_t *h = p + lo;
        size_t hn = hi - lo;
        for (const uint8_t *x; (x = find_mem(h, hn, q, m));) {
            c++;
            hn -= (size_t)(x - h) + m;
            h = x + m;
        }
        return MK_SMALL(c);
    }
    const uint8_t *x = (how & 1) ? rfind_mem(p + lo, hi - lo, q, m) : find_mem(p + lo, hi - lo, q, m);
    if (!x) {
        if (how >= 2) vm_raisef(ValueError_type, "subsection not found");
        return MK_SMALL(-1);
    }
    return MK_SMALL((int64_t)(x - p));
}
static Value m_find(Value *a, int n, Tuple *kw) { return search(a, n, kw, "find", 0); }
static Value m_rfind(Value *a, int n, Tuple *kw) { return search(a, n, kw, "rfind", 1); }
static Value m_index(Value *a, int n, Tuple *kw) { return search(a, n, kw, "index", 2); }
static Value m_rindex(Value *a, int n, Tuple *kw) { return search(a, n, kw, "rindex", 3); }
static Value m_count(Value *a, int n, Tuple *kw) { return search(a, n, kw, "count", 4); }

static Value prefix_match(Value *args, int nargs, Tuple *kw, const char *fname, bool end) {
    size_t n, lo, hi;
    const uint8_t *p = self_buf(args, nargs, fname, &n);
    pos_only(fname, nargs, kw, 1, 3);
    bool ok = window(args, nargs, 2, n, &lo, &hi);
    Value x = args[1];
    Value *items = &x;
    size_t k = 1;
    if (IS_TUPLE(x)) {
        items = ((Tuple *)x)->items;
        k = ((Tuple *)x)->len;
    }
    for (size_t i = 0; i < k; i++) {
        const uint8_t *q;
        size_t m;
        if (!bytes_buffer(items[i], &q, &m)) {
            if (IS_TUPLE(x))
                vm_raisef(TypeError_type, "a bytes-like object is required, not '%s'", vm_type_name(items[i]));
            vm_raisef(TypeError_type, "%s first arg must be bytes or a tuple of bytes, not %s", fname,
                      vm_type_name(x));
        }
        if (!ok || m > hi - lo) continue;
        if (memcmp(p + (end ? hi - m : lo), q, m) == 0) return True_;
    }
    return False_;
}
static Value m_startswith(Value *a, int n, Tuple *kw) { return prefix_match(a, n, kw, "startswith", false); }
static Value m_endswith(Value *a, int n, Tuple *kw) { return prefix_match(a, n, kw, "endswith", true); }

static bool b_isspace_c(uint8_t c) { return c == ' ' || (c >= 9 && c <= 13); }
static bool b_isalpha_c(uint8_t c) { return ((c | 32) >= 'a' && (c | 32) <= 'z'); }
static bool b_isdigit_c(uint8_t c) { return c >= '0' && c <= '9'; }
static bool b_isalnum_c(uint8_t c) { return b_isalpha_c(c) || b_isdigit_c(c); }
static bool b_isascii_c(uint8_t c) { return c < 0x80; }

#define BCLASS(fname, pred, empty)                                                                                     \
    static Value m_##fname(Value *args, int nargs, Tuple *kw) {                                                        \
        size_t n;                                                                                                      \
        const uint8_t *p = self_buf(args, nargs, #fname, &n);                                                          \
        pos_only(#fname, nargs, kw, 0, 0);                                                                             \
        if (!n) return BOOL(empty);                                                                                    \
        for (size_t i = 0; i < n; i++)                                                                                 \
            if (!pred(p[i])) return False_;                                                                            \
        return True_;                                                                                                  \
    }
BCLASS(isspace, b_isspace_c, false)
BCLASS(isalpha, b_isalpha_c, false)
BCLASS(isdigit, b_isdigit_c, false)
BCLASS(isalnum, b_isalnum_c, false)
BCLASS(isascii, b_isascii_c, true)

static Value case_pred(Value *args, int nargs, Tuple *kw, const char *fname, int want) {
    size_t n;
    const uint8_t *p = self_buf(args, nargs, fname, &n);
    pos_only(fname, nargs, kw, 0, 0);
    bool cased = false, prev = false;
    for (size_t i = 0; i < n; i++) {
        bool up = p[i] >= 'A' && p[i] <= 'Z', lo = p[i] >= 'a' && p[i] <= 'z';
        if (want == 2) { /* istitle */
            if (up) {
                if (prev) return False_;
                prev = cased = true;
            } else if (lo) {
                if (!prev) return False_;
                prev = cased = true;
            } else {
                prev = false;
            }
            continue;
        }
        if ((want ? lo : up)) return False_;
        if ((want ? up : lo)) cased = true;
    }
    return BOOL(cased);
}
static Value m_islower(Value *a, int n, Tuple *kw) { return case_pred(a, n, kw, "islower", 0); }
static Value m_isupper(Value *a, int n, Tuple *kw) { return case_pred(a, n, kw, "isupper", 1); }
static Value m_istitle(Value *a, int n, Tuple *kw) { return case_pred(a, n, kw, "istitle", 2); }

enum { BC_LOWER, BC_UPPER, BC_SWAP, BC_TITLE, BC_CAP };
static Value bcase(Value *args, int nargs, Tuple *kw, const char *fname, int how) {
    size_t n;
    const uint8_t *p = self_buf(args, nargs, fname, &n);
    pos_only(fname, nargs, kw, 0, 0);
    uint8_t *r = gc_alloc_raw(n + 1);
    bool prev = false;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = p[i];
        bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
        bool to_lo = false, to_up = false;
        switch (how) {
        case BC_LOWER: to_lo = up; break;
        case BC_UPPER: to_up = lo; break;
        case BC_SWAP: to_lo = up, to_up = lo; break;
        case BC_TITLE: to_lo = prev && up, to_up = !prev && lo; prev = up || lo; break;
        case BC_CAP: to_up = i == 0 && lo, to_lo = i > 0 && up; break;
        }
        r[i] = to_lo ? (uint8_t)(c + 32) : to_up ? (uint8_t)(c - 32) : c;
    }
    return like(args[0], r, n);
}
static Value m_lower(Value *a, int n, Tuple *kw) { return bcase(a, n, kw, "lower", BC_LOWER); }
static Value m_upper(Value *a, int n, Tuple *kw) { return bcase(a, n, kw, "upper", BC_UPPER); }
static Value m_swapcase(Value *a, int n, Tuple *kw) { return bcase(a, n, kw, "swapcase", BC_SWAP); }
static Value m_title(Value *a, int n, Tuple *kw) { return bcase(a, n, kw, "title", BC_TITLE); }
static Value m_capitalize(Value *a, int n, Tuple *kw) { return bcase(a, n, kw, "capitalize", BC_CAP); }

static Value do_strip(Value *args, int nargs, Tuple *kw, const char *fname, int how) {
    size_t n, cn = 0;
    const uint8_t *p = self_buf(args, nargs, fname, &n), *chars = NULL;
    pos_only(fname, nargs, kw, 0, 1);
    if (nargs > 1 && args[1] != None) chars = need_buf(args[1], &cn);
    size_t i = 0, j = n;
#define STRIPPED(c) (chars ? memchr(chars, (c), cn) != NULL : b_isspace_c(c))
    if (how & 1)
        while (i < j && STRIPPED(p[i])) i++;
    if (how & 2)
        while (j > i && STRIPPED(p[j - 1])) j--;
#undef STRIPPED
    if (i == 0 && j == n) return same(args[0]);
    return like(args[0], p + i, j - i);
}
static Value m_strip(Value *a, int n, Tuple *kw) { return do_strip(a, n, kw, "strip", 3); }
static Value m_lstrip(Value *a, int n, Tuple *kw) { return do_strip(a, n, kw, "lstrip", 1); }
static Value m_rstrip(Value *a, int n, Tuple *kw) { return do_strip(a, n, kw, "rstrip", 2); }

static void reverse_list(List *l) {
    for (size_t a = 0, b = l->len; b > a + 1; a++, b--) {
        Value t = l->items[a];
        l->items[a] = l->items[b - 1];
        l->items[b - 1] = t;
    }
}

static Value do_split(Value *args, int nargs, Tuple *kw, const char *fname, bool rev) {
    static const char *const an[] = {"sep", "maxsplit"};
    Value out[2];
    size_t n, sn = 0;
    const uint8_t *p = self_buf(args, nargs, fname, &n), *sep = NULL;
    arg_parse(fname, args, nargs, kw, 1, 2, an, out);
    if (out[0] && out[0] != None) {
        sep = need_buf(out[0], &sn);
        if (!sn) vm_raisef(ValueError_type, "empty separator");
    }
    int64_t maxsplit = out[1] ? arg_int(out[1], fname) : -1;
    if (maxsplit < 0) maxsplit = INT64_MAX;
    List *l = list_new(0);
    Value self = args[0];
    if (!sep) {
        if (!rev) {
            size_t i = 0;
            while (i < n) {
                while (i < n && b_isspace_c(p[i])) i++;
                if (i == n) break;
                if (maxsplit-- <= 0) { /* the rest, trailing whitespace included */
                    list_append(l, like(self, p + i, n - i));
                    break;
                }
                size_t j = i;
                while (j < n && !b_isspace_c(p[j])) j++;
                list_append(l, like(self, p + i, j - i));
                i = j;
            }
            return (Value)l;
        }
        size_t j = n;
        while (j > 0) {
            while (j > 0 && b_isspace_c(p[j - 1])) j--;
            if (j == 0) break;
            if (maxsplit-- <= 0) { /* the rest, leading whitespace included */
                list_append(l, like(self, p, j));
                break;
            }
            size_t i = j;
            while (i > 0 && !b_isspace_c(p[i - 1])) i--;
            list_append(l, like(self, p + i, j - i));
            j = i;
        }
        reverse_list(l);
        return (Value)l;
    }
    if (!rev) {
        const uint8_t *h = p;
        size_t hn = n;
        while (maxsplit-- > 0) {
            const uint8_t *x = find_mem(h, hn, sep, sn);
            if (!x) break;
            list_append(l, like(self, h, (size_t)(x - h)));
            hn -= (size_t)(x - h) + sn;
            h = x + sn;
        }
        list_append(l, like(self, h, hn));
        return (Value)l;
    }
    size_t end = n;
    while (maxsplit-- > 0) {
        const uint8_t *x = rfind_mem(p, end, sep, sn);
        if (!x) break;
        size_t at = (size_t)(x - p);
        list_append(l, like(self, x + sn, end - at - sn));
        end = at;
    }
    list_append(l, like(self, p, end));
    reverse_list(l);
    return (Value)l;
}
static Value m_split(Value *a, int n, Tuple *kw) { return do_split(a, n, kw, "split", false); }
static Value m_rsplit(Value *a, int n, Tuple *kw) { return do_split(a, n, kw, "rsplit", true); }

static Value m_splitlines(Value *args, int nargs, Tuple *kw) {
    static const char *const an[] = {"keepends"};
    Value out[1];
    size_t n;
    const uint8_t *p = self_buf(args, nargs, "splitlines", &n);
    arg_parse("splitlines", args, nargs, kw, 1, 1, an, out);
    bool keep = out[0] && vm_truthy(out[0]);
    List *l = list_new(0);
    size_t start = 0, i = 0;
    while (i < n) {
        if (p[i] != '\n' && p[i] != '\r') {
            i++;
            continue;
        }
        size_t eol = i + 1;
        if (p[i] == '\r' && eol < n && p[eol] == '\n') eol++;
        list_append(l, like(args[0], p + start, (keep ? eol : i) - start));
        start = i = eol;
    }
    if (start < n) list_append(l, like(args[0], p + start, n - start));
    return (Value)l;
}

static Value do_partition(Value *args, int nargs, Tuple *kw, const char *fname, bool rev) {
    size_t n, sn;
    const uint8_t *p = self_buf(args, nargs, fname, &n);
    pos_only(fname, nargs, kw, 1, 1);
    const uint8_t *sep = need_buf(args[1], &sn);
    if (!sn) vm_raisef(ValueError_type, "empty separator");
    const uint8_t *x = rev ? rfind_mem(p, n, sep, sn) : find_mem(p, n, sep, sn);
    Tuple *t = tuple_new(3);
    Value self = args[0];
    if (!x) {
        t->items[rev ? 2 : 0] = same(self);
        t->items[1] = like(self, "", 0);
        t->items[rev ? 0 : 2] = like(self, "", 0);
        return (Value)t;
    }
    size_t at = (size_t)(x - p);
    t->items[0] = like(self, p, at);
    t->items[1] = like(self, sep, sn);
    t->items[2] = like(self, x + sn, n - at - sn);
    return (Value)t;
}
static Value m_partition(Value *a, int n, Tuple *kw) { return do_partition(a, n, kw, "partition", false); }
static Value m_rpartition(Value *a, int n, Tuple *kw) { return do_partition(a, n, kw, "rpartition", true); }

static Value m_join(Value *args, int nargs, Tuple *kw) {
    size_t n;
    const uint8_t *sep = self_buf(args, nargs, "join", &n);
    pos_only("join", nargs, kw, 1, 1);
    List *items = list_from_iter(args[1]);
    StrBuf b;
    sb_init(&b, 64);
    for (size_t i = 0; i < items->len; i++) {
        const uint8_t *q;
        size_t m;
        if (!bytes_buffer(items->items[i], &q, &m))
            vm_raisef(TypeError_type, "sequence item %zu: expected a bytes-like object, %s found", i,
                      vm_type_name(items->items[i]));
        if (i) sb_add(&b, (const char *)sep, n);
        sb_add(&b, (const char *)q, m);
    }
    return like(args[0], b.data, b.len);
}

static Value m_replace(Value *args, int nargs, Tuple *kw) {
    size_t n, on, nn;
    const uint8_t *p = self_buf(args, nargs, "replace", &n);
    pos_only("replace", nargs, kw, 2, 3);
    const uint8_t *old = need_buf(args[1], &on), *new_ = need_buf(args[2], &nn);
    int64_t count = nargs > 3 ? arg_int(args[3], "replace") : -1;
    size_t maxc = count < 0 ? SIZE_MAX : (size_t)count;
    StrBuf b;
    sb_init(&b, n + 16);
    size_t k = 0;
    if (!on) {
        size_t i = 0;
        for (; i < n && k < maxc; i++, k++) {
            sb_add(&b, (const char *)new_, nn);
            sb_addc(&b, (char)p[i]);
        }
        if (i < n) sb_add(&b, (const char *)p + i, n - i);
        else if (k < maxc) sb_add(&b, (const char *)new_, nn);
        return like(args[0], b.data, b.len);
    }
    const uint8_t *h = p;
    size_t hn = n;
    while (k < maxc) {
        const uint8_t *x = find_mem(h, hn, old, on);
        if (!x) break;
        sb_add(&b, (const char *)h, (size_t)(x - h));
        sb_add(&b, (const char *)new_, nn);
        hn -= (size_t)(x - h) + on;
        h = x + on;
        k++;
    }
    if (!k) return same(args[0]);
    sb_add(&b, (const char *)h, hn);
    return like(args[0], b.data, b.len);
}

static Value m_removeprefix(Value *args, int nargs, Tuple *kw) {
    size_t n, m;
    const uint8_t *p = self_buf(args, nargs, "removeprefix", &n);
    pos_only("removeprefix", nargs, kw, 1, 1);
    const uint8_t *q = need_buf(args[1], &m);
    if (m && m <= n && !memcmp(p, q, m)) return like(args[0], p + m, n - m);
    return same(args[0]);
}

static Value m_removesuffix(Value *args, int nargs, Tuple *kw) {
    size_t n, m;
    const uint8_t *p = self_buf(args, nargs, "removesuffix", &n);
    pos_only("removesuffix", nargs, kw, 1, 1);
    const uint8_t *q = need_buf(args[1], &m);
    if (m && m <= n && !memcmp(p + n - m, q, m)) return like(args[0], p, n - m);
    return same(args[0]);
}

static uint8_t fill_byte(Value *args, int nargs, const char *fname) {
    if (nargs < 3) return ' ';
    const uint8_t *q;
    size_t m;
    if (!bytes_buffer(args[2], &q, &m) || is_memview(args[2]) || m != 1)
        vm_raisef(TypeError_type, "%s() argument 2 must be a byte string of length 1, not %s", fname,
                  vm_type_name(args[2]));
    return q[0];
}

static Value justify(Value *args, int nargs, Tuple *kw, const char *fname, int how) {
    size_t n;
    const uint8_t *p = self_buf(args, nargs, fname, &n);
    pos_only(fname, nargs, kw, 1, 2);
    int64_t width = arg_int(args[1], fname);
    uint8_t fill = fill_byte(args, nargs, fname);
    int64_t marg = width - (int64_t)n;
    if (marg <= 0) return same(args[0]);
    int64_t left = how < 0 ? 0 : how > 0 ? marg : marg / 2 + (marg & width & 1);
    uint8_t *r = gc_alloc_raw((size_t)width + 1);
    memset(r, fill, (size_t)width);
    memcpy(r + left, p, n);
    return like(args[0], r, (size_t)width);
}
static Value m_ljust(Value *a, int n, Tuple *kw) { return justify(a, n, kw, "ljust", -1); }
static Value m_rjust(Value *a, int n, Tuple *kw) { return justify(a, n, kw, "rjust", 1); }
static Value m_center(Value *a, int n, Tuple *kw) { return justify(a, n, kw, "center", 0); }

static Value m_zfill(Value *args, int nargs, Tuple *kw) {
    size_t n;
    const uint8_t *p = self_buf(args, nargs, "zfill", &n);
    pos_only("zfill", nargs, kw, 1, 1);
    int64_t width = arg_int(args[1], "zfill");
    if (width <= (int64_t)n) return same(args[0]);
    size_t fill = (size_t)width - n;
    uint8_t *r = gc_alloc_raw((size_t)width + 1);
    size_t s = n && (p[0] == '+' || p[0] == '-');
    if (s) r[0] = p[0];
    memset(r + s, '0', fill);
    memcpy(r + s + fill, p + s, n - s);
    return like(args[0], r, (size_t)width);
}

static Value m_expandtabs(Value *args, int nargs, Tuple *kw) {
    static const char *const an[] = {"tabsize"};
    Value out[1];
    size_t n;
    const uint8_t *p = self_buf(args, nargs, "expandtabs", &n);
    arg_parse("expandtabs", args, nargs, kw, 1, 1, an, out);
    int64_t ts = out[0] ? arg_int(out[0], "expandtabs") : 8, col = 0;
    StrBuf b;
    sb_init(&b, n + 16);
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\t') {
            if (ts > 0) {
                int64_t k = ts - col % ts;
                for (int64_t j = 0; j < k; j++) sb_addc(&b, ' ');
                col += k;
            }
        } else {
            sb_addc(&b, (char)p[i]);
            col = (p[i] == '\n' || p[i] == '\r') ? 0 : col + 1;
        }
    }
    return like(args[0], b.data, b.len);
}

static Value m_translate(Value *args, int nargs, Tuple *kw) {
    static const char *const an[] = {"table", "delete"};
    Value out[2];
    size_t n, tn = 0, dn = 0;
    const uint8_t *p = self_buf(args, nargs, "translate", &n), *table = NULL, *del = NULL;
    arg_parse("translate", args, nargs, kw, 1, 2, an, out);
    if (!out[0]) vm_raisef(TypeError_type, "translate() missing required argument 'table' (pos 1)");
    if (out[0] != None) {
        table = need_buf(out[0], &tn);
        if (tn != 256) vm_raisef(ValueError_type, "translation table must be 256 characters long");
    }
    if (out[1]) del = need_buf(out[1], &dn);
    uint8_t *r = gc_alloc_raw(n + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (del && memchr(del, p[i], dn)) continue;
        r[k++] = table ? table[p[i]] : p[i];
    }
    return like(args[0], r, k);
}

static Value m_maketrans(Value *args, int nargs, Tuple *kw) {
    if (kw && kw->len) vm_raisef(TypeError_type, "maketrans() takes no keyword arguments");
    if (nargs != 2) vm_raisef(TypeError_type, "maketrans expected 2 arguments, got %d", nargs);
    size_t fn, tn;
    const uint8_t *f = need_buf(args[0], &fn), *t = need_buf(args[1], &tn);
    if (fn != tn) vm_raisef(ValueError_type, "maketrans arguments must have same length");
    Bytes *b = bytes_alloc(256);
    for (int i = 0; i < 256; i++) b->data[i] = (uint8_t)i;
    for (size_t i = 0; i < fn; i++) b->data[f[i]] = t[i];
    return (Value)b;
}

static Value m_decode(Value *args, int nargs, Tuple *kw) {
    static const char *const an[] = {"encoding", "errors"};
    Value out[2];
    size_t n;
    const uint8_t *p = self_buf(args, nargs, "decode", &n);
    arg_parse("decode", args, nargs, kw, 1, 2, an, out);
    for (int i = 0; i < 2; i++)
        if (out[i] && !IS_STR(out[i]))
            vm_raisef(TypeError_type, "decode() argument '%s' must be str, not %s", an[i], vm_type_name(out[i]));
    return (Value)bytes_codec_decode(p, n, (Str *)out[0], (Str *)out[1]);
}

static Value m_hex(Value *args, int nargs, Tuple *kw) {
    static const char *const an[] = {"sep", "bytes_per_sep"};
    Value out[2];
    size_t n;
    const uint8_t *p = self_buf(args, nargs, "hex", &n);
    arg_parse("hex", args, nargs, kw, 1, 2, an, out);
    char sep = 0;
    if (out[0]) {
        const uint8_t *q;
        size_t m;
        if (IS_STR(out[0])) {
            Str *s = (Str *)out[0];
            if (s->len != 1) vm_raisef(ValueError_type, "sep must be length 1.");
            if (!s->ascii) vm_raisef(ValueError_type, "sep must be ASCII.");
            sep = s->data[0];
        } else if (bytes_buffer(out[0], &q, &m)) {
            if (m != 1) vm_raisef(ValueError_type, "sep must be length 1.");
            if (q[0] >= 0x80) vm_raisef(ValueError_type, "sep must be ASCII.");
            sep = (char)q[0];
        } else {
            vm_raisef(TypeError_type, "sep must be str or bytes.");
        }
    }
    int64_t per = out[1] ? arg_int(out[1], "hex") : 1;
    uint64_t every = per < 0 ? (uint64_t)-per : (uint64_t)per;
    static const char hex[] = "0123456789abcdef";
    StrBuf b;
    sb_init(&b, n * 3 + 1);
    for (size_t i = 0; i < n; i++) {
        if (sep && every && i) {
            /* positive: groups counted from the right; negative: from the left */
            bool at = per > 0 ? (n - i) % every == 0 : i % every == 0;
            if (at) sb_addc(&b, sep);
        }
        sb_addc(&b, hex[p[i] >> 4]);
        sb_addc(&b, hex[p[i] & 15]);
    }
    return (Value)sb_finish(&b);
}

static int hexval(uint8_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    c |= 32;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

static Value m_fromhex(Value *args, int nargs, Tuple *kw) {
    pos_only("fromhex", nargs, kw, 1, 1);
    if (!IS_STR(args[1]))
        vm_raisef(TypeError_type, "fromhex() argument must be str, not %s", vm_type_name(args[1]));
    Str *s = (Str *)args[1];
    const uint8_t *p = (const uint8_t *)s->data;
    uint8_t *r = gc_alloc_raw(s->nbytes / 2 + 1);
    size_t k = 0, i = 0;
    while (i < s->nbytes) {
        if (b_isspace_c(p[i])) {
            i++;
            continue;
        }
        int hi = hexval(p[i]);
        int lo = i + 1 < s->nbytes ? hexval(p[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            size_t bad = hi < 0 ? i : i + 1, pos = 0;
            for (size_t j = 0; j < bad; j++) pos += (p[j] & 0xC0) != 0x80; /* in code points */
            vm_raisef(ValueError_type, "non-hexadecimal number found in fromhex() arg at position %zu", pos);
        }
        r[k++] = (uint8_t)(hi * 16 + lo);
        i += 2;
    }
    Type *t = (Type *)args[0];
    if (t == &bytearray_type) return (Value)ba_new(r, k);
    Value b = (Value)bytes_new(r, k);
    if (t == &bytes_type) return b;
    return vm_call1((Value)t, b);
}

/* ---- bytearray only ----------------------------------------------------------------------- */

static ByteArray *self_ba(Value *args, int nargs, const char *fname) {
    if (nargs < 1 || !is_bytearray(args[0]))
        vm_raisef(TypeError_type, "descriptor '%s' for 'bytearray' objects doesn't apply to this object", fname);
    return (ByteArray *)args[0];
}

static Value m_append(Value *args, int nargs, Tuple *kw) {
    ByteArray *a = self_ba(args, nargs, "append");
    pos_only("append", nargs, kw, 1, 1);
    uint8_t c = byte_value(args[1]);
    ba_reserve(a, a->len + 1);
    a->data[a->len++] = c;
    a->data[a->len] = 0;
    return None;
}

static Value m_extend(Value *args, int nargs, Tuple *kw) {
    ByteArray *a = self_ba(args, nargs, "extend");
    pos_only("extend", nargs, kw, 1, 1);
    const uint8_t *q;
    size_t m;
    if (!bytes_buffer(args[1], &q, &m)) {
        if (!iterable(args[1])) vm_raisef(TypeError_type, "can't extend bytearray with %s", vm_type_name(args[1]));
        Bytes *b = bytearray_from_iterable(args[1]);
        q = b->data;
        m = b->len;
    }
    ba_splice(a, a->len, a->len, q, m);
    return None;
}

static Value m_pop(Value *args, int nargs, Tuple *kw) {
    ByteArray *a = self_ba(args, nargs, "pop");
    pos_only("pop", nargs, kw, 0, 1);
    int64_t i = nargs > 1 ? arg_int(args[1], "pop") : -1;
    if (!a->len) vm_raisef(IndexError_type, "pop from empty bytearray");
    if (i < 0) i += (int64_t)a->len;
    if (i < 0 || (uint64_t)i >= a->len) vm_raisef(IndexError_type, "pop index out of range");
    uint8_t c = a->data[i];
    ba_splice(a, (size_t)i, (size_t)i + 1, NULL, 0);
    return MK_SMALL(c);
}

static Value m_insert(Value *args, int nargs, Tuple *kw) {
    ByteArray *a = self_ba(args, nargs, "insert");
    if (kw && kw->len) vm_raisef(TypeError_type, "insert() takes no keyword arguments");
    if (nargs != 3) vm_raisef(TypeError_type, "insert expected 2 arguments, got %d", nargs - 1);
    int64_t i = arg_int(args[1], "insert");
    uint8_t c = byte_value(args[2]);
    int64_t n = (int64_t)a->len;
    if (i < 0) {
        i += n;
        if (i < 0) i = 0;
    }
    if (i > n) i = n;
    ba_splice(a, (size_t)i, (size_t)i, &c, 1);
    return None;
}

static Value m_remove(Value *args, int nargs, Tuple *kw) {
    ByteArray *a = self_ba(args, nargs, "remove");
    pos_only("remove", nargs, kw, 1, 1);
    uint8_t c = byte_value(args[1]);
    uint8_t *x = a->len ? memchr(a->data, c, a->len) : NULL;
    if (!x) vm_raisef(ValueError_type, "value not found in bytearray");
    size_t i = (size_t)(x - a->data);
    ba_splice(a, i, i + 1, NULL, 0);
    return None;
}

static Value m_reverse(Value *args, int nargs, Tuple *kw) {
    ByteArray *a = self_ba(args, nargs, "reverse");
    pos_only("reverse", nargs, kw, 0, 0);
    for (size_t i = 0, j = a->len; j > i + 1; i++, j--) {
        uint8_t t = a->data[i];
        a->data[i] = a->data[j - 1];
        a->data[j - 1] = t;
    }
    return None;
}

static Value m_clear(Value *args, int nargs, Tuple *kw) {
    ByteArray *a = self_ba(args, nargs, "clear");
    pos_only("clear", nargs, kw, 0, 0);
    a->len = 0;
    if (a->data) a->data[0] = 0;
    return None;
}

static Value m_copy(Value *args, int nargs, Tuple *kw) {
    ByteArray *a = self_ba(args, nargs, "copy");
    pos_only("copy", nargs, kw, 0, 0);
    return (Value)ba_new(a->data, a->len);
}

/* ---- constructors ------------------------------------------------------------------------ */

/* The initial content of bytes(...) / bytearray(...). */
static Bytes *init_content(const char *tname, Value *args, int nargs, Tuple *kw) {
    static const char *const an[] = {"source", "encoding", "errors"};
    Value out[3];
    arg_parse(tname, args, nargs, kw, 0, 3, an, out);
    Value src = out[0];
    if (!src) {
        if (out[1]) vm_raisef(TypeError_type, "encoding without a string argument");
        if (out[2]) vm_raisef(TypeError_type, "errors without a string argument");
        return bytes_alloc(0);
    }
    if (IS_STR(src)) {
        if (!out[1]) vm_raisef(TypeError_type, "string argument without an encoding");
        for (int i = 1; i < 3; i++)
            if (out[i] && !IS_STR(out[i]))
                vm_raisef(TypeError_type, "%s() argument '%s' must be str, not %s", tname, an[i],
                          vm_type_name(out[i]));
        return (Bytes *)bytes_codec_encode((Str *)src, (Str *)out[1], (Str *)out[2]);
    }
    if (out[1]) vm_raisef(TypeError_type, "encoding without a string argument");
    if (out[2]) vm_raisef(TypeError_type, "errors without a string argument");
    if (!strcmp(tname, "bytes")) {
        bool found = false;
        Value r = vm_call_method_opt(src, names.__bytes__, no_args, 0, &found);
        if (found) {
            if (!is_bytes(r)) vm_raisef(TypeError_type, "__bytes__ returned non-bytes (type %s)", vm_type_name(r));
            return (Bytes *)r;
        }
    }
    if (is_index(src)) {
        int64_t k;
        if (!int_to_i64(vm_index_value(src), &k)) vm_raisef(OverflowError_type, "cannot fit 'int' into an index-sized integer");
        if (k < 0) vm_raisef(ValueError_type, "negative count");
        Bytes *b = bytes_alloc((size_t)k);
        memset(b->data, 0, (size_t)k);
        return b;
    }
    const uint8_t *p;
    size_t n;
    if (bytes_buffer(src, &p, &n)) return bytes_new(p, n);
    if (!iterable(src)) vm_raisef(TypeError_type, "cannot convert '%s' object to bytes", vm_type_name(src));
    return strcmp(tname, "bytes") ? bytearray_from_iterable(src) : bytes_from_iterable(src);
}

static Value bytes_new_(Type *t, Value *args, int nargs, Tuple *kw) {
    Bytes *b = init_content("bytes", args, nargs, kw);
    if (t == &bytes_type) return is_type((Value)b, &bytes_type) ? (Value)b : (Value)bytes_new(b->data, b->len);
    Bytes *r = gc_alloc(t, sizeof(Bytes) + b->len + 1);
    r->hash = -1;
    r->len = b->len;
    memcpy(r->data, b->data, b->len);
    r->data[b->len] = 0;
    return (Value)r;
}

static Value bytearray_new_(Type *t, Value *args, int nargs, Tuple *kw) {
    Bytes *b = init_content("bytearray", args, nargs, kw);
    return (Value)ba_new_type(t, b->data, b->len);
}

/* ---- memoryview ---------------------------------------------------------------------------- */

static void mv_trace(Obj *o) { gc_mark(((MemoryView *)o)->obj); }

static MemoryView *mv_make(Value obj, size_t start, size_t len, bool readonly) {
    MemoryView *m = gc_alloc(&memoryview_type, sizeof(MemoryView));
    m->obj = obj;
    m->start = start;
    m->len = len;
    m->readonly = readonly;
    return m;
}

static Value memoryview_new_(Type *t, Value *args, int nargs, Tuple *kw) {
    static const char *const an[] = {"object"};
    Value out[1];
    (void)t;
    arg_parse("memoryview", args, nargs, kw, 0, 1, an, out);
    if (!out[0]) vm_raisef(TypeError_type, "memoryview() missing required argument 'object' (pos 1)");
    Value o = out[0];
    const uint8_t *p;
    size_t n;
    if (!bytes_buffer(o, &p, &n))
        vm_raisef(TypeError_type, "memoryview: a bytes-like object is required, not '%s'", vm_type_name(o));
    if (is_memview(o)) {
        MemoryView *m = (MemoryView *)o;
        return (Value)mv_make(m->obj, m->start, n, m->readonly);
    }
    return (Value)mv_make(o, 0, n, !is_bytearray(o));
}

static Value mv_repr(Value v) {
    MemoryView *m = (MemoryView *)v;
    return (Value)str_printf(m->released ? "<released memory at %p>" : "<memory at %p>", (void *)v);
}

static Value mv_getitem(Value v, Value k) {
    MemoryView *m = (MemoryView *)v;
    size_t n;
    const uint8_t *p = need_buf(v, &n);
    if (is_index(k)) {
        int64_t i = vm_seq_index(k);
        if (i < 0) i += (int64_t)n;
        if (i < 0 || (uint64_t)i >= n) vm_raisef(IndexError_type, "index out of range");
        return MK_SMALL(p[i]);
    }
    if (is_type(k, &slice_type)) {
        int64_t start, stop, step;
        int64_t cnt = slice_indices((Slice *)k, (int64_t)n, &start, &stop, &step);
        if (step == 1) return (Value)mv_make(m->obj, m->start + (size_t)start, (size_t)cnt, m->readonly);
        /* strided views are materialised (a read-only copy) */
        Bytes *b = bytes_alloc((size_t)cnt);
        for (int64_t i = 0, j = start; i < cnt; i++, j += step) b->data[i] = p[j];
        return (Value)mv_make((Value)b, 0, (size_t)cnt, true);
    }
    vm_raisef(TypeError_type, "memoryview: invalid slice key");
}

static void mv_setitem(Value v, Value k, Value x) {
    MemoryView *m = (MemoryView *)v;
    if (m->readonly) vm_raisef(TypeError_type, "cannot modify read-only memory");
    if (!x) vm_raisef(TypeError_type, "cannot delete memory");
    size_t n;
    uint8_t *p = (uint8_t *)need_buf(v, &n);
    if (is_index(k)) {
        int64_t i = vm_seq_index(k);
        if (i < 0) i += (int64_t)n;
        if (i < 0 || (uint64_t)i >= n) vm_raisef(IndexError_type, "index out of range");
        if (!is_index(x)) vm_raisef(TypeError_type, "memoryview: invalid type for format 'B'");
        int64_t c;
        if (!int_to_i64(vm_index_value(x), &c) || c < 0 || c > 255)
            vm_raisef(ValueError_type, "memoryview: invalid value for format 'B'");
        p[i] = (uint8_t)c;
        return;
    }
    if (!is_type(k, &slice_type)) vm_raisef(TypeError_type, "memoryview: invalid slice key");
    int64_t start, stop, step;
    int64_t cnt = slice_indices((Slice *)k, (int64_t)n, &start, &stop, &step);
    size_t sn;
    const uint8_t *src = need_buf(x, &sn);
    if ((int64_t)sn != cnt)
        vm_raisef(ValueError_type, "memoryview assignment: lvalue and rvalue have different structures");
    uint8_t *copy = gc_alloc_raw(sn + 1);
    memcpy(copy, src, sn);
    for (int64_t i = 0, j = start; i < cnt; i++, j += step) p[j] = copy[i];
}

static Value m_tobytes(Value *args, int nargs, Tuple *kw) {
    size_t n;
    const uint8_t *p = self_buf(args, nargs, "tobytes", &n);
    (void)kw;
    return (Value)bytes_new(p, n);
}

static Value m_tolist(Value *args, int nargs, Tuple *kw) {
    size_t n;
    const uint8_t *p = self_buf(args, nargs, "tolist", &n);
    pos_only("tolist", nargs, kw, 0, 0);
    List *l = list_new(n);
    for (size_t i = 0; i < n; i++) l->items[i] = MK_SMALL(p[i]);
    return (Value)l;
}

static Value m_release(Value *args, int nargs, Tuple *kw) {
    pos_only("release", nargs, kw, 0, 0);
    if (is_memview(args[0])) ((MemoryView *)args[0])->released = true;
    return None;
}

static Value mv_enter(Value *args, int nargs, Tuple *kw) {
    pos_only("__enter__", nargs, kw, 0, 0);
    return args[0];
}

static Value mv_exit(Value *args, int nargs, Tuple *kw) {
    (void)kw;
    if (nargs >= 1 && is_memview(args[0])) ((MemoryView *)args[0])->released = true;
    return False_;
}

static Value mv_nbytes(Value self) { return MK_SMALL(b_len(self)); }
static Value mv_readonly(Value self) { return BOOL(((MemoryView *)self)->readonly); }
static Value mv_obj(Value self) { return ((MemoryView *)self)->obj; }
static Value mv_itemsize(Value self) { (void)self; return MK_SMALL(1); }
static Value mv_ndim(Value self) { (void)self; return MK_SMALL(1); }
static Value mv_format(Value self) { (void)self; return (Value)str_intern_cstr("B"); }
static Value mv_shape(Value self) {
    Value n = MK_SMALL(b_len(self));
    return (Value)tuple_from(&n, 1);
}
static Value mv_strides(Value self) {
    (void)self;
    Value one = MK_SMALL(1);
    return (Value)tuple_from(&one, 1);
}

/* ---- the types ------------------------------------------------------------------------------ */

/* bytes and bytearray share most methods (one C function each, taking
 * either); see DEF_METHOD in vm/obj.h. */
#define BOTH(n, fn, kind) DEF_METHOD(bytes_type, n, fn, kind); DEF_METHOD(bytearray_type, n, fn, kind);
#define M(n) BOTH(n, m_##n, NATIVE_METHOD)
M(capitalize) M(center) M(count) M(decode) M(endswith) M(expandtabs) M(find) M(hex) M(index)
M(isalnum) M(isalpha) M(isascii) M(isdigit) M(islower) M(isspace) M(istitle) M(isupper) M(join)
M(ljust) M(lower) M(lstrip) M(partition) M(removeprefix) M(removesuffix) M(replace) M(rfind)
M(rindex) M(rjust) M(rpartition) M(rsplit) M(rstrip) M(split) M(splitlines) M(startswith) M(strip)
M(swapcase) M(title) M(translate) M(upper) M(zfill)
BOTH(fromhex, m_fromhex, NATIVE_CLASSMETHOD)
BOTH(maketrans, m_maketrans, NATIVE_STATIC)
#undef M
#undef BOTH
#define M(n) DEF_METHOD(bytearray_type, n, m_##n, NATIVE_METHOD);
M(append) M(extend) M(pop) M(insert) M(remove) M(reverse) M(clear) M(copy)
#undef M
#define M(n) DEF_METHOD(memoryview_type, n, m_##n, NATIVE_METHOD);
M(tobytes) M(tolist) M(hex) M(release)
#undef M
DEF_METHOD(memoryview_type, __enter__, mv_enter, NATIVE_METHOD);
DEF_METHOD(memoryview_type, __exit__, mv_exit, NATIVE_METHOD);
static const MemberDef memoryview_members[] = {{"nbytes", mv_nbytes},     {"readonly", mv_readonly},
                                               {"obj", mv_obj},           {"itemsize", mv_itemsize},
                                               {"ndim", mv_ndim},         {"format", mv_format},
                                               {"shape", mv_shape},       {"strides", mv_strides},
                                               {0}};

Type bytes_type = {
    .cname = "bytes",
    .flags = TF_BASETYPE,
    .basicsize = sizeof(Bytes),
    .repr = b_repr,
    .hash = b_hash,
    .richcmp = b_richcmp,
    .binop = b_binop,
    .len = b_len,
    .truth = b_truth,
    .getitem = b_getitem,
    .contains = b_contains,
    .iter = b_iter,
    .new_ = bytes_new_,
};

Type bytearray_type = {
    .cname = "bytearray",
    .flags = TF_BASETYPE,
    .basicsize = sizeof(ByteArray),
    .trace = ba_trace,
    .repr = ba_repr,
    .richcmp = b_richcmp,
    .binop = b_binop,
    .len = b_len,
    .truth = b_truth,
    .getitem = b_getitem,
    .setitem = ba_setitem,
    .contains = b_contains,
    .iter = b_iter,
    .new_ = bytearray_new_,
};

Type memoryview_type = {
    .cname = "memoryview",
    .basicsize = sizeof(MemoryView),
    .trace = mv_trace,
    .repr = mv_repr,
    .richcmp = b_richcmp,
    .len = b_len,
    .truth = b_truth,
    .getitem = mv_getitem,
    .setitem = mv_setitem,
    .contains = b_contains,
    .iter = b_iter,
    .new_ = memoryview_new_,
    .members = memoryview_members,
};
