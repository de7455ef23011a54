/**
 * When an actual counts as published, for `--as-of` and backtests.
 */

/**
 * Whether an actual was published by `asOf`. An actual without a
 * publication date counts as published at the end of the year after its own
 * (statistical bulletins appear in the following spring).
 *
 * @example
 * publishedBy({ year: 2023, published: "2024-02-28" }, "2023-06") // false
 * publishedBy({ year: 2021 }, "2023-06") // true (assumed published by 2022-12)
 */
export function publishedBy(a: { year: number; published?: string }, asOf: string): boolean {
  const date = a.published ?? `${a.year + 1}-12`;
  // compare as strings of equal precision: "2024-02-28" ≤ "2023-06" compares "2024-02" with "2023-06"
  const n = Math.min(date.length, asOf.length);
  return date.slice(0, n) <= asOf.slice(0, n);
}
