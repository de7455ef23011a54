/**
 * Random linear matrix scrambling with a digital shift ("LMS + shift",
 * Matoušek 1998; Owen 2003, "Variance with alternative scramblings of digital
 * nets", ACM TOMACS 13) of one dimension's direction numbers: each number's
 * binary digits are multiplied by a random lower-triangular binary matrix
 * with a unit diagonal (mod 2), and every point is XOR-ed with a random
 * 32-bit shift. The scrambled points keep the net's stratification and each
 * is uniform on [0, 1), so averages over them are unbiased and independent
 * scramblings give independent replicates (randomised QMC).
 */
import { SOBOL_BITS } from "./directions.js";

/** A 32-bit word from a uniform generator with 32-bit resolution. */
const word = (next: () => number) => Math.floor(next() * 4294967296) >>> 0;

/** The parity of a 32-bit word's set bits. */
function parity(x: number): number {
  let v = x >>> 0;
  v ^= v >>> 16;
  v ^= v >>> 8;
  v ^= v >>> 4;
  v ^= v >>> 2;
  v ^= v >>> 1;
  return v & 1;
}

/**
 * Scramble one dimension's direction numbers in place (`v`, 32 of them) and
 * return its digital shift.
 *
 * @example
 * const v = directionNumbers(1); // van der Corput
 * const shift = scrambleDimension(v, stream(1, "qmc:0:0", 0));
 * // v[0] still has its top bit set (unit diagonal); the lower bits are random
 */
export function scrambleDimension(v: Uint32Array, next: () => number): number {
  const L = SOBOL_BITS;
  // row r of the matrix: the digits c < r at random, digit r set (bit 31 − c holds digit c)
  const rows = new Uint32Array(L);
  for (let r = 0; r < L; r++) {
    const below = r === 0 ? 0 : (0xffffffff << (L - r)) >>> 0;
    rows[r] = ((word(next) & below) | (1 << (L - 1 - r))) >>> 0;
  }
  for (let k = 0; k < L; k++) {
    const x = v[k]!;
    let y = 0;
    for (let r = 0; r < L; r++) if (parity(rows[r]! & x)) y |= 1 << (L - 1 - r);
    v[k] = y >>> 0;
  }
  return word(next);
}
