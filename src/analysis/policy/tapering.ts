/**
 * Rates of a base by year since the firm's entry, with caps: the park rent
 * subsidy pays 70%, 50% and 30% of the rent in a firm's first three years,
 * at most 100万 in all (同一企业累计补贴总额不超过100万元).
 *
 * The schedule starts in the firm's entry year (year 1 = the entry year),
 * only for firms entering within `years`, and runs its course even past
 * them (a firm entering in 2025 is paid in 2025, 2026 and 2027): these are
 * the commitments a policy leaves to later budgets. The conditions are
 * tested once, in the entry year. Established firms (no entry year) are not
 * paid.
 */

import { eligibleAt, isFirm, type PolicyContext, type Recipient } from "../../engine/population/history.js";
import type { Tapering } from "../../model/instrument.js";
import { capped } from "./caps.js";
import { netBase } from "./rate-with-cap.js";

/**
 * Outlays by year index.
 *
 * @example
 * // rent 80万 a year from 2023: 70% × 80 = 56, 50% × 80 = 40, 30% × 80 = 24 → 4 (cap 100 − 96), then nothing
 * tapering(rent, firmHistory({ firstYear: 2022, entry: 2023, inPark: true, revenue: [NaN, 3000, 3300, 3600, 4000],
 *   rent: [0, 80, 80, 80, 80] }), ctx) // [0, 56, 40, 4, 0]
 */
export function tapering(
  rule: Tapering,
  h: Recipient,
  ctx: PolicyContext,
  out: Float64Array = new Float64Array(ctx.nYears),
): Float64Array {
  out.fill(0);
  if (!isFirm(h) || h.entry === null) return out;
  if (h.entry < rule.years.from || h.entry > rule.years.to) return out;
  const s = h.entry - ctx.firstYear;
  if (s < 0 || s >= ctx.nYears || !eligibleAt(rule.eligible, h, ctx, s)) return out;
  let paid = 0;
  for (let k = 0; k < rule.rates.length && s + k < ctx.nYears; k++) {
    const i = s + k;
    const amount = capped(rule.rates[k]! * netBase(h, rule.base, rule.exclude, i), rule.caps, out[i]!, paid);
    out[i]! += amount;
    paid += amount;
  }
  return out;
}
