/**
 * Technical coefficients and the Leontief inverse (Miller and Blair,
 * Input-Output Analysis, 2nd ed., 2009, ch. 2).
 */
import type { LinearAlgebra, Mat } from "./linear-algebra.js";
import { identityMinus } from "./matrix.js";

/**
 * Technical coefficients from a transactions table: a_ij = z_ij / x_j, the
 * input from sector i per unit of output of sector j. A sector with no output
 * gets a zero column.
 *
 * @example
 * technicalCoefficients([[150, 500], [200, 100]], [1000, 2000]) // [[0.15, 0.25], [0.2, 0.05]]
 */
export function technicalCoefficients(z: Mat, x: readonly number[]): number[][] {
  return z.map((row) => row.map((v, j) => (x[j]! > 0 ? v / x[j]! : 0)));
}

/**
 * The Leontief inverse L = (I − A)⁻¹: L_ij is the output of sector i needed,
 * directly and indirectly, per unit of final demand for sector j. Formed
 * explicitly for reporting; to compute outputs, solve instead (`solveOutput`).
 *
 * @example
 * leontiefInverse(la, [[0.15, 0.25], [0.2, 0.05]]) // [[1.2541, 0.3300], [0.2640, 1.1221]]
 */
export function leontiefInverse(la: LinearAlgebra, a: Mat): number[][] {
  return la.inverse(identityMinus(a));
}
