/**
 * The simulation end to end: goal probabilities against closed forms,
 * agreement with the deterministic goal checks, and the fast path (tables)
 * against the general path (`project()` per sample).
 */
import { describe, expect, it } from "vitest";
import { evaluateTarget } from "../../src/analysis/targets.js";
import { Accumulator } from "../../src/engine/accumulator.js";
import { normalCdf } from "../../src/engine/distributions/index.js";
import { Kernel } from "../../src/engine/kernel.js";
import { compileTarget, measureTarget } from "../../src/engine/measure.js";
import { compilePlan } from "../../src/engine/plan.js";
import { project } from "../../src/engine/project.js";
import { rowLayout } from "../../src/engine/row-layout.js";
import { accumulatorShape, simulate } from "../../src/engine/simulate.js";
import type { UncertainValue } from "../../src/model/distribution.js";
import { loadScenario, loadScenarioText } from "../../src/scenario/load.js";

const HEAD = ["id: t", "title: t", "unit: 亿元", "base_year: 2022", "horizon: 2025"].join("\n");
const load = (body: string) => loadScenarioText(`${HEAD}\n${body}`, "sim.yaml");

/** |p̂ − p| within 4 standard errors √(p(1 − p)/N). */
function expectProbability(estimate: number, p: number, n: number) {
  expect(Math.abs(estimate - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n) + 1e-12);
}

describe("goal probabilities against closed forms", () => {
  const N = 40_000;
  // ln(1 + g) ~ N(μ, σ²) with μ = ln 1.1, σ = 0.05; V0 = 100; goal 135 in 2025 (n = 3)
  const mu = Math.log(1.1);
  const sigma = 0.05;
  const k = Math.log(135 / 100);

  it("lognormal growth drawn once: P(V0(1+g)^n ≥ G) = 1 − Φ((ln(G/V0)/n − μ)/σ)", async () => {
    const s = await load(`sectors:
  a: { baseline: 100, growth: { lognormal: [10%, 0.05] } }
targets:
  - { id: a-2025, sector: a, year: 2025, at_least: 135 }
`);
    const p = 1 - normalCdf((k / 3 - mu) / sigma);
    for (const lhs of [false, true]) {
      const r = await simulate(s, { samples: N, seed: 11, lhs });
      expectProbability(r.targets[0]!.probability, p, N);
      expect(r.targets[0]!.ci95[0]).toBeLessThan(r.targets[0]!.probability);
    }
  });

  it("drawn each year, independent: ln of the 3-year factor ~ N(3μ, 3σ²)", async () => {
    const s = await load(`sectors:
  a: { baseline: 100, growth: { rate: { lognormal: [10%, 0.05] }, draw: yearly } }
targets:
  - { id: a-2025, sector: a, year: 2025, at_least: 135 }
`);
    const p = 1 - normalCdf((k - 3 * mu) / (sigma * Math.sqrt(3)));
    const r = await simulate(s, { samples: N, seed: 12 });
    expectProbability(r.targets[0]!.probability, p, N);
  });

  it("drawn each year with AR(1) ρ: Var(z₁ + z₂ + z₃) = 3 + 4ρ + 2ρ²", async () => {
    const rho = 0.6;
    const s = await load(`sectors:
  a: { baseline: 100, growth: { rate: { lognormal: [10%, 0.05] }, draw: yearly, autocorrelation: ${rho} } }
targets:
  - { id: a-2025, sector: a, year: 2025, at_least: 135 }
`);
    const p = 1 - normalCdf((k - 3 * mu) / (sigma * Math.sqrt(3 + 4 * rho + 2 * rho * rho)));
    const r = await simulate(s, { samples: N, seed: 13 });
    expectProbability(r.targets[0]!.probability, p, N);
  });

  it("a normal baseline with fixed growth: P(B·1.1³ ≥ G) = 1 − Φ((G/1.331 − μ_B)/σ_B)", async () => {
    const s = await load(`sectors:
  a: { baseline: { value: { normal: [100, 8] } }, growth: 10% }
targets:
  - { id: a-2025, sector: a, year: 2025, at_least: 140 }
`);
    const p = 1 - normalCdf((140 / 1.331 - 100) / 8);
    const r = await simulate(s, { samples: N, seed: 14 });
    expectProbability(r.targets[0]!.probability, p, N);
    // the mean of the 2025 level is 100 × 1.331 (SE 8 × 1.331/√N)
    const a = r.quantities.find((q) => q.id === "a")!;
    expect(Math.abs(a.stats.mean[3]! - 133.1)).toBeLessThan((4 * 8 * 1.331) / Math.sqrt(N));
    expect(Math.abs(a.stats.sd[3]! - 8 * 1.331)).toBeLessThan(0.02 * 8 * 1.331);
  });

  it("two correlated goals: P(both) for a bivariate normal with ρ = 1 equals the smaller marginal", async () => {
    const s = await load(`sectors:
  a: { baseline: 100, growth: { normal: [10%, 2%] } }
  b: { baseline: 100, growth: { normal: [10%, 2%] } }
correlations:
  - { between: [a.growth, b.growth], rho: 1 }
targets:
  - { id: a-2025, sector: a, year: 2025, at_least: 133.1, group: pair }
  - { id: b-2025, sector: b, year: 2025, at_least: 140, group: pair }
`);
    const r = await simulate(s, { samples: N, seed: 15 });
    // b's goal needs g ≥ 1.4^(1/3) − 1 = 11.87%; a's needs g ≥ 10%: with ρ = 1, both ⇔ b's
    const pb = 1 - normalCdf((1.4 ** (1 / 3) - 1 - 0.1) / 0.02);
    expectProbability(r.targets[1]!.probability, pb, N);
    expect(r.all!.count).toBe(r.targets[1]!.count);
    expect(r.groups).toHaveLength(1);
    expect(r.groups[0]!.count).toBe(r.targets[1]!.count);
    expectProbability(r.targets[0]!.probability, 0.5, N);
  });
});

describe("agreement with the deterministic checks", () => {
  it("a scenario without uncertainty: probabilities are 0 or 1, equal to met in `run`", async () => {
    const s = await load(`sectors:
  a: { baseline: 100, growth: 10% }
indicators:
  f: { unit: 家, flow: true, baseline: 300, growth: 5% }
targets:
  - { id: a-2025, sector: a, year: 2025, at_least: 133 }
  - { id: a-2025-high, sector: a, year: 2025, at_least: 134 }
  - { id: a-growth, sector: a, growth: { from: 2022, to: 2025, at_least: 10% } }
  - { id: f-flow, indicator: f, per_year: { from: 2023, to: 2025, at_least: 310 } }
  - { id: f-sum, indicator: f, cumulative: { from: 2023, to: 2025, at_least: 1000 } }
`);
    const r = await simulate(s, { samples: 100, seed: 1 });
    const p = project(s);
    for (const t of r.targets) {
      const d = evaluateTarget(s, p, t.target);
      expect(t.probability).toBe(d.met ? 1 : 0);
      expect(t.measure.min).toBe(d.projected);
    }
  });

  it("the kernel's goal measures equal analysis/targets.ts on random samples of every goal kind", async () => {
    const s = await loadScenario("scenarios/shandong-it-2025.yaml");
    const plan = compilePlan(s);
    const kernel = new Kernel(plan, { samples: 200, seed: 5, lhs: false });
    const draws = kernel.drawBlock(0);
    const D = plan.dims.length;
    const extra = [
      compileTarget(
        s,
        {
          ...s.targets[0]!,
          id: "share",
          kind: "share",
          subject: "cloud",
          of: "software",
          value: 0.2,
          year: 2025,
        },
        plan.index,
        plan.firstYear,
        plan.nYears,
      ),
      compileTarget(
        s,
        {
          ...s.targets[0]!,
          id: "flow-about",
          kind: "flow",
          subject: "invention_patents",
          comparator: "about",
          tolerance: 0.05,
          value: 10500,
          year: 2025,
          from: 2023,
        },
        plan.index,
        plan.firstYear,
        plan.nYears,
      ),
    ];
    for (let j = 0; j < 200; j++) {
      const x = draws.subarray(j * D, (j + 1) * D);
      const values = Float64Array.from(kernel.projectDraws(x));
      const pick = (u: UncertainValue): number => {
        const d = plan.onceDim.get(u);
        if (d !== undefined) return x[d]!;
        const imp = plan.implied.get(u);
        return imp ? imp.goal / (1 + pick(imp.growth)) ** imp.years : u.central;
      };
      const p = project(s, { pick });
      for (const ct of [...plan.targets, ...extra]) {
        const expected = evaluateTarget(s, p, ct.target).projected;
        expect(measureTarget(ct, values)).toBe(expected ?? Number.NaN);
      }
    }
  });
});

describe("the kernel's operations table and project() per sample", () => {
  it("give identical statistics for the Shandong file (sums of sectors)", async () => {
    const s = await loadScenario("scenarios/shandong-it-2025.yaml");
    const a = await simulate(s, { samples: 3000, seed: 2 });
    const b = await simulate(s, { samples: 3000, seed: 2, reference: true });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it("give identical statistics with formulas, growth formulas, ratio quantities and yearly draws", async () => {
    const s = await load(`sectors:
  gdp: { baseline: 80000~90000, growth: { rate: { normal: [5%, 1%] }, draw: yearly, autocorrelation: 0.5 } }
  digital: { value: { formula: "gdp * share" } }
  software: { baseline: { value: { pert: [900, 1000, 1200] } }, growth: { formula: "0.1 + 0.2 * share" } }
indicators:
  share: { unit: "%", baseline: 38%~42%, growth: { schedule: { 2023: 2%~4%, 2025: 1% } } }
targets:
  - { id: d-2025, sector: digital, year: 2025, at_least: 40000 }
  - { id: s-2025, sector: software, year: 2025, at_least: 1700 }
  - { id: s-share, sector: software, share: { of: digital, year: 2025, at_least: 4% } }
`);
    const a = await simulate(s, { samples: 3000, seed: 4 });
    const b = await simulate(s, { samples: 3000, seed: 4, reference: true });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.targets.every((t) => t.count > 0 && t.count < 3000)).toBe(true);
  });

  it("give identical statistics when quantities share rows (no formulas or add-up checks), every goal kind", async () => {
    const s = await load(`sectors:
  a: { baseline: 900~1100, growth: { triangular: [2%, 8%, 15%] } }
  b: { baseline: 400~500, growth: 5%~9% }
  c: { baseline: 200~260, growth: { rate: 4%~12%, draw: yearly } }
  d: { baseline: 50~70, growth: 10%~20% }
  total: { baseline: 1800~2200, growth: 3%~6% }
indicators:
  p: { unit: 件, flow: true, baseline: 8000~11000, growth: -5%~10% }
targets:
  - { id: a-level, sector: a, year: 2025, at_least: 1250 }
  - { id: b-growth, sector: b, growth: { from: 2022, to: 2025, at_least: 7% } }
  - { id: b-share, sector: b, share: { of: a, year: 2025, at_least: 40% } }
  - { id: a-share, sector: a, share: { of: total, year: 2024, at_most: 55% } }
  - { id: d-about, sector: d, year: 2024, about: 80, tolerance: 10% }
  - { id: p-each, indicator: p, per_year: { from: 2023, to: 2025, at_least: 9000 } }
  - { id: p-sum, indicator: p, cumulative: { from: 2023, to: 2025, at_least: 28000 } }
`);
    const plan = compilePlan(s);
    const layout = rowLayout(plan, false);
    // a (read by the share goals measured after b and after total) keeps its rows; the others share one set
    expect(Array.from(layout.kept)).toEqual([1, 0, 0, 0, 0, 0]);
    expect(layout.rows).toBe(2 * plan.nYears);
    const a = await simulate(s, { samples: 5000, seed: 6 });
    const b = await simulate(s, { samples: 5000, seed: 6, reference: true });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.targets.every((t) => t.count > 0 && t.count < 5000)).toBe(true);
  });
});

describe("memory", () => {
  it("the merged statistics do not grow with the number of samples", async () => {
    const s = await loadScenario("scenarios/shandong-it-2025.yaml");
    const plan = compilePlan(s);
    const size = (blocks: number) => {
      const samples = blocks * 2048;
      const kernel = new Kernel(plan, { samples, seed: 1, lhs: false });
      // the kernel's sketches count every block it runs; block numbers are merged in order
      const total = new Accumulator(accumulatorShape(plan), kernel.sketches);
      for (let b = 0; b < blocks; b++) total.mergeNumbers(kernel.runBlock(b));
      const ser = total.serialize();
      return ser.numbers.length + ser.sketchHeader.length + ser.sketchData.length;
    };
    const small = size(2);
    const large = size(60);
    // 30 times the samples: the sketches only widen to cover rarer extremes
    expect(large).toBeLessThan(1.5 * small);
  });
});

describe("simulate()", () => {
  it("is deterministic for a seed and changes with the seed", async () => {
    const s = await loadScenario("scenarios/shandong-it-2025.yaml");
    const a = await simulate(s, { samples: 5000, seed: 1 });
    const b = await simulate(s, { samples: 5000, seed: 1 });
    const c = await simulate(s, { samples: 5000, seed: 2 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
    expect(a.dimensions).toBeGreaterThanOrEqual(27);
    expect(a.correlated).toBe(true);
  });
  it("refuses 0, fractional and absurd sample counts", async () => {
    const s = await load("sectors:\n  a: { baseline: 100, growth: 1%~2% }\n");
    for (const n of [0, 1.5, 1e9])
      await expect(simulate(s, { samples: n, seed: 1 })).rejects.toThrow(/samples/);
  });
});
