/* SPDX-License-Identifier: MIT */
/* Timing of mpn_mul for n x n limb products, to place the Karatsuba
 * threshold.  Not part of the test run; build once per candidate threshold
 * and compare the columns:
 *     cc -std=gnu11 -O2 -I vm -DMPN_KARATSUBA_THRESHOLD=32 \
 *        -o build/mpn_bench tests/mpn/mpn_bench.c vm/mpn.c
 *     build/mpn_bench
 * (-DMPN_KARATSUBA_THRESHOLD=100000 gives pure schoolbook.)  Prints one line
 * per size: limbs, then nanoseconds per product and per square (mpn_sqr),
 * best of 15 runs each. */
#define _POSIX_C_SOURCE 199309L
#include "mpn.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

int main(void)
{
    static const size_t sizes[] = {8,  12, 16, 20, 24, 28, 32, 40, 48,
                                   56, 64, 80, 96, 128, 192, 256, 512};
    uint32_t seed = 12345;
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        size_t n = sizes[k];
        mpn_limb *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b);
        mpn_limb *r = malloc(2 * n * sizeof *r);
        mpn_limb *s = malloc((mpn_mul_scratch(n, n) + 1) * sizeof *s);
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            a[i] = seed;
            seed = seed * 1103515245u + 12345u;
            b[i] = seed | 1u << 31;
        }
        a[n - 1] |= 1u << 31;
        /* About 1e7 limb products per run whatever the size. */
        long iters = (long)(10000000 / (n * n)) + 1;
        double best = 1e30;
        volatile mpn_limb sink = 0;
        for (int run = 0; run < 15; run++) {
            double t0 = now_ns();
            for (long it = 0; it < iters; it++) {
                mpn_mul(r, a, n, b, n, s);
                sink ^= r[it % (long)n];
            }
            double t = (now_ns() - t0) / (double)iters;
            if (t < best)
                best = t;
        }
        double best_sqr = 1e30;
        for (int run = 0; run < 15; run++) {
            double t0 = now_ns();
            for (long it = 0; it < iters; it++) {
                mpn_sqr(r, a, n, s);
                sink ^= r[it % (long)n];
            }
            double t = (now_ns() - t0) / (double)iters;
            if (t < best_sqr)
                best_sqr = t;
        }
        printf("%zu %.0f %.0f\n", n, best, best_sqr);
        free(a);
        free(b);
        free(r);
        free(s);
    }
    return 0;
}
