/**
 * rate × (base − exclusions), capped, on hand-computed firm histories. Money
 * in 万元; years from 2022 (index 0). The Liaocheng rules are the ones in
 * scenarios/liaocheng-it-2025.yaml, so these also check that the file
 * states the document's rates and caps.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { rateWithCap } from "../../../src/analysis/policy/rate-with-cap.js";
import { firmHistory, policyContext } from "../../../src/engine/population/history.js";
import type { Instrument, RateWithCap } from "../../../src/model/instrument.js";
import { loadScenario } from "../../../src/scenario/load.js";
import { common, cond } from "./helpers.js";

const ctx = policyContext({ firstYear: 2022, nYears: 6, baseYear: 2022, cityAverageGrowth: 0.07 });
let lc: Map<string, Instrument>;
const rule = (id: string) => lc.get(id) as RateWithCap;

beforeAll(async () => {
  const s = await loadScenario("scenarios/liaocheng-it-2025.yaml");
  lc = new Map(s.instruments!.map((i) => [i.id, i]));
});

describe("the investment subsidy (三(三): 10% of the investment, land excluded, at most 1000万 per project of a firm)", () => {
  it("a firm investing 6000万 with 1000万 of land: 10% × (6000 − 1000) = 500万, below the cap", () => {
    const h = firmHistory({
      firstYear: 2022,
      revenue: [9000, 9900, 10890, 11979, 13177, 14495],
      investment: [0, 6000, 0, 0, 0, 0],
      land: [0, 1000, 0, 0, 0, 0],
    });
    expect(Array.from(rateWithCap(rule("lc-investment-subsidy"), h, ctx))).toEqual([0, 500, 0, 0, 0, 0]);
  });

  it("1.5亿 with 2000万 of land: 10% × 13000 = 1300万, capped at 1000万", () => {
    const h = firmHistory({
      firstYear: 2022,
      revenue: [9000, 9900, 10890, 11979, 13177, 14495],
      investment: [0, 0, 15000, 0, 0, 0],
      land: [0, 0, 2000, 0, 0, 0],
    });
    expect(rateWithCap(rule("lc-investment-subsidy"), h, ctx)[2]).toBe(1000);
  });

  // 002 三(三): 对…项目…每个企业最高1000万元 caps each project of a firm, not the firm's total over the plan
  it("the cap is per project: 500万 in 2023, then 10% × (9000 − 1000) = 800万 in 2024 (each under 1000万)", () => {
    const h = firmHistory({
      firstYear: 2022,
      revenue: [9000, 9900, 10890, 11979, 13177, 14495],
      investment: [0, 6000, 9000, 0, 0, 0],
      land: [0, 1000, 1000, 0, 0, 0],
    });
    expect(Array.from(rateWithCap(rule("lc-investment-subsidy"), h, ctx))).toEqual([0, 500, 800, 0, 0, 0]);
  });

  it("a project of 4800万 is below the 5000万 threshold: nothing; nor is a project in 2026 (the plan pays 2023–2025)", () => {
    const h = firmHistory({
      firstYear: 2022,
      revenue: [9000, 9900, 10890, 11979, 13177, 14495],
      investment: [0, 4800, 0, 0, 8000, 0],
      land: [0, 500, 0, 0, 1000, 0],
    });
    expect(Array.from(rateWithCap(rule("lc-investment-subsidy"), h, ctx))).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("per_firm instead of cumulative caps each project: 500万 + 800万", () => {
    const perProject: RateWithCap = {
      ...common("per-project", { eligible: [cond.atLeast("investment", 5000)], caps: { perFirm: 1000 } }),
      type: "rate_with_cap",
      rate: 0.1,
      base: "investment",
      exclude: ["land"],
      event: null,
    };
    const h = firmHistory({
      firstYear: 2022,
      revenue: [9000, 9900, 10890, 11979, 13177, 14495],
      investment: [0, 6000, 9000, 0, 0, 0],
      land: [0, 1000, 1000, 0, 0, 0],
    });
    expect(Array.from(rateWithCap(perProject, h, ctx))).toEqual([0, 500, 800, 0, 0, 0]);
  });
});

describe("the referral awards (三(三): 5‰ to the introducer up to 50万, 5% to the investor up to 500万)", () => {
  // a supporting project entering in 2023 with 8000万, then 1.2亿
  const entrant = (investment: number) =>
    firmHistory({
      firstYear: 2022,
      entry: 2023,
      supporting: true,
      revenue: [Number.NaN, 3000, 3300, 3600, 4000, 4400],
      investment: [0, investment, 0, 0, 0, 0],
    });
  it("8000万: 5‰ × 8000 = 40万 to the introducer, 5% × 8000 = 400万 to the investor", () => {
    expect(rateWithCap(rule("lc-referral-award-introducer"), entrant(8000), ctx)[1]).toBeCloseTo(40, 10);
    expect(rateWithCap(rule("lc-referral-award-investor"), entrant(8000), ctx)[1]).toBeCloseTo(400, 10);
  });
  it("1.2亿: 60万 and 600万 before the caps, 50万 and 500万 after", () => {
    expect(rateWithCap(rule("lc-referral-award-introducer"), entrant(12000), ctx)[1]).toBe(50);
    expect(rateWithCap(rule("lc-referral-award-investor"), entrant(12000), ctx)[1]).toBe(500);
  });
  it("only the new project, in the entry year; not a project that is not a supporting one", () => {
    const later = firmHistory({
      firstYear: 2022,
      entry: 2023,
      supporting: true,
      revenue: [Number.NaN, 3000, 3300, 3600, 4000, 4400],
      investment: [0, 0, 8000, 0, 0, 0],
    });
    expect(rateWithCap(rule("lc-referral-award-investor"), later, ctx)[2]).toBe(0);
    const own = { ...entrant(8000), supporting: false };
    expect(rateWithCap(rule("lc-referral-award-investor"), own, ctx)[1]).toBe(0);
  });
});

describe("the chip first-sales subsidy (三(一): 1% of the first year's sales above 2000万, at most 100万)", () => {
  it("1500万 → 2600万 in 2023: 1% × 2600 = 26万 once; nothing in later years", () => {
    const h = firmHistory({
      firstYear: 2022,
      tags: ["chips"],
      revenue: [1500, 2600, 3000, 3500, 4000, 4500],
    });
    expect(Array.from(rateWithCap(rule("lc-chip-first-sales-subsidy"), h, ctx))).toEqual([0, 26, 0, 0, 0, 0]);
  });
  it("a jump to 2.5亿: 1% × 25000 = 250万, capped at 100万", () => {
    const h = firmHistory({
      firstYear: 2022,
      tags: ["chips"],
      revenue: [1500, 25000, 26000, 27000, 28000, 29000],
    });
    expect(rateWithCap(rule("lc-chip-first-sales-subsidy"), h, ctx)[1]).toBe(100);
  });
  it("a firm already above 2000万 in its first known year never crosses it; a firm without chips is not eligible", () => {
    const above = firmHistory({
      firstYear: 2022,
      tags: ["chips"],
      revenue: [2100, 2600, 3000, 3500, 4000, 4500],
    });
    expect(
      Array.from(rateWithCap(rule("lc-chip-first-sales-subsidy"), above, ctx)).every((v) => v === 0),
    ).toBe(true);
    const other = firmHistory({ firstYear: 2022, revenue: [1500, 2600, 3000, 3500, 4000, 4500] });
    expect(rateWithCap(rule("lc-chip-first-sales-subsidy"), other, ctx)[1]).toBe(0);
  });
});

describe("shares of an event's cost", () => {
  it("a provincial VR centre costing 1200万: 20% = 240万; one costing 2000万: 400万 → 300万 (三(四))", () => {
    const centre = (cost: number) => ({
      id: "college",
      type: "vr_host",
      firstYear: 2022,
      active: [0, 1, 1, 1, 1, 1],
      events: [{ event: "provincial_vr_centre", year: 2024, cost }],
    });
    expect(rateWithCap(rule("lc-vr-experience-centre-subsidy"), centre(1200), ctx)[2]).toBeCloseTo(240, 10);
    expect(rateWithCap(rule("lc-vr-experience-centre-subsidy"), centre(2000), ctx)[2]).toBe(300);
  });
  it("a demonstration project of 300万: 10% = 30万; of 800万: 80万 → 50万", () => {
    const firm = (cost: number) =>
      firmHistory({
        firstYear: 2022,
        sector: "software",
        revenue: [900, 1000, 1100, 1200, 1300, 1400],
        events: [{ event: "ngit_demo_project", year: 2025, cost }],
      });
    expect(rateWithCap(rule("lc-ngit-demo-project-subsidy"), firm(300), ctx)[3]).toBeCloseTo(30, 10);
    expect(rateWithCap(rule("lc-ngit-demo-project-subsidy"), firm(800), ctx)[3]).toBe(50);
  });
});
