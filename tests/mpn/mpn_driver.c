/* SPDX-License-Identifier: MIT */
/* Test driver for vm/mpn.c: reads one operation per line on stdin and
 * prints one result line per operation on stdout, for test_mpn.py to
 * compare with Python's ints.
 *
 * Numbers are lowercase hex without prefix ("0" for zero), signed ones
 * with a leading '-'; counts, bases and flags are decimal; doubles are
 * their IEEE-754 bit pattern in hex.  Every buffer is malloc'ed with
 * exactly the size mpn.h documents, so the sanitizers catch any write past
 * it, and where mpn.h allows r to be a (or b) the operation is repeated in
 * place and the driver prints "ALIAS-MISMATCH" if the results differ. */
#include "mpn.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
    mpn_limb *d;
    size_t n;
    bool neg;
} num;

static void *xmalloc(size_t limbs)
{
    /* One byte at least so that malloc(0) is never NULL; ASan still
     * reports any access to a limb past `limbs`. */
    void *p = malloc(limbs ? limbs * sizeof(mpn_limb) : 1);
    if (!p) {
        fputs("out of memory\n", stderr);
        exit(2);
    }
    return p;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/* Parses [-]hex into a freshly allocated, normalized number. */
static num parse_num(const char *s)
{
    num x = {NULL, 0, false};
    if (*s == '-') {
        x.neg = true;
        s++;
    }
    size_t len = strlen(s);
    size_t cap = (len + 7) / 8;
    x.d = xmalloc(cap);
    for (size_t i = 0; i < cap; i++) {
        mpn_limb v = 0;
        for (size_t k = 8; k-- > 0;) {
            size_t pos = i * 8 + k; /* hex digit counted from the end */
            if (pos < len) {
                int h = hexval(s[len - 1 - pos]);
                if (h < 0) {
                    fprintf(stderr, "bad hex: %s\n", s);
                    exit(2);
                }
                v = v << 4 | (mpn_limb)h;
            }
        }
        x.d[i] = v;
    }
    x.n = mpn_normalize(x.d, cap);
    if (x.n == 0)
        x.neg = false;
    return x;
}

static void print_num(const mpn_limb *d, size_t n, bool neg)
{
    if (n == 0) {
        fputs("0", stdout);
        return;
    }
    if (d[n - 1] == 0) {
        fputs("UNNORMALIZED", stdout);
        return;
    }
    if (neg)
        putchar('-');
    printf("%x", d[n - 1]);
    for (size_t i = n - 1; i-- > 0;)
        printf("%08x", d[i]);
}

static bool same(const mpn_limb *a, size_t na, const mpn_limb *b, size_t nb)
{
    return na == nb && (na == 0 || memcmp(a, b, na * sizeof *a) == 0);
}

/* A copy of x in a buffer of cap limbs (cap >= x.n), for in-place runs. */
static mpn_limb *copy_into(const num *x, size_t cap)
{
    mpn_limb *p = xmalloc(cap);
    if (x->n)
        memcpy(p, x->d, x->n * sizeof *p);
    return p;
}

static void alias_check(bool ok)
{
    if (!ok)
        fputs(" ALIAS-MISMATCH", stdout);
}

static double bits_to_double(uint64_t u)
{
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

static uint64_t double_bits(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

static size_t maxz(size_t a, size_t b)
{
    return a > b ? a : b;
}

static void op_addsub(bool add, num a, num b)
{
    size_t cap = add ? maxz(a.n, b.n) + 1 : a.n;
    mpn_limb *r = xmalloc(cap);
    size_t n = add ? mpn_add(r, a.d, a.n, b.d, b.n) : mpn_sub(r, a.d, a.n, b.d, b.n);
    print_num(r, n, false);
    /* r == a */
    mpn_limb *ra = copy_into(&a, cap);
    size_t n2 = add ? mpn_add(ra, ra, a.n, b.d, b.n) : mpn_sub(ra, ra, a.n, b.d, b.n);
    alias_check(same(r, n, ra, n2));
    /* r == b (b needs a buffer of r's size) */
    mpn_limb *rb = copy_into(&b, maxz(cap, b.n));
    n2 = add ? mpn_add(rb, a.d, a.n, rb, b.n) : mpn_sub(rb, a.d, a.n, rb, b.n);
    alias_check(same(r, n, rb, n2));
    free(r);
    free(ra);
    free(rb);
}

static void op_limb(const char *op, num a, num m, num c)
{
    mpn_limb mv = m.n ? m.d[0] : 0, cv = c.n ? c.d[0] : 0;
    size_t cap = strcmp(op, "sub1") == 0 ? a.n : a.n + 1;
    mpn_limb *r = xmalloc(cap), *ra = copy_into(&a, cap);
    size_t n, n2;
    if (strcmp(op, "add1") == 0) {
        n = mpn_add_1(r, a.d, a.n, mv);
        n2 = mpn_add_1(ra, ra, a.n, mv);
    } else if (strcmp(op, "sub1") == 0) {
        n = mpn_sub_1(r, a.d, a.n, mv);
        n2 = mpn_sub_1(ra, ra, a.n, mv);
    } else {
        n = mpn_mul_1_add(r, a.d, a.n, mv, cv);
        n2 = mpn_mul_1_add(ra, ra, a.n, mv, cv);
    }
    print_num(r, n, false);
    alias_check(same(r, n, ra, n2));
    free(r);
    free(ra);
}

static void op_mul(num a, num b)
{
    size_t sn = mpn_mul_scratch(a.n, b.n);
    mpn_limb *r = xmalloc(a.n + b.n), *s = xmalloc(sn);
    size_t n = mpn_mul(r, a.d, a.n, b.d, b.n, s);
    print_num(r, n, false);
    free(r);
    free(s);
}

static void op_sqr(num a)
{
    size_t sn = mpn_mul_scratch(a.n, a.n);
    mpn_limb *r = xmalloc(2 * a.n), *s = xmalloc(sn);
    size_t n = mpn_sqr(r, a.d, a.n, s);
    print_num(r, n, false);
    free(r);
    free(s);
}

static void op_divmod1(num a, num d)
{
    mpn_limb dv = d.d[0], rem, rem2;
    mpn_limb *q = xmalloc(a.n), *qa = copy_into(&a, a.n);
    size_t n = mpn_divmod_1(q, a.d, a.n, dv, &rem);
    size_t n2 = mpn_divmod_1(qa, qa, a.n, dv, &rem2);
    print_num(q, n, false);
    printf(" %x", rem);
    alias_check(same(q, n, qa, n2) && rem == rem2);
    alias_check(mpn_mod_1(a.d, a.n, dv) == rem);
    free(q);
    free(qa);
}

static void op_divmod(num a, num b)
{
    size_t qcap = a.n >= b.n ? a.n - b.n + 1 : 0;
    size_t sn = mpn_divmod_scratch(a.n, b.n);
    mpn_limb *q = xmalloc(qcap), *r = xmalloc(b.n), *s = xmalloc(sn);
    size_t nq = 99, nr = 99;
    mpn_divmod(q, &nq, r, &nr, a.d, a.n, b.d, b.n, s);
    print_num(q, nq, false);
    putchar(' ');
    print_num(r, nr, false);
    /* Quotient only, remainder only. */
    mpn_limb *q2 = xmalloc(qcap), *r2 = xmalloc(b.n);
    size_t nq2 = 99, nr2 = 99;
    mpn_divmod(q2, &nq2, NULL, NULL, a.d, a.n, b.d, b.n, s);
    mpn_divmod(NULL, NULL, r2, &nr2, a.d, a.n, b.d, b.n, s);
    alias_check(same(q, nq, q2, nq2) && same(r, nr, r2, nr2));
    /* q in a's buffer, r in b's buffer. */
    mpn_limb *ab = copy_into(&a, maxz(a.n, qcap)), *bb = copy_into(&b, b.n);
    mpn_divmod(ab, &nq2, bb, &nr2, ab, a.n, bb, b.n, s);
    alias_check(same(q, nq, ab, nq2) && same(r, nr, bb, nr2));
    free(q);
    free(r);
    free(s);
    free(q2);
    free(r2);
    free(ab);
    free(bb);
}

static void op_shift(bool left, num a, size_t bits)
{
    size_t w = bits / 32;
    size_t cap = left ? (a.n ? a.n + w + 1 : 0) : (a.n > w ? a.n - w : 0);
    mpn_limb *r = xmalloc(cap), *ra = copy_into(&a, maxz(cap, a.n));
    bool lost = false, lost2 = false;
    size_t n = left ? mpn_lshift(r, a.d, a.n, bits)
                    : mpn_rshift(r, a.d, a.n, bits, &lost);
    size_t n2 = left ? mpn_lshift(ra, ra, a.n, bits)
                     : mpn_rshift(ra, ra, a.n, bits, &lost2);
    print_num(r, n, false);
    if (!left)
        printf(" %d", lost);
    alias_check(same(r, n, ra, n2) && lost == lost2);
    free(r);
    free(ra);
}

typedef size_t (*bitop_fn)(mpn_limb *, bool *, const mpn_limb *, size_t, bool,
                           const mpn_limb *, size_t, bool);

static void op_bit(bitop_fn f, num a, num b)
{
    size_t cap = maxz(a.n, b.n) + 1;
    mpn_limb *r = xmalloc(cap);
    bool neg = false, neg2 = false;
    size_t n = f(r, &neg, a.d, a.n, a.neg, b.d, b.n, b.neg);
    if (n == 0 && neg)
        fputs("NEGZERO ", stdout);
    print_num(r, n, neg);
    mpn_limb *ra = copy_into(&a, cap);
    size_t n2 = f(ra, &neg2, ra, a.n, a.neg, b.d, b.n, b.neg);
    alias_check(same(r, n, ra, n2) && neg == neg2);
    mpn_limb *rb = copy_into(&b, cap);
    n2 = f(rb, &neg2, a.d, a.n, a.neg, rb, b.n, b.neg);
    alias_check(same(r, n, rb, n2) && neg == neg2);
    free(r);
    free(ra);
    free(rb);
}

static void op_tostr(int base, num a)
{
    size_t len = mpn_to_str_len(a.d, a.n, base);
    char *out = malloc(len + 1);
    mpn_limb *s = xmalloc(mpn_to_str_scratch(a.n, base));
    size_t n = mpn_to_str(out, a.d, a.n, base, s);
    if (n > len || strlen(out) != n)
        fputs("BADLEN ", stdout);
    printf("%s %zu", out, len);
    /* scratch == a (a is destroyed) */
    if (mpn_to_str_scratch(a.n, base)) {
        char *out2 = malloc(len + 1);
        mpn_limb *ac = copy_into(&a, a.n);
        mpn_to_str(out2, ac, a.n, base, ac);
        alias_check(strcmp(out, out2) == 0);
        free(out2);
        free(ac);
    }
    free(out);
    free(s);
}

/* CPU nanoseconds of one mpn_to_str and one mpn_from_str of the result
 * (process CPU time, so that other load on the machine matters less). */
static void op_strtime(int base, num a)
{
    size_t len = mpn_to_str_len(a.d, a.n, base);
    char *out = malloc(len + 1);
    mpn_limb *s = xmalloc(mpn_to_str_scratch(a.n, base));
    struct timespec t0, t1, t2;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
    size_t n = mpn_to_str(out, a.d, a.n, base, s);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
    mpn_limb *r = xmalloc(mpn_from_str_limbs(n, base));
    size_t nr = mpn_from_str(r, out, n, base);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t2);
    if (!same(r, nr, a.d, a.n))
        fputs("ROUNDTRIP-MISMATCH ", stdout);
    printf("%lld %lld",
           (long long)(t1.tv_sec - t0.tv_sec) * 1000000000 + (t1.tv_nsec - t0.tv_nsec),
           (long long)(t2.tv_sec - t1.tv_sec) * 1000000000 + (t2.tv_nsec - t1.tv_nsec));
    free(out);
    free(s);
    free(r);
}

static void op_fromstr(int base, const char *digits)
{
    size_t len = strlen(digits);
    size_t cap = mpn_from_str_limbs(len, base);
    mpn_limb *r = xmalloc(cap);
    size_t n = mpn_from_str(r, digits, len, base);
    print_num(r, n, false);
    printf(" %zu", cap);
    free(r);
}

static void op_truediv(num a, num b)
{
    mpn_limb *s = xmalloc(mpn_truediv_scratch(a.n, b.n));
    bool ovf = false;
    double d = mpn_truediv(a.d, a.n, b.d, b.n, s, &ovf);
    if (ovf)
        fputs("ovf", stdout);
    else
        printf("%016llx", (unsigned long long)double_bits(d));
    free(s);
}

/* Splits line into at most 4 space-separated fields. */
static int split(char *line, char **f)
{
    int n = 0;
    char *save = NULL;
    for (char *t = strtok_r(line, " \n", &save); t && n < 4;
         t = strtok_r(NULL, " \n", &save))
        f[n++] = t;
    return n;
}

int main(void)
{
    char *line = NULL;
    size_t linecap = 0;
    while (getline(&line, &linecap, stdin) > 0) {
        char *f[4] = {0};
        int nf = split(line, f);
        if (nf == 0)
            continue;
        const char *op = f[0];
        num a = {0}, b = {0}, c = {0};
        if (nf > 1 && strcmp(op, "tostr") && strcmp(op, "fromstr") &&
            strcmp(op, "digits") && strcmp(op, "mulscratch") &&
            strcmp(op, "strtime"))
            a = parse_num(f[1]);
        if (nf > 2 && strcmp(op, "lshift") && strcmp(op, "rshift") &&
            strcmp(op, "fromstr") && strcmp(op, "tostr") &&
            strcmp(op, "strtime"))
            b = parse_num(f[2]);
        if (nf > 3)
            c = parse_num(f[3]);

        if (!strcmp(op, "cmp")) {
            printf("%d", mpn_cmp(a.d, a.n, b.d, b.n));
        } else if (!strcmp(op, "add") || !strcmp(op, "sub")) {
            op_addsub(op[0] == 'a', a, b);
        } else if (!strcmp(op, "add1") || !strcmp(op, "sub1") ||
                   !strcmp(op, "mul1")) {
            op_limb(op, a, b, c);
        } else if (!strcmp(op, "mul")) {
            op_mul(a, b);
        } else if (!strcmp(op, "sqr")) {
            op_sqr(a);
        } else if (!strcmp(op, "divmod1")) {
            op_divmod1(a, b);
        } else if (!strcmp(op, "divmod")) {
            op_divmod(a, b);
        } else if (!strcmp(op, "lshift") || !strcmp(op, "rshift")) {
            op_shift(op[0] == 'l', a, strtoull(f[2], NULL, 10));
        } else if (!strcmp(op, "bits")) {
            printf("%zu %zu", mpn_bit_length(a.d, a.n), mpn_popcount(a.d, a.n));
        } else if (!strcmp(op, "and")) {
            op_bit(mpn_and, a, b);
        } else if (!strcmp(op, "or")) {
            op_bit(mpn_or, a, b);
        } else if (!strcmp(op, "xor")) {
            op_bit(mpn_xor, a, b);
        } else if (!strcmp(op, "tod")) {
            bool ovf = false;
            double d = mpn_to_double(a.d, a.n, &ovf);
            if (ovf)
                fputs("ovf", stdout);
            else
                printf("%016llx", (unsigned long long)double_bits(d));
        } else if (!strcmp(op, "fromd")) {
            bool fits;
            uint64_t u = mpn_to_u64(a.d, a.n, &fits);
            mpn_limb *r = xmalloc(MPN_DOUBLE_LIMBS);
            size_t n = mpn_from_double(r, bits_to_double(u));
            print_num(r, n, false);
            free(r);
        } else if (!strcmp(op, "tou64")) {
            bool fits;
            uint64_t u = mpn_to_u64(a.d, a.n, &fits);
            printf("%llx %d", (unsigned long long)u, fits);
        } else if (!strcmp(op, "fromu64")) {
            bool fits;
            uint64_t u = mpn_to_u64(a.d, a.n, &fits);
            mpn_limb *r = xmalloc(MPN_U64_LIMBS);
            size_t n = mpn_from_u64(r, u);
            print_num(r, n, false);
            free(r);
        } else if (!strcmp(op, "truediv")) {
            op_truediv(a, b);
        } else if (!strcmp(op, "hash")) {
            printf("%llx", (unsigned long long)mpn_hash(a.d, a.n));
        } else if (!strcmp(op, "tostr")) {
            a = parse_num(f[2]);
            op_tostr(atoi(f[1]), a);
        } else if (!strcmp(op, "strtime")) {
            a = parse_num(f[2]);
            op_strtime(atoi(f[1]), a);
        } else if (!strcmp(op, "fromstr")) {
            op_fromstr(atoi(f[1]), f[2]);
        } else if (!strcmp(op, "digits")) {
            /* mpn_digit_value of every byte 0..255 */
            for (int ch = 0; ch < 256; ch++)
                printf("%s%d", ch ? "," : "", mpn_digit_value((char)ch));
        } else if (!strcmp(op, "mulscratch")) {
            size_t n = strtoull(f[1], NULL, 10);
            printf("%zu", mpn_mul_scratch(n, n));
        } else {
            printf("UNKNOWN-OP %s", op);
        }
        putchar('\n');
        free(a.d);
        free(b.d);
        free(c.d);
    }
    free(line);
    return 0;
}
