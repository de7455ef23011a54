/**
 * What the policy instruments cost each year, as a Findings part (the
 * report's chart 9).
 */

import type { CostStats, CostsFindings } from "../../model/findings.js";
import type { Scenario } from "../../model/scenario.js";
import type { CostResult, YearStats } from "../policy/simulate-costs.js";
import { num } from "./scenario-facts.js";

const stats = (x: YearStats): CostStats => ({
  mean: x.mean.map(num),
  sd: x.sd.map(num),
  p10: x.p10.map(num),
  p50: x.p50.map(num),
  p90: x.p90.map(num),
});

export function costsFindings(r: CostResult): CostsFindings {
  return {
    samples: r.samples,
    seed: r.seed,
    unit: r.unit,
    years: [...r.years],
    total: stats(r.total),
    instruments: r.instruments.map((x) => ({
      id: x.instrument.id,
      name: x.instrument.names,
      line: x.instrument.line,
      by_year: stats(x.byYear),
      all_years_mean: num(x.allYears.mean),
    })),
  };
}

/** Cost the scenario's instruments; null without instruments or samples. */
export async function simulatedCostsFindings(
  s: Scenario,
  opts: { samples: number; seed: number },
): Promise<CostsFindings | null> {
  if (!s.instruments?.length || opts.samples <= 0) return null;
  const { simulateCosts } = await import("../policy/simulate-costs.js");
  return costsFindings(simulateCosts(s, { samples: opts.samples, seed: opts.seed }));
}
