/* SPDX-License-Identifier: MIT */
/* str: representation and core.  A Str holds UTF-8 plus its length in code
 * points and an `ascii` flag; indexing is O(1) for ASCII strings and a scan
 * otherwise.  This file has creation, interning (names compared by
 * pointer), hashing, comparison, StrBuf (string building), str_printf (the
 * VM's message formatter), repr, and the str type's slots.  The
 * Python-visible methods and %-formatting live in vm/str_methods.c. */
#include "vm.h"
#include "fmt.h"

Str *str_empty;
struct Names names;

static Str *str_alloc(size_t nbytes) {
    Str *s = gc_alloc(&str_type, sizeof(Str) + nbytes + 1);
    s->hash = -1;
    s->nbytes = nbytes;
    return s;
}

static void str_finish(Str *s) {
    size_t n = 0;
    bool ascii = true;
    const unsigned char *p = (const unsigned char *)s->data;
    for (size_t i = 0; i < s->nbytes; i++) {
        if (p[i] >= 0x80) ascii = false;
        if ((p[i] & 0xC0) != 0x80) n++;
    }
    s->len = n;
    s->ascii = ascii;
    s->data[s->nbytes] = 0;
}

Str *str_new(const char *utf8, size_t nbytes) {
    if (nbytes == 0 && str_empty) return str_empty;
    Str *s = str_alloc(nbytes);
    memcpy(s->data, utf8, nbytes);
    str_finish(s);
    return s;
}

Str *str_from_cstr(const char *s) { return str_new(s, strlen(s)); }

/* FNV-1a over the UTF-8 bytes; deterministic (no randomisation). */
int64_t str_hash(Str *s) {
    if (s->hash != -1) return s->hash;
    uint64_t h = 14695981039346656037ull;
    for (size_t i = 0; i < s->nbytes; i++) {
        h ^= (unsigned char)s->data[i];
        h *= 1099511628211ull;
    }
    int64_t r = (int64_t)(h >> 1);
    if (r == -1) r = -2;
    s->hash = r;
    return r;
}

bool str_eq(Str *a, Str *b) {
    if (a == b) return true;
    if (a->nbytes != b->nbytes) return false;
    if (a->interned && b->interned) return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
    return memcmp(a->data, b->data, a->nbytes) == 0;
}

/* UTF-8 byte order is code point order. */
int str_cmp(Str *a, Str *b) {
    size_t n = a->nbytes < b->nbytes ? a->nbytes : b->nbytes;
    int c = memcmp(a->data, b->data, n);
    if (c) return c < 0 ? -1 : 1;
    return a->nbytes < b->nbytes ? -1 : a->nbytes > b->nbytes;
}

/* ---- interning: an open-addressing set of Str ------------------------------- */
static Str **itab;
static size_t icap, icount;
static Value itab_root;

static void intern_insert(Str *s) {
    size_t m = icap - 1, i = (size_t)str_hash(s) & m;
    while (itab[i]) i = (i + 1) & m;
    itab[i] = s;
}

Str *str_intern(Str *s) {
    if (s->interned) return s;
    if (icount * 2 >= icap) {
        Str **old = itab;
        size_t oc = icap, nc = icap ? icap * 2 : 1024;
        Str **nt = gc_alloc_raw(nc * sizeof(Str *)); /* may collect: the old table stays in use until here */
        itab = nt;
        icap = nc;
        itab_root = (Value)itab; /* keep the raw block alive */
        for (size_t i = 0; i < oc; i++)
            if (old[i]) intern_insert(old[i]);
    }
    size_t m = icap - 1, i = (size_t)str_hash(s) & m;
    for (; itab[i]; i = (i + 1) & m)
        if (itab[i]->nbytes == s->nbytes && !memcmp(itab[i]->data, s->data, s->nbytes)) return itab[i];
    s->interned = 1;
    itab[i] = s;
    icount++;
    return s;
}

Str *str_intern_cstr(const char *s) { return str_intern(str_from_cstr(s)); }

/* Interned strings live forever: they are marked as roots. */
void str_trace_interned(void) {
    gc_mark_raw(itab);
    for (size_t i = 0; i < icap; i++)
        if (itab[i]) gc_mark((Value)itab[i]);
}

void str_init(void) {
    str_empty = str_alloc(0);
    str_finish(str_empty);
    gc_add_root((Value *)&str_empty);
    (void)itab_root;
#define NAME(n) names.n = str_intern_cstr(#n);
#include "names.def"
#undef NAME
}

/* ---- UTF-8 ------------------------------------------------------------------ */

uint32_t str_decode_at(const char *p, size_t *adv) {
    const unsigned char *u = (const unsigned char *)p;
    if (u[0] < 0x80) {
        *adv = 1;
        return u[0];
    }
    if ((u[0] & 0xE0) == 0xC0) {
        *adv = 2;
        return ((uint32_t)(u[0] & 0x1F) << 6) | (u[1] & 0x3F);
    }
    if ((u[0] & 0xF0) == 0xE0) {
        *adv = 3;
        return ((uint32_t)(u[0] & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
    }
    *adv = 4;
    return ((uint32_t)(u[0] & 0x07) << 18) | ((uint32_t)(u[1] & 0x3F) << 12) | ((uint32_t)(u[2] & 0x3F) << 6) |
           (u[3] & 0x3F);
}

size_t str_encode_cp(uint32_t cp, char out[4]) {
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

size_t str_offset(Str *s, size_t i) {
    if (s->ascii) return i;
    const unsigned char *p = (const unsigned char *)s->data;
    size_t off = 0;
    while (i && off < s->nbytes) {
        off++;
        while (off < s->nbytes && (p[off] & 0xC0) == 0x80) off++;
        i--;
    }
    return off;
}

static Str *one_char[128];

Str *str_from_codepoint(uint32_t cp) {
    if (cp < 128) {
        if (!one_char[cp]) {
            char c = (char)cp;
            one_char[cp] = str_intern(str_new(&c, 1));
        }
        return one_char[cp];
    }
    char b[4];
    return str_new(b, str_encode_cp(cp, b));
}

Str *str_concat(Str *a, Str *b) {
    if (!a->nbytes) return b;
    if (!b->nbytes) return a;
    Str *s = str_alloc(a->nbytes + b->nbytes);
    memcpy(s->data, a->data, a->nbytes);
    memcpy(s->data + a->nbytes, b->data, b->nbytes);
    s->data[s->nbytes] = 0;
    s->len = a->len + b->len;
    s->ascii = a->ascii && b->ascii;
    return s;
}

/* ---- StrBuf ------------------------------------------------------------------ */

void sb_init(StrBuf *b, size_t cap) {
    if (cap < 16) cap = 16;
    b->data = gc_alloc_raw(cap);
    b->len = 0;
    b->cap = cap;
}

static void sb_grow(StrBuf *b, size_t need) {
    if (b->len + need <= b->cap) return;
    size_t nc = b->cap * 2;
    while (nc < b->len + need) nc *= 2;
    char *d = gc_alloc_raw(nc);
    memcpy(d, b->data, b->len);
    b->data = d;
    b->cap = nc;
}

void sb_add(StrBuf *b, const char *s, size_t n) {
    sb_grow(b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
}
void sb_addc(StrBuf *b, char c) {
    sb_grow(b, 1);
    b->data[b->len++] = c;
}
void sb_adds(StrBuf *b, const char *s) { sb_add(b, s, strlen(s)); }
void sb_addstr(StrBuf *b, Str *s) { sb_add(b, s->data, s->nbytes); }
void sb_addcp(StrBuf *b, uint32_t cp) {
    char t[4];
    sb_add(b, t, str_encode_cp(cp, t));
}

Str *sb_finish(StrBuf *b) { return str_new(b->data, b->len); }

static void sb_vprintf(StrBuf *b, const char *fmt, va_list ap) {
    char tmp[64];
    for (const char *p = fmt; *p; p++) {
        if (*p != '%') {
            sb_addc(b, *p);
            continue;
        }
        p++;
        switch (*p) {
        case 's': sb_adds(b, va_arg(ap, const char *)); break;
        case 'd': fmt_snprintf(tmp, sizeof tmp, "%d", va_arg(ap, int)); sb_adds(b, tmp); break;
        case 'c': sb_addc(b, (char)va_arg(ap, int)); break;
        case 'p': fmt_snprintf(tmp, sizeof tmp, "0x%lx", (unsigned long)(uintptr_t)va_arg(ap, void *)); sb_adds(b, tmp); break;
        case 'l':
            if (p[1] == 'd') {
                p++;
                fmt_snprintf(tmp, sizeof tmp, "%lld", (long long)va_arg(ap, int64_t));
                sb_adds(b, tmp);
            }
            break;
        case 'z':
            if (p[1] == 'u') {
                p++;
                fmt_snprintf(tmp, sizeof tmp, "%zu", va_arg(ap, size_t));
                sb_adds(b, tmp);
            }
            break;
        case 'S': sb_addstr(b, vm_str(va_arg(ap, Value))); break;
        case 'R': sb_addstr(b, vm_repr(va_arg(ap, Value))); break;
        case 'T': sb_adds(b, vm_type_name(va_arg(ap, Value))); break;
        case 'N': sb_addstr(b, va_arg(ap, Str *)); break;
        case '%': sb_addc(b, '%'); break;
        default: sb_addc(b, '%'); sb_addc(b, *p); break;
        }
    }
}

void sb_printf(StrBuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(b, fmt, ap);
    va_end(ap);
}

Str *str_vprintf(const char *fmt, va_list ap) {
    StrBuf b;
    sb_init(&b, 64);
    sb_vprintf(&b, fmt, ap);
    return sb_finish(&b);
}

Str *str_printf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    Str *s = str_vprintf(fmt, ap);
    va_end(ap);
    return s;
}

/* ---- repr ---------------------------------------------------------------------- */

void str_hex_escape(char out[12], uint32_t c) {
    fmt_snprintf(out, 12, c < 0x100 ? "\\x%02x" : c < 0x10000 ? "\\u%04x" : "\\U%08x", (unsigned)c);
}

/* Is cp printable in Python's sense?  ASCII exactly; beyond ASCII we treat
 * the C1 controls, U+00AD and the surrogate/private/unassigned ranges we
 * know of as non-printable. */
bool str_isprintable_cp(uint32_t cp) {
    if (cp < 0x20 || cp == 0x7f) return false;
    if (cp < 0x7f) return true;
    if (cp < 0xa1 || cp == 0xad) return false; /* C1 controls, NBSP (Zs), soft hyphen (Cf) */
    /* space separators (Zs) other than ' ', and unassigned or non-characters */
    if (cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x202f || cp == 0x205f || cp == 0x3000) return false;
    if ((cp >= 0xd7fc && cp <= 0xd7ff) || (cp & 0xfffe) == 0xfffe || (cp >= 0xfdd0 && cp <= 0xfdef)) return false;
    if (cp >= 0xd800 && cp < 0xe000) return false;
    if (cp >= 0xe000 && cp < 0xf900) return false; /* private use */
    if (cp == 0x2028 || cp == 0x2029 || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) ||
        (cp >= 0x2060 && cp <= 0x2064) || cp == 0xfeff)
        return false;
    if (cp >= 0xfff0 && cp <= 0xfffb) return false;
    if (cp >= 0xf0000) return false;
    return true;
}

static void repr_into(StrBuf *b, Str *s, bool ascii_only) {
    bool has_sq = memchr(s->data, '\'', s->nbytes) != NULL;
    bool has_dq = memchr(s->data, '"', s->nbytes) != NULL;
    char q = has_sq && !has_dq ? '"' : '\'';
    sb_addc(b, q);
    for (size_t i = 0; i < s->nbytes;) {
        size_t adv;
        uint32_t c = str_decode_at(s->data + i, &adv);
        char tmp[16];
        if (c == (uint32_t)q || c == '\\') {
            sb_addc(b, '\\');
            sb_addc(b, (char)c);
        } else if (c == '\n') sb_adds(b, "\\n");
        else if (c == '\r') sb_adds(b, "\\r");
        else if (c == '\t') sb_adds(b, "\\t");
        else if (c < 0x20 || c == 0x7f) {
            fmt_snprintf(tmp, sizeof tmp, "\\x%02x", c);
            sb_adds(b, tmp);
        } else if (c < 0x7f) {
            sb_addc(b, (char)c);
        } else if (!ascii_only && str_isprintable_cp(c)) {
            sb_add(b, s->data + i, adv);
        } else {
            str_hex_escape(tmp, c);
            sb_adds(b, tmp);
        }
        i += adv;
    }
    sb_addc(b, q);
}

Str *str_repr(Str *s) {
    StrBuf b;
    sb_init(&b, s->nbytes + 2);
    repr_into(&b, s, false);
    return sb_finish(&b);
}

Str *str_ascii_repr(Str *s) {
    StrBuf b;
    sb_init(&b, s->nbytes + 2);
    repr_into(&b, s, true);
    return sb_finish(&b);
}

/* ---- the str type's slots ---------------------------------------------------------- */

static Value s_repr(Value v) { return (Value)str_repr((Str *)v); }
static Value s_str(Value v) {
    if (is_type(v, &str_type)) return v;
    Str *s = (Str *)v;
    return (Value)str_new(s->data, s->nbytes);
}
static int64_t s_hash(Value v) { return str_hash((Str *)v); }
static Value s_richcmp(Value a, Value b, int op) {
    if (!IS_STR(b)) return NotImpl;
    Str *x = (Str *)a, *y = (Str *)b;
    if (op == CMP_EQ) return BOOL(str_eq(x, y));
    if (op == CMP_NE) return BOOL(!str_eq(x, y));
    int c = str_cmp(x, y);
    switch (op) {
    case CMP_LT: return BOOL(c < 0);
    case CMP_LE: return BOOL(c <= 0);
    case CMP_GT: return BOOL(c > 0);
    default: return BOOL(c >= 0);
    }
}

Value str_mod(Str *fmt, Value args); /* str_methods.c */

Str *str_repeat(Str *s, int64_t n) {
    if (n <= 0 || !s->nbytes) return str_empty;
    if ((uint64_t)n > ((uint64_t)1 << 40) / (s->nbytes ? s->nbytes : 1)) vm_raise(memory_error_obj);
    Str *r = str_alloc(s->nbytes * (size_t)n);
    for (int64_t i = 0; i < n; i++) memcpy(r->data + (size_t)i * s->nbytes, s->data, s->nbytes);
    r->data[r->nbytes] = 0;
    r->len = s->len * (size_t)n;
    r->ascii = s->ascii;
    return r;
}

static Value s_binop(Value a, Value b, int op) {
    int base = op >= BINOP_INPLACE ? op - BINOP_INPLACE : op;
    if (base == BINOP_ADD) {
        if (!IS_STR(a) || !IS_STR(b)) return NotImpl; /* vm_binop words the final error */
        return (Value)str_concat((Str *)a, (Str *)b);
    }
    if (base == BINOP_MUL) {
        Value s = IS_STR(a) ? a : b, n = IS_STR(a) ? b : a;
        if (!IS_INTLIKE(n)) {
            Value idx = type_lookup(type_of(n), names.__index__) ? n : NULL;
            if (!idx) return NotImpl; /* vm_binop words the final error */
        }
        int64_t k;
        if (!int_to_i64(vm_index_value(n), &k))
            vm_raisef(OverflowError_type, "cannot fit 'int' into an index-sized integer");
        return (Value)str_repeat((Str *)s, k);
    }
    if (base == BINOP_MOD && IS_STR(a)) return str_mod((Str *)a, b);
    return NotImpl;
}

static int64_t s_len(Value v) { return (int64_t)((Str *)v)->len; }

/* s[i] and s[a:b:c] */
Str *str_substr(Str *s, size_t start_cp, size_t n_cp) {
    size_t off = str_offset(s, start_cp);
    size_t end = s->ascii ? off + n_cp : off + str_offset_from(s, off, n_cp);
    return str_new(s->data + off, end - off);
}

size_t str_offset_from(Str *s, size_t off, size_t ncp) {
    const unsigned char *p = (const unsigned char *)s->data;
    size_t start = off;
    while (ncp && off < s->nbytes) {
        off++;
        while (off < s->nbytes && (p[off] & 0xC0) == 0x80) off++;
        ncp--;
    }
    return off - start;
}

static Value s_getitem(Value v, Value k) {
    Str *s = (Str *)v;
    if (IS_INTLIKE(k) || (!is_type(k, &slice_type) && type_lookup(type_of(k), names.__index__))) {
        int64_t i = vm_seq_index(k);
        if (i < 0) i += (int64_t)s->len;
        if (i < 0 || (uint64_t)i >= s->len) vm_raisef(IndexError_type, "string index out of range");
        if (s->ascii) return (Value)str_from_codepoint((unsigned char)s->data[i]);
        size_t off = str_offset(s, (size_t)i), adv;
        return (Value)str_from_codepoint(str_decode_at(s->data + off, &adv));
    }
    if (is_type(k, &slice_type)) {
        int64_t start, stop, step;
        int64_t n = slice_indices((Slice *)k, (int64_t)s->len, &start, &stop, &step);
        if (step == 1) return (Value)str_substr(s, (size_t)start, (size_t)n);
        StrBuf b;
        sb_init(&b, (size_t)n + 1);
        if (s->ascii) {
            for (int64_t i = 0, j = start; i < n; i++, j += step) sb_addc(&b, s->data[j]);
        } else {
            /* decode once into code points */
            uint32_t *cps = gc_alloc_raw(s->len * sizeof(uint32_t) + 4);
            size_t k2 = 0, adv;
            for (size_t off = 0; off < s->nbytes; off += adv) cps[k2++] = str_decode_at(s->data + off, &adv);
            for (int64_t i = 0, j = start; i < n; i++, j += step) sb_addcp(&b, cps[j]);
        }
        return (Value)sb_finish(&b);
    }
    vm_raisef(TypeError_type, "string indices must be integers, not '%s'", vm_type_name(k));
}

/* The first (mem_find) or last (mem_rfind) occurrence of n in h, or NULL;
 * an empty n is found at the start (or end).  Shared by str and bytes. */
const void *mem_find(const void *hv, size_t hn, const void *nv, size_t nn) {
    const char *h = hv, *n = nv;
    if (nn == 0) return h;
    if (nn > hn) return NULL;
    const char *end = h + hn - nn + 1;
    for (const char *p = h; p < end; p++) {
        p = memchr(p, n[0], (size_t)(end - p));
        if (!p) return NULL;
        if (memcmp(p, n, nn) == 0) return p;
    }
    return NULL;
}

const void *mem_rfind(const void *hv, size_t hn, const void *nv, size_t nn) {
    const char *h = hv, *n = nv;
    if (nn > hn) return NULL;
    for (size_t i = hn - nn + 1; i-- > 0;)
        if ((nn == 0 || h[i] == n[0]) && memcmp(h + i, n, nn) == 0) return h + i;
    return NULL;
}

static bool s_contains(Value v, Value x) {
    if (!IS_STR(x)) vm_raisef(TypeError_type, "'in <string>' requires string as left operand, not %s", vm_type_name(x));
    Str *s = (Str *)v, *n = (Str *)x;
    return mem_find(s->data, s->nbytes, n->data, n->nbytes) != NULL;
}

static bool s_truth(Value v) { return ((Str *)v)->nbytes != 0; }

/* iteration */
typedef struct {
    Obj hdr;
    Str *s;
    size_t off;
} StrIter;
static void si_trace(Obj *o) { gc_mark((Value)((StrIter *)o)->s); }
static Value si_next(Value o) {
    StrIter *it = (StrIter *)o;
    if (it->off >= it->s->nbytes) return NULL;
    size_t adv;
    uint32_t cp = str_decode_at(it->s->data + it->off, &adv);
    it->off += adv;
    return (Value)str_from_codepoint(cp);
}
static Value si_iter(Value o) { return o; }
Type str_iter_type = {.cname = "str_ascii_iterator", .basicsize = sizeof(StrIter), .trace = si_trace,
                      .iter = si_iter, .next = si_next};
static Value s_iter(Value v) {
    StrIter *it = gc_alloc(&str_iter_type, sizeof(StrIter));
    it->s = (Str *)v;
    return (Value)it;
}

Value str_new_(Type *t, Value *args, int nargs, Tuple *kw); /* str_methods.c: str(x), str(b, enc) */

Type str_type = {
    .cname = "str",
    .flags = TF_BASETYPE | TF_STR_SUB,
    .basicsize = sizeof(Str),
    .repr = s_repr,
    .str = s_str,
    .hash = s_hash,
    .richcmp = s_richcmp,
    .binop = s_binop,
    .len = s_len,
    .getitem = s_getitem,
    .contains = s_contains,
    .truth = s_truth,
    .iter = s_iter,
    .new_ = str_new_,
};
