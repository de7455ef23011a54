/**
 * Compound average annual growth rate from `start` to `end` over `years` years.
 *
 * @example
 * cagr(3500, 10000, 10) // 0.1106908537107528
 */
export function cagr(start: number, end: number, years: number): number {
  if (years <= 0 || !(start > 0) || !(end >= 0)) return Number.NaN;
  return (end / start) ** (1 / years) - 1;
}
