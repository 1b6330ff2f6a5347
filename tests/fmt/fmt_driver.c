/* SPDX-License-Identifier: MIT */
/* Test driver for vm/fmt.c: reads one request per line on stdin and
 * answers one line per request on stdout, so that test_fmt.py can compare
 * thousands of cases against CPython in one process.
 *
 * Strings travel hex-encoded with an 'h' in front ("h" alone is empty);
 * doubles travel as the 16 hex digits of their bits.  Requests:
 *   repr  BITS
 *   fmtf  hSPEC hTYPENAME BITS
 *   fmti  hSPEC hTYPENAME NEG BIN OCT DEC HEX FLOATBITS|none CHAR|big
 *   fmts  hSPEC hSTR
 *   pctf  CONV FLAGS WIDTH PREC BITS
 *   pcti  CONV FLAGS WIDTH PREC NEG DIGITS
 *   parse hSTR
 *   round BITS NDIGITS
 *   udec  HEXCODEPOINT
 *   cfmt  CAP hFMT i|u|s|c ARG   fmt_snprintf into CAP bytes (ARG: decimal,
 *                                hSTR or a code) -> "OK hTEXT RETURNED"
 * Answers: "OK hTEXT", "OK BITS" (parse, round), "VE hMSG" (ValueError),
 * "OE hMSG" (OverflowError), "NO" (parse failed). */
#include "../../vm/fmt.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    fmt_sink sink;
    char *buf;
    size_t len, cap;
} membuf;

static void membuf_put(fmt_sink *sink, const char *s, size_t n)
{
    membuf *m = (membuf *)sink;
    if (m->len + n > m->cap) {
        m->cap = (m->len + n) * 2 + 64;
        m->buf = realloc(m->buf, m->cap);
        if (!m->buf)
            abort();
    }
    memcpy(m->buf + m->len, s, n);
    m->len += n;
}

static void print_hex(const char *s, size_t n)
{
    putchar('h');
    for (size_t i = 0; i < n; i++)
        printf("%02x", (unsigned char)s[i]);
}

/* Decode "h<hex>" in place; returns the byte count. */
static size_t unhex(char *s)
{
    if (s[0] != 'h')
        abort();
    size_t n = 0;
    for (const char *p = s + 1; p[0] && p[1]; p += 2) {
        unsigned v;
        sscanf(p, "%2x", &v);
        s[n++] = (char)v;
    }
    s[n] = 0;
    return n;
}

static double bits_to_double(const char *s)
{
    uint64_t b = strtoull(s, NULL, 16);
    double d;
    memcpy(&d, &b, sizeof d);
    return d;
}

static void print_bits(double d)
{
    uint64_t b;
    memcpy(&b, &d, sizeof b);
    printf("OK %016" PRIx64 "\n", b);
}

static void answer(fmt_status st, const char *err, const membuf *m)
{
    if (st == FMT_OK) {
        printf("OK ");
        print_hex(m->buf, m->len);
    } else {
        printf(st == FMT_VALUE_ERROR ? "VE " : "OE ");
        print_hex(err, strlen(err));
    }
    putchar('\n');
}

#define MAXF 12

int main(void)
{
    static char line[1 << 16];
    membuf m = {{membuf_put}, NULL, 0, 0};
    while (fgets(line, sizeof line, stdin)) {
        char *f[MAXF];
        int nf = 0;
        for (char *tok = strtok(line, " \n"); tok && nf < MAXF;
             tok = strtok(NULL, " \n"))
            f[nf++] = tok;
        if (nf == 0)
            continue;
        m.len = 0;
        fmt_spec spec; /* outlives the request: err may point into it */
        const char *err = NULL;
        fmt_status st = FMT_OK;
        const char *op = f[0];
        if (!strcmp(op, "repr")) {
            char buf[FMT_REPR_MAX];
            size_t n = fmt_double_repr(bits_to_double(f[1]), buf);
            if (strlen(buf) != n)
                abort();
            membuf_put(&m.sink, buf, n);
        } else if (!strcmp(op, "fmtf") || !strcmp(op, "fmti") ||
                   !strcmp(op, "fmts")) {
            size_t n = unhex(f[1]);
            fmt_kind kind = op[3] == 'f'   ? FMT_KIND_FLOAT
                            : op[3] == 'i' ? FMT_KIND_INT
                                           : FMT_KIND_STR;
            const char *tname = "str";
            if (kind != FMT_KIND_STR) {
                unhex(f[2]);
                tname = f[2];
            }
            st = fmt_spec_parse(f[1], n, kind, tname, &spec, &err);
            if (st == FMT_OK && kind == FMT_KIND_FLOAT) {
                st = fmt_format_double(&m.sink, &spec, bits_to_double(f[3]),
                                       &err);
            } else if (st == FMT_OK && kind == FMT_KIND_STR) {
                size_t sn = unhex(f[2]);
                st = fmt_format_str(&m.sink, &spec, f[2], sn, &err);
            } else if (st == FMT_OK) {
                int base;
                bool upper;
                bool neg = f[3][0] == '1';
                switch (fmt_int_route_of(&spec, &base, &upper)) {
                case FMT_INT_DIGITS: {
                    char *d = base == 2 ? f[4] : base == 8 ? f[5]
                                             : base == 10  ? f[6]
                                                           : f[7];
                    if (upper)
                        for (char *p = d; *p; p++)
                            if (*p >= 'a' && *p <= 'f')
                                *p = (char)(*p - 'a' + 'A');
                    st = fmt_format_int_digits(&m.sink, &spec, neg, d,
                                               strlen(d), &err);
                    break;
                }
                case FMT_INT_CHAR:
                    st = fmt_format_int_char(
                        &m.sink, &spec, strcmp(f[9], "big") != 0,
                        strtoll(f[9], NULL, 10), &err);
                    break;
                case FMT_INT_AS_FLOAT:
                    if (!strcmp(f[8], "none")) {
                        st = FMT_OVERFLOW_ERROR;
                        err = "int too large to convert to float";
                    } else {
                        st = fmt_format_double(&m.sink, &spec,
                                               bits_to_double(f[8]), &err);
                    }
                    break;
                }
            }
        } else if (!strcmp(op, "pctf")) {
            fmt_percent_double(&m.sink, f[1][0], (unsigned)atoi(f[2]),
                               atoll(f[3]), atoll(f[4]), bits_to_double(f[5]));
        } else if (!strcmp(op, "pcti")) {
            fmt_percent_int_digits(&m.sink, f[1][0], (unsigned)atoi(f[2]),
                                   atoll(f[3]), atoll(f[4]), f[5][0] == '1',
                                   f[6], strlen(f[6]));
        } else if (!strcmp(op, "parse")) {
            size_t n = unhex(f[1]);
            double d;
            if (fmt_parse_double(f[1], n, &d))
                print_bits(d);
            else
                puts("NO");
            continue;
        } else if (!strcmp(op, "udec")) {
            printf("OK %d\n",
                   fmt_unicode_decimal((uint32_t)strtoul(f[1], NULL, 16)));
            continue;
        } else if (!strcmp(op, "cfmt")) {
            static char out[4096];
            size_t cap = strtoul(f[1], NULL, 10);
            unhex(f[2]);
            int r;
            if (f[3][0] == 'i')
                r = fmt_snprintf(out, cap, f[2], strtoll(f[4], NULL, 10));
            else if (f[3][0] == 'u')
                r = fmt_snprintf(out, cap, f[2], strtoull(f[4], NULL, 10));
            else if (f[3][0] == 'c')
                r = fmt_snprintf(out, cap, f[2], (int)strtol(f[4], NULL, 10));
            else
                r = fmt_snprintf(out, cap, f[2], (unhex(f[4]), f[4]));
            printf("OK ");
            print_hex(out, cap ? strlen(out) : 0);
            printf(" %d\n", r);
            continue;
        } else if (!strcmp(op, "round")) {
            bool ovf;
            double r = fmt_round_double(bits_to_double(f[1]),
                                        strtoll(f[2], NULL, 10), &ovf);
            if (ovf)
                puts("OVF");
            else
                print_bits(r);
            continue;
        } else {
            fprintf(stderr, "unknown request %s\n", op);
            return 2;
        }
        answer(st, err, &m);
    }
    free(m.buf);
    return 0;
}
