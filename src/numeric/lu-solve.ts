import type { LuFactor } from "./lu-factor.js";

/**
 * Solve M·x = b from an LU factorisation of M (`luFactor`): permute b, then
 * forward substitution with L (unit diagonal) and back substitution with U.
 * About 2n² operations.
 *
 * @example
 * luSolve(luFactor(Float64Array.from([2, 1, 4, 3]), 2), [3, 7]) // Float64Array [1, 1]
 */
export function luSolve(f: LuFactor, b: ArrayLike<number>): Float64Array {
  const { n, lu, perm } = f;
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[perm[i]!]!;
    const r = i * n;
    for (let k = 0; k < i; k++) s -= lu[r + k]! * y[k]!;
    y[i] = s;
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]!;
    const r = i * n;
    for (let k = i + 1; k < n; k++) s -= lu[r + k]! * y[k]!;
    y[i] = s / lu[r + i]!;
  }
  return y;
}
