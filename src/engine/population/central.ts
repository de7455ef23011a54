/**
 * The central firm population: the deterministic counterpart of
 * PopulationAggregates, for the projection (`run`, `check`, the page's
 * tables). Every parameter at its picked value (default: central) and every
 * firm draw at the median (no deviation from its sector's growth, the median
 * revenue of a generated firm), so a quantity the population stands for
 * (`firms.aggregates`) has one model in the projection and in every Monte
 * Carlo run: the population's.
 */
import type { UncertainValue } from "../../model/distribution.js";
import { MAX_FIRMS } from "../../model/firm.js";
import type { Scenario } from "../../model/scenario.js";
import type { Uniform } from "../streams.js";
import {
  type AggregateKind,
  aboveScaleRevenue,
  countAt,
  derivedQuantities,
  populationTo,
} from "./aggregates.js";
import { Population, type PopulationPlan, populationPlan } from "./population.js";

/** A derived quantity's central path: `values[k]` is the value in year `firstYear + k`. */
export interface CentralPath {
  firstYear: number;
  values: Float64Array;
}

/**
 * The central population's aggregates by quantity id (empty when the
 * scenario has no `firms.aggregates`), in the quantities' units, over the
 * years every Monte Carlo run draws (the year before the base year to
 * `populationTo(s)`).
 *
 * @example
 * // Liaocheng: the named and generated firms at their central sizes, each
 * // growing at its sector's central rate
 * centralAggregates(liaocheng).get("lc_above_scale_firms")!.values // [16, 16, 21, 26, 29, 29, 41]
 */
export function centralAggregates(
  s: Scenario,
  pick: (u: UncertainValue) => number = (u) => u.central,
): Map<string, CentralPath> {
  if (derivedQuantities(s).size === 0 || !s.firms) return new Map();
  return new CentralPopulation(s).aggregates(pick);
}

/**
 * The central population compiled once, for many parameter settings (a
 * sensitivity design): each call builds the population with every firm draw
 * at its median — the same "idiosyncratic" draws at every point, so two
 * points differ only by their parameters.
 *
 * @example
 * const cp = new CentralPopulation(liaocheng);
 * cp.aggregates((u) => (u === electronicsGrowth ? 0.2 : u.central)).get("lc_above_scale_firms")!.values[4] // 2025
 */
export class CentralPopulation {
  private readonly plan: PopulationPlan;
  private readonly population: Population;
  private readonly derived: Map<string, AggregateKind>;
  private readonly toRevenueUnit: number;
  private readonly x: Float64Array;
  private readonly medians: Uniform[];

  /**
   * With `countedOnly`, the plan keeps what the count and revenue read: the
   * firms that count (in scope), without investment, rent, R&D, events or
   * organisations — the same aggregates (every draw is the median whatever
   * is drawn before it), a few times faster, for sensitivity designs.
   */
  constructor(s: Scenario, opts: { countedOnly?: boolean } = {}) {
    const firms = s.firms!;
    this.derived = derivedQuantities(s);
    const full = populationPlan(s, populationTo(s));
    this.plan = opts.countedOnly ? countedOnly(full) : full;
    this.population = new Population(this.plan);
    const revenueQ = firms.aggregates.revenue ? s.quantities.get(firms.aggregates.revenue) : undefined;
    this.toRevenueUnit = 10 ** (firms.unit.exp - (revenueQ?.unit ?? s.unit).exp);
    this.x = new Float64Array(this.plan.params.length);
    const median: Uniform = () => 0.5;
    this.medians = [...this.plan.pops.map(() => median), ...this.plan.orgs.map(() => median)];
  }

  /** The first year (index 0) and the number of years of every path. */
  get years(): { firstYear: number; nYears: number } {
    return { firstYear: this.plan.ctx.firstYear, nYears: this.plan.ctx.nYears };
  }

  /** The aggregates by quantity id with every parameter at `pick` (fresh arrays). */
  aggregates(pick: (u: UncertainValue) => number): Map<string, CentralPath> {
    this.build(pick);
    const out = new Map<string, CentralPath>();
    for (const [id, kind] of this.derived) {
      const values = new Float64Array(this.plan.ctx.nYears);
      this.fill(kind, values, 0, 1);
      out.set(id, { firstYear: this.plan.ctx.firstYear, values });
    }
    return out;
  }

  /** Build the population with every parameter at `pick` (then read it with `fill`). */
  build(pick: (u: UncertainValue) => number): void {
    const { plan, x } = this;
    plan.params.forEach((p, k) => {
      const v = pick(p.value);
      x[k] = p.count
        ? Math.min(MAX_FIRMS, Math.max(0, Math.round(v)))
        : p.share
          ? Math.min(1, Math.max(0, v))
          : v;
    });
    this.population.build(x, this.medians);
  }

  /** Aggregate `kind` of the last build, year index i into `into[at + i·stride]`. */
  fill(kind: AggregateKind, into: Float64Array, at: number, stride: number): void {
    const { nYears, threshold } = this.plan.ctx;
    for (let i = 0; i < nYears; i++) {
      into[at + i * stride] =
        kind === "count"
          ? countAt(this.population, i, threshold)
          : aboveScaleRevenue(this.population, i, threshold) * this.toRevenueUnit;
    }
  }
}

/** The plan without what the above-scale count and revenue do not read (see CentralPopulation). */
function countedOnly(plan: PopulationPlan): PopulationPlan {
  return {
    ...plan,
    pops: plan.pops.filter((p) => p.inScope).map((p) => ({ ...p, investment: null, rent: null, rd: null })),
    firmEvents: [],
    orgs: [],
  };
}
