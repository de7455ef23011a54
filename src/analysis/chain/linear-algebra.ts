/**
 * The linear algebra chain analysis needs, behind a small interface. One
 * implementation: `luAlgebra` (`lu.ts`), over the numeric LU routines in
 * `src/numeric` (typed arrays, a blocked factorisation).
 *
 * Systems are solved from an LU factorisation (transposed systems by
 * substitution with the same factors); the explicit inverse is formed only
 * when the Leontief table itself is asked for.
 */

/** A square matrix as rows. */
export type Mat = readonly (readonly number[])[];

/** An LU factorisation with partial pivoting, reusable for several right-hand sides. */
export interface Factor {
  readonly n: number;
  /** The library's factorisation object. */
  readonly lu: unknown;
}

export interface LinearAlgebra {
  /** Factor a square matrix: PA = LU. */
  factor(m: Mat): Factor;
  /** Solve Mx = b with a factorisation of M. */
  solve(f: Factor, b: readonly number[]): number[];
  /** Solve Mᵀy = c with the same factorisation of M (substitution with Uᵀ and Lᵀ: no second factorisation). */
  solveTransposed(f: Factor, c: readonly number[]): number[];
  /** The inverse of a square matrix: for reporting only. */
  inverse(m: Mat): number[][];
}

/**
 * The linear algebra of chain analysis (async for callers written when it
 * loaded mathjs; it is plain TypeScript now).
 *
 * @example
 * const la = await loadLinearAlgebra();
 * la.solve(la.factor([[2, 0], [0, 4]]), [2, 2]) // [1, 0.5]
 */
export async function loadLinearAlgebra(): Promise<LinearAlgebra> {
  const { luAlgebra } = await import("./lu.js");
  return luAlgebra;
}
