/** Φ⁻¹(0.975): the z of a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/**
 * The Wilson score interval for a binomial proportion: `successes` out of
 * `n` trials, at the confidence given by `z` (default 95%). Unlike the
 * normal (Wald) interval it stays inside [0, 1] and is sensible at 0 and n.
 *
 * centre = (p̂ + z²/2n) / (1 + z²/n),
 * half-width = z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²).
 *
 * @example
 * wilsonInterval(50, 100) // [0.4038, 0.5962] (to 4 decimals)
 * wilsonInterval(0, 100) // [0, 0.0370]
 */
export function wilsonInterval(successes: number, n: number, z = Z95): [number, number] {
  if (!(n > 0)) return [Number.NaN, Number.NaN];
  const p = successes / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // at 0 and n the bounds are exactly 0 and 1 (the formula gives them up to rounding)
  return [successes <= 0 ? 0 : Math.max(0, centre - half), successes >= n ? 1 : Math.min(1, centre + half)];
}
