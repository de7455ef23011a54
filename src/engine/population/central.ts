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
import { aboveScaleRevenue, countAt, derivedQuantities, populationTo } from "./aggregates.js";
import { Population, populationPlan } from "./population.js";

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
  const out = new Map<string, CentralPath>();
  const derived = derivedQuantities(s);
  if (derived.size === 0 || !s.firms) return out;
  const plan = populationPlan(s, populationTo(s));
  const x = Float64Array.from(plan.params, (p) => {
    const v = pick(p.value);
    if (p.count) return Math.min(MAX_FIRMS, Math.max(0, Math.round(v)));
    return p.share ? Math.min(1, Math.max(0, v)) : v;
  });
  const median: Uniform = () => 0.5;
  const population = new Population(plan);
  population.build(x, [...plan.pops.map(() => median), ...plan.orgs.map(() => median)]);
  const { nYears, firstYear, threshold } = plan.ctx;
  const revenueQ = s.firms.aggregates.revenue ? s.quantities.get(s.firms.aggregates.revenue) : undefined;
  const toRevenueUnit = 10 ** (s.firms.unit.exp - (revenueQ?.unit ?? s.unit).exp);
  for (const [id, kind] of derived) {
    const values = new Float64Array(nYears);
    for (let i = 0; i < nYears; i++) {
      values[i] =
        kind === "count"
          ? countAt(population, i, threshold)
          : aboveScaleRevenue(population, i, threshold) * toRevenueUnit;
    }
    out.set(id, { firstYear, values });
  }
  return out;
}
