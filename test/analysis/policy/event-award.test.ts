/**
 * Fixed awards on events (三(一), 三(四)): CMMI 20万/30万/50万, industrial-internet
 * APP solutions 30万 (national) and 10万 (provincial).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { eventAward } from "../../../src/analysis/policy/event-award.js";
import { firmHistory, policyContext } from "../../../src/engine/population/history.js";
import type { EventAward } from "../../../src/model/instrument.js";
import { loadScenario } from "../../../src/scenario/load.js";

const ctx = policyContext({ firstYear: 2022, nYears: 5, baseYear: 2022 });
let lc: Map<string, EventAward>;

beforeAll(async () => {
  const s = await loadScenario("scenarios/liaocheng-it-2025.yaml");
  lc = new Map(s.instruments!.filter((i) => i.type === "event_award").map((i) => [i.id, i as EventAward]));
});

const firm = (events: Array<[string, number]>) =>
  firmHistory({
    firstYear: 2022,
    sector: "software",
    revenue: [900, 1000, 1100, 1200, 1300],
    events: events.map(([event, year]) => ({ event, year, cost: 0 })),
  });

describe("event awards", () => {
  it("CMMI 3 in 2023 (20万) and CMMI 4 in 2025 (30万): each level is its own award", () => {
    const out = eventAward(
      lc.get("lc-cmmi-award")!,
      firm([
        ["cmmi_3", 2023],
        ["cmmi_4", 2025],
      ]),
      ctx,
    );
    expect(Array.from(out)).toEqual([0, 20, 0, 30, 0]);
  });
  it("national and provincial APP solutions in one year: 30万 + 10万 = 40万; with a per_year cap of 30万: 30万", () => {
    const rule = lc.get("lc-industrial-internet-app-award")!;
    const h = firm([
      ["national_iiot_app", 2024],
      ["provincial_iiot_app", 2024],
    ]);
    expect(eventAward(rule, h, ctx)[2]).toBe(40);
    expect(eventAward({ ...rule, caps: { perYear: 30 } }, h, ctx)[2]).toBe(30);
  });
  it("events outside the plan's years (2022, 2026) are not paid", () => {
    const out = eventAward(
      lc.get("lc-cmmi-award")!,
      firm([
        ["cmmi_3", 2022],
        ["cmmi_5", 2026],
      ]),
      ctx,
    );
    expect(Array.from(out).every((v) => v === 0)).toBe(true);
  });
  it("a park's certification as a provincial software park: 100万", () => {
    const park = {
      id: "park_1",
      type: "park",
      firstYear: 2022,
      active: [0, 1, 1, 1, 1],
      events: [{ event: "provincial_software_park", year: 2024, cost: 0 }],
    };
    expect(Array.from(eventAward(lc.get("lc-software-park-award")!, park, ctx))).toEqual([0, 0, 100, 0, 0]);
  });
});
