/**
 * Shifted sums of the values `x[off..off+c)` that are not NaN: their count,
 * Σ(x − K), Σ(x − K)², min and max, written to `out[0..5)`.
 *
 * With K close to the values' mean, the count, mean K + Σ(x − K)/n and
 * M2 = Σ(x − K)² − (Σ(x − K))²/n of any number of such rows (added up) are
 * accurate: the "shifted data" algorithm of Chan, Golub & LeVeque
 * ("Algorithms for computing the sample variance", The American
 * Statistician 37:242–247, 1983, eq. 1.5 and table 1), whose relative error
 * for M2 is about n·ε·(1 + n(mean − K)²/M2) — about n·ε when K is within a
 * standard error of the mean — against n·ε·κ for Welford's update, κ =
 * √(1 + n·mean²/M2) the condition number of the data. One pass, no division.
 *
 * Each sum is kept in four partial sums (values j, j+4, … in each), added at
 * the end: four independent chains of additions instead of one (faster),
 * each a quarter as long (a smaller error bound).
 *
 * With only NaN values (or none), out is [0, 0, 0, +∞, −∞].
 *
 * @example
 * const out = new Float64Array(5);
 * shiftedSums(Float64Array.of(1, 2, Number.NaN, 4, 3), 0, 5, 2, out);
 * out // Float64Array [4, 2, 6, 1, 4]: x − 2 = −1, 0, 2, 1; mean 2 + 2/4 = 2.5, M2 = 6 − 2²/4 = 5
 */
export function shiftedSums(x: Float64Array, off: number, c: number, shift: number, out: Float64Array): void {
  const end = off + c;
  const end4 = off + (c & ~3);
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let q0 = 0;
  let q1 = 0;
  let q2 = 0;
  let q3 = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let j = off;
  for (; j < end4; j += 4) {
    const a = x[j]!;
    const b = x[j + 1]!;
    const d = x[j + 2]!;
    const e = x[j + 3]!;
    if (a < min) min = a;
    if (a > max) max = a;
    if (b < min) min = b;
    if (b > max) max = b;
    if (d < min) min = d;
    if (d > max) max = d;
    if (e < min) min = e;
    if (e > max) max = e;
    const da = a - shift;
    const db = b - shift;
    const dd = d - shift;
    const de = e - shift;
    s0 += da;
    s1 += db;
    s2 += dd;
    s3 += de;
    q0 += da * da;
    q1 += db * db;
    q2 += dd * dd;
    q3 += de * de;
  }
  for (; j < end; j++) {
    const a = x[j]!;
    if (a < min) min = a;
    if (a > max) max = a;
    const da = a - shift;
    s0 += da;
    q0 += da * da;
  }
  const sum = s0 + s1 + (s2 + s3);
  // a NaN among the values (or an infinity): value by value, skipping NaN
  if (!Number.isFinite(sum)) {
    skipNaN(x, off, c, shift, out);
    return;
  }
  out[0] = c;
  out[1] = sum;
  out[2] = q0 + q1 + (q2 + q3);
  out[3] = min;
  out[4] = max;
}

/** The same, one value at a time, NaN skipped. */
function skipNaN(x: Float64Array, off: number, c: number, shift: number, out: Float64Array): void {
  let k = 0;
  let s = 0;
  let q = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let j = off; j < off + c; j++) {
    const v = x[j]!;
    if (Number.isNaN(v)) continue;
    k++;
    const d = v - shift;
    s += d;
    q += d * d;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  out[0] = k;
  out[1] = s;
  out[2] = q;
  out[3] = min;
  out[4] = max;
}
