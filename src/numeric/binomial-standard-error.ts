/**
 * The Monte Carlo standard error of an estimated probability p̂ = k/n from
 * n independent samples: √(p̂(1 − p̂)/n), the standard deviation of the
 * binomial proportion with p estimated by p̂. It is 0 when p̂ is 0 or 1 (use
 * the Wilson interval for a bound then).
 *
 * For Latin hypercube samples (independent hypercubes of n points, the
 * engine's blocks) it is conservative up to a factor √(n/(n − 1)), 1.0002
 * for blocks of 2,048: a Latin hypercube of n points never has more than
 * n/(n − 1) times the variance of n independent points (A. B. Owen 1997,
 * "Monte Carlo variance of scrambled net quadrature", SIAM J. Numer. Anal.
 * 34; see Owen, "Monte Carlo theory, methods and examples", §10.3), and
 * usually much less.
 *
 * @example
 * binomialStandardError(50, 100) // 0.05 (√(0.5 · 0.5 / 100))
 * binomialStandardError(830, 10_000) // 0.002759 (√(0.083 · 0.917 / 10,000), to 4 significant digits)
 */
export function binomialStandardError(successes: number, n: number): number {
  if (!(n > 0)) return Number.NaN;
  const p = successes / n;
  return Math.sqrt((p * (1 - p)) / n);
}
