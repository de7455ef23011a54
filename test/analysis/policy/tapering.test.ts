/**
 * The park rent subsidy (三(五)): 70%, 50%, 30% of the rent in a firm's first
 * three years in the park, at most 100万 in all, for electronics
 * manufacturers investing at least 500万. Money in 万元; years from 2022.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { tapering } from "../../../src/analysis/policy/tapering.js";
import { firmHistory, policyContext } from "../../../src/engine/population/history.js";
import type { Tapering } from "../../../src/model/instrument.js";
import { loadScenario } from "../../../src/scenario/load.js";

const ctx = policyContext({ firstYear: 2022, nYears: 6, baseYear: 2022 });
let rent: Tapering;

beforeAll(async () => {
  const s = await loadScenario("scenarios/liaocheng-it-2025.yaml");
  rent = s.instruments!.find((i) => i.id === "lc-park-rent-subsidy") as Tapering;
});

/** An electronics firm entering a park in `entry`, investing `investment` then, paying `perYear` rent. */
const tenant = (entry: number, perYear: number, investment = 800) => {
  const s = entry - 2022;
  const revenue = [0, 1, 2, 3, 4, 5].map((i) => (i < s ? Number.NaN : 3000 * 1.1 ** (i - s)));
  return firmHistory({
    firstYear: 2022,
    entry,
    inPark: true,
    revenue,
    rent: revenue.map((r) => (Number.isNaN(r) ? 0 : perYear)),
    investment: revenue.map((_, i) => (i === s ? investment : 0)),
  });
};

describe("rent over four years with the cap reached", () => {
  it("80万 a year from 2023: 70% × 80 = 56, 50% × 80 = 40, 30% × 80 = 24 → 100 − 96 = 4, then nothing", () => {
    expect(rent.rates).toEqual([0.7, 0.5, 0.3]);
    expect(rent.caps).toEqual({ cumulative: 100 });
    const out = Array.from(tapering(rent, tenant(2023, 80), ctx));
    expect(out.map((v) => Math.round(v * 1e9) / 1e9)).toEqual([0, 56, 40, 4, 0, 0]);
    expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
  });
  it("50万 a year stays under the cap: 35 + 25 + 15 = 75", () => {
    const out = Array.from(tapering(rent, tenant(2023, 50), ctx)).map((v) => Math.round(v * 1e9) / 1e9);
    expect(out).toEqual([0, 35, 25, 15, 0, 0]);
  });
  it("a firm entering in 2025 is paid in 2025, 2026 and 2027: commitments past the plan", () => {
    const out = Array.from(tapering(rent, tenant(2025, 50), ctx)).map((v) => Math.round(v * 1e9) / 1e9);
    expect(out).toEqual([0, 0, 0, 35, 25, 15]);
  });
});

describe("who is paid", () => {
  it("not an established firm, nor one entering after the plan (2026)", () => {
    const established = { ...tenant(2023, 80), entry: null };
    expect(Array.from(tapering(rent, established, ctx)).every((v) => v === 0)).toBe(true);
    expect(Array.from(tapering(rent, tenant(2026, 80), ctx)).every((v) => v === 0)).toBe(true);
  });
  it("not a firm investing 400万 (under 500万), outside a park, or in software", () => {
    expect(tapering(rent, tenant(2023, 80, 400), ctx)[1]).toBe(0);
    expect(tapering(rent, { ...tenant(2023, 80), inPark: false }, ctx)[1]).toBe(0);
    expect(tapering(rent, { ...tenant(2023, 80), sector: "software" }, ctx)[1]).toBe(0);
  });
});
