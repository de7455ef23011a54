/**
 * The Hawkins–Simon condition for a matrix of input-output coefficients A
 * (non-negative): the system is productive — every non-negative final demand
 * can be met with non-negative output, (I − A)⁻¹ ≥ 0 — exactly when every
 * leading principal minor of I − A is positive (Hawkins and Simon, 1949;
 * Miller and Blair 2009, §2.8). For a non-negative A this is equivalent to
 * a spectral radius below 1.
 *
 * The minors are products of the pivots of Gaussian elimination of I − A
 * without row exchanges: Δₖ = Δₖ₋₁ · pivotₖ, so the first pivot that is not
 * positive marks the first minor that fails.
 *
 * Returns the minors computed (up to and including the first failure) and the
 * 1-based index of the failing minor, 0 when all are positive.
 *
 * @example
 * // Miller & Blair's two-sector example: I − A = [[0.85, −0.25], [−0.2, 0.95]]
 * hawkinsSimon([[0.15, 0.25], [0.2, 0.05]])
 * // { productive: true, minors: [0.85, 0.7575], failsAt: 0 }
 * hawkinsSimon([[0.5, 0.6], [0.9, 0.5]])
 * // { productive: false, minors: [0.5, -0.29], failsAt: 2 }
 */
export function hawkinsSimon(a: readonly (readonly number[])[]): {
  productive: boolean;
  minors: number[];
  failsAt: number;
} {
  const n = a.length;
  const m = a.map((row, i) => row.map((v, j) => (i === j ? 1 : 0) - v));
  const minors: number[] = [];
  let det = 1;
  for (let k = 0; k < n; k++) {
    const pivot = m[k]![k]!;
    det *= pivot;
    minors.push(det);
    if (!(pivot > 1e-12)) return { productive: false, minors, failsAt: k + 1 };
    for (let i = k + 1; i < n; i++) {
      const f = m[i]![k]! / pivot;
      if (f === 0) continue;
      for (let j = k; j < n; j++) m[i]![j]! -= f * m[k]![j]!;
    }
  }
  return { productive: true, minors, failsAt: 0 };
}
