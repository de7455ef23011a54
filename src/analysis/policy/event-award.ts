/**
 * Fixed awards on events — a certification (CMMI level 3, a provincial
 * engineering centre) or a listing (a national excellent industrial-software
 * product) — each up to its amount (最高), in the year the event happens, if
 * the year is in `years` and the conditions hold that year. Whether an event
 * can happen only once (首次) is a property of the event (`once`, in
 * `firms.events`), so one firm passing CMMI 3 and later CMMI 4 is paid for
 * each level.
 */

import { eligibleAt, type PolicyContext, type Recipient } from "../../engine/population/history.js";
import type { EventAward } from "../../model/instrument.js";
import { capped } from "./caps.js";

/**
 * Outlays by year index.
 *
 * @example
 * // CMMI 3 in 2023 (20万) and CMMI 4 in 2025 (30万)
 * eventAward(cmmi, firmHistory({ firstYear: 2022, revenue: [900, 1000, 1100, 1200],
 *   events: [{ event: "cmmi_3", year: 2023, cost: 0 }, { event: "cmmi_4", year: 2025, cost: 0 }] }), ctx)
 * // [0, 20, 0, 30]
 */
export function eventAward(
  rule: EventAward,
  h: Recipient,
  ctx: PolicyContext,
  out: Float64Array = new Float64Array(ctx.nYears),
): Float64Array {
  out.fill(0);
  if (h.events.length === 0) return out;
  let paid = 0;
  const from = Math.max(0, rule.years.from - ctx.firstYear);
  const to = Math.min(ctx.nYears - 1, rule.years.to - ctx.firstYear);
  for (let i = from; i <= to; i++) {
    const year = ctx.firstYear + i;
    for (const occ of h.events) {
      if (occ.year !== year) continue;
      for (const a of rule.awards) {
        if (a.event !== occ.event || !eligibleAt(rule.eligible, h, ctx, i, occ.cost)) continue;
        const amount = capped(a.award, rule.caps, out[i]!, paid);
        out[i]! += amount;
        paid += amount;
      }
    }
  }
  return out;
}
