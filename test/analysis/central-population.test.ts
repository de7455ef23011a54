/**
 * The deterministic projection takes a quantity the firm population stands
 * for (`firms.aggregates`) from the central population (docs/firms.md), as
 * every Monte Carlo run takes it from the drawn one. Reference: a hand
 * computation on three named firms growing at a certain 10% a year, the
 * above-scale threshold 2000万:
 *
 *   alpha 1亿 in 2022:  10000, 11000, 12100, 13310 (2025) 万元
 *   beta  1800万:        1800,  1980,  2178,  2395.8
 *   gamma 1500万:        1500,  1650,  1815,  1996.5
 *
 * Above 2000万: 2022 alpha (1), 2023 alpha (1; beta 1980 is below),
 * 2024 alpha + beta (2), 2025 alpha + beta (2; gamma 1996.5 is below).
 * Their revenue, in 亿元: 1, 1.1, (12100 + 2178)/10⁴ = 1.4278,
 * (13310 + 2395.8)/10⁴ = 1.57058 — not the indicators' own 5 × 1.2ⁿ and
 * 9 × 1.3ⁿ, which no Monte Carlo run uses.
 */
import { describe, expect, it } from "vitest";
import { check } from "../../src/analysis/check.js";
import { centralAggregates } from "../../src/engine/population/central.js";
import { project, shownValues } from "../../src/engine/project.js";
import { simulate } from "../../src/engine/simulate.js";
import { loadScenarioText } from "../../src/scenario/load.js";

const TEXT = `
id: three-firms
title: three firms
unit: 亿元
base_year: 2022
horizon: 2025
sectors:
  it:
    baseline: 9
    growth: 30%
indicators:
  firms_above:
    unit: 家
    baseline: 5
    growth: 20%
targets:
  - { id: firms-2025, indicator: firms_above, year: 2025, reach: 2家, source: { doc: test, clause: 一 } }
  - { id: revenue-2025, sector: it, year: 2025, at_least: 1.6亿, source: { doc: test, clause: 一 } }
firms:
  above_scale_threshold: 2000万
  aggregates: { count: firms_above, revenue: it }
  sectors:
    electronics:
      growth: 10%
      spread: 0%
  named:
    - { id: alpha, sector: electronics, revenue: 1亿 }
    - { id: beta, sector: electronics, revenue: 1800万 }
    - { id: gamma, sector: electronics, revenue: 1500万 }
`;

describe("the central firm population in the deterministic projection", () => {
  it("counts and sums the firms above the threshold, by hand", async () => {
    const s = await loadScenarioText(TEXT, "three-firms.yaml");
    const c = centralAggregates(s);
    expect(c.get("firms_above")!.firstYear).toBe(2021);
    const p = project(s);
    expect(shownValues(p, "firms_above")).toEqual([1, 1, 2, 2]);
    const revenue = shownValues(p, "it");
    for (const [k, x] of [1, 1.1, 1.4278, 1.57058].entries()) expect(revenue[k]).toBeCloseTo(x, 10);
  });

  it("check reads the goals from it; a certain population gives simulate the same answer", async () => {
    const s = await loadScenarioText(TEXT, "three-firms.yaml");
    const goals = new Map(check(s).goals.map((g) => [g.target.id, g]));
    expect(goals.get("firms-2025")!.projected).toBe(2);
    expect(goals.get("firms-2025")!.met).toBe(true);
    expect(goals.get("revenue-2025")!.projected).toBeCloseTo(1.57058, 10);
    expect(goals.get("revenue-2025")!.met).toBe(false);
    // nothing about these firms is uncertain: every sample is the central population
    const sim = await simulate(s, { samples: 200, seed: 1 });
    const p = new Map(sim.targets.map((t) => [t.target.id, t.probability]));
    expect(p.get("firms-2025")).toBe(1);
    expect(p.get("revenue-2025")).toBe(0);
  });
});
