/**
 * Revenue milestones (三(二)): 10万, 30万, 50万, 100万 on the first crossing
 * of 1亿, 3亿, 5亿, 10亿 by an electronics manufacturer whose revenue grew
 * faster than the city average, paid the year after (上年度营收). Money in
 * 万元; years from 2022.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { crossedIn, milestoneLadder } from "../../../src/analysis/policy/milestone-ladder.js";
import { firmHistory, policyContext } from "../../../src/engine/population/history.js";
import type { MilestoneLadder } from "../../../src/model/instrument.js";
import { loadScenario } from "../../../src/scenario/load.js";
import { common, cond } from "./helpers.js";

// the city grows 8% a year
const ctx = policyContext({ firstYear: 2022, nYears: 5, baseYear: 2022, cityAverageGrowth: 0.08 });
let electronics: MilestoneLadder;
let software: MilestoneLadder;

beforeAll(async () => {
  const s = await loadScenario("scenarios/liaocheng-it-2025.yaml");
  const get = (id: string) => s.instruments!.find((i) => i.id === id) as MilestoneLadder;
  electronics = get("lc-electronics-revenue-milestones");
  software = get("lc-software-revenue-milestones");
});

const pays = (rule: MilestoneLadder, revenue: number[], extra = {}) =>
  Array.from(milestoneLadder(rule, firmHistory({ firstYear: 2022, revenue, ...extra }), ctx));

describe("two thresholds crossed in one year", () => {
  // 0.8亿 in 2022, 3.2亿 in 2023 (growth 300% > 8%), 3.3亿 in 2024: 1亿 and 3亿 both first crossed in 2023
  const revenue = [8000, 32000, 33000, 34000, 35000];
  it("the crossings: 1亿 and 3亿", () => {
    expect(crossedIn([10000, 30000, 50000, 100000], revenue, 1, null, 2022)).toEqual([0, 1]);
  });
  it("same_year: all (the Liaocheng reading of 分别给予) pays both in 2024: 10万 + 30万 = 40万", () => {
    expect(electronics.sameYear).toBe("all");
    expect(pays(electronics, revenue)).toEqual([0, 0, 40, 0, 0]);
  });
  it("same_year: highest pays only 3亿's 30万, and 1亿's award is not paid later", () => {
    expect(pays({ ...electronics, sameYear: "highest" }, revenue)).toEqual([0, 0, 30, 0, 0]);
  });
  it("software: 1800万 → 5500万 crosses 2000万 and 5000万: 10万 + 30万 = 40万 (all) or 30万 (highest)", () => {
    const sw = { sector: "software" };
    expect(pays(software, [1800, 5500, 6000, 6500, 7000], sw)).toEqual([0, 0, 40, 0, 0]);
    expect(pays({ ...software, sameYear: "highest" }, [1800, 5500, 6000, 6500, 7000], sw)).toEqual([
      0, 0, 30, 0, 0,
    ]);
  });
});

describe("first crossings and the growth condition", () => {
  it("one threshold a year: 1亿 in 2023 (paid 2024, 10万), 3亿 in 2024 (paid 2025, 30万)", () => {
    expect(pays(electronics, [9000, 12000, 31000, 33000, 35000])).toEqual([0, 0, 10, 30, 0]);
  });
  it("growth below the city average: 9500万 → 1.02亿 is +7.4% < 8%: no award, and the crossing is used up (首次)", () => {
    // 10200 / 9500 − 1 = 7.37%; in 2024 1.3亿 is +27% but 1亿 was already crossed in 2023
    expect(pays(electronics, [9500, 10200, 13000, 14000, 15000])).toEqual([0, 0, 0, 0, 0]);
  });
  it("a dip and a second crossing are not paid again: 1.1亿 → 0.9亿 → 1.2亿", () => {
    expect(pays(electronics, [9000, 11000, 9000, 12000, 13000])).toEqual([0, 0, 10, 0, 0]);
  });
  it("a firm already above 1亿 in the first year of its history is never paid for 1亿", () => {
    expect(pays(electronics, [11000, 12000, 13000, 14000, 15000])).toEqual([0, 0, 0, 0, 0]);
  });
  it("an entrant crosses what its first-year revenue reaches, but has no growth to compare: nothing for 2023", () => {
    expect(pays(electronics, [Number.NaN, 12000, 35000, 36000, 37000], { entry: 2023 })).toEqual([
      0, 0, 0, 30, 0,
    ]);
  });
  it("a crossing in 2025 would be paid in 2026, after the plan: nothing", () => {
    expect(pays(electronics, [8000, 8500, 9000, 12000, 13000])).toEqual([0, 0, 0, 0, 0]);
  });
  it("only electronics manufacturers: a software firm crossing 1亿 gets nothing from this ladder", () => {
    expect(pays(electronics, [9000, 12000, 13000, 14000, 15000], { sector: "software" })).toEqual([
      0, 0, 0, 0, 0,
    ]);
  });
});

describe("options", () => {
  const ladder: MilestoneLadder = {
    ...common("ladder", { eligible: [cond.growthAboveCity()] }),
    type: "milestone_ladder",
    thresholds: [
      { revenue: 10000, award: 10, text: "1亿" },
      { revenue: 30000, award: 30, text: "3亿" },
    ],
    sameYear: "all",
    revenueYear: "current",
  };
  it("revenue_year: current pays in the year of the crossing", () => {
    expect(pays(ladder, [8000, 32000, 33000, 34000, 35000])).toEqual([0, 40, 0, 0, 0]);
  });
  it("a per_year cap of 30万 holds two awards in one year to 30万", () => {
    expect(pays({ ...ladder, caps: { perYear: 30 } }, [8000, 32000, 33000, 34000, 35000])).toEqual([
      0, 30, 0, 0, 0,
    ]);
  });
});
