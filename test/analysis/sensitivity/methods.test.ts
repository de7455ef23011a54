/**
 * Sensitivity methods against published analytic values for standard test
 * functions written as scenario files (test/fixtures/functions/).
 */
import { describe, expect, it } from "vitest";
import { modelFunction } from "../../../src/analysis/sensitivity/model-function.js";
import { morris } from "../../../src/analysis/sensitivity/morris.js";
import { prim } from "../../../src/analysis/sensitivity/prim.js";
import { sobol } from "../../../src/analysis/sensitivity/sobol.js";
import { solve } from "../../../src/analysis/sensitivity/solve.js";
import { tornado } from "../../../src/analysis/sensitivity/tornado.js";
import type { ChainsimError } from "../../../src/diagnostics.js";
import { loadScenario } from "../../../src/scenario/load.js";

const fn = (name: string) => loadScenario(`test/fixtures/functions/${name}.yaml`);

describe("Sobol indices", () => {
  it("match the Ishigami function's analytic indices (a = 7, b = 0.1)", async () => {
    // Ishigami & Homma (1990); the variance decomposition is given in Sobol' & Levitan (1999) and
    // Saltelli et al., Global Sensitivity Analysis: The Primer (2008), section 4.
    const a = 7;
    const b = 0.1;
    const pi4 = Math.PI ** 4;
    const pi8 = Math.PI ** 8;
    const V = a ** 2 / 8 + (b * pi4) / 5 + (b ** 2 * pi8) / 18 + 0.5;
    const V1 = 0.5 * (1 + (b * pi4) / 5) ** 2;
    const V2 = a ** 2 / 8;
    const V13 = (b ** 2 * pi8) / 18 - (b ** 2 * pi8) / 50;
    const expected = {
      "x1.baseline": { first: V1 / V, total: (V1 + V13) / V }, // 0.3139, 0.5576
      "x2.baseline": { first: V2 / V, total: V2 / V }, // 0.4424, 0.4424
      "x3.baseline": { first: 0, total: V13 / V }, // 0, 0.2437
    };
    const f = await modelFunction(await fn("ishigami"), { kind: "expr", text: "y", year: 2020 });
    const res = sobol(f, { samples: 8192, seed: 1 });
    expect(res.evaluations).toBe(8192 * (3 + 2));
    for (const ix of res.indices) {
      const e = expected[ix.input as keyof typeof expected];
      // tolerance from the sample size: the bootstrap interval (about ±0.03 at N = 8192) must hold
      // the analytic value, and the point estimate be within 0.05 of it
      expect(Math.abs(ix.first - e.first)).toBeLessThan(0.05);
      expect(Math.abs(ix.total - e.total)).toBeLessThan(0.05);
      expect(ix.firstCi[0] - 0.01).toBeLessThanOrEqual(e.first);
      expect(ix.firstCi[1] + 0.01).toBeGreaterThanOrEqual(e.first);
      expect(ix.totalCi[0] - 0.01).toBeLessThanOrEqual(e.total);
      expect(ix.totalCi[1] + 0.01).toBeGreaterThanOrEqual(e.total);
    }
    // ranked by total order: x1, x2, x3
    expect(res.indices.map((i) => i.input)).toEqual(["x1.baseline", "x2.baseline", "x3.baseline"]);
  });

  it("second-order index of the Ishigami function: only x1 × x3 interacts (V13 / V = 0.2437)", async () => {
    const f = await modelFunction(await fn("ishigami"), { kind: "expr", text: "y", year: 2020 });
    const res = sobol(f, { samples: 8192, seed: 2, secondOrder: true, bootstrap: 0 });
    const s13 = res.second!.find((x) => x.inputs.join() === "x1.baseline,x3.baseline")!.value;
    const s12 = res.second!.find((x) => x.inputs.join() === "x1.baseline,x2.baseline")!.value;
    const b = 0.1;
    const V = 49 / 8 + (b * Math.PI ** 4) / 5 + (b ** 2 * Math.PI ** 8) / 18 + 0.5;
    expect(Math.abs(s13 - (b ** 2 * Math.PI ** 8 * (1 / 18 - 1 / 50)) / V)).toBeLessThan(0.08);
    expect(Math.abs(s12)).toBeLessThan(0.08);
  });

  it("flags unstable estimates at tiny sample sizes instead of hiding them", async () => {
    const f = await modelFunction(await fn("ishigami"), { kind: "expr", text: "y", year: 2020 });
    const res = sobol(f, { samples: 16, seed: 3 });
    expect(res.indices.some((i) => i.flags.length > 0)).toBe(true);
    expect(res.indices.flatMap((i) => i.flags).join()).toMatch(/take more samples/);
  });

  it("is reproducible: the same seed gives the same indices", async () => {
    const f = await modelFunction(await fn("ishigami"), { kind: "expr", text: "y", year: 2020 });
    expect(sobol(f, { samples: 256, seed: 9 })).toEqual(sobol(f, { samples: 256, seed: 9 }));
  });
});

describe("Morris elementary effects", () => {
  it("recover the coefficients of a linear function exactly: mu* = |c|, sigma = 0", async () => {
    // y = 2a + b + 0c, inputs uniform on [0, 1]: bounded inputs map the grid onto their whole
    // support, so a grid step of Δ moves each input by exactly Δ and every effect is its coefficient.
    const f = await modelFunction(await fn("linear"), { kind: "expr", text: "y", year: 2020 });
    const res = morris(f, { trajectories: 10, levels: 4, seed: 1 });
    const by = Object.fromEntries(res.rows.map((r) => [r.factor, r]));
    expect(by["a.baseline"]!.muStar).toBeCloseTo(2, 12);
    expect(by["a.baseline"]!.mu).toBeCloseTo(2, 12);
    expect(by["b.baseline"]!.muStar).toBeCloseTo(1, 12);
    expect(by["c.baseline"]!.muStar).toBeCloseTo(0, 12);
    for (const r of res.rows) expect(r.sigma).toBeCloseTo(0, 10);
    expect(res.evaluations).toBe(10 * (3 + 1)); // r (k + 1)
    // all effects equal: every bootstrap resample gives the same mu*, so the interval is a point
    expect(by["a.baseline"]!.muStarCi[0]).toBeCloseTo(2, 12);
    expect(by["a.baseline"]!.muStarCi[1]).toBeCloseTo(2, 12);
  });

  it("Ishigami over [−π, π]³ with p = 4 levels: mu*_2 = 7·(3/4)/(2/3) = 7.875 exactly", async () => {
    // Morris (1991) design, p = 4, Δ = p/(2(p − 1)) = 2/3 on the grid {0, 1/3, 2/3, 1}, which maps to
    // x2 ∈ {−π, −π/3, π/3, π}. x2 enters only through the additive term 7 sin²(x2), so each of its
    // elementary effects is 7 (sin²(x2 + 4π/3) − sin²(x2)) / Δ from x2 = −π (→ π/3) or −π/3 (→ π):
    // ±7 · (3/4) / (2/3) = ±63/8, whatever the trajectories (Saltelli et al. 2008, Primer §3.3 for
    // the design; sin²(π/3) = 3/4, sin²(π) = 0). The earlier 7.769 came from levels squeezed into [0.5%, 99.5%].
    const f = await modelFunction(await fn("ishigami"), { kind: "expr", text: "y", year: 2020 });
    for (const seed of [1, 2, 3]) {
      const res = morris(f, { trajectories: 20, levels: 4, seed });
      const x2 = res.rows.find((r) => r.factor === "x2.baseline")!;
      expect(Math.abs(x2.muStar - 7.875)).toBeLessThan(1e-9);
    }
  });

  it("bootstrap intervals for mu* and sigma hold the estimate and shrink with more trajectories", async () => {
    const f = await modelFunction(await fn("ishigami"), { kind: "expr", text: "y", year: 2020 });
    const width = (r: number) => {
      const x1 = morris(f, { trajectories: r, levels: 4, seed: 8 }).rows.find(
        (x) => x.factor === "x1.baseline",
      )!;
      expect(x1.muStarCi[0]).toBeLessThanOrEqual(x1.muStar);
      expect(x1.muStarCi[1]).toBeGreaterThanOrEqual(x1.muStar);
      expect(x1.sigmaCi[0]).toBeLessThanOrEqual(x1.sigma);
      expect(x1.sigmaCi[1]).toBeGreaterThanOrEqual(x1.sigma);
      return x1.muStarCi[1] - x1.muStarCi[0];
    };
    // the interval of a mean narrows like 1/√r: 400 trajectories give about half the width of 100
    expect(width(400)).toBeLessThan(0.7 * width(100));
  });

  it("detects interaction as sigma > 0 (Ishigami: x3 acts only through x1)", async () => {
    const f = await modelFunction(await fn("ishigami"), { kind: "expr", text: "y", year: 2020 });
    const rows = morris(f, { trajectories: 50, levels: 6, seed: 4 }).rows;
    const x3 = rows.find((r) => r.factor === "x3.baseline")!;
    expect(Math.abs(x3.mu)).toBeLessThan(x3.sigma); // effects of both signs
  });

  it("moves groups together", async () => {
    const f = await modelFunction(await fn("linear"), { kind: "expr", text: "y", year: 2020 });
    const res = morris(f, {
      trajectories: 5,
      levels: 4,
      seed: 1,
      groups: { ab: ["a.baseline", "b.baseline"] },
    });
    const ab = res.rows.find((r) => r.factor === "ab")!;
    expect(ab.members).toEqual(["a.baseline", "b.baseline"]);
    expect(ab.muStar).toBeCloseTo(3, 10); // both move by the same step: 2 + 1
  });

  it("refuses p < 2 and r < 2", async () => {
    const f = await modelFunction(await fn("linear"), { kind: "expr", text: "y", year: 2020 });
    expect(() => morris(f, { trajectories: 10, levels: 1, seed: 1 })).toThrow(/levels \(p\) must be/);
    expect(() => morris(f, { trajectories: 1, levels: 4, seed: 1 })).toThrow(/trajectories \(r\) must be/);
  });
});

describe("tornado", () => {
  it("moves each input from P10 to P90: swings 2 × 0.8 and 1 × 0.8", async () => {
    const f = await modelFunction(await fn("linear"), { kind: "expr", text: "y", year: 2020 });
    const t = tornado(f);
    expect(t.base).toBeCloseTo(1.5, 12); // 2 × 0.5 + 0.5
    expect(t.bars.map((b) => b.input)).toEqual(["a.baseline", "b.baseline", "c.baseline"]);
    expect(t.bars[0]!.swing).toBeCloseTo(1.6, 12);
    expect(t.bars[1]!.swing).toBeCloseTo(0.8, 12);
    expect(t.bars[2]!.swing).toBe(0);
    expect(tornado(f, "full").bars[0]!.swing).toBeCloseTo(2, 12); // the full range [0, 1]
  });

  it("refuses an input without a range", async () => {
    const s = await loadScenario("scenarios/shandong-it-2025.yaml");
    const e = await modelFunction(
      s,
      { kind: "gap", target: "sd-it-2025" },
      { inputs: ["new_hightech_firms.growth"] },
    ).catch((x: ChainsimError) => x);
    expect((e as ChainsimError).code).toBe("E_INPUT_NO_RANGE");
  });
});

describe("scenario discovery (PRIM)", () => {
  it("finds the box where the goal is missed: x1 > 0.7 and x2 < 0.4", async () => {
    const f = await modelFunction(await fn("corner"), { kind: "met", target: "ok-goal" });
    const res = prim(f, (y) => y < 0.5, { samples: 4000, seed: 1 });
    // misses occur with probability 0.3 × 0.4 = 0.12
    expect(Math.abs(res.missRate - 0.12)).toBeLessThan(4 * Math.sqrt((0.12 * 0.88) / 4000));
    const box = res.chosen!;
    const lim = Object.fromEntries(box.limits.map((l) => [l.input, l]));
    expect(Math.abs(lim["x1.baseline"]!.low - 0.7)).toBeLessThan(0.03);
    expect(Math.abs(lim["x2.baseline"]!.high - 0.4)).toBeLessThan(0.03);
    expect(lim["x3.baseline"]).toBeUndefined();
    expect(box.density).toBeGreaterThan(0.95);
    expect(box.coverage).toBeGreaterThan(0.9);
    // the trajectory starts with every sample and coverage 1
    expect(res.trajectory[0]).toMatchObject({ coverage: 1, support: 1 });
  });
});

describe("goal seeking", () => {
  it("software growth to just reach 14,000亿: (14000 / 11150)^(1/3) − 1", async () => {
    const s = await loadScenario("scenarios/shandong-it-2025.yaml");
    const f = await modelFunction(
      s,
      { kind: "margin", target: "sd-software-2025" },
      { include: ["software.growth"] },
    );
    const i = f.inputs.findIndex((x) => x.name === "software.growth");
    const r = solve(f, (x) => f.evaluate(x), { input: i, low: -0.5, high: 2 });
    expect(r.status).toBe("solved");
    expect(r.value!).toBeCloseTo((14000 / 11150) ** (1 / 3) - 1, 6); // 0.07883…
  });

  it("software growth for an 80% chance: baseline uniform on 11,000~11,300 gives (14000 / 11060)^(1/3) − 1", async () => {
    // P(B (1+g)³ ≥ 14000) = (11300 − 14000 / (1+g)³) / 300 = 0.8  ⇒  14000 / (1+g)³ = 11060
    const s = await loadScenario("scenarios/shandong-it-2025.yaml");
    const f = await modelFunction(
      s,
      { kind: "margin", target: "sd-software-2025" },
      { include: ["software.growth"] },
    );
    const i = f.inputs.findIndex((x) => x.name === "software.growth");
    const r = solve(f, (x) => f.evaluate(x), {
      input: i,
      low: -0.5,
      high: 2,
      probability: 0.8,
      samples: 4000,
      seed: 1,
    });
    expect(r.status).toBe("solved");
    expect(Math.abs(r.value! - ((14000 / 11060) ** (1 / 3) - 1))).toBeLessThan(0.002);
    expect(r.achieved!).toBeGreaterThanOrEqual(0.8);
  });

  it("reports when no value in the range reaches the goal", async () => {
    const s = await loadScenario("scenarios/shandong-it-2025.yaml");
    const f = await modelFunction(
      s,
      { kind: "margin", target: "sd-cloud-2025" },
      { include: ["cloud.growth"] },
    );
    const i = f.inputs.findIndex((x) => x.name === "cloud.growth");
    const r = solve(f, (x) => f.evaluate(x), { input: i, low: 0, high: 0.3 });
    expect(r.status).toBe("unreachable");
    expect(r.value).toBeNull();
  });
});
