/**
 * A series redefined in some year (an actual with `scope_break: true`) is not
 * comparable across that year: a growth goal whose period spans the break is
 * measured from the break year, in the new scope, so growth does not compound
 * across it.
 */
import type { Quantity } from "./quantity.js";

/**
 * The year a growth measured from `from` to `to` starts at: the latest scope
 * break after `from` and at or before `to`, else `from`.
 *
 * @example
 * // Shandong IT revenue: 2021 "above 12,000" (old scope), 2023 "above 20,000" marked scope_break
 * measuredFrom(itIndustry, 2022, 2025) // 2023 (a 2022–2025 growth goal is measured over 2023–2025)
 * measuredFrom(itIndustry, 2023, 2025) // 2023
 */
export function measuredFrom(q: Pick<Quantity, "actuals">, from: number, to: number): number {
  let start = from;
  for (const a of q.actuals) if (a.scopeBreak && a.year > from && a.year <= to) start = a.year;
  return start;
}
