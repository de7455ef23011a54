import type { LuFactor } from "./lu-factor.js";
import { luSolve } from "./lu-solve.js";
import { luSolveTransposed } from "./lu-solve-transposed.js";

/**
 * Solve M·x = b (or Mᵀ·x = b with `transposed`) for a matrix M near one
 * whose LU factorisation is known (M₀), without factoring M: preconditioned
 * Richardson iteration (iterative refinement with M₀'s factors),
 * x₀ = M₀⁻¹b, x ← x + M₀⁻¹(b − M·x). The error shrinks each step by the
 * spectral radius of I − M₀⁻¹M, small when M is a perturbation of M₀ (a
 * Monte Carlo draw of uncertain coefficients around the central ones): each
 * step costs one product with M and one pair of triangular solves, O(n²),
 * against O(n³) for a new factorisation.
 *
 * Stops when the correction is below `tolerance` times the solution (both
 * in the max norm); returns null when that is not reached in `maxSteps`
 * steps or the corrections stop shrinking (then factor M instead).
 *
 * @example
 * // M₀ = I, M = [[1, 0.1], [0, 1]]: x = [1 − 0.1, 1] = [0.9, 1] for b = [1, 1]
 * const f0 = luFactor([1, 0, 0, 1], 2);
 * preconditionedSolve(Float64Array.from([1, 0.1, 0, 1]), f0, [1, 1]) // Float64Array [0.9, 1]
 */
export function preconditionedSolve(
  m: Float64Array,
  f0: LuFactor,
  b: ArrayLike<number>,
  transposed = false,
  tolerance = 1e-14,
  maxSteps = 100,
): Float64Array | null {
  const n = f0.n;
  const solve0 = transposed ? luSolveTransposed : luSolve;
  const x = solve0(f0, b);
  const r = new Float64Array(n);
  let last = Number.POSITIVE_INFINITY;
  let rising = 0;
  for (let step = 0; step < maxSteps; step++) {
    // r = b − M·x (or b − Mᵀ·x)
    if (transposed) {
      for (let j = 0; j < n; j++) r[j] = b[j]!;
      for (let i = 0; i < n; i++) {
        const xi = x[i]!;
        if (xi === 0) continue;
        const row = i * n;
        for (let j = 0; j < n; j++) r[j]! -= m[row + j]! * xi;
      }
    } else {
      for (let i = 0; i < n; i++) {
        const row = i * n;
        let s = b[i]!;
        for (let j = 0; j < n; j++) s -= m[row + j]! * x[j]!;
        r[i] = s;
      }
    }
    const d = solve0(f0, r);
    let dmax = 0;
    let xmax = 0;
    for (let i = 0; i < n; i++) {
      x[i]! += d[i]!;
      dmax = Math.max(dmax, Math.abs(d[i]!));
      xmax = Math.max(xmax, Math.abs(x[i]!));
    }
    if (!Number.isFinite(dmax)) return null;
    if (dmax <= tolerance * xmax) return x;
    rising = dmax >= last ? rising + 1 : 0;
    if (rising >= 3) return null;
    last = dmax;
  }
  return null;
}
