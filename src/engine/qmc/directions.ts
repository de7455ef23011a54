/**
 * Sobol' direction numbers as 32-bit integers (bit 31 the first binary
 * digit): V_k = m_k · 2^(32−k) for k ≤ s from the Joe–Kuo table, then the
 * recurrence of the dimension's primitive polynomial (Bratley & Fox 1988,
 * Algorithm 659; Joe & Kuo 2008, section 2):
 *
 *     V_k = V_{k−s} ⊕ (V_{k−s} ≫ s) ⊕ a_1 V_{k−1} ⊕ … ⊕ a_{s−1} V_{k−s+1}
 *
 * Dimension 1 is the van der Corput sequence, V_k = 2^(32−k).
 */
import { JOE_KUO_DIMENSIONS, JOE_KUO_TEXT } from "./joe-kuo.js";

/** Bits per coordinate: up to 2³² points per sequence. */
export const SOBOL_BITS = 32;

let table: Array<{ s: number; a: number; m: number[] }> | undefined;

/** The Joe–Kuo lines, parsed once (index 0 is dimension 2). */
function joeKuo(): Array<{ s: number; a: number; m: number[] }> {
  table ??= JOE_KUO_TEXT.split("\n").map((line) => {
    const [, s, a, ...m] = line.split(" ").map(Number);
    return { s: s!, a: a!, m };
  });
  return table;
}

/**
 * The direction numbers of dimensions 1…dims, dimension d at
 * [(d−1)·32, d·32).
 *
 * @example
 * const v = directionNumbers(3);
 * v[0] // 2147483648 (dimension 1: 2^31)
 * v[64] // 2147483648; v[65] // 3 · 2^30 = 3221225472 (dimension 3: m = 1, 3)
 */
export function directionNumbers(dims: number): Uint32Array {
  if (dims > JOE_KUO_DIMENSIONS) {
    throw new RangeError(`Sobol' sequences here have at most ${JOE_KUO_DIMENSIONS} dimensions, not ${dims}`);
  }
  const L = SOBOL_BITS;
  const out = new Uint32Array(dims * L);
  for (let k = 0; k < L; k++) out[k] = 2 ** (L - 1 - k);
  const lines = joeKuo();
  for (let d = 1; d < dims; d++) {
    const { s, a, m } = lines[d - 1]!;
    const v = out.subarray(d * L, (d + 1) * L);
    for (let k = 0; k < Math.min(s, L); k++) v[k] = m[k]! * 2 ** (L - 1 - k);
    for (let k = s; k < L; k++) {
      let x = v[k - s]! ^ (v[k - s]! >>> s);
      for (let i = 1; i < s; i++) if ((a >>> (s - 1 - i)) & 1) x ^= v[k - i]!;
      v[k] = x >>> 0;
    }
  }
  return out;
}
