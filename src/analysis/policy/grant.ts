/**
 * A yearly grant per recipient: an industry association that runs the
 * year's chain activities gets up to 5万 (每年给予最高5万元活动经费). Paid in
 * each year of `years` in which the recipient is active (an organisation's
 * `active` year; a firm that exists and meets the conditions).
 */

import { eligibleAt, existsAt, type PolicyContext, type Recipient } from "../../engine/population/history.js";
import type { Grant } from "../../model/instrument.js";
import { capped } from "./caps.js";

/**
 * Outlays by year index.
 *
 * @example
 * // an association active in 2023 and 2025 but not 2024: 5万, 0, 5万
 * grant(associationGrant, { id: "a1", type: "association", firstYear: 2023, active: [1, 0, 1], events: [] }, ctx)
 * // [5, 0, 5]
 */
export function grant(
  rule: Grant,
  h: Recipient,
  ctx: PolicyContext,
  out: Float64Array = new Float64Array(ctx.nYears),
): Float64Array {
  out.fill(0);
  let paid = 0;
  const from = Math.max(0, rule.years.from - ctx.firstYear);
  const to = Math.min(ctx.nYears - 1, rule.years.to - ctx.firstYear);
  for (let i = from; i <= to; i++) {
    if (!existsAt(h, i) || !eligibleAt(rule.eligible, h, ctx, i)) continue;
    const amount = capped(rule.amount, rule.caps, out[i]!, paid);
    out[i]! += amount;
    paid += amount;
  }
  return out;
}
