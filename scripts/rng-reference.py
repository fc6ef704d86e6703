#!/usr/bin/env python3
"""Reference outputs of the Monte Carlo generator for test/fixtures/rng-reference.json, written from the
algorithms' published definitions with Python's unbounded integers (masked to 32 bits), not from
src/model/risk/rng.ts:

- a stream's seed: 32-bit FNV-1a (offset basis 0x811c9dc5, prime 0x01000193) over the key's UTF-16 code
  units, its offset basis XORed with the seed;
- SplitMix32: a Weyl sequence (step 0x9e3779b9) through MurmurHash3's 32-bit finaliser, four outputs
  filling xoshiro's state (an all-zero state would become d = 1);
- xoshiro128** (Blackman and Vigna, xoshiro128starstar.c);
- a uniform: 27 high bits of one output and 26 of the next make 53 bits, plus half a step, over 2^53;
- an integer below n: outputs at or above the largest multiple of n that fits in 2^32 are rejected;
- Latin hypercube: a Fisher–Yates shuffle of the strata 0 … n−1 from the last position down, then
  (stratum + uniform) / n per sample.

Python floats are IEEE 754 doubles with correctly rounded +, ×, ÷, so the uniforms are the doubles the
TypeScript generator must give, bit for bit (JSON keeps them exactly: repr is the shortest round trip).
Run `python3 scripts/rng-reference.py` to rewrite the file; the streams listed in STREAMS are the names
src/model/risk/sample.ts gives its inputs (test/unit/risk-streams.test.ts)."""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "test" / "fixtures" / "rng-reference.json"
M32 = 0xFFFFFFFF
DEFAULT_SEED = 20251022  # src/model/risk/sample.ts


def stream_seed(seed: int, key: str) -> int:
    h = 0x811C9DC5 ^ (seed & M32)
    units = key.encode("utf-16-le")
    for i in range(0, len(units), 2):
        h ^= units[i] | (units[i + 1] << 8)
        h = (h * 0x01000193) & M32
    return h


def to_int32(x: int) -> int:
    x &= M32
    return x - (1 << 32) if x & 0x80000000 else x


def rotl(x: int, k: int) -> int:
    return ((x << k) | (x >> (32 - k))) & M32


class Generator:
    def __init__(self, seed: int):
        self.weyl = seed & M32
        self.s = [self.split_mix() for _ in range(4)]
        if not any(self.s):
            self.s[3] = 1

    def split_mix(self) -> int:
        self.weyl = (self.weyl + 0x9E3779B9) & M32
        z = self.weyl
        z = ((z ^ (z >> 16)) * 0x85EBCA6B) & M32
        z = ((z ^ (z >> 13)) * 0xC2B2AE35) & M32
        return z ^ (z >> 16)

    def next_uint32(self) -> int:
        s = self.s
        result = (rotl((s[1] * 5) & M32, 7) * 9) & M32
        t = (s[1] << 9) & M32
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 11)
        return result

    def uniform(self) -> float:
        high = self.next_uint32() >> 5
        low = self.next_uint32() >> 6
        return ((high << 27 | low << 1 | 1) / 2**54)  # (high·2^26 + low + ½) / 2^53, exactly

    def below(self, n: int) -> tuple[int, int]:
        """An integer in [0, n), and how many outputs were rejected on the way."""
        limit = (1 << 32) - (1 << 32) % n
        rejected = 0
        while True:
            x = self.next_uint32()
            if x < limit:
                return x % n, rejected
            rejected += 1


def latin_hypercube(seed: int, key: str, n: int) -> list[float]:
    rng = Generator(stream_seed(seed, key))
    strata = list(range(n))
    for i in range(n - 1, 0, -1):
        j, _ = rng.below(i + 1)
        strata[i], strata[j] = strata[j], strata[i]
    return [(strata[i] + rng.uniform()) / n for i in range(n)]


SEED_KEYS = [(0, ""), (1, "a"), (1, "b"), (DEFAULT_SEED, "system:gb300-nvl72:system_kw"), (4294967295, "Ärger €"), (7, "deal:openai-amd:completion")]
GENERATOR_SEEDS = [0, 1, 123456789, 4294967295]
BELOW = [1, 3, 10, 2**31 + 1, 2**32]

# The streams sample.ts names, at DEFAULT_SEED and a small sample count (a Sampler of `STREAM_SAMPLES`).
STREAM_SAMPLES = 16
STREAMS = [
    "system:vera-rubin-nvl72:system_kw",
    "system:vera-rubin-nvl72:price_per_system",
    "system:vera-rubin-nvl72:bf16_pflops",
    "system:vera-rubin-nvl72:fp8_pflops",
    "assumption:pue",
    "assumption:utilization",
    "deal:risk-test:completion",
    "deal:risk-test:contract_usd_per_gw",
    "deal:risk-test:investment_cap",
    "deal:risk-test:event:0:usd",
]


def main() -> None:
    below = {}
    for n in BELOW:
        rng = Generator(99)
        draws = [rng.below(n) for _ in range(8)]
        below[str(n)] = [value for value, _ in draws]
        if n == 2**31 + 1:
            assert sum(r for _, r in draws) > 0, "2^31 + 1 must reject some outputs, or the rejection goes untested"
    # An output equal to the bound is rejected: for n above 2^31 the bound is n itself, so n = the first output
    # of seed 0 makes that output the bound.
    first = Generator(0).next_uint32()
    assert first > 2**31
    rng = Generator(0)
    at_bound = [rng.below(first) for _ in range(4)]
    assert at_bound[0][1] == 1, "the first output must be rejected"
    generators = {}
    for seed in GENERATOR_SEEDS:
        rng = Generator(seed)
        generators[str(seed)] = {"uint32": [rng.next_uint32() for _ in range(8)], "then_uniforms": [rng.uniform() for _ in range(4)]}
    data = {
        "note": "Written by scripts/rng-reference.py from the algorithms' definitions; do not edit by hand.",
        "streamSeeds": [{"seed": s, "key": k, "value": stream_seed(s, k)} for s, k in SEED_KEYS],
        "generators": generators,
        "belowFromSeed99": below,
        "belowTheFirstOutputOfSeed0": {"n": first, "values": [value for value, _ in at_bound]},
        "latinHypercube": [
            {"seed": s, "key": k, "n": n, "values": latin_hypercube(s, k, n)}
            for s, k, n in [(1, "x", 1), (DEFAULT_SEED, "system:gb300-nvl72:system_kw", 7), (3, "deal:openai-amd:completion", 12)]
        ],
        "streams": {"seed": DEFAULT_SEED, "n": STREAM_SAMPLES, "uniforms": {k: latin_hypercube(DEFAULT_SEED, k, STREAM_SAMPLES) for k in STREAMS}},
    }
    OUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
