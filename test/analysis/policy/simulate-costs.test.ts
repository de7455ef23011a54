/**
 * The costing simulation: streaming co-moments, the population it draws,
 * and determinism (same seed → same numbers, block by block).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { capped } from "../../../src/analysis/policy/caps.js";
import { CoMoments } from "../../../src/analysis/policy/comoments.js";
import { type CostResult, simulateCosts } from "../../../src/analysis/policy/simulate-costs.js";
import { ChainsimError } from "../../../src/diagnostics.js";
import { prepare } from "../../../src/engine/distributions/index.js";
import { attributeAt, firmHistory, holds, policyContext } from "../../../src/engine/population/history.js";
import { Population, paramValue, populationPlan } from "../../../src/engine/population/population.js";
import { stream } from "../../../src/engine/streams.js";
import type { Scenario } from "../../../src/model/scenario.js";
import { loadScenario } from "../../../src/scenario/load.js";

let small: Scenario;
let lc: Scenario;
beforeAll(async () => {
  small = await loadScenario("test/fixtures/policy/small.yaml");
  lc = await loadScenario("scenarios/liaocheng-it-2025.yaml");
});

describe("caps", () => {
  it("min(amount, per_firm, per_year left, cumulative left)", () => {
    expect(capped(24, { cumulative: 100 }, 0, 96)).toBe(4);
    expect(capped(1300, { cumulative: 1000 }, 0, 0)).toBe(1000);
    expect(capped(60, { perFirm: 50 }, 0, 0)).toBe(50);
    expect(capped(10, { perYear: 30 }, 25, 0)).toBe(5);
    expect(capped(10, { perYear: 30 }, 35, 0)).toBe(0);
    expect(capped(-5, {}, 0, 0)).toBe(0);
    expect(capped(7, { perFirm: 0 }, 0, 0)).toBe(0);
  });
});

describe("firm attributes and conditions", () => {
  const ctx = policyContext({ firstYear: 2022, nYears: 3, cityAverageGrowth: [Number.NaN, 0.08, 0.08] });
  const h = firmHistory({
    firstYear: 2022,
    revenue: [1500, 2600, 2400],
    investment: [0, 6000, 0],
    land: [0, 1000, 0],
  });
  it("growth is revenue over the previous year; unknown in the first year", () => {
    expect(attributeAt(h, "growth", 1)).toBeCloseTo(2600 / 1500 - 1, 12);
    expect(attributeAt(h, "growth", 0)).toBeNaN();
  });
  it("first_above holds in the first year above the value only", () => {
    const c = { kind: "compare", attribute: "revenue", op: "first_above", value: 2000, line: 0 } as const;
    expect([0, 1, 2].map((i) => holds(c, h, ctx, i))).toEqual([false, true, false]);
  });
  it("growth above the city average: +73% > 8% in 2023; −7.7% < 8% in 2024", () => {
    const c = { kind: "compare", attribute: "growth", op: "above", value: "city_average", line: 0 } as const;
    expect([1, 2].map((i) => holds(c, h, ctx, i))).toEqual([true, false]);
  });
  it("above_scale follows the threshold (2000万 here)", () => {
    const c = { kind: "flag", attribute: "above_scale", value: true, line: 0 } as const;
    expect([0, 1, 2].map((i) => holds(c, h, ctx, i))).toEqual([false, true, true]);
  });
});

describe("streaming co-moments", () => {
  const xs = Array.from({ length: 500 }, (_, i) => [Math.sin(i) * 10, (i % 7) * 3] as const);
  it("merged blocks equal one pass", () => {
    const one = new CoMoments(2);
    const a = new CoMoments(2);
    const b = new CoMoments(2);
    xs.forEach(([p, q], i) => {
      one.observe([p, q], p + q);
      (i < 200 ? a : b).observe([p, q], p + q);
    });
    a.merge(b);
    for (const k of [0, 1]) {
      expect(a.covariance(k)).toBeCloseTo(one.covariance(k), 9);
      expect(a.correlation(k)).toBeCloseTo(one.correlation(k), 12);
    }
  });
  it("variance shares of the parts of a sum add up to 1", () => {
    const c = new CoMoments(2);
    for (const [p, q] of xs) c.observe([p, q], p + q);
    expect(c.varianceShare(0) + c.varianceShare(1)).toBeCloseTo(1, 12);
  });
  it("y = 2x + 1: covariance 2 var(x), correlation 1", () => {
    const c = new CoMoments(1);
    for (const x of [1, 2, 3]) c.observe([x], 2 * x + 1);
    expect(c.covariance(0)).toBeCloseTo(2, 12);
    expect(c.correlation(0)).toBeCloseTo(1, 12);
  });
});

describe("the population of a sample", () => {
  it("a range of whole numbers is a discrete uniform: 1~4 gives each of 1, 2, 3, 4", () => {
    const v = {
      dist: { type: "uniform", min: 1, max: 4 },
      central: 2.5,
      low: 1,
      high: 4,
      text: "1~4",
      line: 0,
    } as const;
    const p = { key: "k", input: "k", value: v, prepared: prepare(v.dist), count: true, share: false };
    expect([0.01, 0.3, 0.6, 0.99].map((u) => paramValue(p, u))).toEqual([1, 2, 3, 4]);
  });
  it("named firms keep their base-year revenue; entrants appear in their entry year and invest then", () => {
    const plan = populationPlan(small, 2027);
    const pop = new Population(plan);
    const x = Float64Array.from(plan.params.map((p) => paramValue(p, 0.5)));
    // two entrants a year
    plan.params.forEach((p, k) => {
      if (p.key.includes("per_year")) x[k] = 2;
    });
    pop.build(
      x,
      [...plan.pops, ...plan.orgs].map((p) => stream(7, p.key, 0)),
    );
    const firms = pop.firms.slice(0, pop.nFirms);
    const alpha = firms.find((f) => f.id === "alpha")!;
    // alpha: 8000万~1.2亿 at its midpoint 10000 in 2022 (index 1); 2021 back-calculated
    expect(alpha.revenue[1]).toBe(10000);
    expect(alpha.revenue[0]).toBeGreaterThan(0);
    const entrants = firms.filter((f) => f.entry !== null);
    expect(entrants).toHaveLength(2 * 3); // 2023, 2024, 2025
    for (const f of entrants) {
      const s = f.entry! - 2021;
      expect(Number.isNaN(f.revenue[s - 1]!)).toBe(true);
      expect(f.revenue[s]).toBeGreaterThan(0);
      expect(f.investment[s]).toBeGreaterThan(0);
      expect(f.land[s]).toBeLessThanOrEqual(f.investment[s]! * 0.2 + 1e-9);
    }
  });
});

describe("simulateCosts", () => {
  const json = (r: CostResult) => JSON.stringify(r);
  it("the same seed gives the same numbers; another seed different ones", () => {
    const a = simulateCosts(small, { samples: 3000, seed: 11 });
    const b = simulateCosts(small, { samples: 3000, seed: 11 });
    const c = simulateCosts(small, { samples: 3000, seed: 12 });
    expect(json(a)).toBe(json(b));
    expect(json(a)).not.toBe(json(c));
  });
  it("blocks of 2048 are merged in order: 5000 samples (the last block partial) count every sample, the same twice", () => {
    const a = simulateCosts(small, { samples: 5000, seed: 3 });
    const b = simulateCosts(small, { samples: 5000, seed: 3 });
    expect(a.samples).toBe(5000);
    expect(a.goals.every((g) => g.known === 5000)).toBe(true);
    expect(json(a)).toBe(json(b));
  });
  it("parts add up: instruments and sectors sum to the total; variance shares to 1", () => {
    const r = simulateCosts(lc, { samples: 2000, seed: 1 });
    r.years.forEach((_, t) => {
      const byInst = r.instruments.reduce((a, x) => a + x.byYear.mean[t]!, 0);
      const bySector = r.sectors.reduce((a, x) => a + x.byYear.mean[t]!, 0);
      expect(byInst).toBeCloseTo(r.total.mean[t]!, 6);
      expect(bySector).toBeCloseTo(r.total.mean[t]!, 6);
    });
    expect(r.instruments.reduce((a, x) => a + x.share, 0)).toBeCloseTo(1, 9);
    expect(r.instruments.reduce((a, x) => a + x.varianceShare, 0)).toBeCloseTo(1, 6);
    for (let t = 0; t < r.years.length; t++) {
      expect(r.total.p50[t]!).toBeLessThanOrEqual(r.total.p90[t]! * 1.005);
    }
    // only the rent subsidy's commitments are paid after the plan
    const after = r.years.indexOf(2026);
    for (const x of r.instruments) {
      if (x.instrument.id !== "lc-park-rent-subsidy") expect(x.byYear.mean[after]).toBe(0);
    }
  });
  it("the firm goals are checked on the population: the 2025 count and revenue of above-scale firms", () => {
    const r = simulateCosts(lc, { samples: 2000, seed: 1 });
    expect(r.goals.map((g) => g.target.id)).toEqual(["lc-above-scale-firms-2025", "lc-it-revenue-2025"]);
    for (const g of r.goals) {
      expect(g.known).toBe(2000);
      expect(g.probability).toBeGreaterThan(0);
      expect(g.probability).toBeLessThan(1);
    }
    expect(r.allGoals!.probability).toBeLessThanOrEqual(Math.min(...r.goals.map((g) => g.probability)));
    // the 2025 count measure is the aggregate's 2025 count
    const i2025 = r.aggregates.years.indexOf(2025);
    expect(r.goals[0]!.measure.mean).toBeCloseTo(r.aggregates.count.mean[i2025]!, 9);
  });
  it("refuses a scenario without instruments (E_COSTS_NO_POLICY) and bad sample counts", async () => {
    const sd = await loadScenario("scenarios/shandong-it-2025.yaml");
    expect(() => simulateCosts(sd, { samples: 10, seed: 1 })).toThrow(ChainsimError);
    try {
      simulateCosts(sd, { samples: 10, seed: 1 });
    } catch (e) {
      expect((e as ChainsimError).code).toBe("E_COSTS_NO_POLICY");
    }
    expect(() => simulateCosts(small, { samples: 0, seed: 1 })).toThrow(ChainsimError);
  });
});
