/**
 * The lower-triangular factor L of a symmetric positive semi-definite matrix
 * A = L Lᵀ (row-major, n × n), or null when A is not positive semi-definite.
 *
 * Semi-definite matrices are allowed: a pivot within `tolerance` of zero
 * (a variable that is a linear combination of earlier ones, e.g. a
 * correlation of exactly 1) gives a zero column instead of a failure.
 *
 * @example
 * cholesky([[1, 0.6], [0.6, 1]]) // [[1, 0], [0.6, 0.8]]
 * cholesky([[1, 1], [1, 1]]) // [[1, 0], [1, 0]] (singular but PSD)
 * cholesky([[1, 2], [2, 1]]) // null
 */
export function cholesky(a: readonly (readonly number[])[], tolerance = 1e-10): number[][] | null {
  const n = a.length;
  const l = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    let d = a[j]![j]!;
    for (let k = 0; k < j; k++) d -= l[j]![k]! ** 2;
    if (d < -tolerance) return null;
    if (d <= tolerance) {
      // zero pivot: the rest of the column must vanish too
      for (let i = j + 1; i < n; i++) {
        let s = a[i]![j]!;
        for (let k = 0; k < j; k++) s -= l[i]![k]! * l[j]![k]!;
        if (Math.abs(s) > Math.sqrt(tolerance)) return null;
      }
      continue;
    }
    const ljj = Math.sqrt(d);
    l[j]![j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let s = a[i]![j]!;
      for (let k = 0; k < j; k++) s -= l[i]![k]! * l[j]![k]!;
      l[i]![j] = s / ljj;
    }
  }
  return l;
}
