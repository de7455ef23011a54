/**
 * Quantile of the triangular distribution with support [min, max] and peak
 * at `mode`. With F_c = (mode − min)/(max − min):
 * u < F_c: min + √(u (max − min)(mode − min));
 * otherwise: max − √((1 − u)(max − min)(max − mode)).
 * Mean (min + mode + max)/3.
 *
 * @example
 * triangularQuantile(0.5, 0.08, 0.12, 0.17) // 0.1240 (median of growth 8%/12%/17%)
 * triangularQuantile(0.5, 0, 1, 2) // 1 (symmetric)
 */
export function triangularQuantile(u: number, min: number, mode: number, max: number): number {
  const range = max - min;
  const fc = (mode - min) / range;
  return u < fc
    ? min + Math.sqrt(u * (range * (mode - min)))
    : max - Math.sqrt((1 - u) * (range * (max - mode)));
}

/**
 * CDF of the triangular distribution.
 *
 * @example
 * triangularCdf(1, 0, 1, 2) // 0.5
 */
export function triangularCdf(x: number, min: number, mode: number, max: number): number {
  if (x <= min) return 0;
  if (x >= max) return 1;
  const range = max - min;
  return x <= mode ? (x - min) ** 2 / (range * (mode - min)) : 1 - (max - x) ** 2 / (range * (max - mode));
}
