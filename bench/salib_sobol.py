"""SALib's Sobol workflow re-created with SciPy, for the sensitivity benchmark.

SALib itself is not installable on the benchmark machine (PyPI unreachable;
no Debian package). This follows SALib 1.4.7+ exactly for first and total
order: SALib.sample.sobol.sample draws scipy.stats.qmc.Sobol(2D,
scramble=True) (LMS + digital shift), A = first D columns, B = last D;
SALib.analyze.sobol standardises Y, then S1 = mean(fB (fAB_i - fA)) / var(A∪B)
and ST = ½ mean((fA - fAB_i)²) / var(A∪B).

Usage: python3 bench/salib_sobol.py N1,N2,... SEEDS
Prints one JSON object: {"ishigami": {"N": [rmse_S1, rmse_ST]}, "g-function": {...}}.
"""
import json
import sys

import numpy as np
from scipy.stats import qmc


def ishigami(x):
    return np.sin(x[:, 0]) + 7 * np.sin(x[:, 1]) ** 2 + 0.1 * x[:, 2] ** 4 * np.sin(x[:, 0])


G_A = np.array([0, 1, 4.5, 9, 99, 99, 99, 99])


def g_function(x):
    return np.prod((np.abs(4 * x - 2) + G_A) / (1 + G_A), axis=1)


def salib_sobol(f, d, lo, hi, n, seed):
    base = qmc.Sobol(2 * d, scramble=True, seed=seed).random(n)
    a = lo + (hi - lo) * base[:, :d]
    b = lo + (hi - lo) * base[:, d:]
    fa, fb = f(a), f(b)
    fab = []
    for i in range(d):
        ab = a.copy()
        ab[:, i] = b[:, i]
        fab.append(f(ab))
    y = np.concatenate([fa, fb] + fab)
    m, s = y.mean(), y.std()
    fa, fb, fab = (fa - m) / s, (fb - m) / s, [(x - m) / s for x in fab]
    v = np.var(np.r_[fa, fb])
    s1 = np.array([np.mean(fb * (x - fa)) / v for x in fab])
    st = np.array([0.5 * np.mean((fa - x) ** 2) / v for x in fab])
    return s1, st


def references():
    b, a, pi = 0.1, 7, np.pi
    v = a**2 / 8 + b * pi**4 / 5 + b**2 * pi**8 / 18 + 0.5
    v1, v2 = 0.5 * (1 + b * pi**4 / 5) ** 2, a**2 / 8
    v13 = b**2 * pi**8 * (1 / 18 - 1 / 50)
    ish = (np.array([v1 / v, v2 / v, 0]), np.array([(v1 + v13) / v, v2 / v, v13 / v]))
    vi = 1 / 3 / (1 + G_A) ** 2
    vg = np.prod(1 + vi) - 1
    g = (vi / vg, vi * np.prod(1 + vi) / (1 + vi) / vg)
    return ish, g


def main():
    ns = [int(x) for x in sys.argv[1].split(",")]
    seeds = int(sys.argv[2])
    ish, g = references()
    out = {}
    for name, f, d, lo, hi, ref in [
        ("ishigami", ishigami, 3, -np.pi, np.pi, ish),
        ("g-function", g_function, 8, 0.0, 1.0, g),
    ]:
        out[name] = {}
        for n in ns:
            e1, et = [], []
            for seed in range(seeds):
                s1, st = salib_sobol(f, d, lo, hi, n, seed)
                e1 += list(s1 - ref[0])
                et += list(st - ref[1])
            out[name][str(n)] = [float(np.sqrt(np.mean(np.square(e1)))), float(np.sqrt(np.mean(np.square(et))))]
    print(json.dumps(out))


if __name__ == "__main__":
    main()
