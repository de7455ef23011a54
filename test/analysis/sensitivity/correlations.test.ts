/**
 * The file's correlations in the sensitivity tools: discovery and the
 * probabilistic goal seeker draw from the joint distribution (the same
 * Gaussian copula as simulate); Sobol, Morris and the tornado draw
 * independently and the CLI warns. Expected values are closed forms for
 * normal inputs (test/fixtures/functions/correlated.yaml).
 */
import { describe, expect, it } from "vitest";
import { correlatedInputs, inputCopula } from "../../../src/analysis/sensitivity/copula.js";
import { modelFunction } from "../../../src/analysis/sensitivity/model-function.js";
import { sobol } from "../../../src/analysis/sensitivity/sobol.js";
import { solve } from "../../../src/analysis/sensitivity/solve.js";
import { normalCdf, normalQuantile } from "../../../src/engine/distributions/index.js";
import { stream } from "../../../src/engine/streams.js";
import { loadScenario } from "../../../src/scenario/load.js";
import { cli, SHANDONG } from "../../cli/helpers.js";

const CORRELATED = "test/fixtures/functions/correlated.yaml";
const Z90 = normalQuantile(0.9); // 1.2816

describe("the sensitivity tools' copula", () => {
  it("mixes normal scores by the Cholesky factor: z₂' = 0.8·z₁ + 0.6·z₂ for ρ = 0.8", async () => {
    const s = await loadScenario(CORRELATED);
    const f = await modelFunction(s, { kind: "expr", text: "y", year: 2020 });
    const names = f.inputs.map((i) => i.name);
    expect(correlatedInputs(s, f.inputs).map((i) => names[i])).toEqual(["a.baseline", "b.baseline"]);
    const cop = inputCopula(s, f.inputs)!;
    const u = new Float64Array(f.inputs.length).fill(0.5);
    const [ia, ib] = cop.members as [number, number];
    u[ia] = normalCdf(1);
    u[ib] = normalCdf(0.5);
    cop.apply(u);
    // L = [[1, 0], [0.8, 0.6]]: z' = (1, 0.8 + 0.3)
    expect(normalQuantile(u[ia]!)).toBeCloseTo(1, 9);
    expect(normalQuantile(u[ib]!)).toBeCloseTo(1.1, 9);
    // an input left out (fixed) leaves nothing to correlate
    expect(inputCopula(s, f.inputs, ["a.baseline"])).toBeNull();
  });

  it("gives draws with the stated correlation (sample Pearson of normal inputs ≈ 0.8)", async () => {
    const s = await loadScenario(CORRELATED);
    const f = await modelFunction(s, { kind: "expr", text: "y", year: 2020 }, { correlate: {} });
    expect(f.correlated).toEqual(["a.baseline", "b.baseline"]);
    const ia = f.inputs.findIndex((i) => i.name === "a.baseline");
    const ib = f.inputs.findIndex((i) => i.name === "b.baseline");
    const next = stream(1, "test", 0);
    const u = new Float64Array(f.inputs.length);
    let sab = 0;
    let saa = 0;
    let sbb = 0;
    const n = 20_000;
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < u.length; i++) u[i] = next();
      const x = f.fromUniform(u);
      sab += x[ia]! * x[ib]!;
      saa += x[ia]! ** 2;
      sbb += x[ib]! ** 2;
    }
    // means are 0; the sample correlation's standard error is (1 − ρ²)/√n ≈ 0.0025
    expect(sab / Math.sqrt(saa * sbb)).toBeGreaterThan(0.79);
    expect(sab / Math.sqrt(saa * sbb)).toBeLessThan(0.81);
  });

  it("solve --probability: c = z₀.₉·√(2 + 2ρ) = 2.4316 with the correlation, z₀.₉·√2 = 1.8124 without", async () => {
    const s = await loadScenario(CORRELATED);
    const solveFor = async (correlate: boolean) => {
      const f = await modelFunction(
        s,
        { kind: "margin", target: "y-goal" },
        { include: ["c.baseline"], ...(correlate ? { correlate: { except: ["c.baseline"] } } : {}) },
      );
      const input = f.inputs.findIndex((i) => i.name === "c.baseline");
      return solve(f, (x) => f.evaluate(x), {
        input,
        low: 0,
        high: 10,
        probability: 0.9,
        samples: 20_000,
        seed: 1,
      });
    };
    // the 90% quantile of a normal with sd σ from n draws has standard error σ·√(0.09/n)/φ(z₀.₉) ≈ 0.05 σ/√(n/1000)
    expect(Math.abs((await solveFor(true)).value! - Z90 * Math.sqrt(3.6))).toBeLessThan(0.06);
    expect(Math.abs((await solveFor(false)).value! - Z90 * Math.sqrt(2))).toBeLessThan(0.05);
  });

  it("the solved value gives the asked probability in simulate (which applies the correlations)", async () => {
    const r = await cli(
      "solve",
      CORRELATED,
      "--target",
      "y-goal",
      "--for",
      "c.baseline",
      "--probability",
      "90%",
      "--range",
      "0:10",
      "--format",
      "json",
    );
    expect(r.code, r.stderr).toBe(0);
    const value = (JSON.parse(r.stdout) as { result: { value: number } }).result.value;
    const s = await loadScenario(CORRELATED, { set: [`c.baseline=${value}`] });
    const { simulate } = await import("../../../src/engine/simulate.js");
    const p = (await simulate(s, { samples: 20_000, seed: 7 })).targets[0]!.probability;
    expect(Math.abs(p - 0.9)).toBeLessThan(0.012); // binomial sd at 20,000 draws: 0.0021, plus the seeker's own draw error
  });

  it("the CLI warns that Sobol draws independently when the inputs it varies are correlated", async () => {
    const r = await cli(
      "sensitivity",
      SHANDONG,
      "--method",
      "tornado",
      "--output",
      "software + cloud",
      "--year",
      "2025",
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      /shandong-it-2025\.yaml:\d+:1: warning W_SENSITIVITY_INDEPENDENT: tornado draws its inputs independently: the file's correlations among software\.growth, cloud\.growth are not applied/,
    );
    // one goal's inputs are not correlated with each other: no warning
    const quiet = await cli("sensitivity", SHANDONG, "--method", "tornado", "--target", "sd-software-2025");
    expect(quiet.stderr).not.toContain("W_SENSITIVITY_INDEPENDENT");
  });
});

describe("Sobol first-order estimates with a large output mean", () => {
  it("y = 2a + b + 10⁶ keeps S_a = 0.8, S_b = 0.2 (variances 4/12 and 1/12 of 5/12)", async () => {
    // the same linear function shifted by a constant: indices are unchanged analytically, and
    // centring f(B) keeps the estimator's variance from growing with the mean (N = 1024)
    const s = await loadScenario("test/fixtures/functions/linear.yaml");
    const f = await modelFunction(s, { kind: "expr", text: "y + 1000000", year: 2020 });
    const r = sobol(f, { samples: 1024, seed: 1, bootstrap: 100 });
    const first = Object.fromEntries(r.indices.map((i) => [i.input, i.first]));
    expect(first["a.baseline"]!).toBeCloseTo(0.8, 1);
    expect(first["b.baseline"]!).toBeCloseTo(0.2, 1);
    for (const i of r.indices) expect(i.firstCi[1] - i.firstCi[0]).toBeLessThan(0.15);
  });
});
