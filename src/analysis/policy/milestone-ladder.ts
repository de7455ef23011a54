/**
 * Awards on the first crossing of each revenue threshold (进档升级): 10万
 * at 1亿, 30万 at 3亿, 50万 at 5亿, 100万 at 10亿, for a firm whose revenue
 * "首次突破" the threshold in the previous year and grew faster than the
 * city average.
 *
 * - A threshold is crossed in the first year the firm's revenue reaches it
 *   (revenue ≥ threshold, 突破 read as at least) after a known year below it.
 *   A firm already above it in the first year of its history never crosses
 *   it; an entrant crosses the thresholds its first-year revenue reaches.
 * - With `revenue_year: previous` (the default, 上年度营收) the award for a
 *   crossing in year t is paid in year t + 1, and the conditions are tested in
 *   year t (its growth in t against the city average in t). A year is paid
 *   only if it lies in `years`.
 * - **Two or more thresholds crossed in one year** (0.8亿 → 3.2亿 crosses 1亿
 *   and 3亿): `same_year: all` (the default) pays each award, as every one is
 *   a first crossing (10万 + 30万 = 40万); `same_year: highest` pays only the
 *   highest threshold's (30万), and the lower ones are forfeited — they have
 *   been crossed, so no later year pays them.
 * - Each award is capped by `per_firm`; `per_year` and `cumulative` cap the
 *   year's and the firm's totals.
 */

import { eligibleAt, isFirm, type PolicyContext, type Recipient } from "../../engine/population/history.js";
import type { MilestoneLadder } from "../../model/instrument.js";
import { capped } from "./caps.js";

/**
 * The thresholds (indexes) first crossed in year index i.
 *
 * @example
 * // revenue 8000 → 32000 万元 against 1亿, 3亿, 5亿, 10亿: the first two
 * crossedIn([10000, 30000, 50000, 100000], [8000, 32000], 1, null, 2022) // [0, 1]
 */
export function crossedIn(
  thresholds: readonly number[],
  revenue: ArrayLike<number>,
  i: number,
  entry: number | null,
  firstYear: number,
): number[] {
  const r = revenue[i] ?? Number.NaN;
  if (!Number.isFinite(r)) return [];
  let before = Number.NEGATIVE_INFINITY;
  let known = false;
  for (let j = 0; j < i; j++) {
    const v = revenue[j] ?? Number.NaN;
    if (Number.isFinite(v)) {
      known = true;
      if (v > before) before = v;
    }
  }
  // no earlier year: a crossing only for a firm entering in this year
  if (!known && entry !== firstYear + i) return [];
  const out: number[] = [];
  thresholds.forEach((t, k) => {
    if (r >= t && before < t) out.push(k);
  });
  return out;
}

/**
 * Outlays by year index.
 *
 * @example
 * // 0.8亿 in 2022, 3.2亿 in 2023 (growth 300% > city average): paid in 2024
 * milestoneLadder(ladder, firmHistory({ firstYear: 2022, revenue: [8000, 32000, 33000] }), ctx)
 * // [0, 0, 40] with same_year: all (10万 + 30万); [0, 0, 30] with same_year: highest
 */
export function milestoneLadder(
  rule: MilestoneLadder,
  h: Recipient,
  ctx: PolicyContext,
  out: Float64Array = new Float64Array(ctx.nYears),
): Float64Array {
  out.fill(0);
  if (!isFirm(h)) return out;
  const lag = rule.revenueYear === "previous" ? 1 : 0;
  const th = rule.thresholds;
  let paid = 0;
  const from = Math.max(lag, rule.years.from - ctx.firstYear);
  const to = Math.min(ctx.nYears - 1, rule.years.to - ctx.firstYear);
  // the highest revenue in known years before the revenue year
  let before = Number.NEGATIVE_INFINITY;
  let known = false;
  for (let j = 0; j < from - lag; j++) {
    const v = h.revenue[j]!;
    if (Number.isFinite(v)) {
      known = true;
      if (v > before) before = v;
    }
  }
  for (let i = from; i <= to; i++) {
    const ri = i - lag;
    const r = h.revenue[ri]!;
    const crossing = Number.isFinite(r) && (known || h.entry === ctx.firstYear + ri);
    if (crossing && r >= th[0]!.revenue && before < r && eligibleAt(rule.eligible, h, ctx, ri)) {
      // thresholds first crossed this year: reached now, above every earlier year
      let lo = -1;
      let hi = -1;
      for (let k = 0; k < th.length; k++) {
        if (r >= th[k]!.revenue && before < th[k]!.revenue) {
          if (lo < 0) lo = k;
          hi = k;
        }
      }
      if (hi >= 0) {
        for (let k = rule.sameYear === "highest" ? hi : lo; k <= hi; k++) {
          const amount = capped(th[k]!.award, rule.caps, out[i]!, paid);
          out[i]! += amount;
          paid += amount;
        }
      }
    }
    if (Number.isFinite(r)) {
      known = true;
      if (r > before) before = r;
    }
  }
  return out;
}
