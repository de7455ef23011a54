/**
 * Sobol indices from the outputs of a Saltelli design, over a set of its
 * rows (all of them, one replicate's, or a bootstrap resample):
 *
 * - first order S_i = mean((f(B) − f̄) · (f(A_B^i) − f(A))) / V   (Saltelli et al. 2010, Table 2 (b);
 *   f̄ the mean over A and B: the same expectation, far less variance when the
 *   output's mean is large against its spread — SALib standardises instead)
 * - total order ST_i = mean((f(A) − f(A_B^i))²) / (2V)     (Jansen 1999; Saltelli et al. 2010 (f))
 * - second order S_ij = mean((f(B_A^i) − f̄)(f(A_B^j) − f̄) − (f(A) − f̄)(f(B) − f̄)) / V − S_i − S_j
 *   (Saltelli 2002, eq. 12, as in SALib)
 *
 * V is the (population) variance of f over A and B together.
 */

export interface SaltelliOutputs {
  fA: Float64Array;
  fB: Float64Array;
  /** f(A_B^i): A with column i from B, one array per input. */
  fAB: Float64Array[];
  /** f(B_A^i): B with column i from A (second order only). */
  fBA: Float64Array[];
}

export interface SobolEstimates {
  mean: number;
  variance: number;
  first: number[];
  total: number[];
  /** S_ij for i < j, in the order (0,1), (0,2), …, (1,2), … (empty without f(B_A)). */
  second: number[];
}

/**
 * @example
 * // y = x1 on two rows: fA = [0, 1], fB = [1, 0], f(A_B^1) = fB → S_1 = 1, ST_1 = 1
 * sobolEstimates({ fA, fB, fAB: [fB], fBA: [] }, [0, 1]).first // [1]
 */
export function sobolEstimates(o: SaltelliOutputs, rows: ArrayLike<number>): SobolEstimates {
  const { fA, fB, fAB, fBA } = o;
  const n = rows.length;
  let mean = 0;
  for (let t = 0; t < n; t++) mean += fA[rows[t]!]! + fB[rows[t]!]!;
  mean /= 2 * n;
  let v = 0;
  for (let t = 0; t < n; t++) v += (fA[rows[t]!]! - mean) ** 2 + (fB[rows[t]!]! - mean) ** 2;
  v /= 2 * n;
  const k = fAB.length;
  const first: number[] = [];
  const total: number[] = [];
  for (let i = 0; i < k; i++) {
    const ab = fAB[i]!;
    let s1 = 0;
    let st = 0;
    for (let t = 0; t < n; t++) {
      const j = rows[t]!;
      s1 += (fB[j]! - mean) * (ab[j]! - fA[j]!);
      st += (fA[j]! - ab[j]!) ** 2;
    }
    first.push(s1 / n / v);
    total.push(st / (2 * n) / v);
  }
  const second: number[] = [];
  if (fBA.length === k) {
    for (let a = 0; a < k; a++) {
      for (let b = a + 1; b < k; b++) {
        let s = 0;
        const ba = fBA[a]!;
        const ab = fAB[b]!;
        for (let t = 0; t < n; t++) {
          const j = rows[t]!;
          s += (ba[j]! - mean) * (ab[j]! - mean) - (fA[j]! - mean) * (fB[j]! - mean);
        }
        second.push(s / n / v - first[a]! - first[b]!);
      }
    }
  }
  return { mean, variance: v, first, total, second };
}
