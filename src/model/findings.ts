/**
 * Findings: everything the analyses of one scenario produced, as plain,
 * serialisable data (`JSON.stringify` keeps every field; numbers that are not
 * finite are held as `null`). Every renderer — terminal tables, JSON, CSV,
 * Markdown, the HTML report, the planner page, notebooks — reads Findings
 * only, so no two outputs can disagree about a number.
 *
 * Field names are snake_case and follow the JSON the commands printed before
 * Findings existed. Each part is optional: present when it was asked for.
 * Numbers are held at full precision; the JSON writer rounds them to 12
 * significant digits (see docs/findings.md).
 *
 * `findings_version` changes when a field is removed or changes meaning;
 * adding a field does not change it.
 */

import type { Bilingual } from "../i18n/lang.js";

/** The version of the Findings shape described here. */
export const FINDINGS_VERSION = 1 as const;

/** A number, or null where it is not defined (not projected, not finite). */
export type Num = number | null;

export interface NamesFacts {
  zh?: string;
  en?: string;
}

/** A unit by its symbol, with what formatting needs. */
export interface UnitFacts {
  symbol: string;
  /** "money", "count", "ratio", "number", … */
  dimension: string;
  /** Decimal exponent against the base unit: 亿元 → 8, % → −2. */
  exp: number;
}

export interface QuantityFacts {
  id: string;
  kind: "sector" | "indicator";
  name: NamesFacts;
  /** Unit symbol (a key of `ScenarioFacts.units`). */
  unit: string;
  line: number;
}

export interface SourceFacts {
  document: string;
  clause: string | null;
  figure?: string;
  /** The document number (文号) when the scenario's `documents:` gives it: what reports cite. */
  number?: string;
}

/** A goal as the scenario states it. */
export interface GoalFacts {
  id: string;
  subject: string;
  subject_kind: "sector" | "indicator";
  kind: "level" | "growth" | "share" | "flow" | "cumulative";
  year: number;
  from?: number;
  of?: string;
  comparator: "at_least" | "reach" | "no_fewer_than" | "about" | "below" | "at_most";
  /** In the subject's unit, or a fraction for growth and share goals. */
  value: number;
  tolerance: number;
  /** The goal value's unit symbol (a fraction, "share", for growth and share goals). */
  unit: string;
  group?: string;
  /** The value as written. */
  text: string;
  source: SourceFacts | null;
  line: number;
}

/** Which scenario, exactly: enough to reproduce every number. */
export interface ScenarioFacts {
  id: string;
  title: string;
  /** The scenario file's name (no folder). */
  file: string;
  sha256: string;
  variant: string | null;
  overrides: string[];
  /** The scenario's money unit symbol. */
  unit: string;
  base_year: number;
  horizon: number;
  quantities: QuantityFacts[];
  goals: GoalFacts[];
  units: Record<string, UnitFacts>;
}

/** A problem found while loading, as data: its stable code, its words and where it is. */
export interface WarningFacts {
  code: string;
  message: string;
  hint?: string;
  /** The file name (no folder), or the command-line option. */
  file?: string;
  line?: number;
  column?: number;
}

/** The central projection, year by year. */
export interface ProjectionFindings {
  years: number[];
  /** One series per sector and indicator, in scenario order. */
  series: Array<{ id: string; values: Num[] }>;
}

/** One goal checked against the central projection. */
export interface TargetFinding {
  id: string;
  projected: Num;
  met: boolean | null;
  gap: Num;
  gap_relative: Num;
  required_cagr: Num;
  start: { year: number; value: number; kind: "baseline" | "actual" | "projection" } | null;
}

export interface IntervalFinding {
  low: Num;
  high: Num;
}

export interface RangeFinding {
  low: Num;
  central: Num;
  high: Num;
}

export interface VerdictFinding {
  parent: string;
  year: number;
  headline: Num;
  headline_target: string;
  comparator: GoalFacts["comparator"];
  exhaustive: boolean;
  children: Array<{ id: string; value: Num; basis: "goal" | "projection"; target: string | null }>;
  children_without_goals: string[];
  children_sum: Num;
  overlaps: Array<{
    part: string;
    within?: string;
    outside?: string;
    share: IntervalFinding;
    amount: IntervalFinding;
    line: number;
  }>;
  overlap: IntervalFinding;
  unknown_overlaps: Array<[string, string]>;
  net: IntervalFinding;
  verdict: "CONSISTENT" | "OVERSHOOT" | "GAP" | "INDETERMINATE";
  min_overlap_needed: Num;
  min_overlap_share: Num;
  max_overlap_allowed: Num;
  residual: IntervalFinding;
  residual_cagr: Num;
  headline_without_overlap: Num;
}

export interface ChainConsistencyFinding {
  upstream: string;
  year: number;
  goal: Num;
  goal_target: string;
  implied_demand: RangeFinding;
  total_demand: RangeFinding;
  ratio: Num;
  break_even_local_share: Num;
  verdict: string;
  buyers: Array<{ sector: string; value: Num; basis: string; demand: Num }>;
}

/**
 * A goal of the source documents the scenario deliberately does not model
 * (the scenario's `out_of_scope:`), so a reader can tell it was left out on
 * purpose rather than forgotten.
 */
export interface OutOfScopeFinding {
  /** Its id in seeds/goals.yaml. */
  goal: string;
  /** Where the goal is printed (document, clause, figure), when the scenario says. */
  source: SourceFacts | null;
  /** Why the scenario does not model it, as the scenario file writes it: one text, or `{ zh, en }`. */
  reason: string | Bilingual;
}

/** Do the goals add up: `chainsim check`. */
export interface CheckFindings {
  verdicts: VerdictFinding[];
  implied_baselines: Array<{
    sector: string;
    level_target: string;
    growth_target: string;
    year: number;
    value: Num;
    low: Num;
    high: Num;
  }>;
  binding: Array<{
    sector: string;
    level_target: string;
    growth_target: string;
    published: { year: number; value: number; kind: "actual" | "baseline"; qualifier?: string };
    level_requires: Num;
    growth_requires: Num;
    growth_goal_reaches: Num;
    binding: "level" | "growth" | "both";
    margin: Num;
  }>;
  required_growth: Array<{
    target: string;
    subject: string;
    year: number;
    from: { year: number; kind: string; low: Num; central: Num; high: Num };
    required: RangeFinding;
    assumed: RangeFinding | null;
    shortfall: Num;
  }>;
  tracking: Array<{
    target: string;
    subject: string;
    year: number;
    goal: Num;
    latest: { year: number; value: number; qualifier?: string };
    required_remaining: Num;
    assumed_remaining: Num;
    projected: Num;
    status: string;
  }>;
  /** Goals of the source documents the scenario does not model, each with the reason; absent in older findings. */
  out_of_scope?: OutOfScopeFinding[];
  /** Every goal kind beside what has been published (evaluation, docs/tracking.md); absent in older findings. */
  evaluation?: Array<{
    target: string;
    subject: string;
    kind: string;
    year: number;
    goal: Num;
    start: { year: number; value: Num };
    latest: { year: number; value: Num };
    basis: "growth" | "pace";
    observed: Num;
    required: Num;
    required_remaining: Num;
    ratio: Num;
    progress: Num;
    projected: Num;
    probability: Num;
    status: string | null;
  }>;
  regions: {
    shares: Array<{
      region: string;
      theirs: string;
      ours: string;
      year: number;
      goal: number;
      share: Num;
      region_goal: Num;
    }>;
    ratios: Array<{
      region: string;
      year: number;
      amount: { id: string; goal: number; unit: string };
      count: { id: string; goal: number; unit: string };
      per_unit: Num;
    }>;
    sums: Array<{
      ours: string;
      year: number;
      goal: number;
      regions: Array<{ region: string; goal: number }>;
      verdict: string;
      regions_sum: Num;
    }>;
  };
  chain: ChainConsistencyFinding[];
}

/** The statistics reported for every simulated number. */
export const STATISTIC_NAMES = [
  "mean",
  "sd",
  "min",
  "max",
  "p5",
  "p10",
  "p25",
  "p50",
  "p75",
  "p90",
  "p95",
] as const;
export type StatisticName = (typeof STATISTIC_NAMES)[number];

export interface ProbabilityFinding {
  probability: Num;
  ci95: [Num, Num];
  /** Monte Carlo standard error of the probability (binomial, √(p(1−p)/n)). */
  se: Num;
  /** Samples where it held. */
  count: number;
}

export interface SimulatedTarget extends ProbabilityFinding {
  id: string;
  /** Samples where the goal's measure could be computed. */
  known: number;
  /** The goal's measure (level, growth, share, worst year, sum) across samples. */
  measure: Record<StatisticName, Num>;
}

/** How a run drew its samples: plain Monte Carlo, Latin hypercubes (`--lhs`) or a scrambled Sobol' sequence (`--qmc`). */
export type SamplingMethod = "monte-carlo" | "latin-hypercube" | "quasi-monte-carlo";

/** Monte Carlo: `chainsim simulate`. */
export interface SimulationFindings {
  samples: number;
  seed: number;
  method: SamplingMethod;
  dimensions: number;
  correlated: boolean;
  years: number[];
  quantities: Array<{ id: string; stats: Record<StatisticName, Num[]> }>;
  targets: SimulatedTarget[];
  all: ProbabilityFinding | null;
  groups: Array<ProbabilityFinding & { group: string; targets: string[] }>;
  verdicts: Array<ProbabilityFinding & { id: string; label: string | null }>;
}

/** One column of `chainsim compare`: a variant, or a scenario file. */
export interface CompareColumnFindings {
  label: string;
  scenario: ScenarioFacts;
  /** The column's manifest (its file, variant, overrides, seed, samples). */
  manifest: Record<string, unknown>;
  /** Every goal's central result. */
  targets: TargetFinding[];
  simulation: SimulationFindings | null;
}

/** Variants side by side: `chainsim compare`. */
export interface CompareFindings {
  samples: number;
  seed: number;
  method: string | null;
  /** The year compared (the first column's horizon). */
  year: number;
  columns: CompareColumnFindings[];
  /** Quantity ids in order of first appearance across columns, each with its value and difference from the first column. */
  quantities: Array<{ id: string; name: NamesFacts; unit: string; values: Num[]; diff: Num[] }>;
  /** Goal ids in order of first appearance, with each column's result and difference from the first column. */
  targets: Array<{
    id: string;
    columns: Array<{
      projected: Num;
      met: boolean | null;
      /** The goal value's unit symbol in this column. */
      unit: string;
      probability: Num;
      ci95: [Num, Num] | null;
    } | null>;
    diff: Array<{ projected: Num; probability: Num }>;
  }>;
  all_targets_probability: Num[];
}

/** One grid point of `chainsim sweep`. */
export interface SweepPointFindings {
  /** path → value as written, e.g. { "software.growth": "12%" }. */
  set: Record<string, string>;
  targets: Array<{
    id: string;
    unit: string;
    projected: Num;
    met: boolean | null;
    probability: Num;
    ci95: [Num, Num] | null;
  }>;
  all_targets_probability: Num;
}

/** Goal probabilities over a grid of assumptions: `chainsim sweep`. */
export interface SweepFindings {
  parameters: Array<{ path: string; values: string[] }>;
  samples: number;
  seed: number;
  method: string | null;
  /** Goal ids shown (every goal when empty). */
  goals: string[];
  /** Grid points in order (the last parameter varies fastest). */
  points: SweepPointFindings[];
}

/** One step of `chainsim explain`, its numbers as data. */
export interface ExplainStep {
  /** What the step says (a key of the explain renderer). */
  kind: string;
  /** The numbers and words the step shows. */
  values: Record<string, unknown>;
  /** The scenario line the number comes from. */
  line?: number;
  /** The document clause it comes from; `{ zh, en }` when the scenario gives an assumption's reason in both languages. */
  source?: string | Bilingual;
  /** The source is an assumption (`source` holds its reason). */
  assumed?: boolean;
}

export interface ExplainFindings {
  target: string;
  /** The goal's subject quantity. */
  subject: string;
  /** The subject's unit symbol (baselines, actuals, projections). */
  unit: string;
  /** The goal value's unit symbol (a fraction for growth and share goals). */
  goal_unit: string;
  steps: ExplainStep[];
}

/** Everything the analyses of one scenario produced. */
export interface Findings {
  findings_version: typeof FINDINGS_VERSION;
  /** The chainsim version that produced them. */
  chainsim_version: string;
  scenario: ScenarioFacts;
  warnings: WarningFacts[];
  /** The manifest (version, input hash, variant, overrides, seed, samples) every output carries. */
  manifest: Record<string, unknown>;
  projection?: ProjectionFindings;
  targets?: TargetFinding[];
  check?: CheckFindings;
  simulation?: SimulationFindings;
  /** Sensitivity of one goal's gap (tornado and Sobol), as the sensitivity analysis returns it. */
  sensitivity?: SensitivityFindings;
  chain?: ChainFindings;
  costs?: CostsFindings;
  explain?: ExplainFindings;
  /** Variants or files side by side (`scenario` is the first column's). */
  compare?: CompareFindings;
  /** Goal probabilities over a grid (`scenario` is the first point's). */
  sweep?: SweepFindings;
}

/** Tornado and Sobol indices of one goal's gap (the report's chart 7). */
export interface SensitivityFindings {
  target: string;
  /** Sobol base samples. */
  samples: number;
  seed: number;
  tornado: {
    base: Num;
    bars: Array<{ input: string; low: { value: Num; output: Num }; high: { value: Num; output: Num } }>;
  };
  sobol: {
    indices: Array<{ input: string; first: Num; first_ci: [Num, Num]; total: Num; total_ci: [Num, Num] }>;
  };
  /** The inputs whose stated correlations are not applied (drawn independently). */
  independent: string[];
  /**
   * Each input: its name, the quantity it belongs to and its role ("growth", "baseline", …);
   * a firm population's parameter (quantity "firms") also has its name in both languages.
   */
  inputs: Array<{ name: string; quantity: string; role: string; label?: Bilingual }>;
}

/** The industry chain at central coefficients, with one demand shock. */
export interface ChainFindings {
  year: number;
  sectors: string[];
  line: number;
  /** Leontief inverse (I − A)⁻¹, row = upstream. */
  leontief: Num[][];
  /** Regional (local) coefficients. */
  regional: Num[][];
  final_demand: Num[];
  shock: {
    sector: string;
    /** As written: "terminals=-10%". */
    arg: string;
    direct: Num[];
    indirect: Num[];
    total: Num[];
    relative: Num[];
  } | null;
}

export interface CostStats {
  mean: Num[];
  sd: Num[];
  p10: Num[];
  p50: Num[];
  p90: Num[];
}

/** What the policy instruments cost each year (the report's chart 9). */
export interface CostsFindings {
  samples: number;
  seed: number;
  unit: string;
  years: number[];
  total: CostStats;
  /** The sum over every year costed. */
  all_years: CostSummary;
  instruments: Array<{
    id: string;
    name: NamesFacts;
    line: number;
    by_year: CostStats;
    all_years_mean: Num;
    /** The instrument's sum over every year costed. */
    all_years: CostSummary;
    /** Share of the expected total. */
    share: Num;
    /** cov(instrument, total) / var(total), over all years costed: its share of the total's variance. */
    variance_share: Num;
  }>;
}

/** Statistics of one costed sum. */
export interface CostSummary {
  mean: Num;
  sd: Num;
  p10: Num;
  p50: Num;
  p90: Num;
}
