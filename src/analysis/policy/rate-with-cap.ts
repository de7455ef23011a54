/**
 * rate × (base − exclusions), capped: an investment subsidy (10% of the
 * investment, land excluded, up to 1000万 per firm), a first-sales subsidy
 * (1% of sales in the first year above 2000万, up to 100万), or a share of
 * an event's cost (20% of a centre's construction, up to 300万).
 *
 * Pays in each year of `rule.years` in which the eligibility conditions hold
 * (tested in that year) and the base net of exclusions is positive. With
 * `event`, pays only in the years the event happens to the recipient, with
 * `event_cost` the event's cost. Caps apply in year order.
 */

import {
  attributeAt,
  eligibleAt,
  type PolicyContext,
  type Recipient,
} from "../../engine/population/history.js";
import type { NumericAttribute } from "../../model/firm.js";
import type { RateWithCap } from "../../model/instrument.js";
import { capped } from "./caps.js";

/** The base net of exclusions in year index i (never below zero; 0 when unknown). */
export function netBase(
  h: Recipient,
  base: NumericAttribute,
  exclude: readonly NumericAttribute[],
  i: number,
  eventCost?: number,
): number {
  let b = attributeAt(h, base, i, eventCost);
  for (const e of exclude) b -= attributeAt(h, e, i, eventCost);
  // NaN (unknown) and negative bases pay nothing
  if (!(b > 0)) return 0;
  return b;
}

/**
 * Outlays by year index.
 *
 * @example
 * // 6000万 invested in 2023, 1000万 of it land: 10% × (6000 − 1000) = 500万 (below the 1000万 cap)
 * rateWithCap(investmentSubsidy, firmHistory({ firstYear: 2022, revenue: [9000, 9900],
 *   investment: [0, 6000], land: [0, 1000] }), ctx)[1] // 500
 */
export function rateWithCap(
  rule: RateWithCap,
  h: Recipient,
  ctx: PolicyContext,
  out: Float64Array = new Float64Array(ctx.nYears),
): Float64Array {
  out.fill(0);
  let paid = 0;
  const from = Math.max(0, rule.years.from - ctx.firstYear);
  const to = Math.min(ctx.nYears - 1, rule.years.to - ctx.firstYear);
  for (let i = from; i <= to; i++) {
    if (rule.event !== null) {
      const year = ctx.firstYear + i;
      for (const occ of h.events) {
        if (occ.event !== rule.event || occ.year !== year) continue;
        if (!eligibleAt(rule.eligible, h, ctx, i, occ.cost)) continue;
        const amount = capped(
          rule.rate * netBase(h, rule.base, rule.exclude, i, occ.cost),
          rule.caps,
          out[i]!,
          paid,
        );
        out[i]! += amount;
        paid += amount;
      }
      continue;
    }
    if (!eligibleAt(rule.eligible, h, ctx, i)) continue;
    const base = netBase(h, rule.base, rule.exclude, i);
    if (base <= 0) continue;
    const amount = capped(rule.rate * base, rule.caps, out[i]!, paid);
    out[i]! += amount;
    paid += amount;
  }
  return out;
}
