/**
 * Points of a Sobol' sequence (Sobol' 1967) with the Joe–Kuo direction
 * numbers, in Gray-code order (Antonov & Saleev 1979): x_0 = 0 and
 * x_{i+1} = x_i ⊕ V_c, c the position of the lowest zero bit of i. The first
 * 2^m points of each dimension are a (0, m, 1)-net: exactly one point in each
 * interval [j/2^m, (j+1)/2^m). Scrambled (`scramble.ts`) with a seed, the
 * points are a randomised QMC design; coordinates are (X + ½)/2³², strictly
 * inside (0, 1), so every inverse CDF is finite.
 */
import { stream } from "../streams.js";
import { directionNumbers, SOBOL_BITS } from "./directions.js";
import { scrambleDimension } from "./scramble.js";

export interface SobolSequenceOptions {
  /** Scramble (LMS + digital shift) with this seed; omit for the plain sequence. */
  seed?: number | string;
  /** Independent scramblings of one seed are told apart by this label (default "0"). */
  replicate?: number | string;
  /** Skip this many points first (default 0). */
  skip?: number;
}

/**
 * `n` points in `dims` dimensions, column-major: dimension d (from 0) of
 * point j at [d·n + j].
 *
 * @example
 * sobolSequence(4, 2) // dim 1: 0, ½, ¾, ¼ and dim 2: 0, ½, ¼, ¾ (each + 2⁻³³)
 */
export function sobolSequence(n: number, dims: number, opts: SobolSequenceOptions = {}): Float64Array {
  const L = SOBOL_BITS;
  const skip = opts.skip ?? 0;
  if (n + skip > 2 ** L) throw new RangeError(`a Sobol' sequence has at most 2^${L} points`);
  const v = directionNumbers(dims);
  const shifts = new Uint32Array(dims);
  if (opts.seed !== undefined) {
    for (let d = 0; d < dims; d++) {
      const next = stream(opts.seed, `qmc:${opts.replicate ?? 0}:${d}`, 0);
      shifts[d] = scrambleDimension(v.subarray(d * L, (d + 1) * L), next);
    }
  }
  // the position of the lowest zero bit of each point's index: the same in every dimension
  const low = new Uint8Array(n);
  for (let j = 0; j < n; j++) {
    let i = skip + j;
    let c = 0;
    while (i % 2 === 1) {
      i = (i - 1) / 2;
      c++;
    }
    low[j] = c;
  }
  const out = new Float64Array(n * dims);
  const scale = 2 ** -L;
  // the point at `skip` directly: the XOR of V_k over the set bits of its Gray code
  const gray = skip ^ Math.floor(skip / 2);
  for (let d = 0; d < dims; d++) {
    const vd = v.subarray(d * L, (d + 1) * L);
    let x = shifts[d]! | 0;
    for (let k = 0; k < L; k++) if (Math.floor(gray / 2 ** k) % 2 === 1) x ^= vd[k]!;
    const o = d * n;
    for (let j = 0; j < n; j++) {
      out[o + j] = ((x >>> 0) + 0.5) * scale;
      x ^= vd[low[j]!]!;
    }
  }
  return out;
}
