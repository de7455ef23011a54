import { HALF_STEP, type Uniform } from "./streams.js";

/**
 * Fill `out[offset..offset+n)` with one column of a Latin hypercube: the
 * interval (0, 1) is cut into n equal strata, each stratum is used exactly
 * once, in an order given by a Fisher–Yates shuffle, and the point is placed
 * uniformly inside its stratum. Both the shuffle and the jitter come from the
 * input's own stream, so the design is deterministic for a seed and
 * independent of the number of workers.
 *
 * chainsim builds one hypercube per block of samples (2048, the last block
 * shorter), so memory stays flat for any number of samples: every block of
 * the run is itself a Latin hypercube.
 *
 * @example
 * const col = new Float64Array(4);
 * latinHypercubeColumn(stream(1, "software.growth", 0), 4, col, 0);
 * // one value in each of (0, ¼), (¼, ½), (½, ¾), (¾, 1), in shuffled order
 */
export function latinHypercubeColumn(
  next: Uniform,
  n: number,
  out: Float64Array,
  offset: number,
  scratch: Int32Array = new Int32Array(n),
): void {
  const perm = scratch;
  for (let i = 0; i < n; i++) perm[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const k = Math.floor(next() * (i + 1));
    const t = perm[i]!;
    perm[i] = perm[k]!;
    perm[k] = t;
  }
  for (let j = 0; j < n; j++) out[offset + j] = (perm[j]! + next() + HALF_STEP) / n;
}
