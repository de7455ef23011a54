/**
 * The starting value that grows to `goal` in `years` years at `rate` a year:
 * the baseline a level goal and a growth goal imply together.
 *
 * @example
 * discount(22000, 0.1, 3) // 16528.925619834708 (2.2万亿 in 2025 at 10% a year from 2022)
 */
export function discount(goal: number, rate: number, years: number): number {
  return goal / (1 + rate) ** years;
}
