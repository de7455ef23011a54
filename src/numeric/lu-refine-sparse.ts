import type { LuFactor } from "./lu-factor.js";
import { luSolve } from "./lu-solve.js";
import { luSolveTransposed } from "./lu-solve-transposed.js";

/** The few entries in which M differs from M₀: E = M₀ − M, as (row, column, value) triples. */
export interface SparseDifference {
  readonly rows: Int32Array;
  readonly cols: Int32Array;
  readonly values: Float64Array;
}

/**
 * Solve M·x = b (or Mᵀ·x = b with `transposed`) where M = M₀ − E differs
 * from a factored M₀ in a few entries E (a Monte Carlo draw of a handful of
 * uncertain coefficients): preconditioned Richardson iteration from the
 * warm start x₀ = M₀⁻¹b, x ← x + M₀⁻¹r, with the residual carried as
 * r ← E·d (since r − M·d = r − M₀·d + E·d and M₀·d = r), so a step costs one
 * pair of triangular solves (2n²) and a product with E (its nonzeros), not
 * a dense product with M. The error shrinks each step by the spectral
 * radius of M₀⁻¹E; the residual recurrence carries the solves' rounding
 * (about machine precision times the step), which shrinks with the steps.
 *
 * Stops when the correction is below `tolerance` times the solution (max
 * norms); returns null when that is not reached in `maxSteps` steps or the
 * corrections stop shrinking (then factor M instead).
 *
 * @example
 * // M₀ = I, M = [[1, 0.1], [0, 1]] (E = [[0, −0.1], [0, 0]]): x = [0.9, 1] for b = [1, 1]
 * const e = { rows: Int32Array.of(0), cols: Int32Array.of(1), values: Float64Array.of(-0.1) };
 * luRefineSparse(luFactor(Float64Array.from([1, 0, 0, 1]), 2), e, [1, 1]) // Float64Array [0.9, 1]
 */
export function luRefineSparse(
  f0: LuFactor,
  e: SparseDifference,
  b: ArrayLike<number>,
  transposed = false,
  tolerance = 1e-14,
  maxSteps = 100,
): Float64Array | null {
  const n = f0.n;
  const solve0 = transposed ? luSolveTransposed : luSolve;
  const x = solve0(f0, b);
  const r = new Float64Array(n);
  const { rows, cols, values } = e;
  // E·v (or Eᵀ·v) into r
  const product = (v: Float64Array) => {
    r.fill(0);
    if (transposed) for (let k = 0; k < values.length; k++) r[cols[k]!]! += values[k]! * v[rows[k]!]!;
    else for (let k = 0; k < values.length; k++) r[rows[k]!]! += values[k]! * v[cols[k]!]!;
  };
  product(x);
  let last = Number.POSITIVE_INFINITY;
  let rising = 0;
  for (let step = 0; step < maxSteps; step++) {
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
    product(d);
  }
  return null;
}
