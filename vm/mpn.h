/* SPDX-License-Identifier: MIT */
/* Magnitude arithmetic for the VM's big integers: functions over arrays of
 * 32-bit limbs, least significant limb first.  The object layer above owns
 * signs (except for the two's-complement bitwise operations), allocation
 * and Python semantics.
 *
 * Promises, for every function here:
 * - It never allocates and uses no global state; the caller passes every
 *   buffer, and each function states the exact number of limbs it may
 *   write (output) or use (scratch).  Buffers of length 0 may be NULL.
 * - Inputs are normalized (no high zero limbs; 0 has length 0) unless a
 *   function says otherwise; results are normalized and their length is
 *   the return value.  Limbs of an output buffer above the returned length
 *   may have been written (with zeros or junk) and carry no meaning.
 * - Aliasing is stated per function: "r may be a" means the very same
 *   start address; any other overlap is not allowed.
 * - Misuse (an undersized buffer, a zero divisor, a < b for mpn_sub) is
 *   undefined: the layer does not check, the object layer does. */
#ifndef XENLET_MPN_H
#define XENLET_MPN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint32_t mpn_limb;
#define MPN_LIMB_BITS 32

/* Limbs needed for any uint64_t (mpn_from_u64) and for the integer part of
 * any finite double (mpn_from_double). */
#define MPN_U64_LIMBS 2
#define MPN_DOUBLE_LIMBS 33

/* ---- basics --------------------------------------------------------- */

/* Length of a[0..n) without its high zero limbs. */
size_t mpn_normalize(const mpn_limb *a, size_t n);

/* -1, 0 or 1 as a <, ==, > b. */
int mpn_cmp(const mpn_limb *a, size_t na, const mpn_limb *b, size_t nb);

/* Number of significant bits (0 for 0): Python's int.bit_length. */
size_t mpn_bit_length(const mpn_limb *a, size_t na);

/* Number of one bits: Python's int.bit_count. */
size_t mpn_popcount(const mpn_limb *a, size_t na);

/* ---- addition and subtraction ---------------------------------------- */

/* r = a + b.  r: max(na, nb) + 1 limbs.  r may be a or b. */
size_t mpn_add(mpn_limb *r, const mpn_limb *a, size_t na, const mpn_limb *b,
               size_t nb);

/* r = a - b, requires a >= b.  r: na limbs.  r may be a or b. */
size_t mpn_sub(mpn_limb *r, const mpn_limb *a, size_t na, const mpn_limb *b,
               size_t nb);

/* r = a + b for one limb b.  r: na + 1 limbs.  r may be a. */
size_t mpn_add_1(mpn_limb *r, const mpn_limb *a, size_t na, mpn_limb b);

/* r = a - b for one limb b, requires a >= b.  r: na limbs.  r may be a. */
size_t mpn_sub_1(mpn_limb *r, const mpn_limb *a, size_t na, mpn_limb b);

/* ---- multiplication --------------------------------------------------- */

/* r = a * m + c (the step of parsing a number).  r: na + 1 limbs.
 * r may be a. */
size_t mpn_mul_1_add(mpn_limb *r, const mpn_limb *a, size_t na, mpn_limb m,
                     mpn_limb c);

/* Scratch limbs mpn_mul and mpn_sqr need for operands of na and nb limbs:
 * S(max(na, nb)) with T = MPN_KARATSUBA_THRESHOLD (32, set in mpn.c) and
 *     S(n) = 0                       for n < T
 *     S(n) = 4*(h+1) + S(h+1)        otherwise, h = ceil(n/2),
 * which is never more than 4*n + 12*bit_length(n). */
size_t mpn_mul_scratch(size_t na, size_t nb);

/* r = a * b: schoolbook, Karatsuba when both operands reach the threshold.
 * r: na + nb limbs (all may be written).  scratch: mpn_mul_scratch(na, nb)
 * limbs.  r must not overlap a, b or scratch; a may be b (squaring). */
size_t mpn_mul(mpn_limb *r, const mpn_limb *a, size_t na, const mpn_limb *b,
               size_t nb, mpn_limb *scratch);

/* r = a * a, faster than mpn_mul(r, a, na, a, na, scratch) (each cross
 * product once).  r: 2 * na limbs (all may be written).  scratch:
 * mpn_mul_scratch(na, na) limbs.  r must not overlap a or scratch. */
size_t mpn_sqr(mpn_limb *r, const mpn_limb *a, size_t na, mpn_limb *scratch);

/* ---- division --------------------------------------------------------- */

/* q = a / d, *rem = a % d, for one nonzero limb d.  q: na limbs.  q may be
 * a.  Returns the length of q. */
size_t mpn_divmod_1(mpn_limb *q, const mpn_limb *a, size_t na, mpn_limb d,
                    mpn_limb *rem);

/* a % d for one nonzero limb d. */
mpn_limb mpn_mod_1(const mpn_limb *a, size_t na, mpn_limb d);

/* Scratch limbs mpn_divmod needs: na + nb + 1. */
size_t mpn_divmod_scratch(size_t na, size_t nb);

/* q = a / b, r = a % b (truncating: both magnitudes), b != 0, by Knuth's
 * algorithm D.  q: na - nb + 1 limbs when na >= nb, none otherwise; r: nb
 * limbs.  Either may be NULL when not wanted (*nq / *nr are then left
 * alone).  scratch: mpn_divmod_scratch(na, nb) limbs.  a and b are copied
 * into scratch before any output is written, so q and r may overlap a or b
 * freely; q, r and scratch must not overlap one another. */
void mpn_divmod(mpn_limb *q, size_t *nq, mpn_limb *r, size_t *nr,
                const mpn_limb *a, size_t na, const mpn_limb *b, size_t nb,
                mpn_limb *scratch);

/* ---- shifts ----------------------------------------------------------- */

/* r = a << bits.  r: na + bits/32 + 1 limbs (when na > 0).  r may be a. */
size_t mpn_lshift(mpn_limb *r, const mpn_limb *a, size_t na, size_t bits);

/* r = a >> bits (floor of the magnitude).  r: na - bits/32 limbs when that
 * is positive, none otherwise.  r may be a.  *lost (may be NULL) is set to
 * whether any one bit was shifted out. */
size_t mpn_rshift(mpn_limb *r, const mpn_limb *a, size_t na, size_t bits,
                  bool *lost);

/* ---- two's-complement bitwise operations ------------------------------ */

/* r = a & b, a | b, a ^ b with Python's semantics for signed integers:
 * operands are sign + magnitude (aneg: a is negative; ignored when na is
 * 0), the operation acts on their infinite two's-complement forms, and the
 * result comes back as magnitude r with sign *rneg (never true for 0).
 * r: max(na, nb) + 1 limbs.  r may be a or b.  (~x is -(x+1): mpn_add_1 /
 * mpn_sub_1.) */
size_t mpn_and(mpn_limb *r, bool *rneg, const mpn_limb *a, size_t na,
               bool aneg, const mpn_limb *b, size_t nb, bool bneg);
size_t mpn_or(mpn_limb *r, bool *rneg, const mpn_limb *a, size_t na,
              bool aneg, const mpn_limb *b, size_t nb, bool bneg);
size_t mpn_xor(mpn_limb *r, bool *rneg, const mpn_limb *a, size_t na,
               bool aneg, const mpn_limb *b, size_t nb, bool bneg);

/* ---- conversions ------------------------------------------------------ */

/* r = v.  r: MPN_U64_LIMBS limbs. */
size_t mpn_from_u64(mpn_limb *r, uint64_t v);

/* The value as uint64_t; *fits is false (and the low 64 bits are returned)
 * when it does not fit. */
uint64_t mpn_to_u64(const mpn_limb *a, size_t na, bool *fits);

/* The magnitude as the nearest double (ties to even), as Python's
 * float(int).  *overflow is set when the rounded value is 2**1024 or more
 * (Python: OverflowError "int too large to convert to float"), and the
 * return value is then +infinity. */
double mpn_to_double(const mpn_limb *a, size_t na, bool *overflow);

/* r = |trunc(d)| for a finite double d (the caller applies the sign and
 * rejects inf and nan, which give 0 here).  r: MPN_DOUBLE_LIMBS limbs. */
size_t mpn_from_double(mpn_limb *r, double d);

/* Scratch limbs mpn_truediv needs: 3 * max(na, nb + 3) + nb + 2. */
size_t mpn_truediv_scratch(size_t na, size_t nb);

/* a / b correctly rounded to the nearest double (ties to even), b != 0:
 * Python's int / int on magnitudes (the caller applies the sign).  Results
 * below half the smallest subnormal round to 0.0.  *overflow is set when
 * the rounded quotient is 2**1024 or more (Python: OverflowError "integer
 * division result too large for a float") and +infinity returned.  scratch:
 * mpn_truediv_scratch(na, nb) limbs. */
double mpn_truediv(const mpn_limb *a, size_t na, const mpn_limb *b, size_t nb,
                   mpn_limb *scratch, bool *overflow);

/* Python's hash of a nonnegative integer: a mod 2**61 - 1
 * (sys.hash_info.modulus).  The caller negates for negative values and maps
 * -1 to -2. */
uint64_t mpn_hash(const mpn_limb *a, size_t na);

/* ---- text ------------------------------------------------------------- */

/* Value of one digit character: 0..35 for 0-9, a-z, A-Z; -1 otherwise.
 * The caller compares it with the base. */
int mpn_digit_value(char c);

/* Characters mpn_to_str writes for a in base 2..36, not counting the NUL:
 * exact for bases that are powers of two, otherwise the exact count or one
 * more.  The output buffer needs this + 1 bytes. */
size_t mpn_to_str_len(const mpn_limb *a, size_t na, int base);

/* Scratch limbs mpn_to_str needs: na (0 for power-of-two bases). */
size_t mpn_to_str_scratch(size_t na, int base);

/* Write a in base 2..36 (lowercase, no sign or prefix, "0" for 0) to out,
 * NUL-terminated; returns the number of characters.  out:
 * mpn_to_str_len(a, na, base) + 1 bytes; scratch: mpn_to_str_scratch(na,
 * base) limbs, which may be a itself when the caller no longer needs a
 * (it is destroyed).  Decimal and other bases work in chunks of the
 * largest power of the base that fits a limb (10**9). */
size_t mpn_to_str(char *out, const mpn_limb *a, size_t na, int base,
                  mpn_limb *scratch);

/* Limbs mpn_from_str may write for n digits in base 2..36 (an upper bound
 * on the value's length plus one working limb).  n < 2**60. */
size_t mpn_from_str_limbs(size_t n, int base);

/* r = the value of digits[0..n) in base 2..36.  The caller has validated
 * the digits (every mpn_digit_value is in 0..base-1; no sign, prefix or
 * underscores).  Leading zeros are fine.  r: mpn_from_str_limbs(n, base)
 * limbs. */
size_t mpn_from_str(mpn_limb *r, const char *digits, size_t n, int base);

#endif
