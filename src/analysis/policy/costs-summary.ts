/**
 * The result of a costing from its merged statistics: summaries by year,
 * instrument and sector, the aggregates and goals, cost per added revenue,
 * and the drivers.
 */
import type { Accumulator } from "../../engine/accumulator.js";
import { wilsonInterval } from "../../numeric/wilson-interval.js";
import type { CoMoments } from "./comoments.js";
import type { CostPlan } from "./costs-plan.js";
import type { CostResult, Probability, Summary, YearStats } from "./simulate-costs.js";

/**
 * Summarise a costing run.
 *
 * @example
 * const r = summariseCosts(plan, acc, instCo, inputCo);
 * r.total.p90 // P90 outlay by year
 */
export function summariseCosts(
  plan: CostPlan,
  acc: Accumulator,
  instCo: CoMoments,
  inputCo: CoMoments,
): CostResult {
  const { slots, scenario: s } = plan;
  const firms = s.firms!;
  const agg = firms.aggregates;
  const T = plan.years.length;
  const A = plan.aggYears.length;
  /** Counts are whole numbers and the sketch is within 0.5%: below 100, rounding gives them exactly. */
  const summary = (i: number, whole = false): Summary => {
    const sk = acc.sketches[i]!;
    const q = (p: number) => (whole ? Math.round(sk.quantile(p)) : sk.quantile(p));
    return {
      mean: acc.count[i]! > 0 ? acc.mean[i]! : Number.NaN,
      sd: acc.sd(i),
      p10: q(0.1),
      p50: q(0.5),
      p90: q(0.9),
    };
  };
  const series = (start: number, len: number, whole = false): YearStats => {
    const out: YearStats = { mean: [], sd: [], p10: [], p50: [], p90: [] };
    for (let t = 0; t < len; t++) {
      const sm = summary(start + t, whole);
      for (const key of Object.keys(out) as Array<keyof Summary>) out[key].push(sm[key]);
    }
    return out;
  };
  const N = acc.n;
  const probability = (count: number): Probability => ({
    count,
    probability: count / N,
    ci95: wilsonInterval(count, N),
  });
  const allMean = acc.mean[slots.ALL]!;
  const share = (m: number) => (allMean > 0 ? m / allMean : Number.NaN);
  const outlay = acc.mean[slots.PLAN_OUTLAY]!;
  const added = acc.mean[slots.ADDED]!;
  const G = plan.goals.length;
  return {
    samples: N,
    seed: plan.settings.seed,
    unit: firms.unit.symbol,
    years: plan.years,
    planYears: { from: plan.from, to: plan.planTo },
    total: series(slots.TOTAL, T),
    allYears: summary(slots.ALL),
    instruments: plan.instruments.map((instrument, k) => ({
      instrument,
      byYear: series(slots.INST + k * T, T),
      allYears: summary(slots.INST_ALL + k),
      share: share(acc.mean[slots.INST_ALL + k]!),
      varianceShare: instCo.varianceShare(k),
    })),
    sectors: plan.sectorRows.map((r, k) => ({
      ...r,
      byYear: series(slots.SECT + k * T, T),
      allYears: summary(slots.SECT_ALL + k),
      share: share(acc.mean[slots.SECT_ALL + k]!),
    })),
    aggregates: {
      years: plan.aggYears,
      count: series(slots.COUNT, A, true),
      revenue: series(slots.REVENUE, A),
      revenueUnit: plan.revenueUnit.symbol,
      countQuantity: agg.count ?? null,
      revenueQuantity: agg.revenue ?? null,
    },
    goals: plan.goals.map((target, g) => ({
      target,
      known: acc.known[g]!,
      ...probability(acc.met[g]!),
      measure: summary(slots.GOAL + g, target.subject === agg.count),
    })),
    allGoals: G > 0 ? probability(acc.allMet) : null,
    costPerAddedRevenue: {
      outlay,
      added,
      value: added > 0 ? outlay / added : Number.NaN,
      from: plan.from,
      to: plan.planTo,
    },
    drivers: plan.inputs
      .map((input, k) => ({ input, correlation: inputCo.correlation(k) }))
      .filter((d) => Number.isFinite(d.correlation))
      .sort((a, b) => Math.abs(b.correlation) - Math.abs(a.correlation) || (a.input < b.input ? -1 : 1)),
  };
}
