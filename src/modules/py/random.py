"""Pseudo-random numbers for mnemo.

The core generator is the Mersenne Twister of the Rust `_random.Random`. Everything built on it
here (integers in a range, picks from sequences, permutations, samples and the real-valued
distributions) consumes the generator's output in the same order and with the same arithmetic
as CPython 3.11, so a generator seeded the same way yields the same values as CPython's.
"""

import _random
from _sha512 import sha512 as _sha512
from bisect import bisect_right as _find_slot
from itertools import accumulate as _running_totals
from math import acos as _acos, ceil as _ceil, cos as _cos, e as _e, exp as _exp
from math import floor as _floor, isfinite as _isfinite, log as _log, pi as _pi
from math import sin as _sin, sqrt as _sqrt, tau as TWOPI
from os import urandom as _urandom

# The module-level functions: bound methods of one shared generator (made at the end).
_FUNCTIONS = (
    "seed", "random", "getstate", "setstate", "getrandbits", "randbytes",
    "randrange", "randint", "choice", "choices", "shuffle", "sample",
    "uniform", "triangular", "normalvariate", "gauss", "lognormvariate", "expovariate",
    "vonmisesvariate", "gammavariate", "betavariate", "paretovariate", "weibullvariate",
)
__all__ = ["Random", "SystemRandom", *sorted(_FUNCTIONS)]

# Constants of the algorithms (public in CPython's module as well).
BPF = 53                      # bits in a float's mantissa
RECIP_BPF = 2 ** -BPF
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)

_SEED_TYPES = (type(None), int, float, str, bytes, bytearray)
_MASK64 = (1 << 64) - 1

# randrange(n, step=...) needs to know whether a step was given; the default is this very
# object (a small int, shared by every literal 1).
_DEFAULT_STEP = 1


def _as_integer(value, which):
    """randrange's argument as an int: anything with __index__, or a float-like value that
    equals an int (else ValueError naming the argument)."""
    kind = type(value)
    if hasattr(kind, '__index__'):
        return kind.__index__(value)
    whole = int(value)
    if whole != value:
        raise ValueError(f"non-integer {which} for randrange()")
    return whole


def _version1_hash(text):
    """The integer a pre-2.4 Python derived from a str/bytes seed (seed(..., version=1))."""
    if isinstance(text, bytes):
        text = text.decode('latin-1')
    acc = ord(text[0]) << 7 if text else 0
    for ch in text:
        acc = (acc * 1000003 ^ ord(ch)) & _MASK64
    return acc ^ len(text)


def _version2_int(data):
    """The integer a str/bytes/bytearray seed stands for: its bytes followed by their
    SHA-512 digest, read big-endian."""
    if isinstance(data, str):
        data = data.encode()
    return int.from_bytes(data + _sha512(data).digest(), 'big')


# (seed version, argument types it converts, conversion to an int)
_TEXT_SEEDS = ((1, (str, bytes), _version1_hash),
               (2, (str, bytes, bytearray), _version2_int))
_BAD_SEED = ('The only supported seed types are: None,\n'
             'int, float, str, bytes, and bytearray.')


def _looks_like_sequence(obj):
    from _collections_abc import Sequence
    return isinstance(obj, Sequence)


class Random(_random.Random):
    """Random number generator base class used by bound module functions.

    Subclasses wanting another core generator override random() and, optionally,
    getrandbits(); seed(), getstate() and setstate() too if they keep state."""

    VERSION = 3  # the layout of getstate()'s tuple

    def __init__(self, x=None):
        """Initialize an instance; `x` seeds it (None: from the clock and system entropy)."""
        self.seed(x)
        self.gauss_next = None

    def __init_subclass__(cls, /, **kwargs):
        # Pick the integer drawing method from the nearest class in the MRO that says something:
        # an explicit _randbelow wins, then a getrandbits (draw whole bits), then a bare
        # random() (scale floats).
        rules = (('_randbelow', None),
                 ('getrandbits', '_randbelow_with_getrandbits'),
                 ('random', '_randbelow_without_getrandbits'))
        for klass in cls.__mro__:
            for name, method in rules:
                if name in klass.__dict__:
                    if method is not None:
                        cls._randbelow = getattr(cls, method)
                    return

    # -- state --

    def seed(self, a=None, version=2):
        """Initialize internal state from a seed.

        None uses the current time or system entropy; an int is used as is. With version 2
        (the default) a str, bytes or bytearray is turned into an int using all of its bits;
        version 1 reproduces the old hash of str and bytes."""
        for number, kinds, to_int in _TEXT_SEEDS:
            if version == number and isinstance(a, kinds):
                a = to_int(a)
                break
        else:
            if not isinstance(a, _SEED_TYPES):
                raise TypeError(_BAD_SEED)
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """Return internal state; can be passed to setstate() later."""
        return (self.VERSION, super().getstate(), self.gauss_next)

    def setstate(self, state):
        """Restore internal state from object returned by getstate()."""
        version = state[0]
        if version not in (2, 3):
            raise ValueError(f"state with version {version} passed to "
                             f"Random.setstate() of version {self.VERSION}")
        _, words, self.gauss_next = state
        if version == 2:
            # Version 2 states may hold the 32-bit words as signed values.
            try:
                words = tuple(w % (1 << 32) for w in words)
            except ValueError as exc:
                raise TypeError from exc
        super().setstate(words)

    # copy and pickle go through getstate/setstate

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return (self.__class__, (), self.getstate())

    # -- integers --

    def _randbelow_with_getrandbits(self, n):
        "Return a random int in the range [0,n).  Defined for n > 0."
        # Draw as many bits as n has, and retry the (fewer than half) draws that are too big.
        width = n.bit_length()
        while True:
            candidate = self.getrandbits(width)
            if candidate < n:
                return candidate

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        "Return a random int in the range [0,n).  Defined for n > 0."
        if n >= maxsize:
            # Not enough bits in a float to cover the range evenly: scale and accept the bias.
            return _floor(self.random() * n)
        # Only floats below the largest multiple of n (as a fraction of maxsize) are unbiased.
        cutoff = (maxsize - maxsize % n) / maxsize
        while True:
            u = self.random()
            if u < cutoff:
                return _floor(u * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        """Generate n random bytes."""
        whole = self.getrandbits(8 * n)
        return whole.to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_DEFAULT_STEP):
        """Choose a random item from range(start, stop[, step]).

        Unlike randint(), the end point is excluded."""
        low = _as_integer(start, 'arg 1')
        if stop is None:
            # randrange(n): n items from 0
            if step is not _DEFAULT_STEP:
                raise TypeError('Missing a non-None stop argument')
            base, stride, count = 0, 1, low
        else:
            high = _as_integer(stop, 'stop')
            span = high - low
            stride = _as_integer(step, 'step')
            if stride == 1:
                if span <= 0:
                    raise ValueError(f"empty range for randrange() ({low}, {high}, {span})")
                return low + self._randbelow(span)
            if stride == 0:
                raise ValueError("zero step for randrange()")
            # ceil(span / stride), for either sign of the stride
            base, count = low, -(-span // stride)
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return base + stride * self._randbelow(count)

    def randint(self, a, b):
        """Return random integer in range [a, b], including both end points."""
        return self.randrange(a, b + 1)

    # -- sequences --

    def choice(self, seq):
        """Choose a random element from a non-empty sequence."""
        size = len(seq)
        if size == 0:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Shuffle list x in place, and return None."""
        # Fisher-Yates from the end: each slot takes an element from the part not yet placed.
        below = self._randbelow
        for top in range(len(x) - 1, 0, -1):
            other = below(top + 1)
            x[top], x[other] = x[other], x[top]

    def sample(self, population, k, *, counts=None):
        """Chooses k unique random elements from a population sequence.

        Returns a new list in selection order. With `counts`, each element stands for as many
        copies as its count says."""
        if not _looks_like_sequence(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        size = len(population)
        if counts is not None:
            bounds = list(_running_totals(counts))
            if len(bounds) != size:
                raise ValueError('The number of counts does not match the population')
            total = bounds.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            return [population[_find_slot(bounds, index)]
                    for index in self.sample(range(total), k=k)]
        if not 0 <= k <= size:
            raise ValueError("Sample larger than population or is negative")
        below = self._randbelow
        picked = [None] * k
        # Small populations (relative to k): partial shuffle of a copy. Large ones: draw
        # indexes and redraw those already taken, remembered in a set.
        limit = 21
        if k > 5:
            limit += 4 ** _ceil(_log(k * 3, 4))
        if size <= limit:
            pool = list(population)
            for slot in range(k):
                last = size - 1 - slot  # pool[:last + 1] holds the elements not yet picked
                index = below(last + 1)
                picked[slot] = pool[index]
                pool[index] = pool[last]
        else:
            taken = set()
            for slot in range(k):
                index = below(size)
                while index in taken:
                    index = below(size)
                taken.add(index)
                picked[slot] = population[index]
        return picked

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a k sized list of population elements chosen with replacement.

        Without weights every element is equally likely."""
        draw = self.random
        size = len(population)
        if cum_weights is None:
            if weights is None:
                scale = size + 0.0
                return [population[_floor(draw() * scale)] for _ in range(k)]
            try:
                cum_weights = list(_running_totals(weights))
            except TypeError:
                if isinstance(weights, int):
                    raise TypeError('The number of choices must be a keyword argument: '
                                    f'k={weights}') from None
                raise
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        last = size - 1
        return [population[_find_slot(cum_weights, draw() * total, 0, last)]
                for _ in range(k)]

    # -- real-valued distributions --

    def uniform(self, a, b):
        """Get a random number in the range [a, b) or [a, b] depending on rounding."""
        return a + self.random() * (b - a)

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution: continuous on [low, high], peaking at mode
        (default: the midpoint)."""
        u = self.random()
        try:
            peak = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > peak:
            # mirror the distribution so the formula below serves both sides of the peak
            u, peak = 1.0 - u, 1.0 - peak
            low, high = high, low
        return low + (high - low) * _sqrt(u * peak)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (mean mu, standard deviation sigma), by Kinderman and
        Monahan's ratio-of-uniforms method."""
        draw = self.random
        while True:
            u = draw()
            v = 1.0 - draw()
            z = NV_MAGICCONST * (u - 0.5) / v
            if z * z / 4.0 <= -_log(v):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution (mean mu, standard deviation sigma).

        Box-Muller: one call makes two values and keeps the second for the next call; faster
        than normalvariate() but not thread-safe."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution: its log is normal with mean mu and deviation sigma."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution; lambd is 1.0 divided by the desired mean."""
        return self._unit_exponential() / lambd

    def _unit_exponential(self):
        # An exponential variate of mean 1, by inversion; 1.0 - random() is never 0.
        return -_log(1.0 - self.random())

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution: mean angle mu (radians), concentration kappa >= 0
        (0 gives a uniform angle in [0, 2*pi))."""
        draw = self.random
        if kappa <= 1e-6:
            return TWOPI * draw()
        half = 0.5 / kappa
        r = half + _sqrt(1.0 + half * half)
        while True:
            z = _cos(_pi * draw())
            d = z / (r + z)
            u = draw()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        inv_r = 1.0 / r
        offset = _acos((inv_r + z) / (1.0 + inv_r * z))
        if draw() > 0.5:
            return (mu + offset) % TWOPI
        return (mu - offset) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution.  Not the gamma function!

        Conditions on the parameters are alpha > 0 and beta > 0."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        draw = self.random
        if alpha == 1.0:
            return self._unit_exponential() * beta
        if alpha > 1.0:
            return self._gamma_above_one(alpha) * beta
        # alpha < 1: rejection from a mixture of a power and an exponential tail.
        b = (_e + alpha) / _e
        while True:
            p = b * draw()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
                if draw() <= _exp(-x):
                    return x * beta
            else:
                x = -_log((b - p) / alpha)  # from the exponential tail
                if draw() <= x ** (alpha - 1.0):
                    return x * beta

    def _gamma_above_one(self, alpha):
        # Cheng's rejection method for alpha > 1 (unit scale).
        draw = self.random
        spread = _sqrt(2.0 * alpha - 1.0)
        shift = alpha - LOG4
        slope = alpha + spread
        while True:
            u1 = draw()
            if u1 <= 1e-7 or u1 >= 0.9999999:
                continue
            u2 = 1.0 - draw()
            v = _log(u1 / (1.0 - u1)) / spread
            x = alpha * _exp(v)
            z = u1 * u1 * u2
            r = shift + slope * v - x
            if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                return x

    def betavariate(self, alpha, beta):
        """Beta distribution, on [0, 1]; alpha > 0 and beta > 0."""
        # X / (X + Y) for X ~ Gamma(alpha, 1) and Y ~ Gamma(beta, 1)
        gx = self.gammavariate(alpha, 1.0)
        if not gx:
            return 0.0
        return gx / (gx + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Pareto distribution; alpha is the shape parameter."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution; alpha is the scale, beta the shape."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


class SystemRandom(Random):
    """Random numbers from the operating system's entropy (os.urandom).

    Not reproducible: seed() does nothing, and there is no state to get or set."""

    def random(self):
        """Get the next random number in the range [0.0, 1.0)."""
        return (int.from_bytes(_urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """getrandbits(k) -> x.  Generates an int with k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        return int.from_bytes(_urandom(nbytes), 'big') >> (nbytes * 8 - k)

    def randbytes(self, n):
        """Generate n random bytes."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        "Stub method.  Not used for a system random number generator."
        return None

    def _stateless(self, *args, **kwds):
        "Method should not be called for a system random number generator."
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _stateless


# The module-level functions are the bound methods of one shared generator.
_inst = Random()
for _name in _FUNCTIONS:
    globals()[_name] = getattr(_inst, _name)
del _name
