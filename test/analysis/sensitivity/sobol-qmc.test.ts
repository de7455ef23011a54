/**
 * Quasi-random Sobol indices (scrambled Sobol' design, randomised-QMC
 * replicates) against the analytic indices of the standard test functions,
 * for every seed of 20, with SALib's tolerance (numpy.allclose: |est − ref| ≤
 * atol + rtol·|ref|, atol 0.05, rtol 0.1 — SALib's tests of analyze.sobol).
 */
import { describe, expect, it } from "vitest";
import { modelFunction } from "../../../src/analysis/sensitivity/model-function.js";
import { defaultReplicates, sobol } from "../../../src/analysis/sensitivity/sobol.js";
import { loadScenario } from "../../../src/scenario/load.js";

const fn = (name: string) => loadScenario(`test/fixtures/functions/${name}.yaml`);
const close = (est: number, ref: number) => Math.abs(est - ref) <= 0.05 + 0.1 * Math.abs(ref);

/**
 * Ishigami (a = 7, b = 0.1) over [−π, π]³: Ishigami & Homma (1990); the decomposition in Sobol' &
 * Levitan (1999) and Saltelli et al., Global Sensitivity Analysis: The Primer (2008), §4:
 * V = a²/8 + bπ⁴/5 + b²π⁸/18 + ½, V1 = ½(1 + bπ⁴/5)², V2 = a²/8, V13 = b²π⁸(1/18 − 1/50):
 * S1 = 0.3139, S2 = 0.4424, S3 = 0; ST1 = 0.5576, ST2 = 0.4424, ST3 = 0.2437.
 */
function ishigamiIndices() {
  const a = 7;
  const b = 0.1;
  const V = a ** 2 / 8 + (b * Math.PI ** 4) / 5 + (b ** 2 * Math.PI ** 8) / 18 + 0.5;
  const V1 = 0.5 * (1 + (b * Math.PI ** 4) / 5) ** 2;
  const V2 = a ** 2 / 8;
  const V13 = b ** 2 * Math.PI ** 8 * (1 / 18 - 1 / 50);
  return { first: [V1 / V, V2 / V, 0], total: [(V1 + V13) / V, V2 / V, V13 / V], s13: V13 / V };
}

/**
 * The G function with a = (0, 1, 4.5, 9, 99, 99, 99, 99) (Saltelli & Sobol' 1995; Saltelli et al.
 * 2010, §3): V_i = 1/(3(1 + a_i)²), V = Π(1 + V_i) − 1, S_i = V_i / V,
 * ST_i = V_i Π_{j≠i}(1 + V_j) / V.
 */
function gIndices() {
  const a = [0, 1, 4.5, 9, 99, 99, 99, 99];
  const Vi = a.map((x) => 1 / (3 * (1 + x) ** 2));
  const prod = Vi.reduce((p, v) => p * (1 + v), 1);
  const V = prod - 1;
  return { first: Vi.map((v) => v / V), total: Vi.map((v) => (v * prod) / (1 + v) / V) };
}

describe("Sobol indices with a scrambled Sobol' design", () => {
  it("Ishigami at N = 4096: first and total order within SALib's tolerance for every seed of 20", async () => {
    const ref = ishigamiIndices();
    expect(ref.first[0]).toBeCloseTo(0.3139, 4);
    expect(ref.total[2]).toBeCloseTo(0.2437, 4);
    const f = await modelFunction(await fn("ishigami"), { kind: "expr", text: "y", year: 2020 });
    let covered = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const res = sobol(f, { samples: 4096, seed });
      expect(res.sampling).toBe("qmc");
      expect(res.replicates).toBe(4);
      expect(res.interval).toBe("replicates");
      for (const ix of res.indices) {
        const i = Number(ix.input.slice(1, 2)) - 1;
        expect(close(ix.first, ref.first[i]!), `seed ${seed} ${ix.input} S1 ${ix.first}`).toBe(true);
        expect(close(ix.total, ref.total[i]!), `seed ${seed} ${ix.input} ST ${ix.total}`).toBe(true);
        if (ix.firstCi[0] <= ref.first[i]! && ref.first[i]! <= ix.firstCi[1]) covered++;
      }
    }
    // 95% intervals: of 60, on average 57 hold the true value; fewer than 50 would be far off
    expect(covered).toBeGreaterThanOrEqual(50);
  });

  it("G function at N = 4096: within SALib's tolerance for every seed of 20", async () => {
    const ref = gIndices();
    const f = await modelFunction(await fn("g-function"), { kind: "expr", text: "y", year: 2020 });
    for (let seed = 1; seed <= 20; seed++) {
      const res = sobol(f, { samples: 4096, seed });
      for (const ix of res.indices) {
        const i = Number(ix.input.slice(1, 2)) - 1;
        expect(close(ix.first, ref.first[i]!), `seed ${seed} ${ix.input} S1 ${ix.first}`).toBe(true);
        expect(close(ix.total, ref.total[i]!), `seed ${seed} ${ix.input} ST ${ix.total}`).toBe(true);
      }
    }
  });

  it("is several times more accurate than plain Monte Carlo at the same N (Ishigami, 10 seeds)", async () => {
    const ref = ishigamiIndices();
    const f = await modelFunction(await fn("ishigami"), { kind: "expr", text: "y", year: 2020 });
    const rmse = (sampling: "qmc" | "random") => {
      let s = 0;
      for (let seed = 1; seed <= 10; seed++) {
        for (const ix of sobol(f, { samples: 2048, seed, sampling, bootstrap: 0 }).indices) {
          const i = Number(ix.input.slice(1, 2)) - 1;
          s += (ix.first - ref.first[i]!) ** 2 + (ix.total - ref.total[i]!) ** 2;
        }
      }
      return Math.sqrt(s / 60);
    };
    // Monte Carlo errs like 1/√N, a scrambled net nearly like 1/N (Owen 1997)
    expect(rmse("qmc")).toBeLessThan(rmse("random") / 2);
  });

  it("second-order indices with intervals: S13 = V13 / V = 0.2437 and S12 = S23 = 0", async () => {
    const ref = ishigamiIndices();
    const f = await modelFunction(await fn("ishigami"), { kind: "expr", text: "y", year: 2020 });
    const res = sobol(f, { samples: 4096, seed: 5, secondOrder: true });
    expect(res.evaluations).toBe(4096 * (2 + 2 * 3));
    const by = Object.fromEntries(res.second!.map((x) => [x.inputs.join("×"), x]));
    const s13 = by["x1.baseline×x3.baseline"]!;
    expect(close(s13.value, ref.s13)).toBe(true);
    expect(s13.ci[0]).toBeLessThan(s13.value);
    expect(s13.ci[1]).toBeGreaterThan(s13.value);
    expect(Math.abs(by["x1.baseline×x2.baseline"]!.value)).toBeLessThan(0.05);
    expect(Math.abs(by["x2.baseline×x3.baseline"]!.value)).toBeLessThan(0.05);
  });

  it("chooses replicates of at least 1,024 rows, else one design with bootstrap intervals", async () => {
    expect([1024, 2048, 4096, 65536].map(defaultReplicates)).toEqual([1, 2, 4, 4]);
    const f = await modelFunction(await fn("ishigami"), { kind: "expr", text: "y", year: 2020 });
    const res = sobol(f, { samples: 512, seed: 1, bootstrap: 50 });
    expect(res.interval).toBe("bootstrap");
    expect(() => sobol(f, { samples: 512, seed: 1, replicates: 300 })).toThrow(/replicates must be/);
  });
});

describe("evaluation on the simulation kernel", () => {
  it("gives exactly the numbers of project() per point (Shandong: a goal's gap and a sum)", async () => {
    const s = await loadScenario("scenarios/shandong-it-2025.yaml");
    // goals also varied with an input they do not depend on (cloud), which the cut-down plan leaves out
    const all = ["software.baseline", "software.growth", "electronics_manufacturing.growth"];
    for (const spec of [
      { kind: "gap", target: "sd-software-2025" },
      { kind: "margin", target: "sd-it-2025" },
      { kind: "met", target: "sd-it-growth" },
      { kind: "expr", text: "ic + software + computing + terminals + ai", year: 2025 },
    ] as const) {
      const f = await modelFunction(s, spec, "text" in spec ? {} : { inputs: [...all, "cloud.growth"] });
      const n = 300;
      const k = f.inputs.length;
      const u = new Float64Array(k * n).map((_, i) => ((i * 0.618033988749895) % 1) * 0.98 + 0.01);
      const xs = new Float64Array(k * n);
      const p = new Float64Array(k);
      for (let j = 0; j < n; j++) {
        for (let i = 0; i < k; i++) p[i] = u[i * n + j]!;
        const x = f.fromUniform(p);
        for (let i = 0; i < k; i++) xs[i * n + j] = x[i]!;
      }
      const y = f.evaluateMany(xs, n);
      for (let j = 0; j < n; j++) {
        for (let i = 0; i < k; i++) p[i] = xs[i * n + j]!;
        expect(y[j]).toBe(f.evaluate(p));
      }
    }
  });
});

describe("limits of the quasi-random design", () => {
  it("refuses more than 512 inputs with QMC (the embedded Joe–Kuo table has 1,024 dimensions)", async () => {
    const { syntheticText } = await import("../../../bench/synthetic.js");
    const { loadScenarioText } = await import("../../../src/scenario/load.js");
    const s = await loadScenarioText(syntheticText(257, 1), "wide.yaml");
    const inputs = Array.from({ length: 257 }, (_, i) => [`s${i}.baseline`, `s${i}.growth`]).flat();
    const f = await modelFunction(s, { kind: "expr", text: "s0", year: 2020 }, { inputs });
    expect(f.inputs.length).toBe(514);
    expect(() => sobol(f, { samples: 4, seed: 1 })).toThrow(/at most 512 with quasi-random sampling/);
  });
});
