/**
 * What the policy instruments cost each year, as a Findings part (the
 * report's chart 9).
 */

import type { CostStats, CostSummary, CostsFindings } from "../../model/findings.js";
import type { Scenario } from "../../model/scenario.js";
import type { CostResult, Summary, YearStats } from "../policy/simulate-costs.js";
import { num } from "./scenario-facts.js";

const stats = (x: YearStats): CostStats => ({
  mean: x.mean.map(num),
  sd: x.sd.map(num),
  p10: x.p10.map(num),
  p50: x.p50.map(num),
  p90: x.p90.map(num),
});

const summary = (x: Summary): CostSummary => ({
  mean: num(x.mean),
  sd: num(x.sd),
  p10: num(x.p10),
  p50: num(x.p50),
  p90: num(x.p90),
});

export function costsFindings(r: CostResult): CostsFindings {
  return {
    samples: r.samples,
    seed: r.seed,
    unit: r.unit,
    years: [...r.years],
    total: stats(r.total),
    all_years: summary(r.allYears),
    instruments: r.instruments.map((x) => ({
      id: x.instrument.id,
      name: x.instrument.names,
      line: x.instrument.line,
      by_year: stats(x.byYear),
      all_years_mean: num(x.allYears.mean),
      all_years: summary(x.allYears),
      share: num(x.share),
      variance_share: num(x.varianceShare),
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
