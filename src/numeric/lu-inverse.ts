import type { LuFactor } from "./lu-factor.js";

/**
 * The inverse of M from its LU factorisation, row-major: all n columns of
 * the identity solved at once, row by row (each step subtracts a whole row,
 * so memory is read in order). About 4n³/3 operations: form it only when the
 * table itself is wanted; to apply M⁻¹, solve (`luSolve`).
 *
 * @example
 * // [[2, 1], [4, 3]]⁻¹ = [[1.5, −0.5], [−2, 1]] (the 2 × 2 closed form: [[d, −b], [−c, a]] / (ad − bc))
 * luInverse(luFactor(Float64Array.from([2, 1, 4, 3]), 2)) // Float64Array [1.5, -0.5, -2, 1]
 */
export function luInverse(f: LuFactor): Float64Array {
  const { n, lu, perm } = f;
  // X = P (the permuted identity): row i has its 1 in column perm[i]
  const x = new Float64Array(n * n);
  for (let i = 0; i < n; i++) x[i * n + perm[i]!] = 1;
  // L·Y = X: row i −= l_ik·row k (k < i)
  for (let i = 0; i < n; i++) {
    const ri = i * n;
    for (let k = 0; k < i; k++) {
      const l = lu[ri + k]!;
      if (l === 0) continue;
      const rk = k * n;
      for (let j = 0; j < n; j++) x[ri + j]! -= l * x[rk + j]!;
    }
  }
  // U·Z = Y: from the last row up
  for (let i = n - 1; i >= 0; i--) {
    const ri = i * n;
    for (let k = i + 1; k < n; k++) {
      const u = lu[ri + k]!;
      if (u === 0) continue;
      const rk = k * n;
      for (let j = 0; j < n; j++) x[ri + j]! -= u * x[rk + j]!;
    }
    const d = lu[ri + i]!;
    for (let j = 0; j < n; j++) x[ri + j]! /= d;
  }
  return x;
}
