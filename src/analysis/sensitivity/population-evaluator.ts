/**
 * An output that reads only quantities a firm population stands for
 * (`firms.aggregates`: a goal on the above-scale count or revenue),
 * evaluated on the central population for many points: the population is
 * compiled once and rebuilt per point with that point's parameters, every
 * firm draw at its median (the same draws at every point), and the output
 * computed from the aggregates' rows — the same numbers as `project()` with
 * the point's values (which evaluates the same central population), without
 * projecting the rest of the scenario.
 */
import { derivedQuantities } from "../../engine/population/aggregates.js";
import { CentralPopulation } from "../../engine/population/central.js";
import type { Scenario } from "../../model/scenario.js";
import type { ManyEvaluator, RowOutput } from "./kernel-evaluator.js";

/** The point being evaluated: sets the values that the pick function reads. */
export type SetPoint = (x: ArrayLike<number>) => void;

/**
 * A central-population evaluator for k inputs, or null when the output reads
 * a quantity that is not an aggregate of the population.
 *
 * @example
 * // Liaocheng, lc-above-scale-firms-2025 met, inputs [electronics growth]
 * const run = populationEvaluator(s, rows, pick, setPoint, 1)!;
 * run(Float64Array.of(0.0, 0.22), 2, y); // y = [0, 1]: short of 30 at 0%, met at 22%
 */
export function populationEvaluator(
  s: Scenario,
  output: RowOutput,
  pick: Parameters<CentralPopulation["build"]>[0],
  setPoint: SetPoint,
  k: number,
): ManyEvaluator | null {
  const derived = derivedQuantities(s);
  if (output.needs.length === 0 || !output.needs.every((id) => derived.has(id))) return null;
  const cp = new CentralPopulation(s, { countedOnly: true });
  // from the base year on: the year before it is the quantity's own (projection and kernel alike)
  const nYears = cp.years.nYears - 1;
  const firstYear = cp.years.firstYear + 1;
  const all = new Float64Array(cp.years.nYears);
  const values = new Float64Array(output.needs.length * nYears);
  const one = new Float64Array(1);
  const point = new Float64Array(k);
  return (xs, n, y) => {
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < k; i++) point[i] = xs[i * n + j]!;
      setPoint(point);
      cp.build(pick);
      output.needs.forEach((id, m) => {
        cp.fill(derived.get(id)!, all, 0, 1);
        values.set(all.subarray(1), m * nYears);
      });
      output.compute(values, 1, 1, nYears, firstYear, one);
      y[j] = one[0]!;
    }
  };
}
