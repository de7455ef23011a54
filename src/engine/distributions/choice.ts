/**
 * Quantile of a discrete choice: the first value whose cumulative weight
 * reaches u · (total weight), values taken in ascending order so the
 * quantile is monotone in u (which the copula and Latin hypercube need).
 * `cumulative` must hold the running sums of the weights of the values sorted
 * ascending (see `choiceTable`).
 *
 * @example
 * const t = choiceTable([0.05, 0.1], [1, 3]) // 10% three times as likely as 5%
 * choiceQuantile(0.2, t.values, t.cumulative) // 0.05
 * choiceQuantile(0.3, t.values, t.cumulative) // 0.1
 */
export function choiceQuantile(u: number, values: ArrayLike<number>, cumulative: ArrayLike<number>): number {
  const n = values.length;
  const target = u * cumulative[n - 1]!;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return values[lo]!;
}

/**
 * Values sorted ascending with the running sums of their weights.
 *
 * @example
 * choiceTable([3, 1, 2], [1, 1, 2]) // { values: [1, 2, 3], cumulative: [1, 3, 4] }
 */
export function choiceTable(
  values: readonly number[],
  weights: readonly number[],
): { values: Float64Array; cumulative: Float64Array } {
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]! || a - b);
  const v = new Float64Array(order.length);
  const c = new Float64Array(order.length);
  let sum = 0;
  order.forEach((k, i) => {
    v[i] = values[k]!;
    sum += weights[k]!;
    c[i] = sum;
  });
  return { values: v, cumulative: c };
}
