/**
 * A value after `years` years of growth at `rate` a year.
 *
 * @example
 * compound(16528.925619834708, 0.1, 3) // 22000 (to within rounding)
 */
export function compound(value: number, rate: number, years: number): number {
  return value * (1 + rate) ** years;
}
