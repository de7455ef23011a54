/**
 * Quantile of the uniform distribution on [min, max]: min + u (max − min).
 * Ranges written `11000~11300` are uniform. Mean (min + max)/2, variance (max − min)²/12.
 *
 * @example
 * uniformQuantile(0.25, 11000, 11300) // 11075
 */
export function uniformQuantile(u: number, min: number, max: number): number {
  return min + u * (max - min);
}

/**
 * CDF of the uniform distribution on [min, max].
 *
 * @example
 * uniformCdf(11075, 11000, 11300) // 0.25
 */
export function uniformCdf(x: number, min: number, max: number): number {
  return x <= min ? 0 : x >= max ? 1 : (x - min) / (max - min);
}
