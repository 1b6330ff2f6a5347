/* SPDX-License-Identifier: MIT */
/* The Python-visible methods of str, str() itself, printf-style `%`
 * formatting (str_mod) and str.format / format_map.  Semantics and error
 * messages follow CPython 3.11.
 *
 * Unicode coverage (a deliberate limit, to keep the image small): case
 * mappings and character classes are exact for ASCII and Latin-1 (U+0000..
 * U+00FF, including the full mappings of U+00DF), and cover the simple
 * one-to-one case pairs of Latin Extended-A, the regular runs of Latin
 * Extended-B (with the titlecase digraphs), Greek (with final-sigma
 * lowering), Cyrillic, Roman numerals and circled letters, plus the full
 * mappings of the Latin ligatures U+FB00..FB06, written as range rules
 * rather than tables.
 * Beyond those blocks: letters of a few common scripts (Latin Extended-B,
 * IPA, Armenian, Hebrew, Arabic, kana, CJK, Hangul) count as alphabetic
 * but have no case; decimal digits come from vm/fmt.c's table of Nd runs;
 * a few superscript/circled digits and vulgar fractions are digits and
 * numerics.  Anything else is treated as a non-letter, non-digit code
 * point with no case mapping. */
#include "fmt.h"
#include "format.h"
#include "vm.h"

/* An empty argument vector that is not NULL (callers memcpy from it). */
static Value no_args[1];

/* ---- character classes and case mapping ------------------------------------ */

/* The case partner of c within the covered blocks.  Returns +1 when c is an
 * uppercase letter (its lowercase in *other), -1 when c is a lowercase
 * letter (its uppercase in *other, or c itself when it has no simple
 * uppercase), 2 for a titlecase digraph (its lowercase in *other; its
 * uppercase is c - 1), 0 when c has no case. */
static int case_pair(uint32_t c, uint32_t *other) {
    *other = c;
    if (c >= 0x180 && c < 0x250) { /* Latin Extended-B: the regular runs only */
        /* digraphs DŽ Dž dž, LJ Lj lj, NJ Nj nj, DZ Dz dz: upper, title, lower */
        uint32_t base = c >= 0x1F1 && c <= 0x1F3 ? 0x1F1 : (c >= 0x1C4 && c <= 0x1CC) ? 0x1C4 + (c - 0x1C4) / 3 * 3 : 0;
        if (base) {
            if (c == base) return *other = base + 2, 1;
            if (c == base + 1) return *other = base + 2, 2;
            return *other = base, -1;
        }
        if (c >= 0x1CD && c <= 0x1DC) return (c & 1) ? (*other = c + 1, 1) : (*other = c - 1, -1);
        if ((c >= 0x1DE && c <= 0x1EF) || (c >= 0x1F8 && c <= 0x21F) || (c >= 0x222 && c <= 0x233) ||
            c == 0x1F4 || c == 0x1F5)
            return (c & 1) == 0 ? (*other = c + 1, 1) : (*other = c - 1, -1);
        if (c == 0x1F0) return -1;
        return 0;
    }
    if (c >= 0xFB00 && c <= 0xFB06) return -1; /* Latin ligatures: full mappings only (add_upper) */
    if (c >= 0x2160 && c <= 0x217F) /* Roman numerals (Other_Uppercase / Other_Lowercase) */
        return c < 0x2170 ? (*other = c + 16, 1) : (*other = c - 16, -1);
    if (c >= 0x24B6 && c <= 0x24E9) /* circled letters */
        return c < 0x24D0 ? (*other = c + 26, 1) : (*other = c - 26, -1);
    if (c < 0x80) {
        if (c >= 'A' && c <= 'Z') return *other = c + 32, 1;
        if (c >= 'a' && c <= 'z') return *other = c - 32, -1;
        return 0;
    }
    if (c < 0x100) {
        if (c == 0xB5) return *other = 0x39C, -1;
        if (c == 0xAA || c == 0xBA || c == 0xDF) return -1;
        if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return *other = c + 32, 1;
        if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return *other = c - 32, -1;
        if (c == 0xFF) return *other = 0x178, -1;
        return 0;
    }
    if (c < 0x180) { /* Latin Extended-A */
        if (c == 0x130) return *other = 'i', 1;
        if (c == 0x131) return *other = 'I', -1;
        if (c == 0x138 || c == 0x149) return -1;
        if (c == 0x178) return *other = 0xFF, 1;
        if (c == 0x17F) return *other = 'S', -1;
        bool even_upper = c < 0x138 || (c >= 0x14A && c < 0x178);
        bool up = even_upper ? (c & 1) == 0 : (c & 1) == 1;
        return up ? (*other = c + 1, 1) : (*other = c - 1, -1);
    }
    if (c >= 0x250 && c < 0x2B0) return c == 0x294 ? 0 : -1; /* IPA: lowercase, no simple pairs here */
    if (c >= 0x370 && c < 0x400) { /* Greek */
        if (c == 0x386) return *other = 0x3AC, 1;
        if (c >= 0x388 && c <= 0x38A) return *other = c + 37, 1;
        if (c == 0x38C) return *other = 0x3CC, 1;
        if (c == 0x38E || c == 0x38F) return *other = c + 63, 1;
        if ((c >= 0x391 && c <= 0x3A1) || (c >= 0x3A3 && c <= 0x3AB)) return *other = c + 32, 1;
        if (c == 0x3AC) return *other = 0x386, -1;
        if (c >= 0x3AD && c <= 0x3AF) return *other = c - 37, -1;
        if (c == 0x3C2) return *other = 0x3A3, -1;
        if ((c >= 0x3B1 && c <= 0x3C1) || (c >= 0x3C3 && c <= 0x3CB)) return *other = c - 32, -1;
        if (c == 0x3CC) return *other = 0x38C, -1;
        if (c == 0x3CD || c == 0x3CE) return *other = c - 63, -1;
        if (c == 0x390 || c == 0x3B0) return -1;
        if ((c >= 0x370 && c <= 0x373) || c == 0x376 || c == 0x377 || (c >= 0x3D8 && c <= 0x3EF))
            return (c & 1) == 0 ? (*other = c + 1, 1) : (*other = c - 1, -1);
        return 0;
    }
    if (c >= 0x400 && c < 0x530) { /* Cyrillic and Cyrillic Supplement */
        if (c < 0x410) return *other = c + 80, 1;
        if (c < 0x430) return *other = c + 32, 1;
        if (c < 0x450) return *other = c - 32, -1;
        if (c < 0x460) return *other = c - 80, -1;
        if (c == 0x4C0) return *other = 0x4CF, 1;
        if (c == 0x4CF) return *other = 0x4C0, -1;
        if (c >= 0x4C1 && c <= 0x4CE) return (c & 1) == 1 ? (*other = c + 1, 1) : (*other = c - 1, -1);
        if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || c >= 0x4D0)
            return (c & 1) == 0 ? (*other = c + 1, 1) : (*other = c - 1, -1);
        return 0;
    }
    return 0;
}

static bool cp_isupper(uint32_t c) {
    uint32_t o;
    return case_pair(c, &o) == 1;
}
static bool cp_islower(uint32_t c) {
    uint32_t o;
    return case_pair(c, &o) < 0;
}
static bool cp_iscased(uint32_t c) {
    uint32_t o;
    return case_pair(c, &o) != 0;
}

static bool cp_isspace(uint32_t c) {
    if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
           c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

static bool cp_isalpha(uint32_t c) {
    if (c < 0x80) return (c | 32) >= 'a' && (c | 32) <= 'z';
    if ((c >= 0x2160 && c <= 0x217F) || (c >= 0x24B6 && c <= 0x24E9)) return false; /* Nl, So */
    if (cp_iscased(c)) return true;
    if (c < 0x100) return false;
    if (c < 0x2C2) return true; /* Latin Extended-B, IPA, spacing modifier letters */
    if ((c >= 0x2C6 && c <= 0x2D1) || (c >= 0x2E0 && c <= 0x2E4) || c == 0x2EC || c == 0x2EE) return true;
    if (c >= 0x370 && c < 0x400)
        return !(c == 0x374 || c == 0x375 || c == 0x378 || c == 0x379 || c == 0x37E || (c >= 0x380 && c <= 0x385) ||
                 c == 0x387 || c == 0x38B || c == 0x38D || c == 0x3A2 || c == 0x3F6);
    if (c >= 0x400 && c < 0x530) return c <= 0x481 || c >= 0x48A;
    return (c >= 0x531 && c <= 0x556) || (c >= 0x560 && c <= 0x588) || (c >= 0x5D0 && c <= 0x5EA) ||
           (c >= 0x620 && c <= 0x64A) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30A1 && c <= 0x30FA) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7A3);
}

static bool cp_isdecimal(uint32_t c) {
    if (c < 0x80) return c >= '0' && c <= '9';
    return fmt_unicode_decimal(c) >= 0;
}

static bool cp_isdigit(uint32_t c) {
    if (cp_isdecimal(c)) return true;
    return c == 0xB2 || c == 0xB3 || c == 0xB9 || c == 0x2070 || (c >= 0x2074 && c <= 0x2079) ||
           (c >= 0x2080 && c <= 0x2089) || (c >= 0x2460 && c <= 0x2468) || (c >= 0x2474 && c <= 0x247C) ||
           (c >= 0x2488 && c <= 0x2490) || c == 0x24EA || (c >= 0x24F5 && c <= 0x24FD) || c == 0x24FF ||
           (c >= 0x2776 && c <= 0x277E) || (c >= 0x2780 && c <= 0x2788) || (c >= 0x278A && c <= 0x2792);
}

static bool cp_isnumeric(uint32_t c) {
    if (cp_isdigit(c)) return true;
    return (c >= 0xBC && c <= 0xBE) || (c >= 0x2150 && c <= 0x2182) || (c >= 0x2185 && c <= 0x2189) ||
           (c >= 0x2469 && c <= 0x2473) || (c >= 0x247D && c <= 0x2487) || (c >= 0x2491 && c <= 0x249B) ||
           (c >= 0x24EB && c <= 0x24F4) || c == 0x24FE || c == 0x277F || c == 0x2789 || c == 0x2793 ||
           c == 0x3007 || (c >= 0x3021 && c <= 0x3029);
}

static bool cp_isalnum(uint32_t c) { return cp_isalpha(c) || cp_isnumeric(c); }

/* Case-ignorable code points that matter for the final-sigma rule. */
static bool cp_case_ignorable(uint32_t c) {
    return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xA8 || c == 0xAD || c == 0xAF ||
           c == 0xB4 || c == 0xB7 || c == 0xB8 || (c >= 0x2B0 && c <= 0x36F) || c == 0x374 || c == 0x375 ||
           c == 0x37A || c == 0x384 || c == 0x385 || c == 0x387 || (c >= 0x483 && c <= 0x489) || c == 0x2018 ||
           c == 0x2019 || c == 0x2024 || c == 0x2027;
}

/* Append the full lowercase of cps[i] (which may depend on its neighbours:
 * Greek capital sigma becomes final sigma at the end of a word). */
static void add_lower(StrBuf *b, const uint32_t *cps, size_t n, size_t i) {
    uint32_t c = cps[i], o;
    if (c == 0x130) {
        sb_addcp(b, 'i');
        sb_addcp(b, 0x307);
        return;
    }
    if (c == 0x3A3) {
        bool final = false;
        size_t j = i;
        while (j > 0 && cp_case_ignorable(cps[j - 1])) j--;
        if (j > 0 && cp_iscased(cps[j - 1])) {
            size_t k = i + 1;
            while (k < n && cp_case_ignorable(cps[k])) k++;
            final = k == n || !cp_iscased(cps[k]);
        }
        sb_addcp(b, final ? 0x3C2 : 0x3C3);
        return;
    }
    sb_addcp(b, case_pair(c, &o) > 0 ? o : c);
}

/* Full uppercase (title: titlecase) of c. */
static void add_upper(StrBuf *b, uint32_t c, bool title) {
    uint32_t o;
    switch (c) {
    case 0xDF: sb_adds(b, title ? "Ss" : "SS"); return;
    case 0x149: sb_addcp(b, 0x2BC); sb_addcp(b, 'N'); return;
    case 0x1F0: sb_addcp(b, 'J'); sb_addcp(b, 0x30C); return;
    case 0xFB00: case 0xFB01: case 0xFB02: case 0xFB03: case 0xFB04: case 0xFB05: case 0xFB06: {
        static const char *const up[] = {"FF", "FI", "FL", "FFI", "FFL", "ST", "ST"};
        static const char *const ti[] = {"Ff", "Fi", "Fl", "Ffi", "Ffl", "St", "St"};
        sb_adds(b, (title ? ti : up)[c - 0xFB00]);
        return;
    }
    case 0x390: sb_addcp(b, 0x399); sb_addcp(b, 0x308); sb_addcp(b, 0x301); return;
    case 0x3B0: sb_addcp(b, 0x3A5); sb_addcp(b, 0x308); sb_addcp(b, 0x301); return;
    }
    int k = case_pair(c, &o);
    if ((c >= 0x1C4 && c <= 0x1CC) || (c >= 0x1F1 && c <= 0x1F3)) { /* digraphs have a titlecase form */
        uint32_t base = k == 1 ? c : k == 2 ? c - 1 : o;
        sb_addcp(b, title ? base + 1 : base);
        return;
    }
    sb_addcp(b, k < 0 ? o : c);
}

static void add_casefold(StrBuf *b, const uint32_t *cps, size_t n, size_t i) {
    if (cps[i] >= 0xFB00 && cps[i] <= 0xFB06) {
        static const char *const fold[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
        sb_adds(b, fold[cps[i] - 0xFB00]);
        return;
    }
    switch (cps[i]) {
    case 0xDF: sb_adds(b, "ss"); return;
    case 0xB5: sb_addcp(b, 0x3BC); return;
    case 0x17F: sb_addcp(b, 's'); return;
    case 0x3C2: sb_addcp(b, 0x3C3); return;
    case 0x3A3: sb_addcp(b, 0x3C3); return;
    case 0x149: sb_addcp(b, 0x2BC); sb_addcp(b, 'n'); return;
    case 0x390: sb_addcp(b, 0x3B9); sb_addcp(b, 0x308); sb_addcp(b, 0x301); return;
    case 0x3B0: sb_addcp(b, 0x3C5); sb_addcp(b, 0x308); sb_addcp(b, 0x301); return;
    }
    add_lower(b, cps, n, i);
}

/* ---- helpers ------------------------------------------------------------------ */

/* The code points of s, in a raw GC block (kept alive by the C stack). */
static uint32_t *str_cps(Str *s, size_t *n) {
    uint32_t *cps = gc_alloc_raw((s->len + 1) * sizeof(uint32_t));
    size_t k = 0, adv;
    if (s->ascii)
        for (size_t i = 0; i < s->nbytes; i++) cps[k++] = (unsigned char)s->data[i];
    else
        for (size_t off = 0; off < s->nbytes; off += adv) cps[k++] = str_decode_at(s->data + off, &adv);
    *n = k;
    return cps;
}

static Str *self_str(Value *args, int nargs, const char *fname) {
    if (nargs < 1 || !IS_STR(args[0]))
        vm_raisef(TypeError_type, "descriptor '%s' requires a 'str' object but received a '%s'", fname,
                  nargs < 1 ? "NoneType" : vm_type_name(args[0]));
    return (Str *)args[0];
}

/* An argument that must be a str: "replace() argument 1 must be str, not
 * int", or with argno 0 "removeprefix() argument must be str, not int". */
static Str *need_str(Value v, const char *fname, int argno) {
    if (!IS_STR(v) && argno == 0)
        vm_raisef(TypeError_type, "%s() argument must be str, not %s", fname, vm_type_name(v));
    if (!IS_STR(v)) vm_raisef(TypeError_type, "%s() argument %d must be str, not %s", fname, argno, vm_type_name(v));
    return (Str *)v;
}

/* Argument-count checks with CPython's three message styles: methods
 * without arguments or with exactly one ("str.upper() takes no arguments
 * (1 given)"), the old varargs searches ("find() takes at least 1 argument
 * (0 given)"), and the rest ("center expected at least 1 argument, got
 * 0"). */
void pos_only_t(const char *tname, const char *fname, int nargs, Tuple *kw, int min, int max) {
    if (kw && kw->len) vm_raisef(TypeError_type, "%s() takes no keyword arguments", fname);
    int given = nargs - 1;
    if (given >= min && given <= max) return;
    if (max == 0) vm_raisef(TypeError_type, "%s.%s() takes no arguments (%d given)", tname, fname, given);
    if (min == 1 && max == 1)
        vm_raisef(TypeError_type, "%s.%s() takes exactly one argument (%d given)", tname, fname, given);
    static const char *const old_style[] = {"find", "rfind", "index", "rindex", "count", "startswith", "endswith", NULL};
    for (int i = 0; old_style[i]; i++)
        if (!strcmp(fname, old_style[i]))
            vm_raisef(TypeError_type, "%s() takes at %s %d argument%s (%d given)", fname, given < min ? "least" : "most",
                      given < min ? min : max, (given < min ? min : max) == 1 ? "" : "s", given);
    int lim = given < min ? min : max;
    vm_raisef(TypeError_type, "%s expected at %s %d argument%s, got %d", fname, given < min ? "least" : "most", lim,
              lim == 1 ? "" : "s", given);
}

static void pos_only(const char *fname, int nargs, Tuple *kw, int min, int max) {
    pos_only_t("str", fname, nargs, kw, min, max);
}

/* A start/end argument (None or an __index__ object), resolved against
 * len like CPython's ADJUST_INDICES: negatives count from the end and clamp
 * at 0; values past the end clamp at len only when clamp_hi is set (a
 * start past the end must stay visible: ''.find('', 1) is -1). */
static int64_t slice_bound(Value v, int64_t dflt, int64_t len, bool clamp_hi) {
    if (!v || v == None) return dflt;
    if (!IS_INTLIKE(v) && !type_lookup(type_of(v), names.__index__))
        vm_raisef(TypeError_type, "slice indices must be integers or None or have an __index__ method");
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

/* The part of s that optional start/end arguments select.  `empty` is set
 * when end < start or start > len: then only the code-point numbers
 * matter (CPython's searches fail, or count 0). */
typedef struct {
    int64_t cstart, cend; /* code points */
    size_t bstart, bend;  /* bytes, bstart <= bend */
    bool empty;           /* end < start, or start past the end */
} Window;

static Window make_window(Str *s, Value start, Value end) {
    Window w;
    int64_t len = (int64_t)s->len;
    w.cstart = slice_bound(start, 0, len, false);
    w.cend = slice_bound(end, len, len, true);
    w.empty = w.cstart > len || w.cend < w.cstart;
    if (w.empty) {
        w.bstart = w.bend = 0;
        return w;
    }
    w.bstart = str_offset(s, (size_t)w.cstart);
    w.bend = s->ascii ? (size_t)w.cend : w.bstart + str_offset_from(s, w.bstart, (size_t)(w.cend - w.cstart));
    return w;
}

/* Code points in the bytes [0, off) of s. */
static size_t cp_count(const char *p, size_t off) {
    size_t n = 0;
    for (size_t i = 0; i < off; i++)
        if (((unsigned char)p[i] & 0xC0) != 0x80) n++;
    return n;
}

static size_t cp_index_at(Str *s, size_t off) { return s->ascii ? off : cp_count(s->data, off); }

/* substring search: mem_find / mem_rfind (vm/str.c) */
#define find_bytes(h, hn, n, nn) ((const char *)mem_find(h, hn, n, nn))
#define rfind_bytes(h, hn, n, nn) ((const char *)mem_rfind(h, hn, n, nn))

static size_t count_bytes(const char *h, size_t hn, const char *n, size_t nn, size_t maxcount) {
    size_t c = 0;
    if (nn == 0) return cp_count(h, hn) + 1 < maxcount ? cp_count(h, hn) + 1 : maxcount;
    while (c < maxcount) {
        const char *p = find_bytes(h, hn, n, nn);
        if (!p) break;
        c++;
        hn -= (size_t)(p - h) + nn;
        h = p + nn;
    }
    return c;
}

static Str *new_like(const char *p, size_t n) { return str_new(p, n); }

/* The result of a method that returns its receiver unchanged: CPython
 * returns self for exact str and a new exact str for subclasses. */
static Value same_str(Str *s) { return IS_EXACT_STR((Value)s) ? (Value)s : (Value)str_new(s->data, s->nbytes); }

/* ---- case conversion -------------------------------------------------------- */

enum { CASE_LOWER, CASE_UPPER, CASE_SWAP, CASE_TITLE, CASE_CAPITALIZE, CASE_FOLD };

static Value do_case(Str *s, int how) {
    if (s->ascii) {
        /* ASCII fast path: byte-wise, never changes length */
        Str *r = str_new(s->data, s->nbytes);
        if (r == s || r == str_empty) return (Value)r;
        char *p = r->data;
        bool prev_cased = false;
        for (size_t i = 0; i < r->nbytes; i++) {
            char c = p[i];
            bool up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
            switch (how) {
            case CASE_LOWER:
            case CASE_FOLD: if (up) p[i] = (char)(c + 32); break;
            case CASE_UPPER: if (lo) p[i] = (char)(c - 32); break;
            case CASE_SWAP: if (up) p[i] = (char)(c + 32); else if (lo) p[i] = (char)(c - 32); break;
            case CASE_TITLE:
                if (prev_cased && up) p[i] = (char)(c + 32);
                else if (!prev_cased && lo) p[i] = (char)(c - 32);
                prev_cased = up || lo;
                break;
            case CASE_CAPITALIZE:
                if (i == 0 && lo) p[i] = (char)(c - 32);
                else if (i > 0 && up) p[i] = (char)(c + 32);
                break;
            }
        }
        r->hash = -1;
        return (Value)r;
    }
    size_t n;
    uint32_t *cps = str_cps(s, &n);
    StrBuf b;
    sb_init(&b, s->nbytes + 8);
    bool prev_cased = false;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = cps[i];
        switch (how) {
        case CASE_LOWER: add_lower(&b, cps, n, i); break;
        case CASE_FOLD: add_casefold(&b, cps, n, i); break;
        case CASE_UPPER: add_upper(&b, c, false); break;
        case CASE_SWAP:
            if (cp_isupper(c)) add_lower(&b, cps, n, i);
            else if (cp_islower(c)) add_upper(&b, c, false);
            else sb_addcp(&b, c);
            break;
        case CASE_TITLE:
            if (prev_cased) add_lower(&b, cps, n, i);
            else add_upper(&b, c, true);
            prev_cased = cp_iscased(c);
            break;
        case CASE_CAPITALIZE:
            if (i == 0) add_upper(&b, c, true);
            else add_lower(&b, cps, n, i);
            break;
        }
    }
    return (Value)sb_finish(&b);
}

#define CASE_METHOD(fname, how)                                                                                        \
    static Value m_##fname(Value *args, int nargs, Tuple *kw) {                                                        \
        Str *s = self_str(args, nargs, #fname);                                                                        \
        pos_only(#fname, nargs, kw, 0, 0);                                                                             \
        return do_case(s, how);                                                                                        \
    }
CASE_METHOD(lower, CASE_LOWER)
CASE_METHOD(upper, CASE_UPPER)
CASE_METHOD(swapcase, CASE_SWAP)
CASE_METHOD(title, CASE_TITLE)
CASE_METHOD(capitalize, CASE_CAPITALIZE)
CASE_METHOD(casefold, CASE_FOLD)

/* ---- predicates ----------------------------------------------------------------- */

#define CLASS_METHOD(fname, pred)                                                                                      \
    static Value m_##fname(Value *args, int nargs, Tuple *kw) {                                                        \
        Str *s = self_str(args, nargs, #fname);                                                                        \
        pos_only(#fname, nargs, kw, 0, 0);                                                                             \
        if (!s->nbytes) return False_;                                                                                 \
        size_t adv;                                                                                                    \
        for (size_t off = 0; off < s->nbytes; off += adv)                                                              \
            if (!pred(str_decode_at(s->data + off, &adv))) return False_;                                              \
        return True_;                                                                                                  \
    }
CLASS_METHOD(isalpha, cp_isalpha)
CLASS_METHOD(isalnum, cp_isalnum)
CLASS_METHOD(isdecimal, cp_isdecimal)
CLASS_METHOD(isdigit, cp_isdigit)
CLASS_METHOD(isnumeric, cp_isnumeric)
CLASS_METHOD(isspace, cp_isspace)

static Value m_isascii(Value *args, int nargs, Tuple *kw) {
    Str *s = self_str(args, nargs, "isascii");
    pos_only("isascii", nargs, kw, 0, 0);
    return BOOL(s->ascii);
}

static Value m_isprintable(Value *args, int nargs, Tuple *kw) {
    Str *s = self_str(args, nargs, "isprintable");
    pos_only("isprintable", nargs, kw, 0, 0);
    size_t adv;
    for (size_t off = 0; off < s->nbytes; off += adv)
        if (!str_isprintable_cp(str_decode_at(s->data + off, &adv))) return False_;
    return True_;
}

/* islower / isupper: some cased character, none of the other case. */
static Value case_pred(Str *s, int want) {
    bool cased = false;
    size_t adv;
    for (size_t off = 0; off < s->nbytes; off += adv) {
        uint32_t o;
        int k = case_pair(str_decode_at(s->data + off, &adv), &o);
        if (k == -want || k == 2) return False_; /* titlecase is neither */
        if (k == want) cased = true;
    }
    return BOOL(cased);
}
static Value m_islower(Value *args, int nargs, Tuple *kw) {
    Str *s = self_str(args, nargs, "islower");
    pos_only("islower", nargs, kw, 0, 0);
    return case_pred(s, -1);
}
static Value m_isupper(Value *args, int nargs, Tuple *kw) {
    Str *s = self_str(args, nargs, "isupper");
    pos_only("isupper", nargs, kw, 0, 0);
    return case_pred(s, 1);
}

static Value m_istitle(Value *args, int nargs, Tuple *kw) {
    Str *s = self_str(args, nargs, "istitle");
    pos_only("istitle", nargs, kw, 0, 0);
    bool cased = false, prev = false;
    size_t adv;
    for (size_t off = 0; off < s->nbytes; off += adv) {
        uint32_t o;
        int k = case_pair(str_decode_at(s->data + off, &adv), &o);
        if (k > 0) {
            if (prev) return False_;
            prev = cased = true;
        } else if (k < 0) {
            if (!prev) return False_;
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    return BOOL(cased);
}

static bool id_start(uint32_t c) { return c == '_' || cp_isalpha(c) || (c >= 0x2160 && c <= 0x2188); }
static bool id_continue(uint32_t c) {
    return id_start(c) || cp_isdecimal(c) || (c >= 0x300 && c <= 0x36F) || c == 0xB7 || c == 0x387;
}

static Value m_isidentifier(Value *args, int nargs, Tuple *kw) {
    Str *s = self_str(args, nargs, "isidentifier");
    pos_only("isidentifier", nargs, kw, 0, 0);
    if (!s->nbytes) return False_;
    size_t adv;
    for (size_t off = 0; off < s->nbytes; off += adv) {
        uint32_t c = str_decode_at(s->data + off, &adv);
        if (off == 0 ? !id_start(c) : !id_continue(c)) return False_;
    }
    return True_;
}

/* ---- searching -------------------------------------------------------------------- */

/* find/rfind/index/rindex/count share their argument handling. */
static Value search(Value *args, int nargs, Tuple *kw, const char *fname, bool reverse, bool raise) {
    Str *s = self_str(args, nargs, fname);
    pos_only(fname, nargs, kw, 1, 3);
    Str *sub = IS_STR(args[1]) ? (Str *)args[1] : NULL;
    if (!sub) vm_raisef(TypeError_type, "must be str, not %s", vm_type_name(args[1]));
    Window w = make_window(s, nargs > 2 ? args[2] : NULL, nargs > 3 ? args[3] : NULL);
    int64_t r = -1;
    if (!w.empty) {
        const char *h = s->data + w.bstart;
        size_t hn = w.bend - w.bstart;
        const char *p = reverse ? rfind_bytes(h, hn, sub->data, sub->nbytes) : find_bytes(h, hn, sub->data, sub->nbytes);
        if (p) r = w.cstart + (int64_t)(s->ascii ? (size_t)(p - h) : cp_count(h, (size_t)(p - h)));
    }
    if (r < 0 && raise) vm_raisef(ValueError_type, "substring not found");
    return MK_SMALL(r);
}
static Value m_find(Value *a, int n, Tuple *kw) { return search(a, n, kw, "find", false, false); }
static Value m_rfind(Value *a, int n, Tuple *kw) { return search(a, n, kw, "rfind", true, false); }
static Value m_index(Value *a, int n, Tuple *kw) { return search(a, n, kw, "index", false, true); }
static Value m_rindex(Value *a, int n, Tuple *kw) { return search(a, n, kw, "rindex", true, true); }

static Value m_count(Value *args, int nargs, Tuple *kw) {
    Str *s = self_str(args, nargs, "count");
    pos_only("count", nargs, kw, 1, 3);
    if (!IS_STR(args[1])) vm_raisef(TypeError_type, "must be str, not %s", vm_type_name(args[1]));
    Str *sub = (Str *)args[1];
    Window w = make_window(s, nargs > 2 ? args[2] : NULL, nargs > 3 ? args[3] : NULL);
    if (w.empty) return MK_SMALL(0);
    return MK_SMALL((int64_t)count_bytes(s->data + w.bstart, w.bend - w.bstart, sub->data, sub->nbytes, SIZE_MAX));
}

static Value prefix_match(Value *args, int nargs, Tuple *kw, const char *fname, bool end) {
    Str *s = self_str(args, nargs, fname);
    pos_only(fname, nargs, kw, 1, 3);
    Window w = make_window(s, nargs > 2 ? args[2] : NULL, nargs > 3 ? args[3] : NULL);
    Value x = args[1];
    Value *items = &x;
    size_t n = 1;
    if (IS_TUPLE(x)) {
        items = ((Tuple *)x)->items;
        n = ((Tuple *)x)->len;
    }
    for (size_t i = 0; i < n; i++) {
        if (!IS_STR(items[i])) {
            if (IS_TUPLE(x))
                vm_raisef(TypeError_type, "tuple for %s must only contain str, not %s", fname, vm_type_name(items[i]));
            vm_raisef(TypeError_type, "%s first arg must be str or a tuple of str, not %s", fname,
                      vm_type_name(items[i]));
        }
        Str *p = (Str *)items[i];
        if (w.empty) continue;
        size_t hn = w.bend - w.bstart;
        if (p->nbytes > hn) continue;
        size_t at = end ? w.bend - p->nbytes : w.bstart;
        if (memcmp(s->data + at, p->data, p->nbytes) == 0) return True_;
    }
    return False_;
}
static Value m_startswith(Value *a, int n, Tuple *kw) { return prefix_match(a, n, kw, "startswith", false); }
static Value m_endswith(Value *a, int n, Tuple *kw) { return prefix_match(a, n, kw, "endswith", true); }

/* ---- padding ------------------------------------------------------------------------ */

static uint32_t fill_char(Value *args, int nargs, int at, const char *fname) {
    if (nargs <= at) return ' ';
    if (!IS_STR(args[at]))
        vm_raisef(TypeError_type, "%s() argument 2 must be str, not %s", fname, vm_type_name(args[at]));
    Str *f = (Str *)args[at];
    if (f->len != 1) vm_raisef(TypeError_type, "The fill character must be exactly one character long");
    size_t adv;
    return str_decode_at(f->data, &adv);
}

static Value pad(Str *s, int64_t left, int64_t right, uint32_t fill) {
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (!left && !right) return same_str(s);
    char f[4];
    size_t fl = str_encode_cp(fill, f);
    StrBuf b;
    sb_init(&b, s->nbytes + (size_t)(left + right) * fl);
    for (int64_t i = 0; i < left; i++) sb_add(&b, f, fl);
    sb_addstr(&b, s);
    for (int64_t i = 0; i < right; i++) sb_add(&b, f, fl);
    return (Value)sb_finish(&b);
}

static Value justify(Value *args, int nargs, Tuple *kw, const char *fname, int how) {
    Str *s = self_str(args, nargs, fname);
    pos_only(fname, nargs, kw, 1, 2);
    int64_t width = arg_int(args[1], fname);
    uint32_t fill = fill_char(args, nargs, 2, fname);
    int64_t marg = width - (int64_t)s->len;
    if (marg <= 0) return same_str(s);
    if (how < 0) return pad(s, 0, marg, fill);
    if (how > 0) return pad(s, marg, 0, fill);
    int64_t left = marg / 2 + (marg & width & 1); /* CPython's rounding */
    return pad(s, left, marg - left, fill);
}
static Value m_ljust(Value *a, int n, Tuple *kw) { return justify(a, n, kw, "ljust", -1); }
static Value m_rjust(Value *a, int n, Tuple *kw) { return justify(a, n, kw, "rjust", 1); }
static Value m_center(Value *a, int n, Tuple *kw) { return justify(a, n, kw, "center", 0); }

static Value m_zfill(Value *args, int nargs, Tuple *kw) {
    Str *s = self_str(args, nargs, "zfill");
    pos_only("zfill", nargs, kw, 1, 1);
    int64_t width = arg_int(args[1], "zfill");
    int64_t fill = width - (int64_t)s->len;
    if (fill <= 0) return same_str(s);
    StrBuf b;
    sb_init(&b, s->nbytes + (size_t)fill);
    size_t start = 0;
    if (s->nbytes && (s->data[0] == '+' || s->data[0] == '-')) {
        sb_addc(&b, s->data[0]);
        start = 1;
    }
    for (int64_t i = 0; i < fill; i++) sb_addc(&b, '0');
    sb_add(&b, s->data + start, s->nbytes - start);
    return (Value)sb_finish(&b);
}

static Value m_expandtabs(Value *args, int nargs, Tuple *kw) {
    static const char *const an[] = {"tabsize"};
    Value out[1];
    Str *s = self_str(args, nargs, "expandtabs");
    arg_parse("expandtabs", args, nargs, kw, 1, 1, an, out);
    int64_t ts = out[0] ? arg_int(out[0], "expandtabs") : 8;
    StrBuf b;
    sb_init(&b, s->nbytes + 16);
    int64_t col = 0;
    size_t adv;
    for (size_t off = 0; off < s->nbytes; off += adv) {
        uint32_t c = str_decode_at(s->data + off, &adv);
        if (c == '\t') {
            if (ts > 0) {
                int64_t k = ts - col % ts;
                for (int64_t i = 0; i < k; i++) sb_addc(&b, ' ');
                col += k;
            }
        } else {
            sb_add(&b, s->data + off, adv);
            col++;
            if (c == '\n' || c == '\r') col = 0;
        }
    }
    return (Value)sb_finish(&b);
}

/* ---- strip, split, join, replace ------------------------------------------------------ */

static bool in_cps(uint32_t c, const uint32_t *set, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (set[i] == c) return true;
    return false;
}

/* how: 1 left, 2 right, 3 both */
static Value do_strip(Value *args, int nargs, Tuple *kw, const char *fname, int how) {
    Str *s = self_str(args, nargs, fname);
    pos_only(fname, nargs, kw, 0, 1);
    uint32_t *set = NULL;
    size_t nset = 0;
    if (nargs > 1 && args[1] != None) {
        if (!IS_STR(args[1])) vm_raisef(TypeError_type, "%s arg must be None or str", fname);
        set = str_cps((Str *)args[1], &nset);
    }
    size_t n;
    uint32_t *cps = str_cps(s, &n);
    size_t i = 0, j = n;
    if (how & 1)
        while (i < j && (set ? in_cps(cps[i], set, nset) : cp_isspace(cps[i]))) i++;
    if (how & 2)
        while (j > i && (set ? in_cps(cps[j - 1], set, nset) : cp_isspace(cps[j - 1]))) j--;
    if (i == 0 && j == n) return same_str(s);
    return (Value)str_substr(s, i, j - i);
}
static Value m_strip(Value *a, int n, Tuple *kw) { return do_strip(a, n, kw, "strip", 3); }
static Value m_lstrip(Value *a, int n, Tuple *kw) { return do_strip(a, n, kw, "lstrip", 1); }
static Value m_rstrip(Value *a, int n, Tuple *kw) { return do_strip(a, n, kw, "rstrip", 2); }

/* split/rsplit arguments: sep (None or str) and maxsplit. */
static void split_args(Value *args, int nargs, Tuple *kw, const char *fname, Str **sep, int64_t *maxsplit) {
    static const char *const an[] = {"sep", "maxsplit"};
    Value out[2];
    arg_parse(fname, args, nargs, kw, 1, 2, an, out);
    *sep = NULL;
    if (out[0] && out[0] != None) {
        if (!IS_STR(out[0])) vm_raisef(TypeError_type, "must be str or None, not %s", vm_type_name(out[0]));
        *sep = (Str *)out[0];
        if (!(*sep)->nbytes) vm_raisef(ValueError_type, "empty separator");
    }
    *maxsplit = out[1] ? arg_int(out[1], fname) : -1;
    if (*maxsplit < 0) *maxsplit = INT64_MAX;
}

/* Whitespace split over byte offsets (code points decoded on the fly). */
static Value split_ws(Str *s, int64_t maxsplit, bool reverse) {
    List *l = list_new(0);
    size_t n;
    uint32_t *cps = str_cps(s, &n);
    /* byte offset of each code point, plus the end */
    size_t *offs = gc_alloc_raw((n + 1) * sizeof(size_t));
    for (size_t i = 0, off = 0; i <= n; i++) {
        offs[i] = off;
        if (i < n) off += cps[i] < 0x80 ? 1 : cps[i] < 0x800 ? 2 : cps[i] < 0x10000 ? 3 : 4;
    }
    if (!reverse) {
        size_t i = 0;
        while (i < n) {
            while (i < n && cp_isspace(cps[i])) i++;
            if (i == n) break;
            if (maxsplit-- <= 0) { /* the rest, trailing whitespace included */
                list_append(l, (Value)new_like(s->data + offs[i], offs[n] - offs[i]));
                break;
            }
            size_t j = i;
            while (j < n && !cp_isspace(cps[j])) j++;
            list_append(l, (Value)new_like(s->data + offs[i], offs[j] - offs[i]));
            i = j;
        }
        return (Value)l;
    }
    size_t j = n;
    while (j > 0) {
        while (j > 0 && cp_isspace(cps[j - 1])) j--;
        if (j == 0) break;
        if (maxsplit-- <= 0) { /* the rest, leading whitespace included */
            list_append(l, (Value)new_like(s->data, offs[j]));
            break;
        }
        size_t i = j;
        while (i > 0 && !cp_isspace(cps[i - 1])) i--;
        list_append(l, (Value)new_like(s->data + offs[i], offs[j] - offs[i]));
        j = i;
    }
    /* collected back to front */
    for (size_t a = 0, b = l->len; b > a + 1; a++, b--) {
        Value t = l->items[a];
        l->items[a] = l->items[b - 1];
        l->items[b - 1] = t;
    }
    return (Value)l;
}

static Value m_split(Value *args, int nargs, Tuple *kw) {
    Str *s = self_str(args, nargs, "split"), *sep;
    int64_t maxsplit;
    split_args(args, nargs, kw, "split", &sep, &maxsplit);
    if (!sep) return split_ws(s, maxsplit, false);
    List *l = list_new(0);
    const char *h = s->data;
    size_t hn = s->nbytes;
    while (maxsplit-- > 0) {
        const char *p = find_bytes(h, hn, sep->data, sep->nbytes);
        if (!p) break;
        list_append(l, (Value)new_like(h, (size_t)(p - h)));
        hn -= (size_t)(p - h) + sep->nbytes;
        h = p + sep->nbytes;
    }
    list_append(l, (Value)new_like(h, hn));
    return (Value)l;
}

static Value m_rsplit(Value *args, int nargs, Tuple *kw) {
    Str *s = self_str(args, nargs, "rsplit"), *sep;
    int64_t maxsplit;
    split_args(args, nargs, kw, "rsplit", &sep, &maxsplit);
    if (!sep) return split_ws(s, maxsplit, true);
    List *l = list_new(0);
    size_t end = s->nbytes;
    while (maxsplit-- > 0) {
        const char *p = rfind_bytes(s->data, end, sep->data, sep->nbytes);
        if (!p) break;
        size_t at = (size_t)(p - s->data);
        list_append(l, (Value)new_like(p + sep->nbytes, end - at - sep->nbytes));
        end = at;
    }
    list_append(l, (Value)new_like(s->data, end));
    for (size_t a = 0, b = l->len; b > a + 1; a++, b--) {
        Value t = l->items[a];
        l->items[a] = l->items[b - 1];
        l->items[b - 1] = t;
    }
    return (Value)l;
}

static Value m_splitlines(Value *args, int nargs, Tuple *kw) {
    static const char *const an[] = {"keepends"};
    Value out[1];
    Str *s = self_str(args, nargs, "splitlines");
    arg_parse("splitlines", args, nargs, kw, 1, 1, an, out);
    bool keep = out[0] && vm_truthy(out[0]);
    List *l = list_new(0);
    size_t start = 0, off = 0, adv;
    while (off < s->nbytes) {
        uint32_t c = str_decode_at(s->data + off, &adv);
        bool nl = c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E) || c == 0x85 ||
                  c == 0x2028 || c == 0x2029;
        if (!nl) {
            off += adv;
            continue;
        }
        size_t eol = off + adv;
        if (c == '\r' && eol < s->nbytes && s->data[eol] == '\n') eol++;
        list_append(l, (Value)new_like(s->data + start, (keep ? eol : off) - start));
        start = off = eol;
    }
    if (start < s->nbytes) list_append(l, (Value)new_like(s->data + start, s->nbytes - start));
    return (Value)l;
}

static Value do_partition(Value *args, int nargs, Tuple *kw, const char *fname, bool reverse) {
    Str *s = self_str(args, nargs, fname);
    pos_only(fname, nargs, kw, 1, 1);
    if (!IS_STR(args[1])) vm_raisef(TypeError_type, "must be str, not %s", vm_type_name(args[1]));
    Str *sep = (Str *)args[1];
    if (!sep->nbytes) vm_raisef(ValueError_type, "empty separator");
    const char *p = reverse ? rfind_bytes(s->data, s->nbytes, sep->data, sep->nbytes)
                            : find_bytes(s->data, s->nbytes, sep->data, sep->nbytes);
    Tuple *t = tuple_new(3);
    if (!p) {
        t->items[reverse ? 2 : 0] = same_str(s);
        t->items[1] = (Value)str_empty;
        t->items[reverse ? 0 : 2] = (Value)str_empty;
        return (Value)t;
    }
    size_t at = (size_t)(p - s->data);
    t->items[0] = (Value)new_like(s->data, at);
    t->items[1] = same_str(sep);
    t->items[2] = (Value)new_like(p + sep->nbytes, s->nbytes - at - sep->nbytes);
    return (Value)t;
}
static Value m_partition(Value *a, int n, Tuple *kw) { return do_partition(a, n, kw, "partition", false); }
static Value m_rpartition(Value *a, int n, Tuple *kw) { return do_partition(a, n, kw, "rpartition", true); }

static Value m_join(Value *args, int nargs, Tuple *kw) {
    Str *s = self_str(args, nargs, "join");
    pos_only("join", nargs, kw, 1, 1);
    Value *items;
    size_t n;
    if (IS_LIST(args[1]) || IS_TUPLE(args[1])) {
        /* snapshot: a list could change under us only through __str__
         * calls, which join does not make */
        if (IS_LIST(args[1])) {
            items = ((List *)args[1])->items;
            n = ((List *)args[1])->len;
        } else {
            items = ((Tuple *)args[1])->items;
            n = ((Tuple *)args[1])->len;
        }
    } else {
        /* CPython (PySequence_Fast) turns "not iterable" into its own message */
        volatile Value it = NULL;
        VM_TRY(t)
        it = vm_iter(args[1]);
        VM_CATCH(t, e)
        if (!vm_exc_matches(e, TypeError_type)) vm_raise(e);
        vm_raisef(TypeError_type, "can only join an iterable");
        VM_END
        List *l = list_from_iter(it);
        items = l->items;
        n = l->len;
    }
    if (n == 1 && IS_EXACT_STR(items[0])) return items[0];
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        if (!IS_STR(items[i]))
            vm_raisef(TypeError_type, "sequence item %zu: expected str instance, %s found", i,
                      vm_type_name(items[i]));
        total += ((Str *)items[i])->nbytes;
    }
    if (n > 1) total += s->nbytes * (n - 1);
    StrBuf b;
    sb_init(&b, total + 1);
    for (size_t i = 0; i < n; i++) {
        if (i) sb_addstr(&b, s);
        sb_addstr(&b, (Str *)items[i]);
    }
    return (Value)sb_finish(&b);
}

static Value m_replace(Value *args, int nargs, Tuple *kw) {
    Str *s = self_str(args, nargs, "replace");
    pos_only("replace", nargs, kw, 2, 3);
    Str *old = need_str(args[1], "replace", 1), *new_ = need_str(args[2], "replace", 2);
    int64_t count = nargs > 3 ? arg_int(args[3], "replace") : -1;
    size_t maxc = count < 0 ? SIZE_MAX : (size_t)count;
    if (maxc == 0) return same_str(s);
    StrBuf b;
    sb_init(&b, s->nbytes + 16);
    if (!old->nbytes) {
        /* insert new before every code point and at the end */
        size_t k = 0, adv;
        size_t off = 0;
        for (; off < s->nbytes && k < maxc; off += adv, k++) {
            sb_addstr(&b, new_);
            str_decode_at(s->data + off, &adv);
            sb_add(&b, s->data + off, adv);
        }
        if (off < s->nbytes) sb_add(&b, s->data + off, s->nbytes - off);
        else if (k < maxc) sb_addstr(&b, new_);
        return (Value)sb_finish(&b);
    }
    const char *h = s->data;
    size_t hn = s->nbytes, k = 0;
    while (k < maxc) {
        const char *p = find_bytes(h, hn, old->data, old->nbytes);
        if (!p) break;
        sb_add(&b, h, (size_t)(p - h));
        sb_addstr(&b, new_);
        hn -= (size_t)(p - h) + old->nbytes;
        h = p + old->nbytes;
        k++;
    }
    if (k == 0) return same_str(s);
    sb_add(&b, h, hn);
    return (Value)sb_finish(&b);
}

static Value m_removeprefix(Value *args, int nargs, Tuple *kw) {
    Str *s = self_str(args, nargs, "removeprefix");
    pos_only("removeprefix", nargs, kw, 1, 1);
    Str *p = need_str(args[1], "removeprefix", 0);
    if (p->nbytes <= s->nbytes && memcmp(s->data, p->data, p->nbytes) == 0 && p->nbytes)
        return (Value)new_like(s->data + p->nbytes, s->nbytes - p->nbytes);
    return same_str(s);
}

static Value m_removesuffix(Value *args, int nargs, Tuple *kw) {
    Str *s = self_str(args, nargs, "removesuffix");
    pos_only("removesuffix", nargs, kw, 1, 1);
    Str *p = need_str(args[1], "removesuffix", 0);
    if (p->nbytes && p->nbytes <= s->nbytes && memcmp(s->data + s->nbytes - p->nbytes, p->data, p->nbytes) == 0)
        return (Value)new_like(s->data, s->nbytes - p->nbytes);
    return same_str(s);
}

/* ---- translate / maketrans ------------------------------------------------------------- */

static Value m_translate(Value *args, int nargs, Tuple *kw) {
    Str *s = self_str(args, nargs, "translate");
    pos_only("translate", nargs, kw, 1, 1);
    Value table = args[1];
    StrBuf b;
    sb_init(&b, s->nbytes + 8);
    size_t adv;
    for (size_t off = 0; off < s->nbytes; off += adv) {
        uint32_t c = str_decode_at(s->data + off, &adv);
        volatile Value r = NULL;
        if (is_type(table, &dict_type)) {
            r = dict_get((Dict *)table, MK_SMALL(c));
        } else {
            VM_TRY(t)
            r = vm_getitem(table, MK_SMALL(c));
            VM_CATCH(t, e)
            if (!vm_exc_matches(e, LookupError_type)) vm_raise(e);
            r = NULL;
            VM_END
        }
        Value v = r;
        if (!v) sb_add(&b, s->data + off, adv);
        else if (v == None) continue;
        else if (IS_INTLIKE(v)) {
            int64_t x;
            if (!int_to_i64(v, &x) || x < 0 || x > 0x10FFFF)
                vm_raisef(ValueError_type, "character mapping must be in range(0x110000)");
            sb_addcp(&b, (uint32_t)x);
        } else if (IS_STR(v)) {
            sb_addstr(&b, (Str *)v);
        } else {
            vm_raisef(TypeError_type, "character mapping must return integer, None or str");
        }
    }
    return (Value)sb_finish(&b);
}

static Value m_maketrans(Value *args, int nargs, Tuple *kw) {
    if (kw && kw->len) vm_raisef(TypeError_type, "maketrans() takes no keyword arguments");
    if (nargs < 1 || nargs > 3)
        vm_raisef(TypeError_type, "maketrans expected %s 1 argument%s, got %d", nargs < 1 ? "at least" : "at most",
                  nargs < 1 ? "" : "s", nargs);
    Dict *d = dict_new();
    if (nargs == 1) {
        if (!IS_DICT(args[0]))
            vm_raisef(TypeError_type, "if you give only one argument to maketrans it must be a dict");
        size_t pos = 0;
        Value k, v;
        while (dict_next((Dict *)args[0], &pos, &k, &v)) {
            if (IS_STR(k)) {
                if (((Str *)k)->len != 1)
                    vm_raisef(ValueError_type, "string keys in translate table must be of length 1");
                size_t adv;
                dict_set(d, MK_SMALL(str_decode_at(((Str *)k)->data, &adv)), v);
            } else if (IS_INTLIKE(k)) {
                dict_set(d, k, v);
            } else {
                vm_raisef(TypeError_type, "keys in translate table must be strings or integers");
            }
        }
        return (Value)d;
    }
    if (!IS_STR(args[0]))
        vm_raisef(TypeError_type, "maketrans() argument 1 must be str, not %s", vm_type_name(args[0]));
    if (!IS_STR(args[1]))
        vm_raisef(TypeError_type, "maketrans() argument 2 must be str, not %s", vm_type_name(args[1]));
    size_t nx, ny;
    uint32_t *x = str_cps((Str *)args[0], &nx), *y = str_cps((Str *)args[1], &ny);
    if (nx != ny) vm_raisef(ValueError_type, "the first two maketrans arguments must have equal length");
    for (size_t i = 0; i < nx; i++) dict_set(d, MK_SMALL(x[i]), MK_SMALL(y[i]));
    if (nargs == 3) {
        if (!IS_STR(args[2]))
            vm_raisef(TypeError_type, "maketrans() argument 3 must be str, not %s", vm_type_name(args[2]));
        size_t nz;
        uint32_t *z = str_cps((Str *)args[2], &nz);
        for (size_t i = 0; i < nz; i++) dict_set(d, MK_SMALL(z[i]), None);
    }
    return (Value)d;
}

/* ---- str.format / format_map ------------------------------------------------------------ */

typedef struct {
    Value *pos;      /* positional arguments */
    int npos;
    Tuple *kwnames;  /* names of keyword arguments, values in kwvals */
    Value *kwvals;
    Value mapping;   /* format_map's mapping, or NULL */
    int64_t auto_idx;
    int mode;        /* 0 not yet known, 1 automatic, 2 manual numbering */
} FmtArgs;

static void format_into(StrBuf *b, const char *p, size_t n, FmtArgs *fa, int depth);

static bool all_digits(const char *p, size_t n) {
    if (!n) return false;
    for (size_t i = 0; i < n; i++)
        if (p[i] < '0' || p[i] > '9') return false;
    return true;
}

static int64_t parse_index(const char *p, size_t n) {
    int64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (v > (INT64_MAX - 9) / 10) vm_raisef(ValueError_type, "Too many decimal digits in format string");
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

/* The object a field name's first part names. */
static Value field_base(const char *p, size_t n, FmtArgs *fa) {
    int64_t idx = -1;
    if (n == 0) {
        if (fa->mode == 2)
            vm_raisef(ValueError_type, "cannot switch from manual field specification to automatic field numbering");
        fa->mode = 1;
        idx = fa->auto_idx++;
    } else if (all_digits(p, n)) {
        if (fa->mode == 1)
            vm_raisef(ValueError_type, "cannot switch from automatic field numbering to manual field specification");
        fa->mode = 2;
        idx = parse_index(p, n);
    }
    if (idx >= 0) {
        if (fa->mapping) vm_raisef(ValueError_type, "Format string contains positional fields");
        if (idx >= fa->npos)
            vm_raisef(IndexError_type, "Replacement index %ld out of range for positional args tuple", idx);
        return fa->pos[idx];
    }
    Str *key = str_new(p, n);
    if (fa->mapping) return vm_getitem(fa->mapping, (Value)key);
    for (size_t i = 0; fa->kwnames && i < fa->kwnames->len; i++)
        if (str_eq((Str *)fa->kwnames->items[i], key)) return fa->kwvals[i];
    Value k = (Value)key;
    vm_raise(exc_new_args(KeyError_type, &k, 1));
}

/* Resolve a whole field name: base, then .attr and [key] parts. */
static Value field_value(const char *p, size_t n, FmtArgs *fa) {
    size_t i = 0;
    while (i < n && p[i] != '.' && p[i] != '[') i++;
    Value v = field_base(p, i, fa);
    while (i < n) {
        if (p[i] == '.') {
            size_t j = ++i;
            while (i < n && p[i] != '.' && p[i] != '[') i++;
            if (i == j) vm_raisef(ValueError_type, "Empty attribute in format string");
            v = vm_getattr(v, str_intern(str_new(p + j, i - j)));
        } else if (p[i] == '[') {
            size_t j = ++i;
            while (i < n && p[i] != ']') i++;
            if (i == n) vm_raisef(ValueError_type, "Missing ']' in format string");
            if (i == j) vm_raisef(ValueError_type, "Empty attribute in format string");
            Value key = all_digits(p + j, i - j) ? MK_SMALL(parse_index(p + j, i - j)) : (Value)str_new(p + j, i - j);
            v = vm_getitem(v, key);
            i++;
            if (i < n && p[i] != '.' && p[i] != '[')
                vm_raisef(ValueError_type, "Only '.' or '[' may follow ']' in format field specifier");
        } else {
            vm_raisef(ValueError_type, "Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    return v;
}

/* One replacement field, the text between its braces. */
static void format_field(StrBuf *b, const char *p, size_t n, FmtArgs *fa, int depth) {
    /* the field name ends at ':' or '!' outside brackets */
    size_t i = 0;
    while (i < n) {
        char c = p[i];
        if (c == '{') vm_raisef(ValueError_type, "unexpected '{' in field name");
        if (c == '[') {
            while (i < n && p[i] != ']') i++;
            if (i < n) i++;
            continue;
        }
        if (c == ':' || c == '!') break;
        i++;
    }
    size_t name_end = i;
    char conv = 0;
    if (i < n && p[i] == '!') {
        if (i + 1 >= n) vm_raisef(ValueError_type, "end of string while looking for conversion specifier");
        conv = p[i + 1];
        i += 2;
        if (i < n && p[i] != ':') vm_raisef(ValueError_type, "expected ':' after conversion specifier");
    }
    /* the object first: automatic numbering counts it before the fields
     * nested in its spec ("{:{}}".format(x, width)) */
    Value v = field_value(p, name_end, fa);
    Str *spec = str_empty;
    if (i < n && p[i] == ':') {
        i++;
        if (memchr(p + i, '{', n - i)) {
            /* CPython allows one level of nesting */
            if (depth >= 1) vm_raisef(ValueError_type, "Max string recursion exceeded");
            StrBuf sb;
            sb_init(&sb, n - i + 16);
            format_into(&sb, p + i, n - i, fa, depth + 1);
            spec = sb_finish(&sb);
        } else {
            spec = str_new(p + i, n - i);
        }
    }
    switch (conv) {
    case 0: break;
    case 'r': v = (Value)vm_repr(v); break;
    case 's': v = (Value)vm_str(v); break;
    case 'a': v = (Value)vm_ascii(v); break;
    default:
        if ((unsigned char)conv >= 0x20 && (unsigned char)conv < 0x7f)
            vm_raisef(ValueError_type, "Unknown conversion specifier %c", conv);
        vm_raisef(ValueError_type, "Unknown conversion specifier \\x%02x", (unsigned char)conv);
    }
    sb_addstr(b, (Str *)vm_format(v, spec));
}

static void format_into(StrBuf *b, const char *p, size_t n, FmtArgs *fa, int depth) {
    size_t i = 0;
    while (i < n) {
        char c = p[i];
        if (c == '}') {
            if (i + 1 < n && p[i + 1] == '}') {
                sb_addc(b, '}');
                i += 2;
                continue;
            }
            vm_raisef(ValueError_type, "Single '}' encountered in format string");
        }
        if (c != '{') {
            size_t j = i;
            while (j < n && p[j] != '{' && p[j] != '}') j++;
            sb_add(b, p + i, j - i);
            i = j;
            continue;
        }
        if (i + 1 < n && p[i + 1] == '{') {
            sb_addc(b, '{');
            i += 2;
            continue;
        }
        if (i + 1 >= n) vm_raisef(ValueError_type, "Single '{' encountered in format string");
        /* find the matching '}' counting nested braces (of the spec); in
         * the field name, brackets quote braces: "{0[}]}" is field "0[}]" */
        size_t j = i + 1;
        int level = 1;
        bool in_spec = false;
        while (j < n) {
            char c2 = p[j];
            if (!in_spec && c2 == '[') {
                while (j < n && p[j] != ']') j++;
                if (j < n) j++;
                continue;
            }
            if (c2 == ':' && level == 1) in_spec = true;
            if (c2 == '{') level++;
            else if (c2 == '}' && --level == 0) break;
            j++;
        }
        if (j >= n) vm_raisef(ValueError_type, "expected '}' before end of string");
        format_field(b, p + i + 1, j - i - 1, fa, depth);
        i = j + 1;
    }
}

static Value m_format(Value *args, int nargs, Tuple *kw) {
    Str *s = self_str(args, nargs, "format");
    /* nargs counts the keyword values too; they come last */
    int nkw = kw ? (int)kw->len : 0;
    FmtArgs fa = {.pos = args + 1, .npos = nargs - nkw - 1, .kwnames = kw, .kwvals = args + nargs - nkw};
    StrBuf b;
    sb_init(&b, s->nbytes + 16);
    format_into(&b, s->data, s->nbytes, &fa, 0);
    return (Value)sb_finish(&b);
}

static Value m_format_map(Value *args, int nargs, Tuple *kw) {
    Str *s = self_str(args, nargs, "format_map");
    pos_only("format_map", nargs, kw, 1, 1);
    FmtArgs fa = {.mapping = args[1]};
    StrBuf b;
    sb_init(&b, s->nbytes + 16);
    format_into(&b, s->data, s->nbytes, &fa, 0);
    return (Value)sb_finish(&b);
}

static Value m___format__(Value *args, int nargs, Tuple *kw) {
    Str *s = self_str(args, nargs, "__format__");
    pos_only("__format__", nargs, kw, 1, 1);
    if (!IS_STR(args[1]))
        vm_raisef(TypeError_type, "__format__() argument must be str, not %s", vm_type_name(args[1]));
    return str_format_spec(s, (Str *)args[1]);
}

static Value m___getnewargs__(Value *args, int nargs, Tuple *kw) {
    Str *s = self_str(args, nargs, "__getnewargs__");
    pos_only("__getnewargs__", nargs, kw, 0, 0);
    Value v = (Value)str_new(s->data, s->nbytes);
    return (Value)tuple_from(&v, 1);
}

/* ---- printf-style formatting: fmt % args ----------------------------------------------------- */

typedef struct {
    fmt_sink sink;
    StrBuf *sb;
} PctSink;

static void pct_put(fmt_sink *s, const char *p, size_t n) { sb_add(((PctSink *)s)->sb, p, n); }

/* Pad a converted str to width (spaces; '-' pads on the right). */
static void add_padded(StrBuf *b, const char *p, size_t nbytes, size_t ncp, unsigned flags, int64_t width) {
    int64_t padn = width > (int64_t)ncp ? width - (int64_t)ncp : 0;
    if (!(flags & FMT_PF_LEFT))
        for (int64_t i = 0; i < padn; i++) sb_addc(b, ' ');
    sb_add(b, p, nbytes);
    if (flags & FMT_PF_LEFT)
        for (int64_t i = 0; i < padn; i++) sb_addc(b, ' ');
}

/* The int a %d/%x conversion formats, following CPython's mainformatlong:
 * ints as they are; for d i u also anything int() accepts that is a number
 * (floats truncate); x X o need __index__. */
static Value pct_int_arg(Value v, char conv) {
    if (IS_INTLIKE(v)) return IS_SMALL(v) ? v : int_value(v);
    Type *t = type_of(v);
    bool has_index = type_lookup(t, names.__index__) != NULL;
    if (has_index) return vm_index_value(v);
    bool number = IS_FLOAT(v) || type_lookup(t, names.__int__) || type_lookup(t, names.__float__);
    if (conv == 'x' || conv == 'X' || conv == 'o' || !number) {
        if (conv == 'x' || conv == 'X' || conv == 'o')
            vm_raisef(TypeError_type, "%%%c format: an integer is required, not %s", conv, vm_type_name(v));
        vm_raisef(TypeError_type, "%%%c format: a real number is required, not %s", conv, vm_type_name(v));
    }
    if (IS_FLOAT(v)) return int_from_double(((Float *)v)->v);
    Value r = vm_call_method(v, type_lookup(t, names.__int__) ? names.__int__ : names.__float__, no_args, 0);
    if (IS_FLOAT(r)) return int_from_double(((Float *)r)->v);
    return IS_SMALL(r) ? r : int_value(r);
}

static double pct_float_arg(Value v) {
    if (IS_FLOAT(v)) return ((Float *)v)->v;
    if (IS_INTLIKE(v)) return int_to_double(IS_SMALL(v) ? v : int_value(v));
    Type *t = type_of(v);
    if (type_lookup(t, names.__float__)) {
        Value r = vm_call_method(v, names.__float__, no_args, 0);
        if (!IS_FLOAT(r))
            vm_raisef(TypeError_type, "%s.__float__ returned non-float (type %s)", vm_type_name(v), vm_type_name(r));
        return ((Float *)r)->v;
    }
    if (type_lookup(t, names.__index__)) return int_to_double(vm_index_value(v));
    vm_raisef(TypeError_type, "must be real number, not %s", vm_type_name(v));
}

Value str_mod(Str *fmt, Value args) {
    Value *items = &args;
    size_t nitems = 1, argi = 0;
    Value mapping = NULL;
    if (IS_TUPLE(args)) {
        items = ((Tuple *)args)->items;
        nitems = ((Tuple *)args)->len;
    } else if (!IS_STR(args) && type_lookup(type_of(args), names.__getitem__)) {
        mapping = args;
    }
    const char *p = fmt->data, *end = fmt->data + fmt->nbytes;
    StrBuf b;
    sb_init(&b, fmt->nbytes + 16);
    PctSink ps = {.sink = {.put = pct_put}, .sb = &b};
    bool used_key = false;
#define NEXT_ARG()                                                                                                      \
    (argi < nitems ? items[argi++] : (vm_raisef(TypeError_type, "not enough arguments for format string"), (Value)NULL))
    while (p < end) {
        const char *pc = memchr(p, '%', (size_t)(end - p));
        if (!pc) {
            sb_add(&b, p, (size_t)(end - p));
            break;
        }
        sb_add(&b, p, (size_t)(pc - p));
        p = pc + 1;
        if (p < end && *p == '%') { /* only "%%" is a literal percent */
            sb_addc(&b, '%');
            p++;
            continue;
        }
        Value keyed = NULL;
        if (p < end && *p == '(') {
            if (!mapping) vm_raisef(TypeError_type, "format requires a mapping");
            int depth = 1;
            const char *ks = ++p;
            while (p < end && depth) {
                if (*p == '(') depth++;
                else if (*p == ')') depth--;
                p++;
            }
            if (depth) vm_raisef(ValueError_type, "incomplete format key");
            keyed = vm_getitem(mapping, (Value)str_new(ks, (size_t)(p - 1 - ks)));
            used_key = true;
        }
        unsigned flags = 0;
        for (; p < end; p++) {
            if (*p == '-') flags |= FMT_PF_LEFT;
            else if (*p == '+') flags |= FMT_PF_PLUS;
            else if (*p == ' ') flags |= FMT_PF_SPACE;
            else if (*p == '#') flags |= FMT_PF_ALT;
            else if (*p == '0') flags |= FMT_PF_ZERO;
            else break;
        }
        int64_t width = -1, prec = -1;
        if (p < end && *p == '*') {
            Value w = NEXT_ARG();
            if (!IS_INTLIKE(w)) vm_raisef(TypeError_type, "* wants int");
            width = int_as_i64(w);
            if (width < 0) {
                flags |= FMT_PF_LEFT;
                width = -width;
            }
            p++;
        } else if (p < end && *p >= '0' && *p <= '9') {
            width = 0;
            while (p < end && *p >= '0' && *p <= '9') {
                if (width > (INT64_MAX - 9) / 10) vm_raisef(ValueError_type, "width too big");
                width = width * 10 + (*p++ - '0');
            }
        }
        if (p < end && *p == '.') {
            p++;
            prec = 0;
            if (p < end && *p == '*') {
                Value w = NEXT_ARG();
                if (!IS_INTLIKE(w)) vm_raisef(TypeError_type, "* wants int");
                prec = int_as_i64(w);
                if (prec < 0) prec = 0;
                p++;
            } else {
                while (p < end && *p >= '0' && *p <= '9') {
                    if (prec > (INT64_MAX - 9) / 10) vm_raisef(ValueError_type, "precision too big");
                    prec = prec * 10 + (*p++ - '0');
                }
            }
        }
        while (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) p++;
        if (p >= end) vm_raisef(ValueError_type, "incomplete format");
        size_t adv;
        uint32_t conv = str_decode_at(p, &adv);
        size_t conv_index = cp_index_at(fmt, (size_t)(p - fmt->data));
        p += adv;
        Value v = keyed ? keyed : NULL;
        switch (conv) {
        case 's':
        case 'r':
        case 'a': {
            if (!v) v = NEXT_ARG();
            Str *s = conv == 's' ? vm_str(v) : conv == 'r' ? vm_repr(v) : vm_ascii(v);
            size_t nb = s->nbytes, ncp = s->len;
            if (prec >= 0 && (size_t)prec < ncp) {
                nb = str_offset(s, (size_t)prec);
                ncp = (size_t)prec;
            }
            add_padded(&b, s->data, nb, ncp, flags, width);
            break;
        }
        case 'd':
        case 'i':
        case 'u':
        case 'x':
        case 'X':
        case 'o': {
            if (!v) v = NEXT_ARG();
            Value iv = pct_int_arg(v, (char)conv);
            int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
            Str *d = int_to_str(iv, base);
            const char *dp = d->data;
            size_t dn = d->nbytes;
            bool neg = dn && dp[0] == '-';
            if (neg) dp++, dn--;
            char *digits = gc_alloc_raw(dn + 1);
            for (size_t i = 0; i < dn; i++) {
                char c = dp[i];
                if (conv == 'X' && c >= 'a' && c <= 'f') c = (char)(c - 32);
                if (conv != 'X' && c >= 'A' && c <= 'F') c = (char)(c + 32);
                digits[i] = c;
            }
            char cc = conv == 'i' || conv == 'u' ? 'd' : (char)conv;
            fmt_percent_int_digits(&ps.sink, cc, flags, width, prec, neg, digits, dn);
            break;
        }
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G':
            if (!v) v = NEXT_ARG();
            fmt_percent_double(&ps.sink, (char)conv, flags, width, prec, pct_float_arg(v));
            break;
        case 'c': {
            if (!v) v = NEXT_ARG();
            uint32_t ch;
            if (IS_STR(v)) {
                if (((Str *)v)->len != 1) vm_raisef(TypeError_type, "%%c requires int or char");
                size_t a2;
                ch = str_decode_at(((Str *)v)->data, &a2);
            } else if (IS_INTLIKE(v) || type_lookup(type_of(v), names.__index__)) {
                int64_t x;
                if (!int_to_i64(vm_index_value(v), &x) || x < 0 || x > 0x10FFFF)
                    vm_raisef(OverflowError_type, "%%c arg not in range(0x110000)");
                ch = (uint32_t)x;
            } else {
                vm_raisef(TypeError_type, "%%c requires int or char");
            }
            char tmp[4];
            add_padded(&b, tmp, str_encode_cp(ch, tmp), 1, flags, width);
            break;
        }
        default:
            if (!v) v = NEXT_ARG(); /* CPython takes the argument first */
            if (conv >= 0x20 && conv < 0x7f)
                vm_raisef(ValueError_type, "unsupported format character '%c' (0x%s) at index %zu", (int)conv,
                          int_to_str(MK_SMALL(conv), 16)->data, conv_index);
            vm_raisef(ValueError_type, "unsupported format character '%S' (0x%s) at index %zu",
                      (Value)str_from_codepoint(conv), int_to_str(MK_SMALL(conv), 16)->data, conv_index);
        }
    }
#undef NEXT_ARG
    if (argi < nitems && !mapping)
        vm_raisef(TypeError_type, "not all arguments converted during string formatting");
    (void)used_key;
    return (Value)sb_finish(&b);
}

/* ---- str(), encode ------------------------------------------------------------------------- */

/* Codecs live in vm/bytes.c (utf-8, ascii, latin-1); shared with bytes. */
Value bytes_codec_encode(Str *s, Str *encoding, Str *errors);
Str *bytes_codec_decode(const uint8_t *p, size_t n, Str *encoding, Str *errors);
Value str_new_(Type *t, Value *args, int nargs, Tuple *kw); /* str_type's new_ slot (vm/str.c) */

static Value m_encode(Value *args, int nargs, Tuple *kw) {
    static const char *const an[] = {"encoding", "errors"};
    Value out[2];
    Str *s = self_str(args, nargs, "encode");
    arg_parse("encode", args, nargs, kw, 1, 2, an, out);
    if (out[0] && !IS_STR(out[0]))
        vm_raisef(TypeError_type, "encode() argument 'encoding' must be str, not %s", vm_type_name(out[0]));
    if (out[1] && !IS_STR(out[1]))
        vm_raisef(TypeError_type, "encode() argument 'errors' must be str, not %s", vm_type_name(out[1]));
    return bytes_codec_encode(s, (Str *)out[0], (Str *)out[1]);
}

/* An instance of a str subclass holding a copy of s. */
static Value str_of_type(Type *t, Str *s) {
    if (t == &str_type) return IS_EXACT_STR((Value)s) ? (Value)s : (Value)str_new(s->data, s->nbytes);
    Str *r = gc_alloc(t, sizeof(Str) + s->nbytes + 1);
    r->hash = -1;
    r->len = s->len;
    r->nbytes = s->nbytes;
    r->ascii = s->ascii;
    memcpy(r->data, s->data, s->nbytes);
    r->data[s->nbytes] = 0;
    return (Value)r;
}

Value str_new_(Type *t, Value *args, int nargs, Tuple *kw) {
    static const char *const an[] = {"object", "encoding", "errors"};
    Value out[3];
    arg_parse("str", args, nargs, kw, 0, 3, an, out);
    if (!out[0]) {
        if (out[1] || out[2]) return str_of_type(t, str_empty); /* str(encoding='x') is '' */
        return str_of_type(t, str_empty);
    }
    if (!out[1] && !out[2]) return str_of_type(t, vm_str(out[0]));
    if (out[1] && !IS_STR(out[1]))
        vm_raisef(TypeError_type, "str() argument 'encoding' must be str, not %s", vm_type_name(out[1]));
    if (out[2] && !IS_STR(out[2]))
        vm_raisef(TypeError_type, "str() argument 'errors' must be str, not %s", vm_type_name(out[2]));
    if (IS_STR(out[0])) vm_raisef(TypeError_type, "decoding str is not supported");
    const uint8_t *p;
    size_t n;
    if (!bytes_buffer(out[0], &p, &n))
        vm_raisef(TypeError_type, "decoding to str: need a bytes-like object, %s found", vm_type_name(out[0]));
    return str_of_type(t, bytes_codec_decode(p, n, (Str *)out[1], (Str *)out[2]));
}

/* ---- the method table ------------------------------------------------------------------------ */

/* See DEF_METHOD in vm/obj.h. */
#define M(n) DEF_METHOD(str_type, n, m_##n, NATIVE_METHOD);
M(capitalize) M(casefold) M(center) M(count) M(encode) M(endswith) M(expandtabs) M(find) M(format)
M(format_map) M(index) M(isalnum) M(isalpha) M(isascii) M(isdecimal) M(isdigit) M(isidentifier)
M(islower) M(isnumeric) M(isprintable) M(isspace) M(istitle) M(isupper) M(join) M(ljust) M(lower)
M(lstrip) M(partition) M(removeprefix) M(removesuffix) M(replace) M(rfind) M(rindex) M(rjust)
M(rpartition) M(rsplit) M(rstrip) M(split) M(splitlines) M(startswith) M(strip) M(swapcase) M(title)
M(translate) M(upper) M(zfill) M(__format__) M(__getnewargs__)
#undef M
DEF_METHOD(str_type, maketrans, m_maketrans, NATIVE_STATIC);
