/** The association grant (三(六)): up to 5万 a year to an association that runs the year's activities. */
import { beforeAll, describe, expect, it } from "vitest";
import { grant } from "../../../src/analysis/policy/grant.js";
import { policyContext } from "../../../src/engine/population/history.js";
import type { Grant } from "../../../src/model/instrument.js";
import { loadScenario } from "../../../src/scenario/load.js";

const ctx = policyContext({ firstYear: 2022, nYears: 6, baseYear: 2022 });
let rule: Grant;

beforeAll(async () => {
  const s = await loadScenario("scenarios/liaocheng-it-2025.yaml");
  rule = s.instruments!.find((i) => i.id === "lc-industry-association-grant") as Grant;
});

const association = (active: number[]) => ({
  id: "a_1",
  type: "association",
  firstYear: 2022,
  active,
  events: [],
});

describe("grants", () => {
  it("active in 2023 and 2025, not 2024: 5万, 0, 5万; nothing in 2022 or after the plan", () => {
    expect(Array.from(grant(rule, association([1, 1, 0, 1, 1, 1]), ctx))).toEqual([0, 5, 0, 5, 0, 0]);
  });
  it("a per_year cap below the amount holds it: 8万 capped at 5万", () => {
    expect(grant({ ...rule, amount: 8 }, association([0, 1, 1, 1, 0, 0]), ctx)[1]).toBe(5);
  });
  it("a cumulative cap of 12万 pays 5 + 5 + 2", () => {
    const capped = { ...rule, caps: { cumulative: 12 } };
    expect(Array.from(grant(capped, association([0, 1, 1, 1, 0, 0]), ctx))).toEqual([0, 5, 5, 2, 0, 0]);
  });
});
