/**
 * The conditional distribution of some standard-normal scores given the
 * others, for a correlation matrix R (the Gaussian copula of the inputs): with
 * J the scores drawn and K the ones given,
 *
 *     z_J | z_K ~ N(A z_K, S),   A = R_JK R_KK⁻¹,   S = R_JJ − A R_KJ
 *
 * (Anderson, An Introduction to Multivariate Statistical Analysis, Theorem
 * 2.5.1). `A` comes from solving R_KK Aᵀ = R_KJ with the Cholesky factor of
 * R_KK (pseudo-inverse on a zero pivot, as for a correlation of exactly 1).
 */
import { cholesky } from "../../numeric/cholesky.js";

export interface ConditionalGaussian {
  /** |J| × |K|, row-major. */
  a: Float64Array;
  /** Lower Cholesky factor of S, |J| × |J|, row-major. */
  l: Float64Array;
}

/**
 * @example
 * // two scores correlated 0.6: z₂ | z₁ ~ N(0.6 z₁, 0.64)
 * conditionalGaussian([[1, 0.6], [0.6, 1]], [1], [0]) // a = [0.6], l = [0.8]
 */
export function conditionalGaussian(
  r: readonly (readonly number[])[],
  J: readonly number[],
  K: readonly number[],
): ConditionalGaussian {
  const nj = J.length;
  const nk = K.length;
  const a = new Float64Array(nj * nk);
  if (nk > 0) {
    const lk = cholesky(K.map((x) => K.map((y) => r[x]![y]!)))!;
    for (let p = 0; p < nj; p++) {
      // solve Lk Lkᵀ w = R_K,J[p]
      const b = K.map((x) => r[x]![J[p]!]!);
      const y = new Float64Array(nk);
      for (let i = 0; i < nk; i++) {
        let s = b[i]!;
        for (let c = 0; c < i; c++) s -= lk[i]![c]! * y[c]!;
        y[i] = lk[i]![i]! > 1e-12 ? s / lk[i]![i]! : 0;
      }
      for (let i = nk - 1; i >= 0; i--) {
        let s = y[i]!;
        for (let c = i + 1; c < nk; c++) s -= lk[c]![i]! * a[p * nk + c]!;
        a[p * nk + i] = lk[i]![i]! > 1e-12 ? s / lk[i]![i]! : 0;
      }
    }
  }
  const S = J.map((x, p) =>
    J.map((y, q) => {
      let v = r[x]![y]!;
      for (let i = 0; i < nk; i++) v -= a[p * nk + i]! * r[K[i]!]![y]!;
      return p === q ? Math.max(v, 0) : v;
    }),
  );
  const ls = cholesky(S) ?? cholesky(S.map((row, p) => row.map((v, q) => (p === q ? v + 1e-12 : v))))!;
  return { a, l: Float64Array.from(ls.flat()) };
}
