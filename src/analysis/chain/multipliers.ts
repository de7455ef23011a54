/**
 * Output and value-added multipliers (Miller and Blair 2009, ch. 6).
 */
import type { LeontiefSystem } from "./solve-output.js";

/**
 * Output multipliers: m_j = Σ_i L_ij, the column sums of the Leontief inverse
 * — the total output of all sectors per unit of final demand for sector j.
 * Computed without the inverse, as the solution of (I − A)ᵀ m = 1.
 *
 * @example
 * // L = [[1.2541, 0.3300], [0.2640, 1.1221]]
 * outputMultipliers(leontiefSystem(la, [[0.15, 0.25], [0.2, 0.05]])) // [1.5182, 1.4521]
 */
export function outputMultipliers(sys: LeontiefSystem): number[] {
  return sys.solveTransposed(new Array<number>(sys.n).fill(1));
}

/**
 * Value-added (income) multipliers: Σ_i v_i L_ij, the value added generated
 * in all sectors per unit of final demand for sector j, for value-added
 * coefficients v (value added per unit of output).
 *
 * @example
 * valueAddedMultipliers(leontiefSystem(la, [[0.15, 0.25], [0.2, 0.05]]), [0.65, 0.7])
 * // [1, 1]: with v = 1 − column sums of A, every unit of final demand becomes a unit of value added
 */
export function valueAddedMultipliers(sys: LeontiefSystem, v: readonly number[]): number[] {
  return sys.solveTransposed(v);
}
