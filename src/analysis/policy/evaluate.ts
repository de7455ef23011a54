/**
 * One instrument on one recipient's history: the outlays by year, by the
 * rule of its type.
 */

import type { PolicyContext, Recipient } from "../../engine/population/history.js";
import type { Instrument } from "../../model/instrument.js";
import { eventAward } from "./event-award.js";
import { grant } from "./grant.js";
import { milestoneLadder } from "./milestone-ladder.js";
import { rateWithCap } from "./rate-with-cap.js";
import { tapering } from "./tapering.js";

/**
 * Outlays by year index (from `ctx.firstYear`), written into `out` when given.
 *
 * @example
 * evaluateInstrument(investmentSubsidy, firm, ctx) // Float64Array [0, 500, 0, …]
 */
export function evaluateInstrument(
  inst: Instrument,
  h: Recipient,
  ctx: PolicyContext,
  out: Float64Array = new Float64Array(ctx.nYears),
): Float64Array {
  switch (inst.type) {
    case "rate_with_cap":
      return rateWithCap(inst, h, ctx, out);
    case "milestone_ladder":
      return milestoneLadder(inst, h, ctx, out);
    case "tapering":
      return tapering(inst, h, ctx, out);
    case "event_award":
      return eventAward(inst, h, ctx, out);
    case "grant":
      return grant(inst, h, ctx, out);
  }
}
