/**
 * Actuals as published: ranges, floors with a stated spread, partial years
 * annualised by a share-of-year range, publication dates (--as-of), and the
 * refusal of a `%` quantity outside 0%..100%. Expected values are hand
 * computations written next to each assertion.
 */
import { describe, expect, it } from "vitest";
import { evaluateTarget } from "../../src/analysis/targets.js";
import { ChainsimError } from "../../src/diagnostics.js";
import { project, valueAt } from "../../src/engine/project.js";
import { simulate } from "../../src/engine/simulate.js";
import { publishedBy } from "../../src/scenario/blocks/actuals.js";
import { loadScenarioText } from "../../src/scenario/load.js";

const HEAD = ["id: t", "title: t", "unit: 亿元", "base_year: 2022", "horizon: 2025"].join("\n");
const load = (body: string, asOf?: string) =>
  loadScenarioText(`${HEAD}\n${body}`, "actuals.yaml", asOf !== undefined ? { asOf } : {});

async function refused(body: string): Promise<ChainsimError> {
  try {
    await load(body);
  } catch (e) {
    if (e instanceof ChainsimError) return e;
    throw e;
  }
  throw new Error("expected the scenario to be refused");
}

/** Guangdong software revenue (seeds/figures.yaml: Jan–Jun 2023 9,730, MIIT), growth fixed at 13%. */
const guangdong = (a2024: string) => `sectors:
  gd_software:
    baseline: { year: 2017, value: 9317.5 }
    actuals:
      2023: { value: 9730, through: 2023-06, share_of_year: 45%~50%, publisher: MIIT, published: 2023-07-20 }
${a2024 ? `      2024: ${a2024}\n` : ""}    growth: 13%
`;

describe("an actual keeps the uncertainty it was published with", () => {
  it("a range is drawn uniformly; central runs use its middle", async () => {
    const s = await load("sectors:\n  a: { baseline: 100, growth: 10%, actuals: { 2023: 20000~22500 } }\n");
    const a = s.quantities.get("a")!.actuals[0]!;
    expect(a.uncertain!.dist).toEqual({ type: "uniform", min: 20000, max: 22500 });
    expect(a.value).toBe(21250); // (20000 + 22500) / 2
    expect(valueAt(project(s), "a", 2024)).toBeCloseTo(23375, 6); // 21250 × 1.1
  });

  it("a floor (以上) with spread 0%~12.5% is uniform on [20000, 22500]; without a spread it is the floor", async () => {
    const s = await load(
      "sectors:\n  a: { baseline: 100, growth: 10%, actuals: { 2023: { value: 20000以上, spread: 0%~12.5% } } }\n  b: { baseline: 100, growth: 10%, actuals: { 2023: 20000以上 } }\n",
    );
    expect(s.quantities.get("a")!.actuals[0]!.uncertain!.dist).toEqual({
      type: "uniform",
      min: 20000,
      max: 22500,
    });
    const b = s.quantities.get("b")!.actuals[0]!;
    expect(b.uncertain).toBeUndefined();
    expect(b.value).toBe(20000);
    expect(b.qualifier).toBe("at_least");
  });

  it("a partial year is annualised: 9,730 through June with 45%–50% of the year lies in [19,460, 21,622.2]", async () => {
    const s = await load(guangdong(""));
    const a = s.quantities.get("gd_software")!.actuals[0]!;
    expect(a.through).toMatchObject({ month: 6, published: 9730 });
    expect(a.publisher).toBe("MIIT");
    expect(a.published).toBe("2023-07-20");
    // 9730 / 0.5 = 19460 and 9730 / 0.45 = 21622.2 bound it; the grid's outer midpoints lie just inside
    expect(a.uncertain!.low).toBeGreaterThan(19460);
    expect(a.uncertain!.high).toBeLessThan(21622.3);
    // the median of 9730 / S for S uniform on [0.45, 0.5] is 9730 / 0.475 = 20484.2
    expect(a.value).toBeCloseTo(20484.2, -1);
  });

  it("the Monte Carlo starts from a draw of it: 2025's P5–P95 widens with the stated spread (hand computation)", async () => {
    const N = 20_000;
    const p = async (a2024: string) => {
      const r = await simulate(await load(guangdong(a2024)), { samples: N, seed: 3 });
      const st = r.quantities.find((q) => q.id === "gd_software")!.stats;
      const i = r.years.indexOf(2025);
      return [st.p5[i]!, st.p95[i]!] as const;
    };
    // 2024 = 20000 (floor, no spread): 2025 = 20000 × 1.13 = 22600 in every sample
    const [f5, f95] = await p("20000以上");
    expect(f5).toBeCloseTo(22600, 6);
    expect(f95).toBeCloseTo(22600, 6);
    // spread 0%~12.5%: A ~ U[20000, 22500]; P5 = 1.13 × (20000 + 0.05 × 2500) = 22741.25, P95 = 1.13 × 22375 = 25283.75
    const [a5, a95] = await p("{ value: 20000以上, spread: 0%~12.5% }");
    expect(a5).toBeCloseTo(22741.25, -2);
    expect(a95).toBeCloseTo(25283.75, -2);
    // spread 0%~25%: P5 = 1.13 × 20250 = 22882.5, P95 = 1.13 × 24750 = 27967.5 — wider again
    const [b5, b95] = await p("{ value: 20000以上, spread: 0%~25% }");
    expect(b5).toBeCloseTo(22882.5, -2);
    expect(b95).toBeCloseTo(27967.5, -2);
    expect(b95 - b5).toBeGreaterThan(a95 - a5);
    // without a 2024 actual, 2025 = (9730 / S) × 1.13², S ~ U[0.45, 0.5]:
    // P5 = 9730 / 0.4975 × 1.2769 = 24973.4; P95 = 9730 / 0.4525 × 1.2769 = 27456.9
    const [c5, c95] = await p("");
    expect(Math.abs(c5 - 24973.4)).toBeLessThan(60);
    expect(Math.abs(c95 - 27456.9)).toBeLessThan(60);
  });
});

describe("--as-of ignores what was not yet published", () => {
  it("publishedBy compares dates at the coarser precision; undated actuals count as published by the end of the next year", () => {
    expect(publishedBy({ year: 2023, published: "2024-02-28" }, "2023-06")).toBe(false);
    expect(publishedBy({ year: 2023, published: "2023-06-30" }, "2023-06")).toBe(true);
    expect(publishedBy({ year: 2021 }, "2023-06")).toBe(true); // 2022-12 ≤ 2023-06
    expect(publishedBy({ year: 2022 }, "2023-06")).toBe(false); // 2023-12 > 2023-06
  });

  it("an actual published after the date is left out of the scenario", async () => {
    const body = `sectors:
  a:
    baseline: 100
    growth: 10%
    actuals:
      2023: { value: 130, published: 2024-02-28 }
`;
    expect((await load(body)).quantities.get("a")!.actuals).toHaveLength(1);
    const s = await load(body, "2023-06");
    expect(s.quantities.get("a")!.actuals).toHaveLength(0);
    expect(valueAt(project(s), "a", 2023)).toBeCloseTo(110, 9); // 100 × 1.1
  });
});

describe("refused with a position", () => {
  it("a % quantity above 100% (baseline, actual, level goal): E_RATIO_RANGE at each value", async () => {
    const e = await refused(`sectors:
  a: { baseline: 100, growth: 5% }
indicators:
  s: { unit: "%", baseline: 140%, growth: 1%, actuals: { 2023: 150% } }
targets:
  - { indicator: s, year: 2025, at_least: 120% }
`);
    const at = e.diagnostics.map((d) => [d.code, d.loc!.line, d.loc!.col]);
    // line 9 of the file (5 head lines + 4): "  s: { unit: "%", baseline: 140%," — 140% starts at column 29, 150% at 64
    expect(at).toEqual([
      ["E_RATIO_RANGE", 9, 29],
      ["E_RATIO_RANGE", 9, 64],
      ["E_RATIO_RANGE", 11, 43],
    ]);
  });

  it("a share in unit: share outside [0, 1] is refused too", async () => {
    const e = await refused(`sectors:
  a: { baseline: 100, growth: 5% }
indicators:
  s: { unit: share, baseline: 1.5, growth: 0% }
`);
    expect(e.diagnostics[0]!.code).toBe("E_RATIO_RANGE");
    expect(e.diagnostics[0]!.loc!.line).toBe(9);
  });

  it("spread on a plain figure, and through: in another year, are refused", async () => {
    const e = await refused(`sectors:
  a: { baseline: 100, growth: 5%, actuals: { 2023: { value: 120, spread: 5% } } }
  b: { baseline: 100, growth: 5%, actuals: { 2023: { value: 60, through: 2024-06, share_of_year: 50% } } }
  c: { baseline: 100, growth: 5%, actuals: { 2023: { value: 60, through: 2023-06 } } }
`);
    expect(e.diagnostics.map((d) => d.code)).toEqual([
      "E_ACTUAL_SPREAD",
      "E_ACTUAL_THROUGH",
      "E_MISSING_FIELD",
    ]);
  });
});

describe("a scope break: growth goals are measured in the new scope", () => {
  const body = (flag: string) => `sectors:
  a:
    baseline: 100
    growth: 10%
    actuals:
      2023: { value: 150${flag} }
targets:
  - { id: a-growth, sector: a, growth: { from: 2022, to: 2025, at_least: 12% } }
`;
  it("from the break: 150 → 150 × 1.1² = 181.5 over 2023–2025 is 10.0%/yr, not (181.5/100)^(1/3) − 1 = 21.99%", async () => {
    const broken = await load(body(", scope_break: true"));
    const whole = await load(body(""));
    const r1 = evaluateTarget(broken, project(broken), broken.targets[0]!);
    const r2 = evaluateTarget(whole, project(whole), whole.targets[0]!);
    expect(r1.projected).toBeCloseTo(0.1, 12);
    expect(r1.met).toBe(false);
    expect(r2.projected).toBeCloseTo(Math.cbrt(1.815) - 1, 12); // 0.21990…
    expect(r2.met).toBe(true);
    // the simulation measures the goal the same way
    const sim = await simulate(broken, { samples: 100, seed: 1 });
    expect(sim.targets[0]!.probability).toBe(0);
    expect(sim.targets[0]!.measure.p50).toBeCloseTo(0.1, 12);
  });
});
