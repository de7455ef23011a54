/**
 * Sensitivity over a firm population's own parameters (docs/firms.md,
 * "Which assumption matters"): a goal on a quantity the population stands
 * for (`firms.aggregates`) moves with the population's growth, revenues,
 * counts and entries, evaluated on the central population (every firm draw
 * at its median: the same draws at the low and the high end).
 *
 * Reference, by hand (threshold 2000万, base year 2022, goal year 2025,
 * three years of growth, no spread):
 *
 * Sector a, growth uniform on 0%~20%: P10 = 2%, centre 10%, P90 = 18%.
 *   a1 1500万, a2 1800万, a3 1900万, each × (1+g)³:
 *   g = 2%  (×1.061208): 1591.8, 1910.2, 2016.3 → 1 above 2000万
 *   g = 10% (×1.331):    1996.5, 2395.8, 2528.9 → 2
 *   g = 18% (×1.643032): 2464.5, 2957.5, 3121.8 → 3
 * Sector b, growth 0%, b1 and b2 each uniform on 1000万~2600万 (centre 1800万):
 *   the group at P10 puts both at 1000 + 0.1 × 1600 = 1160万 → 0 above;
 *   at P90 both at 2440万 → 2; at the centre both at 1800万 → 0.
 * Goal: reach 5 firms in 2025, so the gap is count − 5:
 *   base 2 + 0 → −3; a.growth low 1 + 0 → −4, high 3 + 0 → −2;
 *   b.named_revenue low 2 + 0 → −3, high 2 + 2 → −1;
 *   b1 alone at P90 (2440万) → 2 + 1 → −2.
 */
import { describe, expect, it } from "vitest";
import { check } from "../../src/analysis/check.js";
import { analyseSensitivity } from "../../src/analysis/sensitivity/analyse.js";
import { modelFunction } from "../../src/analysis/sensitivity/model-function.js";
import { tornado } from "../../src/analysis/sensitivity/tornado.js";
import { evaluateTarget } from "../../src/analysis/targets.js";
import { populationInputLabel } from "../../src/engine/population/inputs.js";
import { project } from "../../src/engine/project.js";
import type { UncertainValue } from "../../src/model/distribution.js";
import { loadScenario, loadScenarioText } from "../../src/scenario/load.js";

const TEXT = `
id: five-firms
title: five firms
unit: 亿元
base_year: 2022
horizon: 2025
sectors:
  it:
    baseline: 9
    growth: 5%~30%
indicators:
  firms_above:
    unit: 家
    baseline: 3~6
    growth: 5%~20%
targets:
  - { id: firms-2025, indicator: firms_above, year: 2025, reach: 5家, source: { doc: test, clause: 一 } }
firms:
  above_scale_threshold: 2000万
  aggregates: { count: firms_above, revenue: it }
  sectors:
    a:
      name: { zh: 甲行业, en: sector A }
      growth: 0%~20%
      spread: 0%
    b:
      growth: 0%
      spread: 0%
  named:
    - { id: a1, sector: a, revenue: 1500万 }
    - { id: a2, sector: a, revenue: 1800万 }
    - { id: a3, sector: a, revenue: 1900万 }
    - { id: b1, sector: b, revenue: 1000万~2600万 }
    - { id: b2, sector: b, revenue: 1000万~2600万 }
`;

const load = () => loadScenarioText(TEXT, "five-firms.yaml");

describe("sensitivity over a firm population's parameters", () => {
  it("lists the population's inputs, not the count's own baseline and growth, which move nothing", async () => {
    const f = await modelFunction(await load(), { kind: "gap", target: "firms-2025" });
    expect(f.inputs.map((i) => i.name)).toEqual(["firms.sectors.a.growth", "firms.sectors.b.named_revenue"]);
  });

  it("tornado: low and high of each input, others central, equal the hand computation", async () => {
    const s = await load();
    const t = tornado(await modelFunction(s, { kind: "gap", target: "firms-2025" }));
    expect(t.base).toBe(-3);
    // the base is the deterministic projection's (check): 2 firms of 5
    expect(check(s).goals.find((g) => g.target.id === "firms-2025")!.projected).toBe(2);
    const bar = new Map(t.bars.map((b) => [b.input, b]));
    const a = bar.get("firms.sectors.a.growth")!;
    expect(a.low.value).toBeCloseTo(0.02, 12);
    expect(a.high.value).toBeCloseTo(0.18, 12);
    expect([a.low.output, a.high.output]).toEqual([-4, -2]);
    const b = bar.get("firms.sectors.b.named_revenue")!;
    expect([b.low.value, b.high.value]).toEqual([0.1, 0.9]);
    expect([b.low.output, b.high.output]).toEqual([-3, -1]);
    // equal swings of 2 firms: sorted by name
    expect(t.bars.map((x) => x.swing)).toEqual([2, 2]);
  });

  it("a firm of a group can be asked for by name", async () => {
    const s = await load();
    const f = await modelFunction(
      s,
      { kind: "gap", target: "firms-2025" },
      { inputs: ["firms.named.b1.revenue"] },
    );
    const t = tornado(f);
    expect(t.bars[0]!.high.value).toBeCloseTo(2440, 9);
    expect(t.bars[0]!.low.value).toBeCloseTo(1160, 9);
    expect([t.bars[0]!.low.output, t.bars[0]!.high.output]).toEqual([-3, -2]);
  });

  it("evaluates many points as the full projection (check's model) does point by point", async () => {
    const s = await load();
    const f = await modelFunction(s, { kind: "gap", target: "firms-2025" });
    const t = s.targets[0]!;
    const aGrowth = s.firms!.sectors.get("a")!.profile.growth!;
    const bRevenue = s.firms!.named.filter((x) => x.sector === "b").map((x) => x.revenue);
    const n = 9;
    const xs = new Float64Array(2 * n);
    for (let j = 0; j < n; j++) {
      xs[j] = j * 0.025; // growth 0% … 20%
      xs[n + j] = (j + 0.5) / n; // quantile
    }
    const many = f.evaluateMany(xs, n);
    for (let j = 0; j < n; j++) {
      // by hand: b1 and b2 uniform on 1000万~2600万, at quantile q: 1000 + 1600q
      const pick = (u: UncertainValue) =>
        u === aGrowth ? xs[j]! : bRevenue.includes(u) ? 1000 + 1600 * xs[n + j]! : u.central;
      expect(many[j]).toBe(evaluateTarget(s, project(s, { pick }), t).gap);
      expect(f.evaluate([xs[j]!, xs[n + j]!])).toBe(many[j]);
    }
  });

  it("Morris, Sobol and Shapley see the population's inputs", async () => {
    const s = await load();
    const output = { kind: "gap" as const, target: "firms-2025" };
    const m = await analyseSensitivity(s, {
      method: "morris",
      output,
      seed: 1,
      trajectories: 10,
      bootstrap: 50,
    });
    if (m.method !== "morris") throw new Error("morris");
    for (const r of m.result.rows) expect(r.muStar).toBeGreaterThan(0);
    const so = await analyseSensitivity(s, { method: "sobol", output, seed: 1, samples: 256, bootstrap: 20 });
    if (so.method !== "sobol") throw new Error("sobol");
    for (const x of so.result.indices) expect(x.total).toBeGreaterThan(0.1);
    const sh = await analyseSensitivity(s, { method: "shapley", output, seed: 1, samples: 100 });
    if (sh.method !== "shapley") throw new Error("shapley");
    expect(sh.result.rows.map((r) => r.input).sort()).toEqual(so.result.indices.map((x) => x.input).sort());
    for (const r of sh.result.rows) expect(r.shapley).toBeGreaterThan(0.1);
  });

  it("names the inputs in both languages", async () => {
    const s = await load();
    expect(populationInputLabel(s, "firms.sectors.a.growth", "zh")).toBe("甲行业 企业增速");
    expect(populationInputLabel(s, "firms.sectors.a.growth", "en")).toBe("sector A: firm growth");
    expect(populationInputLabel(s, "firms.named.b1.revenue", "en")).toBe("b1: revenue");
    expect(populationInputLabel(s, "firms_above.growth", "en")).toBeNull();
  });

  it("names a group or cohort the scenario leaves unnamed by its sector (its id only when two share it)", async () => {
    const s = await loadScenarioText(
      `${TEXT}  generated:
    - { id: small_a, sector: a, count: 2~4, revenue: 500万 }
    - { id: tiny_b, name: { zh: 乙类小微企业, en: small B firms }, sector: b, count: 1~3, revenue: 300万 }
  entry:
    - { id: new_a1, sector: a, per_year: 0~2, revenue: 2500万 }
    - { id: new_a2, sector: a, per_year: 0~1, revenue: 2500万 }
    - { id: new_b, sector: b, per_year: 0~1, revenue: 2500万 }
`,
      "groups.yaml",
    );
    const label = (name: string) => [
      populationInputLabel(s, name, "zh"),
      populationInputLabel(s, name, "en"),
    ];
    expect(label("firms.generated.small_a.count")).toEqual([
      "甲行业 未点名企业数",
      "sector A: number of unnamed firms",
    ]);
    // a named group keeps its name
    expect(label("firms.generated.tiny_b.count")).toEqual([
      "乙类小微企业 企业数",
      "small B firms: number of firms",
    ]);
    // two unnamed cohorts in sector a: each with its id; sector b has no name either, so its id is the sector's
    expect(label("firms.entry.new_a1.per_year")).toEqual([
      "甲行业 (new_a1) 每年新进入企业数",
      "sector A (new_a1): new firms a year",
    ]);
    expect(label("firms.entry.new_b.per_year")).toEqual(["b 每年新进入企业数", "b: new firms a year"]);
  });
});

describe("Liaocheng: which assumption matters for 30 above-scale firms", () => {
  it("the tornado is no longer flat and its largest bars are population parameters", async () => {
    const s = await loadScenario("scenarios/liaocheng-it-2025.yaml");
    const run = await analyseSensitivity(s, {
      method: "tornado",
      output: { kind: "gap", target: "lc-above-scale-firms-2025" },
      seed: 1,
    });
    if (run.method !== "tornado") throw new Error("tornado");
    const bars = run.result.bars;
    expect(bars[0]!.swing).toBeGreaterThan(0);
    expect(bars.every((b) => b.input.startsWith("firms."))).toBe(true);
    // the base is check's central case: 29 firms of 30 (docs/firms.md)
    expect(run.result.base).toBe(-1);
    // 1 to 4 new electronics firms a year over 2023-2025, at least 1 of each year's
    // median-sized entrants (3000万) above 2000万: the largest bar
    expect(bars[0]!.input).toBe("firms.entry.new_electronics.per_year");
  });

  it("each tornado end is the full projection (check's model) with that one input moved", async () => {
    const s = await loadScenario("scenarios/liaocheng-it-2025.yaml");
    for (const target of ["lc-above-scale-firms-2025", "lc-it-revenue-2025"]) {
      const t = s.targets.find((x) => x.id === target)!;
      const f = await modelFunction(s, { kind: "gap", target });
      const bars = tornado(f).bars;
      for (const inp of f.inputs.filter((i) => !i.firm!.members.length)) {
        const bar = bars.find((b) => b.input === inp.name)!;
        for (const end of [bar.low, bar.high]) {
          const pick = (u: UncertainValue) => (u === inp.value ? end.value : u.central);
          expect(end.output).toBeCloseTo(evaluateTarget(s, project(s, { pick }), t).gap!, 9);
        }
      }
    }
  });

  it("a formula over the population's quantities (revenue per firm) moves with it too, projected point by point", async () => {
    const s = await loadScenario("scenarios/liaocheng-it-2025.yaml");
    const per = tornado(await modelFunction(s, { kind: "expr", text: "lc_revenue_per_firm", year: 2025 }));
    const count = tornado(await modelFunction(s, { kind: "gap", target: "lc-above-scale-firms-2025" }));
    const revenue = tornado(await modelFunction(s, { kind: "gap", target: "lc-it-revenue-2025" }));
    // lc_revenue_per_firm = lc_it_industry / lc_above_scale_firms; the goals are 50亿 and 30家
    expect(per.base).toBeCloseTo((revenue.base + 50) / (count.base + 30), 12);
    const bar = (t: typeof per, name: string) => t.bars.find((b) => b.input === name)!;
    const name = "firms.entry.new_electronics.per_year";
    expect(bar(per, name).high.output).toBeCloseTo(
      (bar(revenue, name).high.output + 50) / (bar(count, name).high.output + 30),
      12,
    );
    expect(per.bars[0]!.swing).toBeGreaterThan(0);
  });
});
