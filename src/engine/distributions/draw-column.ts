/**
 * Plain Monte Carlo draws straight from a stream, for the distributions the
 * ziggurat serves (normal, lognormal, truncated normal): no inverse CDF.
 * Latin hypercubes, the Gaussian copula, AR(1) chains and quasi-random
 * points need a draw to be a function of one uniform and keep the inverse
 * CDF (`sampleColumn`).
 */
import type { Xoshiro } from "../streams.js";
import { HALF_STEP } from "../streams.js";
import { LOGNORMAL, NORMAL, type Prepared, sampleAt, TRUNC_LOWER, TRUNC_UPPER } from "./index.js";
import { zigguratColumn, zigguratNormal } from "./ziggurat.js";

/**
 * Truncated normals are drawn by rejection (a ziggurat draw kept when it
 * falls inside the bounds) when at least this share of the normal lies
 * inside, so at most two tries on average; else by inverse CDF.
 */
const MIN_REJECTION_MASS = 0.5;

/**
 * Whether `drawColumn` draws this distribution from a stream directly.
 *
 * @example
 * drawsDirectly(prepare({ type: "normal", mean: 0.1, sd: 0.02 })) // true
 * drawsDirectly(prepare({ type: "uniform", min: 0, max: 1 })) // false
 */
export function drawsDirectly(p: Prepared): boolean {
  return (
    p.kind === NORMAL ||
    p.kind === LOGNORMAL ||
    ((p.kind === TRUNC_LOWER || p.kind === TRUNC_UPPER) && p.d >= MIN_REJECTION_MASS)
  );
}

/**
 * Fill `out[off..off+n)` with draws of a distribution for which
 * `drawsDirectly` holds, from the stream `a` (normal: mean + sd·z;
 * lognormal: shift + median·exp(σz); truncated normal: z drawn until
 * mean + sd·z lies in [min, max]; z by `zigguratNormal`).
 *
 * @example
 * const col = new Float64Array(2);
 * drawColumn(prepare({ type: "lognormal", median: 1.1, sigma: 0.05, shift: -1 }), xoshiroStream(1, "g", 0), col, 0, 2)
 * // two growth rates around 10%
 */
export function drawColumn(p: Prepared, a: Xoshiro, out: Float64Array, off: number, n: number): void {
  const end = off + n;
  const { a: m, b: s, c } = p;
  switch (p.kind) {
    case NORMAL:
      zigguratColumn(a, out, off, n, m, s);
      return;
    case LOGNORMAL:
      zigguratColumn(a, out, off, n);
      for (let j = off; j < end; j++) out[j] = m + s * Math.exp(c * out[j]!);
      return;
    default: {
      if (!drawsDirectly(p)) {
        for (let j = off; j < end; j++) out[j] = sampleAt(p, a.next() + HALF_STEP);
        return;
      }
      const { e: lo, f: hi } = p;
      for (let j = off; j < end; j++) {
        let x = m + s * zigguratNormal(a);
        while (!(x >= lo && x <= hi)) x = m + s * zigguratNormal(a);
        out[j] = x;
      }
    }
  }
}
