import { normalCdf, normalQuantile } from "./normal.js";

/**
 * Quantile of a normal(mean, sd) truncated to [min, max]:
 * mean + sd · Φ⁻¹(Φ(α) + u (Φ(β) − Φ(α))) with α = (min − mean)/sd,
 * β = (max − mean)/sd. When the interval lies in the upper tail (α > 0) the
 * mirror image is used, mean − sd · Φ⁻¹(Φ(−α) − u (Φ(−α) − Φ(−β))), so the
 * small tail probabilities keep their precision.
 *
 * @example
 * truncnormalQuantile(0.5, 0, 1, -1, 1) // 0 (symmetric truncation)
 * truncnormalQuantile(0.5, 0.1, 0.05, 0, 0.3) // 0.1009 (nearly untruncated)
 */
export function truncnormalQuantile(u: number, mean: number, sd: number, min: number, max: number): number {
  const alpha = (min - mean) / sd;
  const beta = (max - mean) / sd;
  let z: number;
  if (alpha > 0) {
    const qa = normalCdf(-alpha);
    const qb = normalCdf(-beta);
    z = -normalQuantile(qa - u * (qa - qb));
  } else {
    const pa = normalCdf(alpha);
    const pb = normalCdf(beta);
    z = normalQuantile(pa + u * (pb - pa));
  }
  const x = mean + sd * z;
  return Math.min(max, Math.max(min, x));
}

/**
 * CDF of the truncated normal: (Φ((x − mean)/sd) − Φ(α)) / (Φ(β) − Φ(α)) on [min, max].
 *
 * @example
 * truncnormalCdf(0, 0, 1, -1, 1) // 0.5
 */
export function truncnormalCdf(x: number, mean: number, sd: number, min: number, max: number): number {
  if (x <= min) return 0;
  if (x >= max) return 1;
  const pa = normalCdf((min - mean) / sd);
  const pb = normalCdf((max - mean) / sd);
  return (normalCdf((x - mean) / sd) - pa) / (pb - pa);
}
