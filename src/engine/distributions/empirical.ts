/**
 * Quantile of the empirical distribution of observed values (each equally
 * likely; resampling): the ⌈u·n⌉-th smallest, i.e. `sorted[floor(u·n)]`.
 * `sorted` must be ascending.
 *
 * @example
 * empiricalQuantile(0.1, [0.08, 0.11, 0.134, 0.19]) // 0.08
 * empiricalQuantile(0.6, [0.08, 0.11, 0.134, 0.19]) // 0.134
 */
export function empiricalQuantile(u: number, sorted: ArrayLike<number>): number {
  const n = sorted.length;
  const i = Math.floor(u * n);
  return sorted[i < 0 ? 0 : i >= n ? n - 1 : i]!;
}
