import { incompleteBeta } from "../../numeric/incomplete-beta.js";
import { inverseIncompleteBeta } from "../../numeric/inverse-incomplete-beta.js";
import { logGamma } from "../../numeric/log-gamma.js";

/**
 * The shape parameters of the PERT distribution: a Beta(α, β) scaled to
 * [min, max] with α = 1 + 4 (mode − min)/(max − min), β = 1 + 4 (max − mode)/(max − min),
 * so the mean is (min + 4·mode + max)/6.
 *
 * @example
 * pertShape(0, 1, 2) // { alpha: 3, beta: 3, logBeta: -3.4011973816621555 }
 */
export function pertShape(
  min: number,
  mode: number,
  max: number,
): { alpha: number; beta: number; logBeta: number } {
  const range = max - min;
  const alpha = 1 + (4 * (mode - min)) / range;
  const beta = 1 + (4 * (max - mode)) / range;
  return { alpha, beta, logBeta: logGamma(alpha) + logGamma(beta) - logGamma(alpha + beta) };
}

/**
 * Quantile of the PERT distribution: min + (max − min) · I⁻¹_u(α, β), the
 * inverse regularized incomplete beta (see `pertShape`).
 * Mean (min + 4·mode + max)/6; variance (mean − min)(max − mean)/7.
 *
 * @example
 * pertQuantile(0.5, 0, 1, 2) // 1 (symmetric)
 * pertQuantile(0.5, 0.08, 0.12, 0.17) // 0.1217
 */
export function pertQuantile(u: number, min: number, mode: number, max: number): number {
  const { alpha, beta, logBeta } = pertShape(min, mode, max);
  return min + (max - min) * inverseIncompleteBeta(u, alpha, beta, logBeta);
}

/**
 * CDF of the PERT distribution: I_{(x − min)/(max − min)}(α, β).
 *
 * @example
 * pertCdf(1, 0, 1, 2) // 0.5
 */
export function pertCdf(x: number, min: number, mode: number, max: number): number {
  const { alpha, beta, logBeta } = pertShape(min, mode, max);
  return incompleteBeta((x - min) / (max - min), alpha, beta, logBeta);
}
