/* SPDX-License-Identifier: MIT */
/* Magnitude arithmetic over 32-bit limbs (see mpn.h for the contract:
 * no allocation, caller-sized buffers, normalized results).  Needs only
 * memcpy/memmove/memset: no libm, no libgcc helpers.
 *
 * Karatsuba threshold: MPN_KARATSUBA_THRESHOLD = 32 limbs (both operands).
 * Measured with tests/mpn/mpn_bench.c (gcc 12 -O2, x86-64, 2 shared cores,
 * best of 15 runs, three interleaved rounds): one build per candidate
 * threshold (16, 24, 32, 48, and 100000 for pure schoolbook) timing n x n
 * products for n = 8..512.  The machine was loaded, so single timings
 * varied by up to 2x; the consistent picture: schoolbook and Karatsuba tie
 * around 24..32 limbs; with threshold 32 Karatsuba is about 25% faster at
 * 64 limbs, 35% at 128 and 50% at 256; threshold 16 is slower than 24..32
 * below 64 limbs, and 48 gains nothing.  24 and 32 were within noise; 32
 * does fewer levels of recursion.  Re-measure on a quiet machine with the
 * commands at the top of mpn_bench.c. */
#include "mpn.h"

#include <string.h>

#ifndef MPN_KARATSUBA_THRESHOLD
#define MPN_KARATSUBA_THRESHOLD 32
#endif
/* The recursion needs ceil(n/2) + 1 < n, so n >= 4. */
_Static_assert(MPN_KARATSUBA_THRESHOLD >= 4, "Karatsuba threshold too low");

typedef uint64_t dlimb;
#define LIMB_MAX UINT32_MAX

/* ---- basics --------------------------------------------------------- */

size_t mpn_normalize(const mpn_limb *a, size_t n)
{
    while (n > 0 && a[n - 1] == 0)
        n--;
    return n;
}

int mpn_cmp(const mpn_limb *a, size_t na, const mpn_limb *b, size_t nb)
{
    if (na != nb)
        return na < nb ? -1 : 1;
    while (na-- > 0) {
        if (a[na] != b[na])
            return a[na] < b[na] ? -1 : 1;
    }
    return 0;
}

static unsigned limb_bits(mpn_limb x)
{
    return x ? 32u - (unsigned)__builtin_clz(x) : 0u;
}

static unsigned u64_bits(uint64_t x)
{
    return x ? 64u - (unsigned)__builtin_clzll(x) : 0u;
}

size_t mpn_bit_length(const mpn_limb *a, size_t na)
{
    if (na == 0)
        return 0;
    return (na - 1) * 32 + limb_bits(a[na - 1]);
}

/* By hand rather than __builtin_popcount, which without -mpopcnt calls a
 * libgcc helper that a freestanding link may not have. */
static size_t popcount32(mpn_limb x)
{
    x = x - ((x >> 1) & 0x55555555u);
    x = (x & 0x33333333u) + ((x >> 2) & 0x33333333u);
    x = (x + (x >> 4)) & 0x0f0f0f0fu;
    return (x * 0x01010101u) >> 24;
}

size_t mpn_popcount(const mpn_limb *a, size_t na)
{
    size_t n = 0;
    for (size_t i = 0; i < na; i++)
        n += popcount32(a[i]);
    return n;
}

/* 64 bits of a starting at bit pos (bits past the top read as zero). */
static uint64_t get_bits64(const mpn_limb *a, size_t na, size_t pos)
{
    size_t i = pos / 32;
    unsigned off = pos % 32;
    dlimb l0 = i < na ? a[i] : 0;
    dlimb l1 = i + 1 < na ? a[i + 1] : 0;
    dlimb l2 = i + 2 < na ? a[i + 2] : 0;
    uint64_t v = (l0 | l1 << 32) >> off;
    if (off)
        v |= l2 << (64 - off);
    return v;
}

/* Whether any of the bits of a below bit pos is one. */
static bool any_bits_below(const mpn_limb *a, size_t na, size_t pos)
{
    size_t i = pos / 32;
    unsigned off = pos % 32;
    for (size_t k = 0; k < i && k < na; k++) {
        if (a[k])
            return true;
    }
    return off && i < na && (a[i] & ((1u << off) - 1)) != 0;
}

/* ---- addition and subtraction ---------------------------------------- */

/* r[0..n) = a[0..n) + b[0..n); returns the carry.  r may be a or b. */
static mpn_limb add_n(mpn_limb *r, const mpn_limb *a, const mpn_limb *b,
                      size_t n)
{
    dlimb c = 0;
    for (size_t i = 0; i < n; i++) {
        c += (dlimb)a[i] + b[i];
        r[i] = (mpn_limb)c;
        c >>= 32;
    }
    return (mpn_limb)c;
}

/* r[0..n) = a[0..n) + c; returns the carry out.  r may be a. */
static mpn_limb add_1_n(mpn_limb *r, const mpn_limb *a, size_t n, mpn_limb c)
{
    size_t i = 0;
    for (; i < n && c; i++) {
        dlimb t = (dlimb)a[i] + c;
        r[i] = (mpn_limb)t;
        c = (mpn_limb)(t >> 32);
    }
    if (r != a && i < n)
        memcpy(r + i, a + i, (n - i) * sizeof *r);
    return c;
}

/* r[0..n) = a[0..n) - b[0..n); returns the borrow.  r may be a or b. */
static mpn_limb sub_n(mpn_limb *r, const mpn_limb *a, const mpn_limb *b,
                      size_t n)
{
    mpn_limb bw = 0;
    for (size_t i = 0; i < n; i++) {
        dlimb t = (dlimb)a[i] - b[i] - bw;
        r[i] = (mpn_limb)t;
        bw = (mpn_limb)(t >> 63);
    }
    return bw;
}

/* r[0..n) = a[0..n) - c; returns the borrow out.  r may be a. */
static mpn_limb sub_1_n(mpn_limb *r, const mpn_limb *a, size_t n, mpn_limb c)
{
    size_t i = 0;
    for (; i < n && c; i++) {
        mpn_limb x = a[i];
        r[i] = x - c;
        c = x < c;
    }
    if (r != a && i < n)
        memcpy(r + i, a + i, (n - i) * sizeof *r);
    return c;
}

size_t mpn_add(mpn_limb *r, const mpn_limb *a, size_t na, const mpn_limb *b,
               size_t nb)
{
    if (na < nb) {
        const mpn_limb *t = a;
        a = b;
        b = t;
        size_t tn = na;
        na = nb;
        nb = tn;
    }
    mpn_limb c = add_n(r, a, b, nb);
    c = add_1_n(r + nb, a + nb, na - nb, c);
    r[na] = c;
    return na + (c != 0);
}

size_t mpn_sub(mpn_limb *r, const mpn_limb *a, size_t na, const mpn_limb *b,
               size_t nb)
{
    mpn_limb bw = sub_n(r, a, b, nb);
    sub_1_n(r + nb, a + nb, na - nb, bw);
    return mpn_normalize(r, na);
}

size_t mpn_add_1(mpn_limb *r, const mpn_limb *a, size_t na, mpn_limb b)
{
    mpn_limb c = add_1_n(r, a, na, b);
    r[na] = c;
    return na + (c != 0);
}

size_t mpn_sub_1(mpn_limb *r, const mpn_limb *a, size_t na, mpn_limb b)
{
    sub_1_n(r, a, na, b);
    return mpn_normalize(r, na);
}

/* ---- multiplication --------------------------------------------------- */

/* r[0..n) = a[0..n) * m + c; returns the high limb.  r may be a. */
static mpn_limb mul_1(mpn_limb *r, const mpn_limb *a, size_t n, mpn_limb m,
                      mpn_limb c)
{
    dlimb t = c;
    for (size_t i = 0; i < n; i++) {
        t += (dlimb)a[i] * m;
        r[i] = (mpn_limb)t;
        t >>= 32;
    }
    return (mpn_limb)t;
}

/* r[0..n) += a[0..n) * m; returns the carry limb.  No overflow is
 * possible: (B-1) * (B-1) + 2(B-1) = B*B - 1 fits a dlimb. */
static mpn_limb addmul_1(mpn_limb *r, const mpn_limb *a, size_t n, mpn_limb m)
{
    dlimb t = 0;
    for (size_t i = 0; i < n; i++) {
        t += (dlimb)a[i] * m + r[i];
        r[i] = (mpn_limb)t;
        t >>= 32;
    }
    return (mpn_limb)t;
}

size_t mpn_mul_1_add(mpn_limb *r, const mpn_limb *a, size_t na, mpn_limb m,
                     mpn_limb c)
{
    r[na] = mul_1(r, a, na, m, c);
    return mpn_normalize(r, na + 1);
}

/* r[0..na+nb) = a * b, schoolbook; na, nb >= 1, operands may have high
 * zero limbs.  r must not overlap a or b. */
static void mul_basecase(mpn_limb *r, const mpn_limb *a, size_t na,
                         const mpn_limb *b, size_t nb)
{
    r[nb] = mul_1(r, b, nb, a[0], 0);
    for (size_t i = 1; i < na; i++)
        r[i + nb] = addmul_1(r + i, b, nb, a[i]);
}

/* Adds p[0..np) into r[0..nr), np <= nr, propagating the carry; the sum is
 * known to fit, so the final carry is zero. */
static void add_into(mpn_limb *r, size_t nr, const mpn_limb *p, size_t np)
{
    mpn_limb c = add_n(r, r, p, np);
    add_1_n(r + np, r + np, nr - np, c);
}

/* Subtracts z[0..nz) from p[0..np), nz <= np, p >= z. */
static void sub_from(mpn_limb *p, size_t np, const mpn_limb *z, size_t nz)
{
    mpn_limb bw = sub_n(p, p, z, nz);
    sub_1_n(p + nz, p + nz, np - nz, bw);
}

static size_t kara_scratch(size_t n)
{
    size_t s = 0;
    while (n >= MPN_KARATSUBA_THRESHOLD) {
        size_t h = (n + 1) / 2;
        s += 4 * (h + 1);
        n = h + 1;
    }
    return s;
}

size_t mpn_mul_scratch(size_t na, size_t nb)
{
    return kara_scratch(na > nb ? na : nb);
}

/* r[0..na+nb) = a * b for na >= nb >= 1 (high zero limbs allowed).
 * scratch: kara_scratch(na) limbs, which covers every branch:
 * - balanced (2nb > na): 4(h+1) for the sums and their product, then the
 *   product's own scratch S(h+1); the other two products are no larger.
 * - unbalanced: 2nb for one chunk product plus S(nb), and since
 *   nb <= na/2 < h + 1, 2nb + S(nb) <= 4(h+1) + S(h+1) = S(na). */
static void kmul(mpn_limb *r, const mpn_limb *a, size_t na, const mpn_limb *b,
                 size_t nb, mpn_limb *scratch)
{
    if (nb < MPN_KARATSUBA_THRESHOLD) {
        mul_basecase(r, a, na, b, nb);
        return;
    }
    if (2 * nb <= na) {
        /* Unbalanced: a in nb-limb chunks, each chunk times b, summed. */
        mpn_limb *tmp = scratch, *sub = scratch + 2 * nb;
        kmul(r, a, nb, b, nb, sub);
        memset(r + 2 * nb, 0, (na - nb) * sizeof *r);
        for (size_t off = nb; off < na; off += nb) {
            size_t cl = na - off < nb ? na - off : nb;
            if (cl == nb)
                kmul(tmp, a + off, nb, b, nb, sub);
            else
                kmul(tmp, b, nb, a + off, cl, sub);
            add_into(r + off, na + nb - off, tmp, cl + nb);
        }
        return;
    }
    /* Balanced: a = a1*B^m + a0, b = b1*B^m + b0 with m = floor(na/2), so
     * a1 has h = ceil(na/2) limbs and b1 has nb - m in 1..h.
     * a*b = z2*B^2m + (p - z0 - z2)*B^m + z0 with z0 = a0*b0, z2 = a1*b1
     * and p = (a0+a1)*(b0+b1). */
    size_t m = na / 2, h = na - m, nb1 = nb - m;
    mpn_limb *sa = scratch, *sb = scratch + (h + 1), *p = scratch + 2 * (h + 1);
    mpn_limb *sub = scratch + 4 * (h + 1);

    kmul(r, a, m, b, m, sub);
    kmul(r + 2 * m, a + m, h, b + m, nb1, sub);

    mpn_limb ca = add_n(sa, a + m, a, m);
    sa[h] = add_1_n(sa + m, a + 2 * m, h - m, ca);
    if (nb1 >= m) {
        mpn_limb c = add_n(sb, b + m, b, m);
        c = add_1_n(sb + m, b + 2 * m, nb1 - m, c);
        memset(sb + nb1, 0, (h + 1 - nb1) * sizeof *sb);
        sb[nb1] = c;
    } else {
        mpn_limb c = add_n(sb, b, b + m, nb1);
        c = add_1_n(sb + nb1, b + nb1, m - nb1, c);
        memset(sb + m, 0, (h + 1 - m) * sizeof *sb);
        sb[m] = c;
    }

    kmul(p, sa, h + 1, sb, h + 1, sub);
    size_t np = mpn_normalize(p, 2 * (h + 1));
    sub_from(p, np, r, 2 * m);
    sub_from(p, np, r + 2 * m, na + nb - 2 * m);
    np = mpn_normalize(p, np);
    add_into(r + m, na + nb - m, p, np);
}

size_t mpn_mul(mpn_limb *r, const mpn_limb *a, size_t na, const mpn_limb *b,
               size_t nb, mpn_limb *scratch)
{
    if (na == 0 || nb == 0)
        return 0;
    if (na < nb)
        kmul(r, b, nb, a, na, scratch);
    else
        kmul(r, a, na, b, nb, scratch);
    return mpn_normalize(r, na + nb);
}

/* r[0..n) = a[0..n) << s for 0 < s < 32; returns the bits shifted out.
 * r may be a. */
static mpn_limb lshift_small(mpn_limb *r, const mpn_limb *a, size_t n,
                             unsigned s)
{
    mpn_limb out = a[n - 1] >> (32 - s);
    for (size_t i = n - 1; i > 0; i--)
        r[i] = a[i] << s | a[i - 1] >> (32 - s);
    r[0] = a[0] << s;
    return out;
}

/* r[0..2n) = a[0..n)**2, schoolbook, n >= 1 (high zero limbs allowed).
 * Each cross product a[i]*a[j], i < j, is formed once, the sum doubled,
 * then the squares a[i]**2 added: about half the limb products of
 * mul_basecase. */
static void sqr_basecase(mpn_limb *r, const mpn_limb *a, size_t n)
{
    r[0] = 0;
    r[2 * n - 1] = 0;
    if (n == 1) {
        dlimb t = (dlimb)a[0] * a[0];
        r[0] = (mpn_limb)t;
        r[1] = (mpn_limb)(t >> 32);
        return;
    }
    /* Row i covers positions 2i+1 .. i+n-1 and its carry lands on the
     * not yet written r[i+n]. */
    r[n] = mul_1(r + 1, a + 1, n - 1, a[0], 0);
    for (size_t i = 1; i + 1 < n; i++)
        r[i + n] = addmul_1(r + 2 * i + 1, a + i + 1, n - 1 - i, a[i]);
    /* Double: twice the cross sum is below a**2 < B**2n, nothing lost. */
    lshift_small(r, r, 2 * n, 1);
    dlimb c = 0;
    for (size_t i = 0; i < n; i++) {
        dlimb sq = (dlimb)a[i] * a[i];
        c += (dlimb)r[2 * i] + (mpn_limb)sq;
        r[2 * i] = (mpn_limb)c;
        c >>= 32;
        c += (dlimb)r[2 * i + 1] + (sq >> 32);
        r[2 * i + 1] = (mpn_limb)c;
        c >>= 32;
    }
}

/* r[0..2n) = a**2, n >= 1.  scratch: kara_scratch(n) limbs; the squaring
 * recursion uses 3(h+1) + its own share per level, less than kmul's. */
static void ksqr(mpn_limb *r, const mpn_limb *a, size_t n, mpn_limb *scratch)
{
    if (n < MPN_KARATSUBA_THRESHOLD) {
        sqr_basecase(r, a, n);
        return;
    }
    /* a = a1*B^m + a0: a**2 = z2*B^2m + (p - z0 - z2)*B^m + z0 with
     * z0 = a0**2, z2 = a1**2 and p = (a0+a1)**2. */
    size_t m = n / 2, h = n - m;
    mpn_limb *sa = scratch, *p = scratch + (h + 1), *sub = scratch + 3 * (h + 1);
    ksqr(r, a, m, sub);
    ksqr(r + 2 * m, a + m, h, sub);
    mpn_limb ca = add_n(sa, a + m, a, m);
    sa[h] = add_1_n(sa + m, a + 2 * m, h - m, ca);
    ksqr(p, sa, h + 1, sub);
    size_t np = mpn_normalize(p, 2 * (h + 1));
    sub_from(p, np, r, 2 * m);
    sub_from(p, np, r + 2 * m, 2 * h);
    np = mpn_normalize(p, np);
    add_into(r + m, 2 * n - m, p, np);
}

size_t mpn_sqr(mpn_limb *r, const mpn_limb *a, size_t na, mpn_limb *scratch)
{
    if (na == 0)
        return 0;
    ksqr(r, a, na, scratch);
    return mpn_normalize(r, 2 * na);
}

/* ---- division --------------------------------------------------------- */

size_t mpn_divmod_1(mpn_limb *q, const mpn_limb *a, size_t na, mpn_limb d,
                    mpn_limb *rem)
{
    dlimb r = 0;
    for (size_t i = na; i-- > 0;) {
        dlimb cur = r << 32 | a[i];
        q[i] = (mpn_limb)(cur / d);
        r = cur % d;
    }
    *rem = (mpn_limb)r;
    return mpn_normalize(q, na);
}

mpn_limb mpn_mod_1(const mpn_limb *a, size_t na, mpn_limb d)
{
    dlimb r = 0;
    for (size_t i = na; i-- > 0;)
        r = (r << 32 | a[i]) % d;
    return (mpn_limb)r;
}

size_t mpn_divmod_scratch(size_t na, size_t nb)
{
    return na + nb + 1;
}

/* The main loop of Knuth's algorithm D (TAOCP vol. 2, 4.3.1) on the
 * normalized copies: u[0..nu+1) (nu + 1 limbs, top limb possibly zero)
 * divided by v[0..nv), nv >= 2, top bit of v set.  Leaves the quotient
 * digits in q (if not NULL) and the (shifted) remainder in u[0..nv). */
static void knuth_d(mpn_limb *q, mpn_limb *u, size_t nu, const mpn_limb *v,
                    size_t nv)
{
    mpn_limb vtop = v[nv - 1], vnext = v[nv - 2];
    for (size_t j = nu - nv + 1; j-- > 0;) {
        /* Estimate the digit from the top two limbs of the current
         * remainder and the top limb of v, then refine it with the next
         * limb of each; afterwards qhat is the true digit or one more. */
        dlimb num = (dlimb)u[j + nv] << 32 | u[j + nv - 1];
        dlimb qhat = num / vtop, rhat = num % vtop;
        while (qhat > LIMB_MAX ||
               qhat * vnext > (rhat << 32 | u[j + nv - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat > LIMB_MAX)
                break;
        }
        /* u[j..j+nv] -= qhat * v */
        dlimb k = 0;
        mpn_limb bw = 0;
        for (size_t i = 0; i < nv; i++) {
            dlimb p = qhat * v[i] + k;
            k = p >> 32;
            mpn_limb pl = (mpn_limb)p, x = u[i + j];
            mpn_limb t = x - pl;
            mpn_limb b1 = x < pl;
            u[i + j] = t - bw;
            bw = b1 | (t < bw);
        }
        dlimb top = (dlimb)u[j + nv] - k - bw;
        u[j + nv] = (mpn_limb)top;
        if (top >> 63) {
            /* qhat was one too large (probability about 2/B): add v
             * back; the carry out of the top limb cancels the borrow. */
            qhat--;
            u[j + nv] += add_n(u + j, u + j, v, nv);
        }
        if (q)
            q[j] = (mpn_limb)qhat;
    }
}

void mpn_divmod(mpn_limb *q, size_t *nq, mpn_limb *r, size_t *nr,
                const mpn_limb *a, size_t na, const mpn_limb *b, size_t nb,
                mpn_limb *scratch)
{
    if (na < nb) {
        if (q)
            *nq = 0;
        if (r) {
            memmove(r, a, na * sizeof *r);
            *nr = na;
        }
        return;
    }
    if (nb == 1) {
        mpn_limb d = b[0], rem;
        mpn_limb *qq = q ? q : scratch;
        size_t n = mpn_divmod_1(qq, a, na, d, &rem);
        if (q)
            *nq = n;
        if (r) {
            r[0] = rem;
            *nr = rem != 0;
        }
        return;
    }
    mpn_limb *u = scratch, *v = scratch + na + 1;
    unsigned s = (unsigned)__builtin_clz(b[nb - 1]);
    if (s) {
        lshift_small(v, b, nb, s);
        u[na] = lshift_small(u, a, na, s);
    } else {
        memcpy(v, b, nb * sizeof *v);
        memcpy(u, a, na * sizeof *u);
        u[na] = 0;
    }
    knuth_d(q, u, na, v, nb);
    if (q)
        *nq = mpn_normalize(q, na - nb + 1);
    if (r) {
        if (s) {
            for (size_t i = 0; i + 1 < nb; i++)
                r[i] = u[i] >> s | u[i + 1] << (32 - s);
            r[nb - 1] = u[nb - 1] >> s;
        } else {
            memcpy(r, u, nb * sizeof *r);
        }
        *nr = mpn_normalize(r, nb);
    }
}

/* ---- shifts ----------------------------------------------------------- */

size_t mpn_lshift(mpn_limb *r, const mpn_limb *a, size_t na, size_t bits)
{
    if (na == 0)
        return 0;
    size_t w = bits / 32;
    unsigned s = bits % 32;
    /* Top down, so that r == a works: step i writes r[i+w] (i + w >= i)
     * and later steps read only a[k] with k < i. */
    if (s == 0) {
        memmove(r + w, a, na * sizeof *r);
        r[na + w] = 0;
    } else {
        r[na + w] = a[na - 1] >> (32 - s);
        for (size_t i = na - 1; i > 0; i--)
            r[i + w] = a[i] << s | a[i - 1] >> (32 - s);
        r[w] = a[0] << s;
    }
    memset(r, 0, w * sizeof *r);
    return mpn_normalize(r, na + w + 1);
}

size_t mpn_rshift(mpn_limb *r, const mpn_limb *a, size_t na, size_t bits,
                  bool *lost)
{
    if (lost)
        *lost = any_bits_below(a, na, bits);
    size_t w = bits / 32;
    unsigned s = bits % 32;
    if (w >= na)
        return 0;
    size_t n = na - w;
    /* Bottom up, so that r == a works. */
    if (s == 0) {
        memmove(r, a + w, n * sizeof *r);
    } else {
        for (size_t i = 0; i + 1 < n; i++)
            r[i] = a[i + w] >> s | a[i + w + 1] << (32 - s);
        r[n - 1] = a[na - 1] >> s;
    }
    return mpn_normalize(r, n);
}

/* ---- two's-complement bitwise operations ------------------------------ */

enum bitop { OP_AND, OP_OR, OP_XOR };

static mpn_limb apply(enum bitop op, mpn_limb x, mpn_limb y)
{
    switch (op) {
    case OP_AND:
        return x & y;
    case OP_OR:
        return x | y;
    default:
        return x ^ y;
    }
}

/* A negative operand -X is read as ~X + 1 limb by limb (carry starts at
 * one); past its top limb it is all ones, since X != 0 means the carry has
 * stopped by then.  A negative result is turned back into a magnitude the
 * same way; if all n limbs are zero that magnitude is B^n, hence the extra
 * limb. */
static size_t bitop(enum bitop op, mpn_limb *r, bool *rneg, const mpn_limb *a,
                    size_t na, bool aneg, const mpn_limb *b, size_t nb,
                    bool bneg)
{
    aneg = aneg && na > 0;
    bneg = bneg && nb > 0;
    size_t n = na > nb ? na : nb;
    mpn_limb ca = 1, cb = 1;
    mpn_limb exta = aneg ? LIMB_MAX : 0, extb = bneg ? LIMB_MAX : 0;
    for (size_t i = 0; i < n; i++) {
        mpn_limb x = i < na ? a[i] : 0, y = i < nb ? b[i] : 0;
        if (aneg) {
            x = ~x + ca;
            ca = ca && x == 0;
        }
        if (bneg) {
            y = ~y + cb;
            cb = cb && y == 0;
        }
        if (i >= na)
            x = exta;
        if (i >= nb)
            y = extb;
        r[i] = apply(op, x, y);
    }
    bool neg = apply(op, exta, extb) != 0;
    *rneg = neg;
    if (!neg)
        return mpn_normalize(r, n);
    mpn_limb c = 1;
    for (size_t i = 0; i < n; i++) {
        r[i] = ~r[i] + c;
        c = c && r[i] == 0;
    }
    r[n] = c;
    return c ? n + 1 : mpn_normalize(r, n);
}

size_t mpn_and(mpn_limb *r, bool *rneg, const mpn_limb *a, size_t na,
               bool aneg, const mpn_limb *b, size_t nb, bool bneg)
{
    return bitop(OP_AND, r, rneg, a, na, aneg, b, nb, bneg);
}

size_t mpn_or(mpn_limb *r, bool *rneg, const mpn_limb *a, size_t na,
              bool aneg, const mpn_limb *b, size_t nb, bool bneg)
{
    return bitop(OP_OR, r, rneg, a, na, aneg, b, nb, bneg);
}

size_t mpn_xor(mpn_limb *r, bool *rneg, const mpn_limb *a, size_t na,
               bool aneg, const mpn_limb *b, size_t nb, bool bneg)
{
    return bitop(OP_XOR, r, rneg, a, na, aneg, b, nb, bneg);
}

/* ---- conversions ------------------------------------------------------ */

size_t mpn_from_u64(mpn_limb *r, uint64_t v)
{
    r[0] = (mpn_limb)v;
    r[1] = (mpn_limb)(v >> 32);
    return v == 0 ? 0 : (r[1] ? 2 : 1);
}

uint64_t mpn_to_u64(const mpn_limb *a, size_t na, bool *fits)
{
    *fits = na <= 2;
    uint64_t v = na > 0 ? a[0] : 0;
    if (na > 1)
        v |= (uint64_t)a[1] << 32;
    return v;
}

/* The double m * 2**e, built from its fields (no libm, no dependence on
 * the FPU's rounding mode).  The callers have rounded already: m < 2**54,
 * the value is exactly representable and below 2**1024. */
static double scale(uint64_t m, long e)
{
    uint64_t bits = 0;
    if (m != 0) {
        long bl = (long)u64_bits(m);
        long top = e + bl - 1; /* exponent of the leading one bit */
        if (top >= -1022) {
            uint64_t mm = bl > 53 ? m >> (bl - 53) : m << (53 - bl);
            bits = (uint64_t)(top + 1023) << 52 | (mm & ((UINT64_C(1) << 52) - 1));
        } else {
            /* Subnormal: the field is the value in units of 2**-1074. */
            long sh = e + 1074;
            bits = sh >= 0 ? m << sh : m >> -sh;
        }
    }
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

static double infinity(void)
{
    uint64_t bits = UINT64_C(0x7ff) << 52;
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

double mpn_to_double(const mpn_limb *a, size_t na, bool *overflow)
{
    *overflow = false;
    size_t bits = mpn_bit_length(a, na);
    if (bits <= 53)
        return (double)get_bits64(a, na, 0);
    if (bits > 1024) {
        *overflow = true;
        return infinity();
    }
    /* Keep 54 bits (53 + the rounding bit) and a sticky bit for the rest,
     * then round half to even by hand: no dependence on the FPU's mode. */
    size_t sh = bits - 54;
    uint64_t m = get_bits64(a, na, sh);
    bool sticky = any_bits_below(a, na, sh);
    bool half = m & 1;
    m >>= 1;
    if (half && (sticky || (m & 1)))
        m++;
    long e = (long)sh + 1;
    if ((long)u64_bits(m) + e > 1024) {
        *overflow = true;
        return infinity();
    }
    return scale(m, e);
}

size_t mpn_from_double(mpn_limb *r, double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    unsigned ex = (unsigned)(u >> 52) & 0x7ff;
    if (ex < 1023 || ex == 0x7ff)
        return 0; /* |d| < 1, or inf / nan */
    uint64_t m = (u & ((UINT64_C(1) << 52) - 1)) | UINT64_C(1) << 52;
    long e = (long)ex - 1075; /* d = m * 2**e */
    if (e <= 0)
        return mpn_from_u64(r, m >> -e);
    size_t n = mpn_from_u64(r, m);
    return mpn_lshift(r, r, n, (size_t)e);
}

size_t mpn_truediv_scratch(size_t na, size_t nb)
{
    size_t n = na > nb + 3 ? na : nb + 3;
    return 3 * n + nb + 2;
}

/* Python's int / int, following the method CPython documents for
 * long_true_divide: scale a by 2**-s so that the integer quotient
 * q = floor(a * 2**-s / b) carries at least two bits more than the
 * result's precision (55 or 56 bits for normal results; for subnormal
 * results s is fixed at -1076, two bits below the smallest subnormal),
 * note whether anything was discarded (sticky), and round q once. */
double mpn_truediv(const mpn_limb *a, size_t na, const mpn_limb *b, size_t nb,
                   mpn_limb *scratch, bool *overflow)
{
    enum { MANT = 53, MIN_EXP = -1021, MAX_EXP = 1024 };
    *overflow = false;
    if (na == 0)
        return 0.0;
    long abits = (long)mpn_bit_length(a, na), bbits = (long)mpn_bit_length(b, nb);
    if (abits <= MANT && bbits <= MANT) {
        /* Both exact as doubles; IEEE division rounds correctly. */
        return (double)get_bits64(a, na, 0) / (double)get_bits64(b, nb, 0);
    }
    /* 2**(diff-1) < a/b < 2**(diff+1) */
    long diff = abits - bbits;
    if (diff >= MAX_EXP + 1) {
        *overflow = true;
        return infinity();
    }
    if (diff <= MIN_EXP - MANT - 3) /* a/b < 2**-1075: rounds to 0 */
        return 0.0;
    long s = (diff > MIN_EXP ? diff : MIN_EXP) - MANT - 2;

    size_t big = na > nb + 3 ? na : nb + 3;
    mpn_limb *x = scratch, *q = x + big, *rem = q + (big - nb + 1);
    mpn_limb *sub = rem + nb;
    size_t nx;
    bool inexact = false;
    if (s <= 0)
        nx = mpn_lshift(x, a, na, (size_t)-s);
    else
        nx = mpn_rshift(x, a, na, (size_t)s, &inexact);
    size_t nq = 0, nr = 0;
    mpn_divmod(q, &nq, rem, &nr, x, nx, b, nb, sub);
    inexact = inexact || nr != 0;

    bool fits;
    uint64_t qv = mpn_to_u64(q, nq, &fits); /* < 2**56 */
    long qbits = (long)u64_bits(qv);
    /* Bits of q below the result's last place: at least 2 (see above). */
    long extra = qbits - MANT;
    if (MIN_EXP - MANT - s > extra)
        extra = MIN_EXP - MANT - s;
    uint64_t m = qv >> extra;
    bool half = (qv >> (extra - 1)) & 1;
    bool rest = inexact || (qv & ((UINT64_C(1) << (extra - 1)) - 1)) != 0;
    if (half && (rest || (m & 1)))
        m++;
    long e = s + extra;
    if ((long)u64_bits(m) + e > MAX_EXP) {
        *overflow = true;
        return infinity();
    }
    return scale(m, e);
}

uint64_t mpn_hash(const mpn_limb *a, size_t na)
{
    /* Horner from the top limb, modulo P = 2**61 - 1: multiplying a 61-bit
     * residue by 2**32 mod P is a rotation of its 61 bits. */
    const uint64_t P = (UINT64_C(1) << 61) - 1;
    uint64_t x = 0;
    for (size_t i = na; i-- > 0;) {
        x = ((x << 32) & P) | (x >> 29);
        x += a[i];
        if (x >= P)
            x -= P;
    }
    return x;
}

/* ---- text ------------------------------------------------------------- */

static const char digit_chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* Just above 2**32 * log(2) / log(base), for base = 2..36. */
static const uint64_t digits_per_bit[35] = {
    4294967297, 2709822658, 2147483649, 1849741733, 1661520156, 1529898220,
    1431655766, 1354911329, 1292913987, 1241523976, 1198050830, 1160664036,
    1128071164, 1099331346, 1073741825, 1050766078, 1029986702, 1011073585,
    993761859,  977836273,  963119892,  949465784,  936750802,  924870867,
    913737343,  903274220,  893415895,  884105414,  875293063,  866935226,
    858993460,  851433730,  844225783,  837342624,  830760078,
};

/* Just above 2**24 * log2(base), for base = 2..36. */
static const uint64_t bits_per_digit[35] = {
    16777217, 26591259, 33554433, 38955490, 43368475, 47099600, 50331649,
    53182517, 55732706, 58039632, 60145691, 62083077, 63876816, 65546748,
    67108865, 68576247, 69959733, 71268398, 72509922, 73690859, 74816848,
    75892777, 76922907, 77910979, 78860293, 79773775, 80654032, 81503397,
    82323964, 83117622, 83886081, 84630890, 85353463, 86055090, 86736949,
};

int mpn_digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return -1;
}

/* log2(base) when base is a power of two, else 0. */
static unsigned pow2_bits(int base)
{
    return (base & (base - 1)) ? 0 : (unsigned)__builtin_ctz((unsigned)base);
}

/* The largest power of base that fits a limb, and its exponent. */
static mpn_limb chunk_power(int base, unsigned *k)
{
    mpn_limb p = (mpn_limb)base;
    unsigned n = 1;
    while (p <= LIMB_MAX / (mpn_limb)base) {
        p *= (mpn_limb)base;
        n++;
    }
    *k = n;
    return p;
}

size_t mpn_to_str_len(const mpn_limb *a, size_t na, int base)
{
    size_t bits = mpn_bit_length(a, na);
    if (bits == 0)
        return 1;
    unsigned k = pow2_bits(base);
    if (k)
        return (bits + k - 1) / k;
    /* a < 2**bits, so it has at most floor(bits * log_base 2) + 1 digits;
     * the product is split so that it cannot overflow. */
    uint64_t c = digits_per_bit[base - 2];
    uint64_t hi = (uint64_t)bits >> 32, lo = (uint64_t)bits & 0xffffffffu;
    return (size_t)(hi * c + ((lo * c) >> 32) + 1);
}

size_t mpn_to_str_scratch(size_t na, int base)
{
    return pow2_bits(base) ? 0 : na;
}

size_t mpn_to_str(char *out, const mpn_limb *a, size_t na, int base,
                  mpn_limb *scratch)
{
    size_t cap = mpn_to_str_len(a, na, base);
    if (na == 0) {
        out[0] = '0';
        out[1] = '\0';
        return 1;
    }
    unsigned k = pow2_bits(base);
    if (k) {
        /* cap is exact here: digit i is bits [i*k, i*k+k). */
        mpn_limb mask = (1u << k) - 1;
        for (size_t i = 0; i < cap; i++)
            out[cap - 1 - i] = digit_chars[get_bits64(a, na, i * k) & mask];
        out[cap] = '\0';
        return cap;
    }
    /* Peel off base**kd per division, write digits from the end of the
     * buffer backwards, then move them to the front. */
    unsigned kd;
    mpn_limb p = chunk_power(base, &kd);
    if (scratch != a)
        memcpy(scratch, a, na * sizeof *scratch);
    size_t n = na, pos = cap;
    while (n > 0) {
        mpn_limb rem;
        n = mpn_divmod_1(scratch, scratch, n, p, &rem);
        for (unsigned i = 0; i < kd && (n > 0 || rem != 0); i++) {
            out[--pos] = digit_chars[rem % (mpn_limb)base];
            rem /= (mpn_limb)base;
        }
    }
    size_t len = cap - pos;
    memmove(out, out + pos, len);
    out[len] = '\0';
    return len;
}

size_t mpn_from_str_limbs(size_t n, int base)
{
    /* value < base**n <= 2**bits */
    uint64_t c = bits_per_digit[base - 2];
    uint64_t hi = (uint64_t)n >> 24, lo = (uint64_t)n & 0xffffffu;
    uint64_t bits = hi * c + ((lo * c) >> 24) + 1;
    return (size_t)(bits / 32 + 2);
}

size_t mpn_from_str(mpn_limb *r, const char *digits, size_t n, int base)
{
    unsigned k = pow2_bits(base);
    if (k) {
        /* Least significant digit first into a bit accumulator. */
        dlimb acc = 0;
        unsigned accbits = 0;
        size_t nr = 0;
        for (size_t i = n; i-- > 0;) {
            acc |= (dlimb)mpn_digit_value(digits[i]) << accbits;
            accbits += k;
            if (accbits >= 32) {
                r[nr++] = (mpn_limb)acc;
                acc >>= 32;
                accbits -= 32;
            }
        }
        if (accbits)
            r[nr++] = (mpn_limb)acc;
        return mpn_normalize(r, nr);
    }
    /* Most significant first, a limb's worth of digits per step:
     * r = r * base**kd + chunk. */
    unsigned kd;
    mpn_limb full = chunk_power(base, &kd);
    size_t nr = 0, i = 0;
    size_t first = n % kd ? n % kd : kd;
    while (i < n) {
        size_t take = i == 0 ? first : kd;
        if (take > n)
            take = n;
        mpn_limb chunk = 0, mult = take == kd ? full : 1;
        for (size_t j = 0; j < take; j++) {
            chunk = chunk * (mpn_limb)base +
                    (mpn_limb)mpn_digit_value(digits[i + j]);
            if (take != kd)
                mult *= (mpn_limb)base;
        }
        nr = mpn_mul_1_add(r, r, nr, mult, chunk);
        i += take;
    }
    return nr;
}
