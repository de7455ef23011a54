import type { Caps } from "../../model/instrument.js";

/**
 * The part of one award that can be paid under an instrument's caps, given
 * what the recipient already received from it this year and in all years:
 * min(amount, per_firm, per_year − paid this year, cumulative − paid so far),
 * never below zero.
 *
 * @example
 * // rent year 3: 30% × 80万 = 24万, but 56万 + 40万 = 96万 already paid under a cumulative cap of 100万
 * capped(24, { cumulative: 100 }, 0, 96) // 4
 * capped(1300, { cumulative: 1000 }, 0, 0) // 1000
 */
export function capped(amount: number, caps: Caps, paidThisYear: number, paidSoFar: number): number {
  // NaN (an unknown base) pays nothing
  let a = amount;
  if (!(a > 0)) a = 0;
  if (caps.perFirm !== undefined && a > caps.perFirm) a = caps.perFirm;
  if (caps.perYear !== undefined) a = Math.min(a, Math.max(0, caps.perYear - paidThisYear));
  if (caps.cumulative !== undefined) a = Math.min(a, Math.max(0, caps.cumulative - paidSoFar));
  return a;
}
