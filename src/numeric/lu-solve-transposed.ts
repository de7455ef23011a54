import type { LuFactor } from "./lu-factor.js";

/**
 * Solve Mᵀ·y = c with the LU factorisation of M (no second factorisation):
 * P·M = L·U gives Mᵀ = Uᵀ·Lᵀ·P, so solve Uᵀz = c, then Lᵀw = z, then
 * y[perm[i]] = w[i]. Row-oriented (each step subtracts a row of U or L), so
 * memory is read in order.
 *
 * @example
 * // M = [[2, 1], [4, 3]]: Mᵀ·[1, 1] = [6, 4]
 * luSolveTransposed(luFactor(Float64Array.from([2, 1, 4, 3]), 2), [6, 4]) // Float64Array [1, 1]
 */
export function luSolveTransposed(f: LuFactor, c: ArrayLike<number>): Float64Array {
  const { n, lu, perm } = f;
  const z = Float64Array.from(c);
  // Uᵀ lower triangular: z_k = c_k / u_kk, then remove u_kj·z_k from every later c_j
  for (let k = 0; k < n; k++) {
    const r = k * n;
    const zk = z[k]! / lu[r + k]!;
    z[k] = zk;
    if (zk === 0) continue;
    for (let j = k + 1; j < n; j++) z[j]! -= lu[r + j]! * zk;
  }
  // Lᵀ upper triangular with unit diagonal: w_k = z_k, then remove l_kj·w_k from every earlier z_j
  for (let k = n - 1; k > 0; k--) {
    const r = k * n;
    const wk = z[k]!;
    if (wk === 0) continue;
    for (let j = 0; j < k; j++) z[j]! -= lu[r + j]! * wk;
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) y[perm[i]!] = z[i]!;
  return y;
}
