import { describe, expect, it } from "vitest";
import { simulate } from "../../src/engine/simulate.js";
import { verdictChecks } from "../../src/engine/verdicts.js";
import { loadScenario, loadScenarioText } from "../../src/scenario/load.js";

const scenario = (exhaustive: boolean) => `id: t
title: t
unit: 亿元
base_year: 2022
horizon: 2025
sectors:
  p: { baseline: 100, growth: 5%, children: [a, b], exhaustive: ${exhaustive} }
  a: { baseline: 10, growth: 5% }
  b: { baseline: 10, growth: 5% }
overlaps:
  - { part: a, within: b, share: 10%~50% }
targets:
  - { sector: p, year: 2025, at_least: 100 }
  - { sector: a, year: 2025, reach: 60 }
  - { sector: b, year: 2025, reach: 60 }
`;

describe("probabilities of add-up verdicts", () => {
  it("partial parent: P(CONSISTENT) = P(120 − 60s ≤ 100) = P(s ≥ 1/3) with s uniform on [0.1, 0.5]", async () => {
    const s = await loadScenarioText(scenario(false), "t.yaml");
    expect(verdictChecks(s).map((c) => c.id)).toEqual(["p-2025-consistent", "p-2025-overshoot"]);
    const n = 40_000;
    const r = await simulate(s, { samples: n, seed: 3 });
    const expected = (0.5 - 1 / 3) / 0.4; // 0.41667
    const c = r.verdicts.find((v) => v.id === "p-2025-consistent")!;
    const o = r.verdicts.find((v) => v.id === "p-2025-overshoot")!;
    // within 4 standard errors of a binomial proportion
    expect(Math.abs(c.probability - expected)).toBeLessThan(4 * Math.sqrt((expected * (1 - expected)) / n));
    expect(c.probability + o.probability).toBeCloseTo(1, 12);
    expect(c.ci95[0]).toBeLessThanOrEqual(c.probability);
  });

  it("exhaustive parent: GAP when the net sum falls below the headline (s > 1/3), else CONSISTENT", async () => {
    const s = await loadScenarioText(scenario(true), "t.yaml");
    const r = await simulate(s, { samples: 40_000, seed: 4 });
    const gap = r.verdicts.find((v) => v.id === "p-2025-gap")!;
    expect(Math.abs(gap.probability - (0.5 - 1 / 3) / 0.4)).toBeLessThan(0.01);
    expect(r.verdicts.find((v) => v.id === "p-2025-overshoot")!.probability).toBe(0);
  });

  it("Shandong without overlaps: the ten sub-goals overshoot the headline with certainty", async () => {
    const s = await loadScenario("scenarios/shandong-it-2025.yaml");
    const r = await simulate(s, { samples: 2048, seed: 1 });
    expect(r.verdicts.find((v) => v.id === "it_industry-2025-overshoot")!.probability).toBe(1);
  });
});
