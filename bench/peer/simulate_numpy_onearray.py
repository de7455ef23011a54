"""The numpy program as issue 20 measured it, reconstructed for bench/peer.bench.ts.

Issue 20 compared `chainsim simulate` with "a numpy program computing the same
statistics" that took 0.23-15 GB of memory: the whole S x Y x N array of values
in memory at once. This is that program, written the direct way: every sector,
year and sample in one array, growth drawn every year, statistics along the
sample axis. Same model, parameters and statistics as simulate_numpy.py (which
works one sector at a time and is the stronger peer; its memory stays near
100 MB). Expect about 3 x 8 x S x Y x N bytes of memory: 100 x 10 x 10^5 needs
about 2.5 GB.

usage: python3 simulate_numpy_onearray.py SECTORS YEARS SAMPLES SEED
prints one JSON line: compute seconds (after imports), peak RSS (MB), and a
checksum of the statistics.
"""
import json
import resource
import sys
import time

import numpy as np


def main():
    sectors, years, samples, seed = (int(x) for x in sys.argv[1:5])
    t0 = time.perf_counter()
    rng = np.random.default_rng(seed)
    i = np.arange(sectors)
    lo = 100.0 + (i % 17) * 10
    mean = (6 + i % 5) / 100
    sd = (2 + i % 3) / 100
    goal = np.round((lo + 20) * (1 + mean) ** (years - 1), 3)
    v = np.empty((sectors, years, samples))
    v[:, 0, :] = rng.uniform(lo[:, None], lo[:, None] + 40, (sectors, samples))
    g = rng.normal(mean[:, None, None], sd[:, None, None], (sectors, years - 1, samples))
    np.cumprod(1 + g, axis=1, out=g)
    v[:, 1:, :] = v[:, :1, :] * g
    qs = [5, 10, 25, 50, 75, 90, 95]
    stats = [v.mean(axis=2), v.std(axis=2, ddof=1), v.min(axis=2), v.max(axis=2)]
    stats.extend(np.percentile(v, qs, axis=2))
    p = np.count_nonzero(v[:, -1, :] >= goal[:, None], axis=1) / samples
    checksum = float(sum(s.sum() for s in stats)) + float(p.sum())
    seconds = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "rss_mb": rss, "checksum": checksum}))


if __name__ == "__main__":
    main()
