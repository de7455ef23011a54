/**
 * The supply-side (Ghosh) model (Ghosh, Economica 1958; Miller and Blair
 * 2009, §12.1). Allocation coefficients B = x̂⁻¹Z (b_ij: the share of sector
 * i's output sold to sector j) read the table along rows; output follows
 * primary inputs v (value added and imports) as x' = v'(I − B)⁻¹, with
 * G = (I − B)⁻¹ the output (Ghosh) inverse.
 *
 * It answers "if sector i's primary supply shrinks, how much downstream output
 * is lost with fixed allocation shares?" — a plausible reading of forward
 * effects, not a causal model of production (Oosterhaven, 1988): use it for
 * orders of magnitude.
 */
import type { LinearAlgebra, Mat } from "./linear-algebra.js";
import { columnSums, identityMinus } from "./matrix.js";

/**
 * Allocation coefficients b_ij = z_ij / x_i (a sector with no output gets a zero row).
 *
 * @example
 * allocationCoefficients([[150, 500], [200, 100]], [1000, 2000]) // [[0.15, 0.5], [0.1, 0.05]]
 */
export function allocationCoefficients(z: Mat, x: readonly number[]): number[][] {
  return z.map((row, i) => row.map((v) => (x[i]! > 0 ? v / x[i]! : 0)));
}

/**
 * Primary inputs (value added and imports) v_j = x_j − Σ_i z_ij.
 *
 * @example
 * primaryInputs([[150, 500], [200, 100]], [1000, 2000]) // [650, 1400]
 */
export function primaryInputs(z: Mat, x: readonly number[]): number[] {
  const used = columnSums(z);
  return x.map((v, j) => v - used[j]!);
}

/**
 * The Ghosh inverse G = (I − B)⁻¹, for reporting.
 *
 * @example
 * ghoshInverse(la, [[0.15, 0.5], [0.1, 0.05]]) // [[1.2541, 0.6601], [0.1320, 1.1221]]
 */
export function ghoshInverse(la: LinearAlgebra, b: Mat): number[][] {
  return la.inverse(identityMinus(b));
}

/**
 * Output from primary inputs: x' = v'(I − B)⁻¹, solved as (I − B)ᵀ x = v.
 *
 * @example
 * solveSupply(la, [[0.15, 0.5], [0.1, 0.05]], [650, 1400]) // [1000, 2000]
 */
export function solveSupply(la: LinearAlgebra, b: Mat, v: readonly number[]): number[] {
  return la.solveTransposed(la.factor(identityMinus(b)), v);
}
