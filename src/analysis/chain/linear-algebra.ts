/**
 * The linear algebra chain analysis needs, behind a small interface so that
 * mathjs — whose import costs most of a second — is loaded only on the chain
 * code paths (`chainsim chain`), never by `run`, `validate` or `check`.
 *
 * Systems are solved from an LU factorisation (mathjs `lup` / `lusolve`;
 * transposed systems by substitution with the same factors);
 * the explicit inverse (`inv`) is used only to report the Leontief and Ghosh
 * inverses.
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
  /** Factor a square matrix: PA = LU (mathjs `lup`). */
  factor(m: Mat): Factor;
  /** Solve Mx = b with a factorisation of M (mathjs `lusolve`). */
  solve(f: Factor, b: readonly number[]): number[];
  /** Solve Mᵀy = c with the same factorisation of M (substitution with Uᵀ and Lᵀ: no second factorisation). */
  solveTransposed(f: Factor, c: readonly number[]): number[];
  /** The inverse of a square matrix (mathjs `inv`): for reporting only. */
  inverse(m: Mat): number[][];
}

let loading: Promise<LinearAlgebra> | undefined;

/**
 * Load mathjs (once) and return the linear algebra backed by it.
 *
 * @example
 * const la = await loadLinearAlgebra();
 * la.solve(la.factor([[2, 0], [0, 4]]), [2, 2]) // [1, 0.5]
 */
export function loadLinearAlgebra(): Promise<LinearAlgebra> {
  loading ??= import("./mathjs.js").then((m) => m.linearAlgebra);
  return loading;
}
