/**
 * Confidence intervals shared by the sensitivity methods: the percentile
 * bootstrap (resampled estimates) and Student's t over independent
 * replicates (randomised QMC).
 */
import { inverseIncompleteBeta } from "../../numeric/inverse-incomplete-beta.js";

/**
 * The central 95% of resampled estimates (percentile bootstrap, Efron & Tibshirani 1993, ch. 13).
 *
 * @example
 * percentileInterval([3, 1, 2, 5, 4]) // [1, 5]
 */
export function percentileInterval(xs: readonly number[]): [number, number] {
  const s = [...xs].sort((a, b) => a - b);
  return [s[Math.floor(0.025 * (s.length - 1))]!, s[Math.ceil(0.975 * (s.length - 1))]!];
}

/**
 * The two-sided 95% quantile of Student's t with ν degrees of freedom, from
 * P(|T| > t) = I_{ν/(ν+t²)}(ν/2, ½) (Abramowitz & Stegun 26.7.1).
 *
 * @example
 * studentT95(7) // 2.3646 (tables: t_{0.975, 7} = 2.365)
 * studentT95(1) // 12.706
 */
export function studentT95(nu: number): number {
  // beyond 500 degrees of freedom: z + (z³ + z)/(4ν) (Cornish–Fisher; error below 1e-5)
  if (nu > 500) return 1.959963984540054 + (1.959963984540054 ** 3 + 1.959963984540054) / (4 * nu);
  const x = inverseIncompleteBeta(0.05, nu / 2, 0.5);
  return Math.sqrt((nu * (1 - x)) / x);
}

/**
 * A 95% interval around `point` from R ≥ 2 independent replicate estimates:
 * point ± t_{R−1} · sd / √R (randomised QMC, L'Ecuyer & Lemieux 2002; Owen 2013, ch. 17).
 *
 * @example
 * replicateInterval(0.3, [0.29, 0.31, 0.30, 0.30]) // 0.3 ± 3.182 · 0.00816 / 2 = [0.287, 0.313]
 */
export function replicateInterval(point: number, reps: readonly number[]): [number, number] {
  const R = reps.length;
  const mean = reps.reduce((a, b) => a + b, 0) / R;
  const sd = Math.sqrt(reps.reduce((a, b) => a + (b - mean) ** 2, 0) / (R - 1));
  const h = (studentT95(R - 1) * sd) / Math.sqrt(R);
  return [point - h, point + h];
}
