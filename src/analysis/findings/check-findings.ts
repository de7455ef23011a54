/**
 * Do the goals add up (`chainsim check`) as a Findings part: verdicts, goal
 * pairs, required growth, tracking, regions and the chain's local demand.
 */
import type { ChainConsistencyFinding, CheckFindings, VerdictFinding } from "../../model/findings.js";
import type { Interval } from "../../numeric/interval.js";
import type { ChainConsistencyRow } from "../chain/chain-consistency.js";
import type { CheckResult } from "../check.js";
import type { VerdictResult } from "../consistency.js";
import { num, sourceFacts } from "./scenario-facts.js";

const interval = (i: Interval) => ({ low: num(i.low), high: num(i.high) });
const range = (i: { low: number; central: number; high: number }) => ({
  low: num(i.low),
  central: num(i.central),
  high: num(i.high),
});

export function verdictFinding(v: VerdictResult): VerdictFinding {
  return {
    parent: v.parent,
    year: v.year,
    headline: num(v.headline),
    headline_target: v.headlineTarget,
    comparator: v.comparator,
    exhaustive: v.exhaustive,
    children: v.children.map((ch) => ({
      id: ch.id,
      value: num(ch.value),
      basis: ch.basis,
      target: ch.target ?? null,
    })),
    children_without_goals: v.childrenWithoutGoals,
    children_sum: num(v.childrenSum),
    overlaps: v.overlaps.map((o) => ({
      part: o.part,
      ...(o.within ? { within: o.within } : { outside: o.outside! }),
      share: interval(o.share),
      amount: interval(o.amount),
      line: o.line,
    })),
    overlap: interval(v.overlap),
    unknown_overlaps: v.unknownOverlaps,
    net: interval(v.net),
    verdict: v.verdict,
    min_overlap_needed: num(v.minOverlapNeeded),
    min_overlap_share: num(v.minOverlapShare),
    max_overlap_allowed: num(v.maxOverlapAllowed),
    residual: interval(v.residual),
    residual_cagr: num(v.residualCagr),
    headline_without_overlap: num(v.headlineWithoutOverlap),
  };
}

export function chainConsistencyFindings(rows: readonly ChainConsistencyRow[]): ChainConsistencyFinding[] {
  return rows.map((c) => ({
    upstream: c.upstream,
    year: c.year,
    goal: num(c.goal),
    goal_target: c.goalTarget,
    implied_demand: range(c.impliedDemand),
    total_demand: range(c.totalDemand),
    ratio: num(c.ratio),
    break_even_local_share: num(c.breakEvenLocalShare),
    verdict: c.verdict,
    buyers: c.buyers.map((b) => ({
      sector: b.sector,
      value: num(b.value),
      basis: b.basis,
      demand: num(b.demand),
    })),
  }));
}

export function checkFindings(c: CheckResult): CheckFindings {
  return {
    verdicts: c.verdicts.map(verdictFinding),
    implied_baselines: c.impliedBaselines.map((b) => ({
      sector: b.sector,
      level_target: b.levelTarget,
      growth_target: b.growthTarget,
      year: b.year,
      value: num(b.value),
      low: num(b.low),
      high: num(b.high),
    })),
    binding: c.binding.map((b) => ({
      sector: b.sector,
      level_target: b.levelTarget,
      growth_target: b.growthTarget,
      published: { ...b.published },
      level_requires: num(b.levelRequires),
      growth_requires: num(b.growthRequires),
      growth_goal_reaches: num(b.growthGoalReaches),
      binding: b.binding,
      margin: num(b.margin),
    })),
    required_growth: c.requiredGrowth.map((g) => ({
      target: g.target,
      subject: g.subject,
      year: g.year,
      from: { ...g.from, low: num(g.from.low), central: num(g.from.central), high: num(g.from.high) },
      required: range(g.required),
      assumed: g.assumed ? range(g.assumed) : null,
      shortfall: num(g.shortfall),
    })),
    tracking: c.tracking.map((t) => ({
      target: t.target,
      subject: t.subject,
      year: t.year,
      goal: num(t.goal),
      latest: { ...t.latest },
      required_remaining: num(t.requiredRemaining),
      assumed_remaining: num(t.assumedRemaining),
      projected: num(t.projected),
      status: t.status,
    })),
    evaluation: (c.evaluation ?? []).map((t) => ({
      target: t.target,
      subject: t.subject,
      kind: t.kind,
      year: t.year,
      goal: num(t.goal),
      start: { year: t.start.year, value: num(t.start.value) },
      latest: { year: t.latest.year, value: num(t.latest.value) },
      basis: t.basis,
      observed: num(t.observed),
      required: num(t.required),
      required_remaining: num(t.requiredRemaining),
      ratio: num(t.ratio),
      progress: num(t.progress),
      projected: num(t.projected),
      probability: num(t.probability),
      status: t.status,
    })),
    regions: {
      shares: c.rollup.shares.map(({ regionGoal, ...x }) => ({
        ...x,
        share: num(x.share),
        region_goal: num(regionGoal),
      })),
      ratios: c.rollup.ratios.map(({ perUnit, ...x }) => ({ ...x, per_unit: num(perUnit) })),
      sums: c.rollup.sums.map(({ regionsSum, ...x }) => ({ ...x, regions_sum: num(regionsSum) })),
    },
    chain: chainConsistencyFindings(c.chain),
    out_of_scope: c.outOfScope.map((o) => ({
      goal: o.goal,
      source: o.source ? sourceFacts(o.source) : null,
      reason: o.reason,
    })),
  };
}
