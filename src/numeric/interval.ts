/** A closed interval [low, high]. */
export interface Interval {
  low: number;
  high: number;
}

/**
 * Sum of intervals (interval arithmetic).
 *
 * @example
 * addIntervals([{ low: 1, high: 2 }, { low: 10, high: 20 }]) // { low: 11, high: 22 }
 */
export function addIntervals(xs: readonly Interval[]): Interval {
  let low = 0;
  let high = 0;
  for (const x of xs) {
    low += x.low;
    high += x.high;
  }
  return { low, high };
}
