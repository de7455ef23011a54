/**
 * Deterministic projection: compound every quantity year by year from its
 * baseline (or its latest actual), evaluating formulas in dependency order.
 * A quantity a firm population stands for (`firms.aggregates`) is, as in
 * every Monte Carlo run, the population's from the base year on: here the
 * central population's (population/central.ts; docs/firms.md).
 */
import { ChainsimError, diagnostic, fail } from "../diagnostics.js";
import { formulaFunction } from "../formula/formula-function.js";
import type { Bilingual } from "../i18n/lang.js";
import { FORMULA, formulaEvalError } from "../i18n/text/formula.js";
import type { UncertainValue } from "../model/distribution.js";
import type { FormulaSpec, GrowthSpec, Quantity } from "../model/quantity.js";
import type { Scenario } from "../model/scenario.js";
import { discount } from "../numeric/discount.js";
import { refuseNegativeFormulas } from "./negative-money.js";
import { centralAggregates } from "./population/central.js";

export interface Projection {
  /** Years shown: base year to the end year. */
  years: number[];
  /** First year held internally (an earlier baseline or actual), so growth over periods before the base year can be read. */
  firstYear: number;
  /** Values per quantity, indexed from `firstYear`. */
  series: Map<string, Float64Array>;
}

export interface ProjectOptions {
  /** Last year to project (default: the scenario's horizon). */
  to?: number;
  /** The value used for an uncertain assumption (default: its central value). */
  pick?: (u: UncertainValue) => number;
  /** The rate in `year` of a growth drawn each year (`draw: yearly`); default: `pick` (one rate for every year). */
  pickYear?: (u: UncertainValue, year: number) => number;
}

/** The value of a quantity in a year, or NaN outside the projection. */
export function valueAt(p: Projection, id: string, year: number): number {
  const s = p.series.get(id);
  const i = year - p.firstYear;
  return s && i >= 0 && i < s.length ? s[i]! : Number.NaN;
}

/** The shown years of one quantity's projection. */
export function shownValues(p: Projection, id: string): number[] {
  const offset = p.years[0]! - p.firstYear;
  return Array.from(p.series.get(id)!.subarray(offset, offset + p.years.length));
}

/**
 * @example
 * // software: baseline 11150 in 2022, growth 12% → 2025: 11150 × 1.12³ = 15664.9472
 * valueAt(project(scenario), "software", 2025)
 */
export function project(s: Scenario, opts: ProjectOptions = {}): Projection {
  const pick = opts.pick ?? ((u: UncertainValue) => u.central);
  const end = opts.to ?? s.horizon;
  if (end < s.baseYear) fail("E_YEAR_BEFORE_BASE", { year: end, baseYear: s.baseYear });
  let first = s.baseYear;
  for (const q of s.quantities.values()) {
    if (q.baseline) first = Math.min(first, q.baseline.year);
    if (q.actuals.length) first = Math.min(first, q.actuals[0]!.year);
  }
  const n = end - first + 1;
  const series = new Map<string, Float64Array>();
  for (const id of s.order) series.set(id, new Float64Array(n).fill(Number.NaN));
  // rates drawn once per run
  const constant = new Map<string, number>();
  for (const q of s.quantities.values()) {
    if (q.growth?.type === "rate") constant.set(q.id, pick(q.growth.rate));
  }
  const baselines = new Map<string, number>();
  for (const q of s.quantities.values()) {
    const b = q.baseline;
    if (!b) continue;
    // an implied baseline is discounted from its goal with the (picked) growth
    baselines.set(
      q.id,
      b.implied
        ? discount(b.implied.goal, pick(b.implied.growth), b.implied.goalYear - b.year)
        : pick(b.value),
    );
  }

  // the quantities the firm population stands for, from the base year on (as the kernel's OP_DERIVED)
  const population = centralAggregates(s, pick);
  const fromPopulation = (id: string, year: number): number | undefined => {
    const path = population.get(id);
    const k = path ? year - path.firstYear : -1;
    return path && year >= s.baseYear && k < path.values.length ? path.values[k] : undefined;
  };

  const scope: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    const year = first + i;
    scope.year = year;
    scope.t = year - s.baseYear;
    for (const id of s.order) {
      const q = s.quantities.get(id)!;
      const out = series.get(id)!;
      let v: number;
      const derived = fromPopulation(id, year);
      if (derived !== undefined) v = derived;
      else if (q.formula) {
        v = evaluate(s, q, q.formula, series, i, scope, year);
      } else {
        const actual = q.actuals.find((a) => a.year === year);
        if (actual) v = actual.uncertain ? pick(actual.uncertain) : actual.value;
        else if (q.baseline && q.baseline.year === year) v = baselines.get(id)!;
        else if (i > 0 && !Number.isNaN(out[i - 1]!) && q.growth) {
          const g = q.growth;
          const rate =
            g.type === "rate" && g.draw === "yearly" && opts.pickYear
              ? opts.pickYear(g.rate, year)
              : rateFor(s, q, g, year, constant, pick, series, i, scope);
          v = out[i - 1]! * (1 + rate);
        } else v = Number.NaN;
      }
      out[i] = v;
    }
  }
  const years = Array.from({ length: end - s.baseYear + 1 }, (_, k) => s.baseYear + k);
  const projection = { years, firstYear: first, series };
  // on central assumptions a formula may not make money or counts negative (issue 22)
  if (!opts.pick) refuseNegativeFormulas(s, projection);
  return projection;
}

function rateFor(
  s: Scenario,
  q: Quantity,
  g: GrowthSpec,
  year: number,
  constant: Map<string, number>,
  pick: (u: UncertainValue) => number,
  series: Map<string, Float64Array>,
  i: number,
  scope: Record<string, number>,
): number {
  switch (g.type) {
    case "rate":
      return constant.get(q.id)!;
    case "schedule": {
      let k = 0;
      while (k + 1 < g.years.length && g.years[k + 1]! <= year) k++;
      return pick(g.rates[k]!);
    }
    case "formula": {
      // the quantity's own name reads its previous year's value
      const own = series.get(q.id)![i - 1]!;
      return evaluate(s, q, g.formula, series, i, { ...scope, [q.id]: own * fraction(q) }, year, q.id);
    }
  }
}

/** Formulas see ratio quantities as fractions (40% → 0.4) whatever unit they are held in. */
function fraction(q: Quantity): number {
  return q.unit.dimension === "ratio" ? 10 ** q.unit.exp : 1;
}

function evaluate(
  s: Scenario,
  q: Quantity,
  formula: FormulaSpec,
  series: Map<string, Float64Array>,
  i: number,
  scope: Record<string, number>,
  year: number,
  self?: string,
): number {
  for (const r of formula.refs) {
    if (r !== self) scope[r] = series.get(r)![i]! * fraction(s.quantities.get(r)!);
  }
  if (formula.refs.some((r) => r !== self && Number.isNaN(scope[r]!))) return Number.NaN;
  const loc = { file: s.provenance.file, line: formula.line, col: formula.col ?? 0 };
  const failAt = (detail: Bilingual): never => {
    const d = diagnostic("E_FORMULA_EVAL", { id: q.id, year, detail }, loc);
    if (formula.excerpt !== undefined) d.excerpt = formula.excerpt;
    throw new ChainsimError([d]);
  };
  let v: number;
  try {
    v = formulaFunction(formula)(scope);
  } catch (e) {
    return failAt(formulaEvalError((e as Error).message));
  }
  if (!Number.isFinite(v)) failAt(FORMULA.notFinite(v));
  // a level formula gives a fraction for a ratio quantity: back into the quantity's unit
  return self === undefined ? v / fraction(q) : v;
}
