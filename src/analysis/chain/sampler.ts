/**
 * Draws of uncertain link inputs for Monte Carlo intervals, from the engine's
 * seeded streams: the values an input gets depend only on (seed, input name,
 * block), so the same seed gives the same draws — and the same bytes out —
 * on every machine. Inputs are drawn independently (links take no
 * correlations).
 */

import { prepare, sampleAt } from "../../engine/distributions/index.js";
import { BLOCK_SIZE, HALF_STEP, stream } from "../../engine/streams.js";
import type { UncertainValue } from "../../model/distribution.js";

/**
 * `samples` draws of an uncertain value from the stream named `input`.
 *
 * @example
 * drawInput(range(0.08, 0.15), "links.coefficients.terminals.ic", 1, 4)
 * // Float64Array(4) [0.1227…, 0.0862…, …] — the same for seed 1 on every run
 */
export function drawInput(u: UncertainValue, input: string, seed: number, samples: number): Float64Array {
  const out = new Float64Array(samples);
  if (u.dist.type === "point") return out.fill(u.central);
  const p = prepare(u.dist);
  for (let b = 0; b * BLOCK_SIZE < samples; b++) {
    const next = stream(seed, input, b);
    const end = Math.min(samples, (b + 1) * BLOCK_SIZE);
    for (let k = b * BLOCK_SIZE; k < end; k++) out[k] = sampleAt(p, next() + HALF_STEP);
  }
  return out;
}

/**
 * The q-quantile of sorted values: the ⌈qN⌉-th smallest (lower empirical
 * quantile, as the simulation engine reports).
 *
 * @example
 * sortedQuantile(Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 0.05) // 1
 * sortedQuantile(Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 0.95) // 10
 */
export function sortedQuantile(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const k = Math.min(n, Math.max(1, Math.ceil(q * n - 1e-9)));
  return sorted[k - 1]!;
}
