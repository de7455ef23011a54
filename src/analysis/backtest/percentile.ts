/**
 * Where a value falls in a simulated distribution known by its summary
 * quantiles (min, P5, P10, P25, P50, P75, P90, P95, max): linear between
 * neighbouring quantiles.
 */
import { QUANTILES } from "../../engine/simulate.js";

/** The summary quantiles a simulation reports, with their probabilities. */
export const SUMMARY_LEVELS: ReadonlyArray<readonly [string, number]> = [
  ["min", 0],
  ...QUANTILES,
  ["max", 1],
];

/**
 * The percentile (0..1) of `x` in a distribution given by increasing
 * `points` = [value, probability] pairs, interpolated linearly; 0 below the
 * first, 1 above the last; a flat stretch (a point mass) gives its middle.
 *
 * @example
 * percentileOf(15, [[10, 0], [12, 0.25], [14, 0.5], [18, 0.75], [20, 1]]) // 0.5 + 0.25 × (15 − 14)/(18 − 14) = 0.5625
 */
export function percentileOf(x: number, points: ReadonlyArray<readonly [number, number]>): number {
  const n = points.length;
  if (x < points[0]![0]) return 0;
  if (x > points[n - 1]![0]) return 1;
  let lo = -1;
  let hi = -1;
  for (let i = 0; i < n; i++) {
    const [v, p] = points[i]!;
    if (v === x) {
      if (lo < 0) lo = i;
      hi = i;
    }
    if (v < x && i + 1 < n && points[i + 1]![0] > x) {
      const [v1, p1] = points[i + 1]!;
      return p + ((p1 - p) * (x - v)) / (v1 - v);
    }
  }
  return (points[lo]![1] + points[hi]![1]) / 2;
}
