import { normalCdf, normalQuantile } from "./normal.js";

/**
 * Quantile of a shifted lognormal X = shift + median · exp(σZ), Z standard
 * normal: `shift + median · exp(σ Φ⁻¹(u))`. For growth rates the loader sets
 * shift = −1, so the growth factor 1 + g is lognormal with the given median
 * (written `lognormal: [12%, 0.05]`: median growth 12%).
 *
 * Mean: shift + median · exp(σ²/2); median: shift + median.
 *
 * @example
 * lognormalQuantile(0.5, 1.12, 0.05, -1) // 0.12 (median growth 12%)
 * lognormalQuantile(0.975, 100, 0.5, 0) // 266.3 (100 · e^(0.5 · 1.96))
 */
export function lognormalQuantile(u: number, median: number, sigma: number, shift: number): number {
  return shift + median * Math.exp(sigma * normalQuantile(u));
}

/**
 * CDF of the shifted lognormal: Φ(ln((x − shift) / median) / σ), 0 at or below the shift.
 *
 * @example
 * lognormalCdf(100, 100, 0.5, 0) // 0.5
 */
export function lognormalCdf(x: number, median: number, sigma: number, shift: number): number {
  const y = x - shift;
  if (y <= 0) return 0;
  return normalCdf(Math.log(y / median) / sigma);
}
