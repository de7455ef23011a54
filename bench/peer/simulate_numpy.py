"""The numpy peer of `chainsim simulate` for bench/peer.bench.ts.

The same model as bench/peer.bench.ts's scenario: S sectors, each with a
baseline drawn once, uniform on [lo, lo + 40], and a growth rate drawn every
year, normal(mean_i, sd_i); V_t = V_{t-1} (1 + g_t) over Y reported years
(the base year and Y - 1 growth years). The same statistics as chainsim:
per sector and year the mean, sd, min, max and the 5, 10, 25, 50, 75, 90
and 95th percentiles (exact here, chainsim's are within 0.5%), and per
sector the probability that the last year's value reaches its goal.

Written as numpy is meant to be used: vectorised over samples, one sector at
a time (an S x Y x N array would need 8 GB for 100 x 10 x 10^6), with
numpy's default generator (PCG64, ziggurat normals).

usage: python3 simulate_numpy.py SECTORS YEARS SAMPLES SEED
prints one JSON line: compute seconds (after imports), peak RSS (MB), and a
checksum of the statistics.
"""
import json
import resource
import sys
import time

import numpy as np


def params(i, years):
    """Sector i's baseline range, growth mean and sd, and last-year goal (as in peer.bench.ts)."""
    lo = 100 + (i % 17) * 10
    mean = (6 + i % 5) / 100
    sd = (2 + i % 3) / 100
    goal = round((lo + 20) * (1 + mean) ** (years - 1), 3)
    return lo, mean, sd, goal


def main():
    sectors, years, samples, seed = (int(x) for x in sys.argv[1:5])
    t0 = time.perf_counter()
    rng = np.random.default_rng(seed)
    qs = [5, 10, 25, 50, 75, 90, 95]
    checksum = 0.0
    for i in range(sectors):
        lo, mean, sd, goal = params(i, years)
        v = np.empty((years, samples))
        v[0] = rng.uniform(lo, lo + 40, samples)
        g = rng.normal(mean, sd, (years - 1, samples))
        np.cumprod(1 + g, axis=0, out=g)
        v[1:] = v[0] * g
        stats = [v.mean(axis=1), v.std(axis=1, ddof=1), v.min(axis=1), v.max(axis=1)]
        stats.extend(np.percentile(v, qs, axis=1))
        p = np.count_nonzero(v[-1] >= goal) / samples
        checksum += float(sum(s.sum() for s in stats)) + p
    seconds = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "rss_mb": rss, "checksum": checksum}))


if __name__ == "__main__":
    main()
