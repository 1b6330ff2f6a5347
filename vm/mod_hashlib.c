/* SPDX-License-Identifier: MIT */
/* The `_hashlib` module under stdlib/hashlib.py: streaming MD5 (RFC 1321),
 * SHA-1, SHA-224, SHA-256, SHA-384 and SHA-512 (FIPS 180-4), written from
 * those specifications.
 *
 * Promises: new(name) makes a hash state ("md5", "sha1", "sha224",
 * "sha256", "sha384", "sha512"; ValueError "unsupported hash type NAME"
 * otherwise); update(h, data) feeds it a bytes-like object (bytes,
 * bytearray, memoryview; CPython's TypeErrors for str and for anything
 * else); digest(h) and hexdigest(h) give the digest of everything fed so
 * far without disturbing the state; copy(h) gives an independent state.
 * Messages of any length up to 2**61 - 1 bytes.  Not constant-time with
 * respect to anything but the data (there are no secret-dependent branches
 * or table indices in the compression functions, but nothing is promised).
 * The hash objects users see (name, digest_size, ...) are Python classes in
 * stdlib/hashlib.py around these states. */
#include "obj.h"

/* ---- constants (RFC 1321 3.4; FIPS 180-4 4.2, 5.3) ------------------------------ */

/* md5_t[i] = floor(2**32 * |sin(i + 1)|). */
static const uint32_t md5_t[64] = {
    0xd76aa478u, 0xe8c7b756u, 0x242070dbu, 0xc1bdceeeu, 0xf57c0fafu, 0x4787c62au, 0xa8304613u, 0xfd469501u,
    0x698098d8u, 0x8b44f7afu, 0xffff5bb1u, 0x895cd7beu, 0x6b901122u, 0xfd987193u, 0xa679438eu, 0x49b40821u,
    0xf61e2562u, 0xc040b340u, 0x265e5a51u, 0xe9b6c7aau, 0xd62f105du, 0x02441453u, 0xd8a1e681u, 0xe7d3fbc8u,
    0x21e1cde6u, 0xc33707d6u, 0xf4d50d87u, 0x455a14edu, 0xa9e3e905u, 0xfcefa3f8u, 0x676f02d9u, 0x8d2a4c8au,
    0xfffa3942u, 0x8771f681u, 0x6d9d6122u, 0xfde5380cu, 0xa4beea44u, 0x4bdecfa9u, 0xf6bb4b60u, 0xbebfbc70u,
    0x289b7ec6u, 0xeaa127fau, 0xd4ef3085u, 0x04881d05u, 0xd9d4d039u, 0xe6db99e5u, 0x1fa27cf8u, 0xc4ac5665u,
    0xf4292244u, 0x432aff97u, 0xab9423a7u, 0xfc93a039u, 0x655b59c3u, 0x8f0ccc92u, 0xffeff47du, 0x85845dd1u,
    0x6fa87e4fu, 0xfe2ce6e0u, 0xa3014314u, 0x4e0811a1u, 0xf7537e82u, 0xbd3af235u, 0x2ad7d2bbu, 0xeb86d391u,
};
/* SHA-256 K: the first 32 bits of the fractional parts of the cube roots
 * of the first 64 primes; SHA-512 K: 64 bits, first 80 primes. */
static const uint32_t sha256_k[64] = {
    0x428a2f98u, 0x71374491u, 0xb5c0fbcfu, 0xe9b5dba5u, 0x3956c25bu, 0x59f111f1u, 0x923f82a4u, 0xab1c5ed5u,
    0xd807aa98u, 0x12835b01u, 0x243185beu, 0x550c7dc3u, 0x72be5d74u, 0x80deb1feu, 0x9bdc06a7u, 0xc19bf174u,
    0xe49b69c1u, 0xefbe4786u, 0x0fc19dc6u, 0x240ca1ccu, 0x2de92c6fu, 0x4a7484aau, 0x5cb0a9dcu, 0x76f988dau,
    0x983e5152u, 0xa831c66du, 0xb00327c8u, 0xbf597fc7u, 0xc6e00bf3u, 0xd5a79147u, 0x06ca6351u, 0x14292967u,
    0x27b70a85u, 0x2e1b2138u, 0x4d2c6dfcu, 0x53380d13u, 0x650a7354u, 0x766a0abbu, 0x81c2c92eu, 0x92722c85u,
    0xa2bfe8a1u, 0xa81a664bu, 0xc24b8b70u, 0xc76c51a3u, 0xd192e819u, 0xd6990624u, 0xf40e3585u, 0x106aa070u,
    0x19a4c116u, 0x1e376c08u, 0x2748774cu, 0x34b0bcb5u, 0x391c0cb3u, 0x4ed8aa4au, 0x5b9cca4fu, 0x682e6ff3u,
    0x748f82eeu, 0x78a5636fu, 0x84c87814u, 0x8cc70208u, 0x90befffau, 0xa4506cebu, 0xbef9a3f7u, 0xc67178f2u,
};
static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ull, 0x7137449123ef65cdull, 0xb5c0fbcfec4d3b2full, 0xe9b5dba58189dbbcull,
    0x3956c25bf348b538ull, 0x59f111f1b605d019ull, 0x923f82a4af194f9bull, 0xab1c5ed5da6d8118ull,
    0xd807aa98a3030242ull, 0x12835b0145706fbeull, 0x243185be4ee4b28cull, 0x550c7dc3d5ffb4e2ull,
    0x72be5d74f27b896full, 0x80deb1fe3b1696b1ull, 0x9bdc06a725c71235ull, 0xc19bf174cf692694ull,
    0xe49b69c19ef14ad2ull, 0xefbe4786384f25e3ull, 0x0fc19dc68b8cd5b5ull, 0x240ca1cc77ac9c65ull,
    0x2de92c6f592b0275ull, 0x4a7484aa6ea6e483ull, 0x5cb0a9dcbd41fbd4ull, 0x76f988da831153b5ull,
    0x983e5152ee66dfabull, 0xa831c66d2db43210ull, 0xb00327c898fb213full, 0xbf597fc7beef0ee4ull,
    0xc6e00bf33da88fc2ull, 0xd5a79147930aa725ull, 0x06ca6351e003826full, 0x142929670a0e6e70ull,
    0x27b70a8546d22ffcull, 0x2e1b21385c26c926ull, 0x4d2c6dfc5ac42aedull, 0x53380d139d95b3dfull,
    0x650a73548baf63deull, 0x766a0abb3c77b2a8ull, 0x81c2c92e47edaee6ull, 0x92722c851482353bull,
    0xa2bfe8a14cf10364ull, 0xa81a664bbc423001ull, 0xc24b8b70d0f89791ull, 0xc76c51a30654be30ull,
    0xd192e819d6ef5218ull, 0xd69906245565a910ull, 0xf40e35855771202aull, 0x106aa07032bbd1b8ull,
    0x19a4c116b8d2d0c8ull, 0x1e376c085141ab53ull, 0x2748774cdf8eeb99ull, 0x34b0bcb5e19b48a8ull,
    0x391c0cb3c5c95a63ull, 0x4ed8aa4ae3418acbull, 0x5b9cca4f7763e373ull, 0x682e6ff3d6b2b8a3ull,
    0x748f82ee5defb2fcull, 0x78a5636f43172f60ull, 0x84c87814a1f0ab72ull, 0x8cc702081a6439ecull,
    0x90befffa23631e28ull, 0xa4506cebde82bde9ull, 0xbef9a3f7b2c67915ull, 0xc67178f2e372532bull,
    0xca273eceea26619cull, 0xd186b8c721c0c207ull, 0xeada7dd6cde0eb1eull, 0xf57d4f7fee6ed178ull,
    0x06f067aa72176fbaull, 0x0a637dc5a2c898a6ull, 0x113f9804bef90daeull, 0x1b710b35131c471bull,
    0x28db77f523047d84ull, 0x32caab7b40c72493ull, 0x3c9ebe0a15c9bebcull, 0x431d67c49c100d4cull,
    0x4cc5d4becb3e42b6ull, 0x597f299cfc657e2aull, 0x5fcb6fab3ad6faecull, 0x6c44198c4a475817ull,
};
/* Initial hash values: fractional parts of the square roots of the first
 * eight primes (SHA-256: 32 bits, SHA-512: 64 bits) or of the ninth to
 * sixteenth (SHA-384: 64 bits; SHA-224: the second 32 of those 64). */
static const uint32_t sha224_iv[8] = {
    0xc1059ed8u, 0x367cd507u, 0x3070dd17u, 0xf70e5939u, 0xffc00b31u, 0x68581511u, 0x64f98fa7u, 0xbefa4fa4u,
};
static const uint32_t sha256_iv[8] = {
    0x6a09e667u, 0xbb67ae85u, 0x3c6ef372u, 0xa54ff53au, 0x510e527fu, 0x9b05688cu, 0x1f83d9abu, 0x5be0cd19u,
};
static const uint64_t sha384_iv[8] = {
    0xcbbb9d5dc1059ed8ull, 0x629a292a367cd507ull, 0x9159015a3070dd17ull, 0x152fecd8f70e5939ull,
    0x67332667ffc00b31ull, 0x8eb44a8768581511ull, 0xdb0c2e0d64f98fa7ull, 0x47b5481dbefa4fa4ull,
};
static const uint64_t sha512_iv[8] = {
    0x6a09e667f3bcc908ull, 0xbb67ae8584caa73bull, 0x3c6ef372fe94f82bull, 0xa54ff53a5f1d36f1ull,
    0x510e527fade682d1ull, 0x9b05688c2b3e6c1full, 0x1f83d9abfb41bd6bull, 0x5be0cd19137e2179ull,
};

/* ---- the state ---------------------------------------------------------------- */

enum { A_MD5, A_SHA1, A_SHA224, A_SHA256, A_SHA384, A_SHA512, A_COUNT };

typedef struct {
    Obj hdr;
    uint8_t algo;     /* A_* */
    uint8_t buflen;   /* bytes waiting in buf (less than one block) */
    uint64_t count;   /* bytes fed so far */
    union {
        uint32_t w[8]; /* MD5, SHA-1, SHA-224, SHA-256 chaining value */
        uint64_t d[8]; /* SHA-384, SHA-512 */
    } s;
    uint8_t buf[128];
} HashObj;

typedef void (*CompressFn)(HashObj *h, const uint8_t *p, size_t nblocks);

static Type hash_type = {.cname = "HASH", .basicsize = sizeof(HashObj)};

/* ---- byte order ----------------------------------------------------------------- */

static inline uint32_t rol32(uint32_t x, unsigned n) { return (x << n) | (x >> (32 - n)); }
static inline uint32_t ror32(uint32_t x, unsigned n) { return (x >> n) | (x << (32 - n)); }
static inline uint64_t ror64(uint64_t x, unsigned n) { return (x >> n) | (x << (64 - n)); }

static inline uint32_t load32le(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static inline uint32_t load32be(const uint8_t *p) {
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | (uint32_t)p[3];
}
static inline uint64_t load64be(const uint8_t *p) { return (uint64_t)load32be(p) << 32 | load32be(p + 4); }

/* ---- MD5 (RFC 1321 section 3.4) --------------------------------------------------- */

/* One MD5 step: a = b + ((a + f + x[k] + t[i]) <<< r), then the four
 * words rotate (the caller renames them instead of moving them). */
#define MD5_STEP(f, a, b, c, d, xk, ti, r) (a) = (b) + rol32((a) + (f) + (xk) + (ti), (r))

static void md5_compress(HashObj *h, const uint8_t *p, size_t nblocks) {
    for (; nblocks--; p += 64) {
        uint32_t x[16];
        for (int i = 0; i < 16; i++) x[i] = load32le(p + 4 * i);
        uint32_t a = h->s.w[0], b = h->s.w[1], c = h->s.w[2], d = h->s.w[3];
        for (int i = 0; i < 16; i += 4) {
            MD5_STEP((b & c) | (~b & d), a, b, c, d, x[i], md5_t[i], 7);
            MD5_STEP((a & b) | (~a & c), d, a, b, c, x[i + 1], md5_t[i + 1], 12);
            MD5_STEP((d & a) | (~d & b), c, d, a, b, x[i + 2], md5_t[i + 2], 17);
            MD5_STEP((c & d) | (~c & a), b, c, d, a, x[i + 3], md5_t[i + 3], 22);
        }
        for (int i = 16; i < 32; i += 4) {
            MD5_STEP((b & d) | (c & ~d), a, b, c, d, x[(5 * i + 1) & 15], md5_t[i], 5);
            MD5_STEP((a & c) | (b & ~c), d, a, b, c, x[(5 * i + 6) & 15], md5_t[i + 1], 9);
            MD5_STEP((d & b) | (a & ~b), c, d, a, b, x[(5 * i + 11) & 15], md5_t[i + 2], 14);
            MD5_STEP((c & a) | (d & ~a), b, c, d, a, x[(5 * i + 16) & 15], md5_t[i + 3], 20);
        }
        for (int i = 32; i < 48; i += 4) {
            MD5_STEP(b ^ c ^ d, a, b, c, d, x[(3 * i + 5) & 15], md5_t[i], 4);
            MD5_STEP(a ^ b ^ c, d, a, b, c, x[(3 * i + 8) & 15], md5_t[i + 1], 11);
            MD5_STEP(d ^ a ^ b, c, d, a, b, x[(3 * i + 11) & 15], md5_t[i + 2], 16);
            MD5_STEP(c ^ d ^ a, b, c, d, a, x[(3 * i + 14) & 15], md5_t[i + 3], 23);
        }
        for (int i = 48; i < 64; i += 4) {
            MD5_STEP(c ^ (b | ~d), a, b, c, d, x[(7 * i) & 15], md5_t[i], 6);
            MD5_STEP(b ^ (a | ~c), d, a, b, c, x[(7 * i + 7) & 15], md5_t[i + 1], 10);
            MD5_STEP(a ^ (d | ~b), c, d, a, b, x[(7 * i + 14) & 15], md5_t[i + 2], 15);
            MD5_STEP(d ^ (c | ~a), b, c, d, a, x[(7 * i + 21) & 15], md5_t[i + 3], 21);
        }
        h->s.w[0] += a;
        h->s.w[1] += b;
        h->s.w[2] += c;
        h->s.w[3] += d;
    }
}

/* ---- SHA-1 (FIPS 180-4 sections 4.1.1, 6.1.2) -------------------------------------- */

/* One SHA-1 round t with function value f and constant k. */
#define SHA1_ROUND(f, k)                                                                                               \
    do {                                                                                                               \
        uint32_t tmp = rol32(a, 5) + (f) + e + (k) + w[t];                                                            \
        e = d;                                                                                                         \
        d = c;                                                                                                         \
        c = rol32(b, 30);                                                                                              \
        b = a;                                                                                                         \
        a = tmp;                                                                                                       \
    } while (0)

static void sha1_compress(HashObj *h, const uint8_t *p, size_t nblocks) {
    for (; nblocks--; p += 64) {
        uint32_t w[80];
        for (int t = 0; t < 16; t++) w[t] = load32be(p + 4 * t);
        for (int t = 16; t < 80; t++) w[t] = rol32(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
        uint32_t a = h->s.w[0], b = h->s.w[1], c = h->s.w[2], d = h->s.w[3], e = h->s.w[4];
        int t = 0;
        for (; t < 20; t++) SHA1_ROUND((b & c) ^ (~b & d), 0x5a827999u);
        for (; t < 40; t++) SHA1_ROUND(b ^ c ^ d, 0x6ed9eba1u);
        for (; t < 60; t++) SHA1_ROUND((b & c) ^ (b & d) ^ (c & d), 0x8f1bbcdcu);
        for (; t < 80; t++) SHA1_ROUND(b ^ c ^ d, 0xca62c1d6u);
        h->s.w[0] += a;
        h->s.w[1] += b;
        h->s.w[2] += c;
        h->s.w[3] += d;
        h->s.w[4] += e;
    }
}

/* ---- SHA-224 / SHA-256 (FIPS 180-4 sections 4.1.2, 6.2.2) --------------------------- */

static void sha256_compress(HashObj *h, const uint8_t *p, size_t nblocks) {
    for (; nblocks--; p += 64) {
        uint32_t w[64];
        for (int t = 0; t < 16; t++) w[t] = load32be(p + 4 * t);
        for (int t = 16; t < 64; t++) {
            uint32_t s0 = ror32(w[t - 15], 7) ^ ror32(w[t - 15], 18) ^ (w[t - 15] >> 3);
            uint32_t s1 = ror32(w[t - 2], 17) ^ ror32(w[t - 2], 19) ^ (w[t - 2] >> 10);
            w[t] = s1 + w[t - 7] + s0 + w[t - 16];
        }
        uint32_t a = h->s.w[0], b = h->s.w[1], c = h->s.w[2], d = h->s.w[3];
        uint32_t e = h->s.w[4], f = h->s.w[5], g = h->s.w[6], hh = h->s.w[7];
        for (int t = 0; t < 64; t++) {
            uint32_t t1 = hh + (ror32(e, 6) ^ ror32(e, 11) ^ ror32(e, 25)) + ((e & f) ^ (~e & g)) + sha256_k[t] + w[t];
            uint32_t t2 = (ror32(a, 2) ^ ror32(a, 13) ^ ror32(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            hh = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        h->s.w[0] += a;
        h->s.w[1] += b;
        h->s.w[2] += c;
        h->s.w[3] += d;
        h->s.w[4] += e;
        h->s.w[5] += f;
        h->s.w[6] += g;
        h->s.w[7] += hh;
    }
}

/* ---- SHA-384 / SHA-512 (FIPS 180-4 sections 4.1.3, 6.4.2) --------------------------- */

static void sha512_compress(HashObj *h, const uint8_t *p, size_t nblocks) {
    for (; nblocks--; p += 128) {
        uint64_t w[80];
        for (int t = 0; t < 16; t++) w[t] = load64be(p + 8 * t);
        for (int t = 16; t < 80; t++) {
            uint64_t s0 = ror64(w[t - 15], 1) ^ ror64(w[t - 15], 8) ^ (w[t - 15] >> 7);
            uint64_t s1 = ror64(w[t - 2], 19) ^ ror64(w[t - 2], 61) ^ (w[t - 2] >> 6);
            w[t] = s1 + w[t - 7] + s0 + w[t - 16];
        }
        uint64_t a = h->s.d[0], b = h->s.d[1], c = h->s.d[2], d = h->s.d[3];
        uint64_t e = h->s.d[4], f = h->s.d[5], g = h->s.d[6], hh = h->s.d[7];
        for (int t = 0; t < 80; t++) {
            uint64_t t1 = hh + (ror64(e, 14) ^ ror64(e, 18) ^ ror64(e, 41)) + ((e & f) ^ (~e & g)) + sha512_k[t] + w[t];
            uint64_t t2 = (ror64(a, 28) ^ ror64(a, 34) ^ ror64(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
            hh = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        h->s.d[0] += a;
        h->s.d[1] += b;
        h->s.d[2] += c;
        h->s.d[3] += d;
        h->s.d[4] += e;
        h->s.d[5] += f;
        h->s.d[6] += g;
        h->s.d[7] += hh;
    }
}

/* ---- the algorithms -------------------------------------------------------------- */

typedef struct {
    const char *name;
    uint8_t digest_size, block_size;
    CompressFn compress;
} Algo;

static const Algo algos[A_COUNT] = {
    [A_MD5] = {"md5", 16, 64, md5_compress},
    [A_SHA1] = {"sha1", 20, 64, sha1_compress},
    [A_SHA224] = {"sha224", 28, 64, sha256_compress},
    [A_SHA256] = {"sha256", 32, 64, sha256_compress},
    [A_SHA384] = {"sha384", 48, 128, sha512_compress},
    [A_SHA512] = {"sha512", 64, 128, sha512_compress},
};

/* The initial chaining value of algorithm a (RFC 1321 3.3; FIPS 180-4 5.3). */
static void hash_init(HashObj *h, int a) {
    static const uint32_t md5_iv[4] = {0x67452301u, 0xefcdab89u, 0x98badcfeu, 0x10325476u};
    static const uint32_t sha1_iv[5] = {0x67452301u, 0xefcdab89u, 0x98badcfeu, 0x10325476u, 0xc3d2e1f0u};
    h->algo = (uint8_t)a;
    h->buflen = 0;
    h->count = 0;
    switch (a) {
    case A_MD5: memcpy(h->s.w, md5_iv, sizeof md5_iv); break;
    case A_SHA1: memcpy(h->s.w, sha1_iv, sizeof sha1_iv); break;
    case A_SHA224: memcpy(h->s.w, sha224_iv, sizeof sha224_iv); break;
    case A_SHA256: memcpy(h->s.w, sha256_iv, sizeof sha256_iv); break;
    case A_SHA384: memcpy(h->s.d, sha384_iv, sizeof sha384_iv); break;
    default: memcpy(h->s.d, sha512_iv, sizeof sha512_iv); break;
    }
}

/* Feed n bytes: whole blocks go straight from p to the compression
 * function; a partial block waits in buf. */
static void hash_update(HashObj *h, const uint8_t *p, size_t n) {
    if (!n) return;
    const Algo *a = &algos[h->algo];
    size_t bs = a->block_size;
    if ((uint64_t)n > (UINT64_C(1) << 61) - 1 - h->count) vm_raisef(OverflowError_type, "hash input too long");
    h->count += n;
    if (h->buflen) {
        size_t take = bs - h->buflen < n ? bs - h->buflen : n;
        memcpy(h->buf + h->buflen, p, take);
        h->buflen = (uint8_t)(h->buflen + take);
        p += take;
        n -= take;
        if (h->buflen < bs) return;
        a->compress(h, h->buf, 1);
        h->buflen = 0;
    }
    size_t nb = n / bs;
    if (nb) {
        a->compress(h, p, nb);
        p += nb * bs;
        n -= nb * bs;
    }
    if (n) {
        memcpy(h->buf, p, n);
        h->buflen = (uint8_t)n;
    }
}

/* The digest of what h has been fed, into out (digest_size bytes); h is
 * left as it was (the padding is applied to a copy).  Padding: RFC 1321
 * 3.1-3.2 (length little-endian), FIPS 180-4 5.1 (big-endian; a 128-bit
 * length for the 128-byte-block algorithms). */
static void hash_final(const HashObj *h, uint8_t *out) {
    HashObj c = *h;
    const Algo *a = &algos[c.algo];
    size_t bs = a->block_size, lenbytes = bs == 128 ? 16 : 8;
    uint64_t bits = c.count << 3, bits_hi = c.count >> 61;
    c.buf[c.buflen++] = 0x80;
    if (c.buflen > bs - lenbytes) {
        memset(c.buf + c.buflen, 0, bs - c.buflen);
        a->compress(&c, c.buf, 1);
        c.buflen = 0;
    }
    memset(c.buf + c.buflen, 0, bs - c.buflen);
    uint8_t *len = c.buf + bs - lenbytes;
    for (int i = 0; i < 8; i++) {
        if (c.algo == A_MD5) len[i] = (uint8_t)(bits >> (8 * i));
        else len[lenbytes - 1 - i] = (uint8_t)(bits >> (8 * i));
    }
    if (lenbytes == 16)
        for (int i = 0; i < 8; i++) len[7 - i] = (uint8_t)(bits_hi >> (8 * i));
    a->compress(&c, c.buf, 1);
    for (size_t i = 0; i < a->digest_size; i++) {
        if (c.algo == A_MD5) out[i] = (uint8_t)(c.s.w[i / 4] >> (8 * (i % 4)));
        else if (bs == 64) out[i] = (uint8_t)(c.s.w[i / 4] >> (8 * (3 - i % 4)));
        else out[i] = (uint8_t)(c.s.d[i / 8] >> (8 * (7 - i % 8)));
    }
}

/* ---- the module's functions -------------------------------------------------------- */

static HashObj *hash_arg(const char *fname, Value v) {
    if (!is_type(v, &hash_type)) vm_raisef(TypeError_type, "%s() argument 1 must be _hashlib.HASH, not %T", fname, v);
    return (HashObj *)v;
}

/* new(name): a fresh state for the algorithm called name (exact,
 * lower-case; stdlib/hashlib.py folds case). */
static Value hl_new(Value *args, int nargs, Tuple *kw) {
    arg_nokw("new", kw);
    arg_count("new", nargs, 1, 1);
    if (!IS_STR(args[0])) vm_raisef(TypeError_type, "name must be a string");
    const char *name = ((Str *)args[0])->data;
    for (int a = 0; a < A_COUNT; a++) {
        if (strcmp(name, algos[a].name) == 0 && strlen(name) == ((Str *)args[0])->nbytes) {
            HashObj *h = gc_alloc(&hash_type, sizeof(HashObj));
            hash_init(h, a);
            return (Value)h;
        }
    }
    vm_raisef(ValueError_type, "unsupported hash type %S", args[0]);
}

/* update(h, data) */
static Value hl_update(Value *args, int nargs, Tuple *kw) {
    arg_nokw("update", kw);
    arg_count("update", nargs, 2, 2);
    HashObj *h = hash_arg("update", args[0]);
    const uint8_t *p;
    size_t n;
    if (IS_STR(args[1])) vm_raisef(TypeError_type, "Strings must be encoded before hashing");
    if (!bytes_buffer(args[1], &p, &n)) vm_raisef(TypeError_type, "object supporting the buffer API required");
    hash_update(h, p, n);
    return None;
}

static Value hl_digest(Value *args, int nargs, Tuple *kw) {
    arg_nokw("digest", kw);
    arg_count("digest", nargs, 1, 1);
    HashObj *h = hash_arg("digest", args[0]);
    uint8_t out[64];
    hash_final(h, out);
    return (Value)bytes_new(out, algos[h->algo].digest_size);
}

static Value hl_hexdigest(Value *args, int nargs, Tuple *kw) {
    arg_nokw("hexdigest", kw);
    arg_count("hexdigest", nargs, 1, 1);
    HashObj *h = hash_arg("hexdigest", args[0]);
    uint8_t out[64];
    char hex[128];
    hash_final(h, out);
    size_t n = algos[h->algo].digest_size;
    for (size_t i = 0; i < n; i++) {
        hex[2 * i] = "0123456789abcdef"[out[i] >> 4];
        hex[2 * i + 1] = "0123456789abcdef"[out[i] & 15];
    }
    return (Value)str_new(hex, 2 * n);
}

static Value hl_copy(Value *args, int nargs, Tuple *kw) {
    arg_nokw("copy", kw);
    arg_count("copy", nargs, 1, 1);
    HashObj *h = hash_arg("copy", args[0]);
    HashObj *c = gc_alloc(&hash_type, sizeof(HashObj));
    c->algo = h->algo;
    c->buflen = h->buflen;
    c->count = h->count;
    c->s = h->s;
    memcpy(c->buf, h->buf, sizeof c->buf);
    return (Value)c;
}

Module *mod_hashlib_init(void) {
    type_ready(&hash_type);
    Module *m = module_new(str_intern_cstr("_hashlib"));
    module_set(m, "HASH", (Value)&hash_type);
    module_add_fn(m, "new", hl_new);
    module_add_fn(m, "update", hl_update);
    module_add_fn(m, "digest", hl_digest);
    module_add_fn(m, "hexdigest", hl_hexdigest);
    module_add_fn(m, "copy", hl_copy);
    return m;
}
