/**
 * Output from final demand in the Leontief model, x = Ax + f, solved from an
 * LU factorisation of I − A rather than by forming the inverse.
 */
import type { Factor, LinearAlgebra, Mat } from "./linear-algebra.js";
import { identityMinus, matVec } from "./matrix.js";

/** I − A factored once, for several right-hand sides, and its transpose (for column sums). */
export interface LeontiefSystem {
  readonly n: number;
  readonly a: Mat;
  /** The factorisation of I − A (of the central system, for a Monte Carlo draw's `nearbySystem`). */
  readonly factor: Factor;
  /** x = (I − A)⁻¹ b. */
  solve(b: readonly number[]): number[];
  /** y = (I − A)⁻ᵀ c, i.e. yᵀ = cᵀ(I − A)⁻¹: weighted column sums of the Leontief inverse. */
  solveTransposed(c: readonly number[]): number[];
}

/**
 * Factor I − A.
 *
 * @example
 * const sys = leontiefSystem(la, [[0.15, 0.25], [0.2, 0.05]]);
 * sys.solve([600, 1500]) // [1247.52, 1841.58]
 * sys.solveTransposed([1, 1]) // output multipliers [1.5182, 1.4521]
 */
export function leontiefSystem(la: LinearAlgebra, a: Mat): LeontiefSystem {
  const f: Factor = la.factor(identityMinus(a));
  return {
    n: a.length,
    a,
    factor: f,
    solve: (b) => la.solve(f, b),
    solveTransposed: (c) => la.solveTransposed(f, c),
  };
}

/**
 * Total output x = (I − A)⁻¹ f for final demand f.
 *
 * @example
 * // Miller & Blair (2009), ch. 2: a new final demand of [600, 1500]
 * solveOutput(la, [[0.15, 0.25], [0.2, 0.05]], [600, 1500]) // [1247.52, 1841.58]
 */
export function solveOutput(la: LinearAlgebra, a: Mat, f: readonly number[]): number[] {
  return leontiefSystem(la, a).solve(f);
}

/**
 * Final demand consistent with an output: f = (I − A)x = x − Ax.
 *
 * @example
 * finalDemandFor([[0.15, 0.25], [0.2, 0.05]], [1000, 2000]) // [350, 1700]
 */
export function finalDemandFor(a: Mat, x: readonly number[]): number[] {
  const ax = matVec(a, x);
  return x.map((v, i) => v - ax[i]!);
}
