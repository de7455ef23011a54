/**
 * Goals checked against a projection, worked by hand.
 *
 * The scenario (base 2022, horizon 2025):
 *   software  10000 × 1.1^n      → 2023 11000, 2024 12100, 2025 13310
 *   gdp       100000 × 1.05^n    → 2025 115762.5
 *   digital   40000 × 1.1^n      → 2025 53240
 *   firms     100 × 1.1^n (flow) → 2023 110, 2024 121, 2025 133.1
 *   idx       120 × 1.01^n       → 2025 123.63612
 *   cloud     baseline 1000 (2022), actual 1200 in 2023, 10% a year → 2024 1320, 2025 1452
 */
import { beforeAll, describe, expect, it } from "vitest";
import { evaluateTargets, startPoint, type TargetResult } from "../../src/analysis/targets.js";
import { project } from "../../src/engine/project.js";
import type { Scenario } from "../../src/model/scenario.js";
import { meets } from "../../src/model/target.js";
import { loadScenarioText } from "../../src/scenario/load.js";

const YAML = `
id: targets
title: goals worked by hand
unit: 亿元
base_year: 2022
horizon: 2025
sectors:
  software:
    baseline: 10000
    growth: 10%
  gdp:
    baseline: 100000
    growth: 5%
  digital:
    baseline: 40000
    growth: 10%
  cloud:
    baseline: 1000
    growth: 10%
    actuals: { 2023: 1200 }
indicators:
  firms:
    unit: 家
    flow: true
    baseline: 100
    growth: 10%
  idx:
    unit: 点
    baseline: 120
    growth: 1%
  gdp_wan_yi:
    unit: 万亿元
    baseline: 10
    growth: 5%
targets:
  - { id: sw-at-least-14000, sector: software, year: 2025, at_least: 14000 }
  - { id: sw-at-least-13000, sector: software, year: 2025, at_least: 1.3万亿 }
  - { id: sw-reach-13310, sector: software, year: 2025, reach: 13310 }
  - { id: sw-below-13310, sector: software, year: 2025, below: 13310 }
  - { id: sw-below-13311, sector: software, year: 2025, below: 13311 }
  - { id: sw-at-most-13310, sector: software, year: 2025, at_most: 13310 }
  - { id: sw-at-most-13000, sector: software, year: 2025, at_most: 13000 }
  - { id: sw-2024, sector: software, year: 2024, at_least: 12000 }
  - { id: sw-growth-12, sector: software, growth: { from: 2022, to: 2025, at_least: 12% } }
  - { id: sw-growth-9, sector: software, growth: { from: 2023, to: 2025, at_least: 9% } }
  - { id: idx-about-125, indicator: idx, year: 2025, about: 125 }
  - { id: idx-about-130, indicator: idx, year: 2025, about: 130, tolerance: 2% }
  - { id: idx-about-125-tight, indicator: idx, year: 2025, about: 125, tolerance: 1% }
  - { id: firms-cum-360, indicator: firms, cumulative: { from: 2023, to: 2025, no_fewer_than: 360 } }
  - { id: firms-cum-365, indicator: firms, cumulative: { from: 2023, to: 2025, no_fewer_than: 365 } }
  - { id: firms-per-year-110, indicator: firms, per_year: { from: 2023, to: 2025, at_least: 110 } }
  - { id: firms-per-year-111, indicator: firms, per_year: { from: 2023, to: 2025, at_least: 111 } }
  - { id: firms-per-year-below-130, indicator: firms, per_year: { from: 2023, to: 2025, below: 130 } }
  - { id: firms-per-year-at-most-134, indicator: firms, per_year: { from: 2023, to: 2025, at_most: 134 } }
  - { id: firms-per-year-about-120, indicator: firms, per_year: { from: 2023, to: 2025, about: 120, tolerance: 10% } }
  - { id: digital-share-45, sector: digital, share: { of: gdp, year: 2025, at_least: 45% } }
  - { id: digital-share-50, sector: digital, share: { of: gdp, year: 2025, at_least: 50% } }
  - { id: digital-share-wan-yi, sector: digital, share: { of: gdp_wan_yi, year: 2025, at_least: 45% } }
  - { id: cloud-2025, sector: cloud, year: 2025, at_least: 1500 }
`;

let s: Scenario;
let r: Map<string, TargetResult>;
beforeAll(async () => {
  s = await loadScenarioText(YAML, "targets.yaml");
  r = new Map(evaluateTargets(s, project(s)).map((x) => [x.target.id, x]));
});

function rel(actual: number | null, expected: number, tol = 1e-12): void {
  expect(actual, `expected ${expected}`).not.toBeNull();
  if (expected === 0) expect(Math.abs(actual!)).toBeLessThanOrEqual(tol);
  else expect(Math.abs(actual! / expected - 1), `${actual} vs ${expected}`).toBeLessThanOrEqual(tol);
}

describe("level goals", () => {
  it("at_least 14000 in 2025: 13310 falls short by 690; needs (14000/10000)^(1/3) − 1 a year", () => {
    const x = r.get("sw-at-least-14000")!;
    expect(x.met).toBe(false);
    rel(x.projected, 13310);
    rel(x.gap, -690, 1e-9);
    rel(x.gapRelative, -690 / 14000, 1e-9);
    rel(x.requiredCagr, 1.4 ** (1 / 3) - 1);
    expect(x.start).toEqual({ year: 2022, value: 10000, kind: "baseline" });
  });

  it("at_least 1.3万亿 (13000): met with 310 to spare", () => {
    const x = r.get("sw-at-least-13000")!;
    expect(x.target.value).toBe(13000);
    expect(x.met).toBe(true);
    rel(x.gap, 310, 1e-9);
    rel(x.requiredCagr, 1.3 ** (1 / 3) - 1);
  });

  it("reach 13310: met exactly (within rounding), required growth 10%", () => {
    const x = r.get("sw-reach-13310")!;
    expect(x.met).toBe(true);
    expect(Math.abs(x.gap!)).toBeLessThan(1e-8);
    rel(x.requiredCagr, 0.1, 1e-12);
  });

  it("below is strict: 13310 is not below 13310 but is below 13311", () => {
    expect(r.get("sw-below-13310")!.met).toBe(false);
    expect(r.get("sw-below-13311")!.met).toBe(true);
  });

  it("at_most includes the bound: 13310 ≤ 13310; not ≤ 13000 (gap +310)", () => {
    expect(r.get("sw-at-most-13310")!.met).toBe(true);
    const x = r.get("sw-at-most-13000")!;
    expect(x.met).toBe(false);
    rel(x.gap, 310, 1e-9);
  });

  it("a goal in an earlier year is read in that year: 2024 = 12100 ≥ 12000, needs (1.2)^(1/2) − 1", () => {
    const x = r.get("sw-2024")!;
    rel(x.projected, 12100);
    expect(x.met).toBe(true);
    rel(x.requiredCagr, Math.sqrt(1.2) - 1);
  });

  it("required growth starts from the latest actual: cloud 1200 (2023) → 1500 (2025) needs √1.25 − 1", () => {
    const x = r.get("cloud-2025")!;
    expect(x.start).toEqual({ year: 2023, value: 1200, kind: "actual" });
    rel(x.projected, 1452);
    expect(x.met).toBe(false);
    rel(x.gap, -48, 1e-9);
    rel(x.requiredCagr, Math.sqrt(1500 / 1200) - 1);
  });
});

describe("growth goals", () => {
  it("at_least 12% a year 2022→2025: the projection grows 10%, short by 2 points; needs 12%", () => {
    const x = r.get("sw-growth-12")!;
    expect(x.target.kind).toBe("growth");
    expect(x.target.value).toBe(0.12);
    rel(x.projected, 0.1);
    expect(x.met).toBe(false);
    rel(x.gap, -0.02, 1e-12);
    // needed level: 10000 × 1.12³; from the 2022 baseline that is 12% a year
    rel(x.requiredCagr, 0.12);
  });

  it("at_least 9% a year 2023→2025: 10% meets it; needed level 11000 × 1.09² from the 2022 baseline", () => {
    const x = r.get("sw-growth-9")!;
    rel(x.projected, 0.1);
    expect(x.met).toBe(true);
    rel(x.gap, 0.01, 1e-9);
    rel(x.requiredCagr, ((11000 * 1.09 ** 2) / 10000) ** (1 / 3) - 1);
  });
});

describe("about, with a tolerance", () => {
  it("about 125 (default 5%): 123.63612 is within 6.25 of 125", () => {
    const x = r.get("idx-about-125")!;
    expect(x.target.tolerance).toBe(0.05);
    rel(x.projected, 120 * 1.01 ** 3);
    rel(x.projected, 123.63612);
    expect(x.met).toBe(true);
    rel(x.gap, 123.63612 - 125, 1e-9);
    rel(x.requiredCagr, (125 / 120) ** (1 / 3) - 1);
  });

  it("about 125 with 1%: 1.36388 away is more than 1.25", () => {
    expect(r.get("idx-about-125-tight")!.met).toBe(false);
  });

  it("about 130 with 2%: 6.36388 away is more than 2.6", () => {
    const x = r.get("idx-about-130")!;
    expect(x.target.tolerance).toBe(0.02);
    expect(x.met).toBe(false);
  });
});

describe("cumulative and per-year (flow) goals", () => {
  it("no_fewer_than 360 over 2023–2025: 110 + 121 + 133.1 = 364.1 meets it", () => {
    const x = r.get("firms-cum-360")!;
    expect(x.target.kind).toBe("cumulative");
    rel(x.projected, 364.1);
    expect(x.met).toBe(true);
    rel(x.gap, 4.1, 1e-9);
  });

  it("no_fewer_than 365: 364.1 falls short by 0.9", () => {
    const x = r.get("firms-cum-365")!;
    expect(x.met).toBe(false);
    rel(x.gap, -0.9, 1e-9);
  });

  it("per_year at_least 110: the weakest year (2023: 110) meets it", () => {
    const x = r.get("firms-per-year-110")!;
    expect(x.target.kind).toBe("flow");
    rel(x.projected, 110);
    expect(x.met).toBe(true);
  });

  it("per_year at_least 111: the weakest year (110) misses by 1", () => {
    const x = r.get("firms-per-year-111")!;
    rel(x.projected, 110);
    expect(x.met).toBe(false);
    rel(x.gap, -1, 1e-9);
  });

  it("per_year below 130: the largest year (2025: 133.1) breaks it", () => {
    const x = r.get("firms-per-year-below-130")!;
    rel(x.projected, 133.1);
    expect(x.met).toBe(false);
  });

  it("per_year at_most 134: the largest year (133.1) keeps it", () => {
    const x = r.get("firms-per-year-at-most-134")!;
    rel(x.projected, 133.1);
    expect(x.met).toBe(true);
  });

  it("per_year about 120 ±10%: the farthest year (2025: 133.1, 13.1 away) is beyond 12", () => {
    const x = r.get("firms-per-year-about-120")!;
    rel(x.projected, 133.1);
    expect(x.met).toBe(false);
  });
});

describe("share goals", () => {
  it("digital / gdp in 2025 = 53240 / 115762.5 ≈ 0.4599 ≥ 45%", () => {
    const x = r.get("digital-share-45")!;
    expect(x.target.kind).toBe("share");
    rel(x.projected, 53240 / 115762.5);
    expect(x.met).toBe(true);
    // needed level 45% × 115762.5 = 52093.125, from 40000 in 2022
    rel(x.requiredCagr, (52093.125 / 40000) ** (1 / 3) - 1);
  });

  it("50% is not met: needs 57881.25 from 40000 over 3 years", () => {
    const x = r.get("digital-share-50")!;
    expect(x.met).toBe(false);
    rel(x.gap, 53240 / 115762.5 - 0.5, 1e-9);
    rel(x.requiredCagr, (57881.25 / 40000) ** (1 / 3) - 1);
  });

  it("a share of a quantity held in another unit converts: 53240亿 / 11.57625万亿 ≈ 0.4599", () => {
    // gdp_wan_yi is the same GDP written in 万亿元: 10 × 1.05³ = 11.57625 万亿 = 115762.5 亿
    const x = r.get("digital-share-wan-yi")!;
    rel(x.projected, 53240 / 115762.5, 1e-9);
    expect(x.met).toBe(true);
  });
});

describe("start points and comparators", () => {
  it("the start is the latest actual before the goal year, else the baseline", () => {
    expect(startPoint(s, "cloud", 2025)).toEqual({ year: 2023, value: 1200, kind: "actual" });
    expect(startPoint(s, "cloud", 2023)).toEqual({ year: 2022, value: 1000, kind: "baseline" });
    expect(startPoint(s, "software", 2022)).toBeNull();
  });

  it("meets: floors, ceilings and about", () => {
    expect(meets("at_least", 10, 10, 0)).toBe(true);
    expect(meets("at_least", 9.99, 10, 0)).toBe(false);
    expect(meets("reach", 10, 10, 0)).toBe(true);
    expect(meets("no_fewer_than", 30, 30, 0)).toBe(true);
    expect(meets("no_fewer_than", 29, 30, 0)).toBe(false);
    expect(meets("below", 10, 10, 0)).toBe(false);
    expect(meets("below", 9.99, 10, 0)).toBe(true);
    expect(meets("at_most", 10, 10, 0)).toBe(true);
    expect(meets("at_most", 10.01, 10, 0)).toBe(false);
    // about 100 ± 5%: 95 and 105 are in, 94.9 and 105.1 out
    expect(meets("about", 95, 100, 0.05)).toBe(true);
    expect(meets("about", 105, 100, 0.05)).toBe(true);
    expect(meets("about", 94.9, 100, 0.05)).toBe(false);
    expect(meets("about", 105.1, 100, 0.05)).toBe(false);
  });

  it("absorbs rounding on floors: 0.1 + 0.2 reaches 0.3", () => {
    expect(meets("at_least", 0.1 + 0.2, 0.3, 0)).toBe(true);
    expect(meets("at_least", 22000 - 1e-9, 22000, 0)).toBe(true);
  });
});
