/**
 * The narrow adapter between Findings and the report's figure code
 * (report-figures.ts): the figures take the analyses' own result shapes
 * (camelCase, typed numbers), so this reads every number back out of one
 * Findings value into those shapes. Nothing is computed here; a number the
 * figures draw is the number Findings holds (undefined ones, `null`, become
 * NaN, which the figures already treat as "not projected").
 *
 * @example
 * const f = await analyse(s, { parts: ["projection", "check", "simulation"], samples: 1000, seed: 1 });
 * figureSpecs(figureContext(s, f, labels("zh"))) // the core charts, from Findings
 */
import type { CheckResult } from "../analysis/check.js";
import type { VerdictResult } from "../analysis/consistency.js";
import type { TargetResult } from "../analysis/targets.js";
import type { Projection } from "../engine/project.js";
import type { Probability, SimulationResult } from "../engine/simulate.js";
import type {
  CheckFindings,
  Findings,
  Num,
  ProbabilityFinding,
  ProjectionFindings,
  SimulationFindings,
  VerdictFinding,
} from "../model/findings.js";
import type { Scenario } from "../model/scenario.js";
import type { Target } from "../model/target.js";
import type { Labels } from "./labels.js";
import type { FigureContext } from "./report-figures.js";

/** A Findings number as the figures hold it: NaN where it is not defined. */
export const n = (x: Num): number => (x === null ? Number.NaN : x);

const iv = (x: { low: Num; high: Num }) => ({ low: n(x.low), high: n(x.high) });
const rng = (x: { low: Num; central: Num; high: Num }) => ({
  low: n(x.low),
  central: n(x.central),
  high: n(x.high),
});

/** The projection part as the engine's Projection (its first year is the first shown year). */
export function projectionOf(p: ProjectionFindings): Projection {
  return {
    years: [...p.years],
    firstYear: p.years[0]!,
    series: new Map(p.series.map((x) => [x.id, Float64Array.from(x.values, n)])),
  };
}

function verdictOf(v: VerdictFinding): VerdictResult {
  return {
    parent: v.parent,
    year: v.year,
    headline: n(v.headline),
    headlineTarget: v.headline_target,
    comparator: v.comparator,
    exhaustive: v.exhaustive,
    children: v.children.map((c) => ({
      id: c.id,
      value: n(c.value),
      basis: c.basis,
      ...(c.target === null ? {} : { target: c.target }),
    })),
    childrenWithoutGoals: [...v.children_without_goals],
    childrenSum: n(v.children_sum),
    overlaps: v.overlaps.map((o) => ({
      part: o.part,
      ...(o.within ? { within: o.within } : {}),
      ...(o.outside ? { outside: o.outside } : {}),
      share: iv(o.share),
      amount: iv(o.amount),
      line: o.line,
    })),
    overlap: iv(v.overlap),
    unknownOverlaps: v.unknown_overlaps.map(([a, b]) => [a, b] as [string, string]),
    net: iv(v.net),
    verdict: v.verdict,
    minOverlapNeeded: n(v.min_overlap_needed),
    minOverlapShare: n(v.min_overlap_share),
    maxOverlapAllowed: v.max_overlap_allowed,
    residual: iv(v.residual),
    residualCagr: v.residual_cagr,
    headlineWithoutOverlap: n(v.headline_without_overlap),
  };
}

function goalsOf(s: Scenario, f: Findings): TargetResult[] {
  const byId = new Map<string, Target>(s.targets.map((t) => [t.id, t]));
  return (f.targets ?? []).map((t) => ({
    target: byId.get(t.id)!,
    projected: t.projected,
    met: t.met,
    gap: t.gap,
    gapRelative: t.gap_relative,
    requiredCagr: t.required_cagr,
    start: t.start ? { ...t.start } : null,
  }));
}

function checkOf(s: Scenario, f: Findings, c: CheckFindings): CheckResult {
  return {
    projection: projectionOf(f.projection!),
    goals: goalsOf(s, f),
    verdicts: c.verdicts.map(verdictOf),
    impliedBaselines: c.implied_baselines.map((b) => ({
      sector: b.sector,
      levelTarget: b.level_target,
      growthTarget: b.growth_target,
      year: b.year,
      value: n(b.value),
      low: n(b.low),
      high: n(b.high),
    })),
    binding: c.binding.map((b) => ({
      sector: b.sector,
      levelTarget: b.level_target,
      growthTarget: b.growth_target,
      published: { ...b.published },
      levelRequires: n(b.level_requires),
      growthRequires: n(b.growth_requires),
      growthGoalReaches: n(b.growth_goal_reaches),
      binding: b.binding,
      margin: n(b.margin),
    })),
    requiredGrowth: c.required_growth.map((g) => ({
      target: g.target,
      subject: g.subject,
      year: g.year,
      from: {
        year: g.from.year,
        kind: g.from.kind as "baseline" | "actual" | "projection",
        ...rng(g.from),
      },
      required: rng(g.required),
      assumed: g.assumed ? rng(g.assumed) : null,
      shortfall: g.shortfall,
    })),
    tracking: c.tracking.map((t) => ({
      target: t.target,
      subject: t.subject,
      year: t.year,
      goal: n(t.goal),
      latest: { ...t.latest },
      requiredRemaining: t.required_remaining,
      assumedRemaining: t.assumed_remaining,
      projected: n(t.projected),
      status: t.status as CheckResult["tracking"][number]["status"],
    })),
    rollup: {
      shares: c.regions.shares.map(({ region_goal, ...x }) => ({
        ...x,
        share: n(x.share),
        regionGoal: n(region_goal),
      })),
      ratios: c.regions.ratios.map(({ per_unit, ...x }) => ({ ...x, perUnit: n(per_unit) })),
      sums: c.regions.sums.map(({ regions_sum, ...x }) => ({
        ...x,
        verdict: x.verdict as CheckResult["rollup"]["sums"][number]["verdict"],
        regionsSum: n(regions_sum),
      })),
    },
    chain: c.chain.map((r) => ({
      upstream: r.upstream,
      year: r.year,
      goal: n(r.goal),
      goalTarget: r.goal_target,
      impliedDemand: rng(r.implied_demand),
      totalDemand: rng(r.total_demand),
      ratio: n(r.ratio),
      breakEvenLocalShare: r.break_even_local_share,
      verdict: r.verdict as CheckResult["chain"][number]["verdict"],
      buyers: r.buyers.map((b) => ({
        sector: b.sector,
        value: n(b.value),
        basis: b.basis as CheckResult["chain"][number]["buyers"][number]["basis"],
        demand: n(b.demand),
      })),
    })),
    outOfScope: s.outOfScope ?? [],
  };
}

const probabilityOf = (p: ProbabilityFinding): Probability => ({
  count: p.count,
  probability: n(p.probability),
  ci95: [n(p.ci95[0]), n(p.ci95[1])],
  se: n(p.se),
});

const record = <K extends string>(r: Record<K, Num[]>) =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, (v as Num[]).map(n)])) as Record<K, number[]>;

function simulationOf(s: Scenario, m: SimulationFindings): SimulationResult {
  const byId = new Map<string, Target>(s.targets.map((t) => [t.id, t]));
  return {
    samples: m.samples,
    seed: m.seed,
    method: m.method,
    dimensions: m.dimensions,
    correlated: m.correlated,
    years: [...m.years],
    quantities: m.quantities.map((q) => ({ id: q.id, stats: record(q.stats) })),
    targets: m.targets.map((t) => ({
      target: byId.get(t.id)!,
      ...probabilityOf(t),
      known: t.known,
      measure: Object.fromEntries(
        Object.entries(t.measure).map(([k, v]) => [k, n(v as Num)]),
      ) as SimulationResult["targets"][number]["measure"],
    })),
    all: m.all ? probabilityOf(m.all) : null,
    groups: m.groups.map((g) => ({ group: g.group, targets: [...g.targets], ...probabilityOf(g) })),
    verdicts: m.verdicts.map((v) => ({ id: v.id, label: v.label, ...probabilityOf(v) })),
  };
}

/**
 * The figures' input, read from Findings that hold the `projection`,
 * `targets` and `check` parts (and `simulation` when sampled).
 */
export function figureContext(s: Scenario, f: Findings, L: Labels): FigureContext {
  if (!f.check || !f.projection) throw new Error("figureContext: Findings without check and projection");
  return {
    s,
    check: checkOf(s, f, f.check),
    sim: f.simulation ? simulationOf(s, f.simulation) : null,
    L,
  };
}
