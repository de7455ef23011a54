/**
 * analyseChain and chainConsistency on small scenarios with hand-checked numbers.
 */
import { describe, expect, it } from "vitest";
import { analyseChain } from "../../../src/analysis/chain/analyse.js";
import { chainConsistency } from "../../../src/analysis/chain/chain-consistency.js";
import { defaultShock } from "../../../src/analysis/chain/shock.js";
import { prepare, sampleAt } from "../../../src/engine/distributions/index.js";
import { project } from "../../../src/engine/project.js";
import { HALF_STEP, stream } from "../../../src/engine/streams.js";
import type { Scenario } from "../../../src/model/scenario.js";
import { loadScenarioText } from "../../../src/scenario/load.js";
import { parseShock } from "../../../src/scenario/shock-arg.js";

/** Miller and Blair (2009), ch. 2, as a scenario: outputs 1000 and 2000 held flat. */
const MB = `id: miller-blair
title: Miller and Blair two-sector example
unit: 亿元
base_year: 2022
horizon: 2022
sectors:
  agriculture: { baseline: 1000, growth: 0% }
  manufacturing: { baseline: 2000, growth: 0% }
targets:
  - { sector: manufacturing, year: 2022, at_least: 1900, source: { doc: mb, clause: 2.3 } }
links:
  sectors: [agriculture, manufacturing]
  transactions: [[150, 500], [200, 100]]
  output: [1000, 2000]
`;

const shock = (s: Scenario, arg: string, flag = "--shock") => parseShock(arg, flag, s.unit, s.links!.sectors);

describe("analyseChain", () => {
  it("reproduces the table: final demand (I − A)x = [350, 1700], and Miller and Blair's new final demand", async () => {
    const s = await loadScenarioText(MB, "mb.yaml");
    // the new final demand [600, 1500] is a change of [+250, −200]
    const r = await analyseChain(s, {
      shocks: [shock(s, "agriculture=250亿"), shock(s, "manufacturing=-200")],
    });
    expect(r.finalDemandDerived).toBe(true);
    expect(r.finalDemand[0]).toBeCloseTo(350, 9);
    expect(r.finalDemand[1]).toBeCloseTo(1700, 9);
    expect(r.output).toEqual([1000, 2000]);
    const x = r.output.map((v, i) => v + r.demand!.output[i]!.central);
    expect(x[0]).toBeCloseTo(1247.52, 2);
    expect(x[1]).toBeCloseTo(1841.58, 2);
    expect(r.leontief[0]![0]).toBeCloseTo(1.2541, 4);
    expect(r.multipliers.map((m) => m.central)).toEqual([
      expect.closeTo(1.5182, 4),
      expect.closeTo(1.4521, 4),
    ]);
    expect(r.monteCarlo).toBeNull();
    expect(r.multipliers[0]!.p5).toBeNull();
    // the manufacturing goal: 2000 against ≥ 1900, then 1841.58 after the shock
    expect(r.goals).toHaveLength(1);
    expect(r.goals[0]!.gapBefore).toBeCloseTo(100, 9);
    expect(r.goals[0]!.demand!.central).toBeCloseTo(-158.42, 2);
    // no local shares: all inputs local, and the user is told
    expect(r.warnings.map((w) => w.code)).toEqual(["W_LINK_LOCAL_SHARE"]);
    expect(r.warnings[0]!.loc).toMatchObject({ file: "mb.yaml", line: 11 });
  });

  it("a relative shock scales the derived final demand; a supply shock follows the Ghosh inverse", async () => {
    const s = await loadScenarioText(MB, "mb.yaml");
    const r = await analyseChain(s, {
      shocks: [shock(s, "manufacturing=-10%")],
      supplyShocks: [shock(s, "agriculture=-20%", "--supply-shock")],
    });
    expect(r.demand!.delta[1]!.central).toBeCloseTo(-170, 9);
    // Δx = L Δf = [0.3300, 1.1221] × −170
    expect(r.demand!.output[0]!.central).toBeCloseTo((-170 * 0.25) / 0.7575, 9);
    expect(r.demand!.output[1]!.central).toBeCloseTo((-170 * 0.85) / 0.7575, 9);
    // primary inputs of agriculture 650; −20% = −130; Δx' = −130 × G[0] = −130 × [1.2541, 0.6601]
    expect(r.supply!.delta[0]!.central).toBeCloseTo(-130, 9);
    expect(r.supply!.output[0]!.central).toBeCloseTo((-130 * 0.95) / 0.7575, 9);
    expect(r.supply!.output[1]!.central).toBeCloseTo((-130 * 0.25 * 2) / 0.7575, 9);
    expect(r.ghosh![0]![1]).toBeCloseTo(0.6601, 4);
  });

  it("stated final demand: output is (I − A_r)⁻¹f, with local shares leaking imported inputs", async () => {
    const s = await loadScenarioText(
      MB.replace(
        "  output: [1000, 2000]\n",
        "  output: [1000, 2000]\n  local_share: [50%, 100%]\n  final_demand: [350, 1700]\n",
      ),
      "mb.yaml",
    );
    const r = await analyseChain(s);
    expect(r.finalDemandDerived).toBe(false);
    expect(r.outputBasis).toBe("final demand");
    // A_r = [[0.075, 0.125], [0.2, 0.05]]: det(I − A_r) = 0.925·0.95 − 0.125·0.2 = 0.85375
    const det = 0.925 * 0.95 - 0.125 * 0.2;
    expect(r.regional[0]).toEqual([0.075, 0.125]);
    expect(r.output[0]).toBeCloseTo((0.95 * 350 + 0.125 * 1700) / det, 9);
    expect(r.output[1]).toBeCloseTo((0.2 * 350 + 0.925 * 1700) / det, 9);
    expect(r.warnings).toEqual([]);
  });

  it("Monte Carlo: intervals bracket the central values and are the same for the same seed", async () => {
    const text = MB.replace(
      "  output: [1000, 2000]\n",
      "  output: [1000, 2000]\n  local_share: [40%~60%, 70%~90%]\n",
    );
    const s = await loadScenarioText(text, "mb.yaml");
    const opts = { shocks: [shock(s, "manufacturing=-100")], samples: 3000, seed: 42 };
    const a = await analyseChain(s, opts);
    const b = await analyseChain(s, opts);
    expect(a).toEqual(b);
    expect(a.monteCarlo).toEqual({ samples: 3000, seed: 42, used: 3000, inputs: 2 });
    for (const st of [...a.multipliers, ...a.demand!.output]) {
      expect(st.p5!).toBeLessThanOrEqual(st.central + 1e-9);
      expect(st.central).toBeLessThanOrEqual(st.p95! + 1e-9);
      expect(st.p5!).toBeLessThan(st.p95!);
    }
    const c = await analyseChain(s, { ...opts, seed: 43 });
    expect(JSON.stringify(c.demand)).not.toBe(JSON.stringify(a.demand));
  });

  it("Monte Carlo intervals are the sample quantiles of the closed-form 2 × 2 multipliers, within the sketch's 0.5%", async () => {
    const text = MB.replace(
      "  output: [1000, 2000]\n",
      "  output: [1000, 2000]\n  local_share: [40%~60%, 70%~90%]\n",
    );
    const s = await loadScenarioText(text, "mb.yaml");
    const samples = 2000; // one block: draw k of an input is the k-th number of its stream
    const r = await analyseChain(s, { samples, seed: 9 });
    const draw = (sector: string) => {
      const u = s.links!.localShare[s.links!.sectors.indexOf(sector)]!;
      const p = prepare(u.dist);
      const next = stream(9, `links.local_share.${sector}`, 0);
      return Array.from({ length: samples }, () => sampleAt(p, next() + HALF_STEP));
    };
    const s1 = draw("agriculture");
    const s2 = draw("manufacturing");
    // A_r = diag(s)·A, A = [[0.15, 0.25], [0.2, 0.05]]; (I − A_r)⁻¹ = [[d, −b], [−c, a]] / (ad − bc)
    const m1: number[] = [];
    const m2: number[] = [];
    for (let k = 0; k < samples; k++) {
      const a = 1 - 0.15 * s1[k]!;
      const b = -0.25 * s1[k]!;
      const c = -0.2 * s2[k]!;
      const d = 1 - 0.05 * s2[k]!;
      const det = a * d - b * c;
      m1.push((d - c) / det); // column sums of the inverse
      m2.push((a - b) / det);
    }
    const q = (xs: number[], p: number) => [...xs].sort((x, y) => x - y)[Math.ceil(p * xs.length) - 1]!;
    for (const [st, xs] of [
      [r.multipliers[0]!, m1],
      [r.multipliers[1]!, m2],
    ] as const) {
      expect(Math.abs(st.p5! / q(xs, 0.05) - 1)).toBeLessThanOrEqual(0.005);
      expect(Math.abs(st.p95! / q(xs, 0.95) - 1)).toBeLessThanOrEqual(0.005);
    }
  });

  it("draws whose columns reach 1 are left out, and counted", async () => {
    const s = await loadScenarioText(
      `${MB.split("links:")[0]}links:
  coefficients:
    agriculture: { agriculture: 0.15, manufacturing: { normal: [0.5, 0.15] } }
    manufacturing: { agriculture: 0.25, manufacturing: 0.05 }
`,
      "mb.yaml",
    );
    const r = await analyseChain(s, { samples: 1000, seed: 1 });
    expect(r.monteCarlo!.used).toBeLessThan(1000);
    expect(r.monteCarlo!.used).toBeGreaterThan(900);
    expect(r.warnings.map((w) => w.code)).toContain("W_CHAIN_SAMPLES_DROPPED");
  });

  it("refuses a scenario without links, and a year before the base year", async () => {
    const s = await loadScenarioText(MB.split("links:")[0]!, "mb.yaml");
    await expect(analyseChain(s)).rejects.toMatchObject({ code: "E_NO_LINKS" });
    const t = await loadScenarioText(MB, "mb.yaml");
    await expect(analyseChain(t, { year: 2020 })).rejects.toMatchObject({ code: "E_YEAR_BEFORE_BASE" });
  });
});

describe("chainConsistency", () => {
  /** Downstream d buys 0.1~0.2 of u per unit; 30%~50% of it locally. */
  const scenario = (upstreamGoal: number) => `id: cc
title: chain consistency
unit: 亿元
base_year: 2022
horizon: 2025
sectors:
  u: { baseline: 100, growth: 10% }
  d: { baseline: 4000, growth: 10% }
  other: { baseline: 1000, growth: 0% }
targets:
  - { sector: d, year: 2025, reach: 6000, source: { doc: x } }
  - { sector: u, year: 2025, reach: ${upstreamGoal}, source: { doc: x } }
links:
  coefficients:
    d: { u: 0.1~0.2 }
    other: { u: 0.05 }
  local_share: { u: 30%~50% }
`;

  it("implied local demand s ⊙ (A x_goal), with goals where they exist and projections elsewhere", async () => {
    const s = await loadScenarioText(scenario(500), "cc.yaml");
    const rows = chainConsistency(s, project(s));
    expect(rows).toHaveLength(1);
    const r = rows[0]!;
    expect(r.upstream).toBe("u");
    expect(r.year).toBe(2025);
    // all sources: 6000 × 0.1~0.2 + 1000 × 0.05 (other's projection) = 650~1250, central 950
    expect(r.totalDemand.low).toBeCloseTo(650, 9);
    expect(r.totalDemand.central).toBeCloseTo(950, 9);
    expect(r.totalDemand.high).toBeCloseTo(1250, 9);
    // locally: × 30%~50% (central 40%) = 195~625, central 380
    expect(r.impliedDemand.low).toBeCloseTo(195, 9);
    expect(r.impliedDemand.central).toBeCloseTo(380, 9);
    expect(r.impliedDemand.high).toBeCloseTo(625, 9);
    expect(r.ratio).toBeCloseTo(500 / 380, 12);
    expect(r.breakEvenLocalShare).toBeCloseTo(500 / 950, 12);
    expect(r.verdict).toBe("upstream goal within implied demand range");
    expect(r.buyers).toEqual([
      { sector: "d", value: 6000, basis: "goal", demand: expect.closeTo(900, 9) },
      { sector: "other", value: 1000, basis: "projection", demand: expect.closeTo(50, 9) },
    ]);
  });

  it("covers when the goal is above the high end, falls short below the low end", async () => {
    const covers = await loadScenarioText(scenario(700), "cc.yaml");
    expect(chainConsistency(covers, project(covers))[0]!.verdict).toBe("upstream goal covers implied demand");
    const below = await loadScenarioText(scenario(150), "cc.yaml");
    expect(chainConsistency(below, project(below))[0]!.verdict).toBe(
      "upstream goal below implied local demand",
    );
  });

  it("is empty without links", async () => {
    const s = await loadScenarioText(scenario(500).split("links:")[0]!, "cc.yaml");
    expect(chainConsistency(s, project(s))).toEqual([]);
  });
});

describe("defaultShock (the report's and the page's shock when none is asked for)", () => {
  it("cuts the largest final demand by 10%, the first on a tie", () => {
    expect(defaultShock(["ic", "terminals", "software"], [120, 900, 300])).toEqual({
      sector: "terminals",
      kind: "relative",
      value: -0.1,
      arg: "terminals=-10%",
    });
    expect(defaultShock(["a", "b"], [5, 5]).sector).toBe("a");
  });
});

describe("chain intervals on the engine's runner", () => {
  it("1 and 2 threads give the same bytes (sketches merge exactly)", async () => {
    const { loadScenario } = await import("../../../src/scenario/load.js");
    const file = "scenarios/shandong-it-2025.yaml";
    const s = await loadScenario(file);
    const opts = { shocks: [shock(s, "terminals=-10%")], samples: 4500, seed: 5 };
    const one = await analyseChain(s, opts);
    const two = await analyseChain(s, { ...opts, workers: 2 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(one.monteCarlo?.used).toBe(4500);
  }, 240_000);
});
