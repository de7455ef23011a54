/**
 * A partial-year figure turned into a full-year value: the figure divided by
 * the share of the year's total its months hold, both possibly uncertain.
 */
import type { UncertainValue } from "../../model/distribution.js";

/** Grid points per uniform factor (64 × 64 = 4,096 equally likely values at most). */
const GRID = 64;

/** Midpoint quantiles of a uniform range [low, high] on a grid (one point when low = high). */
function uniformGrid(low: number, high: number): number[] {
  if (low === high) return [low];
  return Array.from({ length: GRID }, (_, k) => low + ((high - low) * (k + 0.5)) / GRID);
}

/**
 * The distribution of `value / share` for independent uniform `value` in
 * [vLow, vHigh] and `share` in [sLow, sHigh], as equally likely grid values
 * (the midpoint quantiles of each factor, every pair): a draw from it is a
 * draw of the share of the year, like any input. Central: the median.
 *
 * @example
 * // Guangdong software revenue Jan–Jun 2023: 9,730, the first half holding 45%–50% of the year:
 * // full year between 9730 / 0.5 = 19,460 and 9730 / 0.45 = 21,622.2
 * const u = annualise(9730, 9730, 0.45, 0.5, "9730 through 2023-06", 12);
 * [u.low, u.high] // ≈ [19467.6, 21613.4] (the grid's outer midpoints)
 */
export function annualise(
  vLow: number,
  vHigh: number,
  sLow: number,
  sHigh: number,
  text: string,
  line: number,
): UncertainValue {
  const values: number[] = [];
  for (const v of uniformGrid(vLow, vHigh)) for (const s of uniformGrid(sLow, sHigh)) values.push(v / s);
  values.sort((a, b) => a - b);
  const n = values.length;
  const central = n % 2 === 1 ? values[(n - 1) / 2]! : (values[n / 2 - 1]! + values[n / 2]!) / 2;
  if (n === 1)
    return { dist: { type: "point", value: central }, central, low: central, high: central, text, line };
  return { dist: { type: "empirical", values }, central, low: values[0]!, high: values[n - 1]!, text, line };
}
