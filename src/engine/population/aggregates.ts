/**
 * The quantities a firm population stands for (`firms.aggregates`: the
 * above-scale firm count and their revenue), derived sample by sample from
 * the population itself, so that a goal on them has one answer: the
 * simulation kernel reads these values for those quantities (instead of
 * their own baseline and growth), and `chainsim costs` evaluates its goals
 * on the very same populations.
 *
 * Sample j of block b builds the same population in both: the population's
 * parameters are drawn from the streams (seed, parameter, b) and its firms
 * from (seed, population, b), over the years from the year before the base
 * year to `populationTo(s)` (two years past the horizon, costs' default
 * `--to`), and nothing else is drawn from those streams.
 */
import { isUncertain } from "../../model/distribution.js";
import type { Scenario } from "../../model/scenario.js";
import { BLOCK_SIZE, blockLength, monteCarloColumn, stream, type Uniform } from "../streams.js";
import { Population, type PopulationPlan, paramValue, populationPlan } from "./population.js";

/** The last year of the population every Monte Carlo run draws (costs' default `--to`). */
export function populationTo(s: Scenario): number {
  return s.horizon + 2;
}

/**
 * In-scope firms above the threshold in year index i.
 *
 * @example
 * countAt(population, 3, 2000) // 21 firms above 2000万 in the fourth year
 */
export function countAt(p: Population, i: number, threshold: number): number {
  let c = 0;
  for (let f = 0; f < p.nFirms; f++) {
    const h = p.firms[f]!;
    if (h.inScope && h.revenue[i]! >= threshold) c++;
  }
  return c;
}

/**
 * Above-scale revenue of in-scope firms in year index i (firms' unit).
 *
 * @example
 * aboveScaleRevenue(population, 3, 2000) // 512000 (万元)
 */
export function aboveScaleRevenue(p: Population, i: number, threshold: number): number {
  let sum = 0;
  for (let f = 0; f < p.nFirms; f++) {
    const h = p.firms[f]!;
    const r = h.revenue[i]!;
    if (h.inScope && r >= threshold) sum += r;
  }
  return sum;
}

/** Which aggregate a quantity is. */
export type AggregateKind = "count" | "revenue";

/** The quantities of a scenario that its firm population stands for, with their kind. */
export function derivedQuantities(s: Scenario): Map<string, AggregateKind> {
  const out = new Map<string, AggregateKind>();
  const agg = s.firms?.aggregates;
  if (agg?.count) out.set(agg.count, "count");
  if (agg?.revenue) out.set(agg.revenue, "revenue");
  return out;
}

/**
 * A block's aggregates: value of aggregate d in population year index i for
 * sample j at `values[(d·nYears + i)·BLOCK_SIZE + j]`.
 */
export class PopulationAggregates {
  readonly plan: PopulationPlan;
  readonly kinds: AggregateKind[];
  readonly nYears: number;
  /** Population year index 0 is this year (the year before the base year). */
  readonly firstYear: number;
  readonly values: Float64Array;
  private readonly population: Population;
  private readonly x: Float64Array;
  private readonly drawn: number[];
  private readonly columns: Float64Array;
  /** Revenue: firms' unit → the revenue quantity's unit. */
  private readonly toRevenueUnit: number;

  constructor(
    s: Scenario,
    kinds: AggregateKind[],
    readonly seed: number | string,
    readonly samples: number,
  ) {
    this.plan = populationPlan(s, populationTo(s));
    this.kinds = kinds;
    this.nYears = this.plan.ctx.nYears;
    this.firstYear = this.plan.ctx.firstYear;
    this.values = new Float64Array(Math.max(1, kinds.length) * this.nYears * BLOCK_SIZE);
    this.population = new Population(this.plan);
    const params = this.plan.params;
    this.x = Float64Array.from(params, (p) => paramValue(p, 0.5));
    this.drawn = params.map((p, k) => (isUncertain(p.value) ? k : -1)).filter((k) => k >= 0);
    this.columns = new Float64Array(Math.max(1, this.drawn.length) * BLOCK_SIZE);
    const firms = s.firms!;
    const revenueQ = firms.aggregates.revenue ? s.quantities.get(firms.aggregates.revenue) : undefined;
    this.toRevenueUnit = 10 ** (firms.unit.exp - (revenueQ?.unit ?? s.unit).exp);
  }

  /** Build block b's populations and record their aggregates in `values`. */
  fill(b: number): void {
    const { plan, x, drawn, columns } = this;
    const nb = blockLength(this.samples, b);
    drawn.forEach((k, d) => {
      monteCarloColumn(stream(this.seed, plan.params[k]!.key, b), nb, columns, d * nb);
    });
    const streams: Uniform[] = [
      ...plan.pops.map((p) => stream(this.seed, p.key, b)),
      ...plan.orgs.map((p) => stream(this.seed, p.key, b)),
    ];
    const threshold = plan.ctx.threshold;
    const T = this.nYears;
    for (let j = 0; j < nb; j++) {
      drawn.forEach((k, d) => {
        x[k] = paramValue(plan.params[k]!, columns[d * nb + j]!);
      });
      this.population.build(x, streams);
      for (let d = 0; d < this.kinds.length; d++) {
        const count = this.kinds[d] === "count";
        for (let i = 0; i < T; i++) {
          this.values[(d * T + i) * BLOCK_SIZE + j] = count
            ? countAt(this.population, i, threshold)
            : aboveScaleRevenue(this.population, i, threshold) * this.toRevenueUnit;
        }
      }
    }
  }
}
