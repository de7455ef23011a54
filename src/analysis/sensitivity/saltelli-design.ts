/**
 * The two base matrices A and B of a Saltelli design (Saltelli 2002;
 * Saltelli et al. 2010), as uniforms: N rows by k inputs each.
 *
 * - `qmc` (the default): a scrambled Sobol' sequence in 2k dimensions, A its
 *   first k columns and B the last k (as SALib does), in R independent
 *   scramblings (randomised-QMC replicates) of N/R rows each; rows of
 *   replicate r are [r·N/R, (r+1)·N/R). Each replicate is best a power of two.
 * - `random`: plain Monte Carlo, one stream per input and matrix, so adding
 *   inputs does not change the others' draws; one replicate.
 */
import { sobolSequence } from "../../engine/qmc/sobol-sequence.js";
import { HALF_STEP, stream } from "../../engine/streams.js";

export type Sampling = "qmc" | "random";

export interface SaltelliDesign {
  /** Input i of row j at a[i·n + j] (uniforms in (0, 1)). */
  a: Float64Array;
  b: Float64Array;
  n: number;
  /** Row offsets of the replicates: replicate r is rows [starts[r], starts[r+1]). */
  starts: number[];
}

/**
 * @example
 * const d = saltelliDesign(["x1", "x2"], 1024, 1, "qmc", 8); // 8 scramblings of 128 rows
 * d.starts // [0, 128, 256, …, 1024]
 */
export function saltelliDesign(
  names: readonly string[],
  n: number,
  seed: number | string,
  sampling: Sampling,
  replicates: number,
): SaltelliDesign {
  const k = names.length;
  const a = new Float64Array(k * n);
  const b = new Float64Array(k * n);
  if (sampling === "random") {
    names.forEach((name, i) => {
      const na = stream(seed, `sobol:A:${name}`, 0);
      const nb = stream(seed, `sobol:B:${name}`, 0);
      for (let j = 0; j < n; j++) a[i * n + j] = na() + HALF_STEP;
      for (let j = 0; j < n; j++) b[i * n + j] = nb() + HALF_STEP;
    });
    return { a, b, n, starts: [0, n] };
  }
  const starts = Array.from({ length: replicates + 1 }, (_, r) => Math.round((r * n) / replicates));
  for (let r = 0; r < replicates; r++) {
    const s0 = starts[r]!;
    const m = starts[r + 1]! - s0;
    const p = sobolSequence(m, 2 * k, { seed, replicate: `saltelli:${r}` });
    for (let i = 0; i < k; i++) {
      a.set(p.subarray(i * m, (i + 1) * m), i * n + s0);
      b.set(p.subarray((k + i) * m, (k + i + 1) * m), i * n + s0);
    }
  }
  return { a, b, n, starts };
}
