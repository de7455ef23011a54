/**
 * Backtests: percentiles against hand interpolation, and the Shandong IT
 * scenario as of 2023-06 against its 2023 outcomes published 2024-02-28
 * (seeds/figures.yaml).
 */
import { describe, expect, it } from "vitest";
import { backtest } from "../../src/analysis/backtest/backtest.js";
import { percentileOf } from "../../src/analysis/backtest/percentile.js";
import { asOfDate } from "../../src/cli/options.js";
import { ChainsimError } from "../../src/diagnostics.js";
import { simulate } from "../../src/engine/simulate.js";
import { loadScenario, loadScenarioText } from "../../src/scenario/load.js";

describe("percentileOf", () => {
  const curve = [
    [10, 0],
    [12, 0.25],
    [14, 0.5],
    [18, 0.75],
    [20, 1],
  ] as const;
  it("interpolates between quantiles: 15 → 0.5 + 0.25 × 1/4 = 0.5625; outside → 0 or 1", () => {
    expect(percentileOf(15, curve)).toBeCloseTo(0.5625, 12);
    expect(percentileOf(9, curve)).toBe(0);
    expect(percentileOf(21, curve)).toBe(1);
    expect(percentileOf(14, curve)).toBe(0.5);
  });
});

describe("backtest", () => {
  it("a uniform projection U[100, 200] for 2023 and an outcome of 190 published later: P90, inside P5–P95, outside P25–P75", async () => {
    const text = `id: t
title: t
unit: 亿元
base_year: 2022
horizon: 2025
sectors:
  a: { baseline: 100~200, growth: 0%, actuals: { 2023: { value: 190, published: 2024-03 } } }
targets:
  - { id: a-2023, sector: a, year: 2023, at_least: 160 }
`;
    const full = await loadScenarioText(text, "b.yaml");
    const then = await loadScenarioText(text, "b.yaml", { asOf: "2023-06" });
    const r = backtest(full, then, await simulate(then, { samples: 20_000, seed: 2 }), "2023-06");
    expect(r.points).toHaveLength(1);
    // P(U[100, 200] ≤ 190) = 0.9 (read between the simulated P90 and P95)
    expect(r.points[0]!.percentile).toBeCloseTo(0.9, 2);
    expect(r.calibration.map((c) => c.inside)).toEqual([0, 1]);
    // P(a ≥ 160) = 0.4 then, and 190 met it: the probability was on the wrong side of 50%
    expect(r.goals[0]!.probability).toBeCloseTo(0.4, 1);
    expect(r.goals[0]).toMatchObject({ met: true, wrongSide: true });
  });

  it("Shandong IT (midterm-2023) as of 2023-06: the three 2023 outcomes published 2024-02-28 are placed in the projection", async () => {
    const file = new URL("../../scenarios/shandong-it-2025.yaml", import.meta.url).pathname;
    const full = await loadScenario(file, { variant: "midterm-2023" });
    const then = await loadScenario(file, { variant: "midterm-2023", asOf: "2023-06" });
    const r = backtest(full, then, await simulate(then, { samples: 2000, seed: 1 }), "2023-06");
    expect(r.points.map((p) => [p.quantity, p.year, p.value, p.published])).toEqual([
      ["it_industry", 2023, 20000, "2024-02-28"],
      ["software", 2023, (12826 + 13176) / 2, "2024-02-28"],
      ["cloud", 2023, 2000, "2024-02-28"],
    ]);
    for (const p of r.points) expect(p.percentile).toBeGreaterThanOrEqual(0);
    expect(r.pending.length).toBe(then.targets.length); // no 2025 outcome is published yet
  });

  it("--as-of must be a month or a day", () => {
    expect(asOfDate("2023-06")).toBe("2023-06");
    expect(asOfDate("2023-06-30")).toBe("2023-06-30");
    expect(() => asOfDate("June 2023")).toThrow(ChainsimError);
    expect(() => asOfDate("2023-13")).toThrow(ChainsimError);
  });
});
