# SPDX-License-Identifier: MIT
# xenlet's random: CPython's Random API and module functions over the
# xoshiro256** generator (Blackman & Vigna), seeded through splitmix64.
# Promises the API, argument checks and distributions of CPython's random;
# the sequence for a given seed is xenlet's own, reproducible across runs
# and platforms, and differs from CPython's Mersenne Twister.

import math as _math
import time as _time

__all__ = [
    "Random",
    "betavariate",
    "choice",
    "choices",
    "expovariate",
    "gammavariate",
    "gauss",
    "getrandbits",
    "getstate",
    "lognormvariate",
    "normalvariate",
    "paretovariate",
    "randbytes",
    "randint",
    "random",
    "randrange",
    "sample",
    "seed",
    "setstate",
    "shuffle",
    "triangular",
    "uniform",
    "vonmisesvariate",
    "weibullvariate",
]

_M64 = (1 << 64) - 1
_TWOPI = 2.0 * _math.pi
_NV_MAGICCONST = 4 * _math.exp(-0.5) / _math.sqrt(2.0)
_LOG4 = _math.log(4.0)
_SG_MAGICCONST = 1.0 + _math.log(4.5)


def _splitmix64(x):
    # One splitmix64 step: returns (new state, output).
    x = (x + 0x9E3779B97F4A7C15) & _M64
    z = x
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _M64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _M64
    return x, z ^ (z >> 31)


def _as_index(x, what):
    # CPython 3.11 accepts integral floats (with a deprecation warning) and
    # rejects others with ValueError naming the argument.
    if isinstance(x, int):
        return int(x)
    try:
        return x.__index__()
    except AttributeError:
        pass
    ix = int(x)
    if ix != x:
        raise ValueError("non-integer " + what + " for randrange()")
    return ix


class Random:
    """A random number generator with its own state (xoshiro256**)."""

    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Initialise the state from None (the clock), int, float, str,
        bytes or bytearray."""
        if a is None:
            n = _time.time_ns()
        elif isinstance(a, int):
            n = a if a >= 0 else -a
        elif isinstance(a, float):
            n = hash(a) & _M64
        elif isinstance(a, str):
            n = int.from_bytes(a.encode("utf-8"), "big")
            n = (n << 1) | 1  # keep "" and "\0" apart from 0
        elif isinstance(a, (bytes, bytearray)):
            n = (int.from_bytes(bytes(a), "big") << 1) | 1
        else:
            raise TypeError("The only supported seed types are: None,\n"
                            "int, float, str, bytes, and bytearray.")
        # Fold every 64-bit limb of n (and its length) into splitmix64.
        x = 0
        while True:
            x, _ = _splitmix64(x ^ (n & _M64))
            n >>= 64
            if not n:
                break
        s = []
        for _ in range(4):
            x, z = _splitmix64(x)
            s.append(z)
        if not (s[0] | s[1] | s[2] | s[3]):
            s[0] = 1
        self._s = s
        self.gauss_next = None

    def getstate(self):
        return (self.VERSION, tuple(self._s), self.gauss_next)

    def setstate(self, state):
        version, s, self.gauss_next = state
        if version != self.VERSION or len(s) != 4:
            raise ValueError("state with version " + repr(version)
                             + " passed to Random.setstate() of version "
                             + str(self.VERSION))
        self._s = list(s)

    def _next64(self):
        s = self._s
        s0 = s[0]
        s1 = s[1]
        s2 = s[2]
        s3 = s[3]
        r = (s1 * 5) & _M64
        r = ((((r << 7) | (r >> 57)) & _M64) * 9) & _M64
        t = (s1 << 17) & _M64
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = ((s3 << 45) | (s3 >> 19)) & _M64
        s[0] = s0
        s[1] = s1
        s[2] = s2
        s[3] = s3
        return r

    def random(self):
        """Float in [0.0, 1.0) with 53 random bits."""
        return (self._next64() >> 11) * (1.0 / 9007199254740992.0)

    def getrandbits(self, k):
        """Int with k random bits."""
        if k < 0:
            raise ValueError("number of bits must be non-negative")
        if k <= 64:
            return self._next64() >> (64 - k) if k else 0
        r = 0
        got = 0
        while got < k:
            r = (r << 64) | self._next64()
            got += 64
        return r >> (got - k)

    def randbytes(self, n):
        return self.getrandbits(n * 8).to_bytes(n, "little")

    def _randbelow(self, n):
        # Uniform in [0, n) by rejection: no modulo bias.
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def randrange(self, start, stop=None, step=1):
        """Random item from range(start, stop[, step])."""
        istart = _as_index(start, "arg 1")
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _as_index(stop, "stop")
        width = istop - istart
        istep = _as_index(step, "step")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (" + str(istart)
                             + ", " + str(istop) + ", " + str(width) + ")")
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """Random int in [a, b], both ends included."""
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle list x in place (Fisher-Yates)."""
        for i in range(len(x) - 1, 0, -1):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """k unique picks from a sequence, in selection order."""
        if isinstance(population, (set, frozenset, dict)) or not hasattr(
                population, "__getitem__") or not hasattr(population,
                                                          "__len__"):
            raise TypeError("Population must be a sequence.  For dicts or "
                            "sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum = []
            total = 0
            for c in counts:
                total += c
                cum.append(total)
            if len(cum) != n:
                raise ValueError("The number of counts does not match the "
                                 "population")
            if not isinstance(total, int):
                raise TypeError("Counts must be integers")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            picks = self.sample(range(total), k)
            out = []
            for p in picks:
                out.append(population[_bisect_right(cum, p)])
            return out
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        pool = list(population)
        result = []
        for i in range(k):
            j = self._randbelow(n - i)
            result.append(pool[j])
            pool[j] = pool[n - i - 1]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k picks with replacement, optionally weighted."""
        n = len(population)
        if cum_weights is None:
            if weights is None:
                out = []
                for _ in range(k):
                    out.append(population[int(self.random() * n)])
                return out
            cum_weights = []
            total = 0
            for w in weights:
                total += w
                cum_weights.append(total)
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative "
                            "weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the "
                             "population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if total != total or total == _math.inf:
            raise ValueError("Total of weights must be finite")
        hi = n - 1
        out = []
        for _ in range(k):
            out.append(population[_bisect_right(cum_weights,
                                                self.random() * total, hi)])
        return out

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _math.sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        # Kinderman and Monahan's ratio-of-uniforms method.
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = _NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_math.log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        # Box-Muller: each pair of uniforms gives two normals; the second
        # is kept for the next call.
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = self.random() * _TWOPI
            g2rad = _math.sqrt(-2.0 * _math.log(1.0 - self.random()))
            z = _math.cos(x2pi) * g2rad
            self.gauss_next = _math.sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _math.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd=1.0):
        return -_math.log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        # Best and Fisher's algorithm (1979).
        if kappa <= 1e-6:
            return _TWOPI * self.random()
        s = 0.5 / kappa
        r = s + _math.sqrt(1.0 + s * s)
        while True:
            u1 = self.random()
            z = _math.cos(_math.pi * u1)
            d = z / (r + z)
            u2 = self.random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _math.exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = self.random()
        if u3 > 0.5:
            theta = (mu + _math.acos(f)) % _TWOPI
        else:
            theta = (mu - _math.acos(f)) % _TWOPI
        return theta

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        if alpha < 1.0:
            # Boost: Gamma(a) = Gamma(a + 1) * U ** (1 / a).
            u = self.random()
            while u <= 1e-7:
                u = self.random()
            return self.gammavariate(alpha + 1.0, beta) * u ** (1.0 / alpha)
        # Marsaglia and Tsang (2000).
        d = alpha - 1.0 / 3.0
        c = 1.0 / _math.sqrt(9.0 * d)
        while True:
            x = self.normalvariate()
            v = 1.0 + c * x
            if v <= 0.0:
                continue
            v = v * v * v
            u = self.random()
            if u < 1.0 - 0.0331 * (x * x) * (x * x):
                return d * v * beta
            if _math.log(u) < 0.5 * x * x + d * (1.0 - v + _math.log(v)):
                return d * v * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * (-_math.log(u)) ** (1.0 / beta)


def _bisect_right(a, x, hi=None):
    lo = 0
    if hi is None:
        hi = len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
