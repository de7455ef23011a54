/**
 * Shapley effects against the closed form for a linear model of correlated
 * normal inputs (test/fixtures/functions/shapley-linear.yaml):
 * Y = X1 + X2 + X3, sd σ = (1, 1, 2), corr(X2, X3) = ρ = 0.5, X1 independent.
 */
import { describe, expect, it } from "vitest";
import { conditionalGaussian } from "../../../src/analysis/sensitivity/conditional-gaussian.js";
import { inputCorrelation } from "../../../src/analysis/sensitivity/copula.js";
import { modelFunction } from "../../../src/analysis/sensitivity/model-function.js";
import { shapley } from "../../../src/analysis/sensitivity/shapley.js";
import { loadScenario } from "../../../src/scenario/load.js";

const FILE = "test/fixtures/functions/shapley-linear.yaml";
const sd = [1, 1, 2];
const rho = 0.5;
const cov = [
  [1, 0, 0],
  [0, 1, rho * 2],
  [0, rho * 2, 4],
];

/**
 * Closed form (Owen & Prieur 2017, "On Shapley value for measuring importance of dependent inputs",
 * SIAM/ASA JUQ 5, §3; written out for this model by Iooss & Prieur 2019, IJUQ 9, §3.1):
 * with σ² = σ1² + σ2² + σ3² + 2ρσ2σ3 = 8,
 * Sh1 = σ1²/σ², Sh2 = (σ2² + ρσ2σ3 + ρ²(σ3² − σ2²)/2)/σ², Sh3 = (σ3² + ρσ2σ3 + ρ²(σ2² − σ3²)/2)/σ².
 */
function closedForm(): number[] {
  const [s1, s2, s3] = sd as [number, number, number];
  const v = s1 ** 2 + s2 ** 2 + s3 ** 2 + 2 * rho * s2 * s3;
  return [
    s1 ** 2 / v,
    (s2 ** 2 + rho * s2 * s3 + (rho ** 2 * (s3 ** 2 - s2 ** 2)) / 2) / v,
    (s3 ** 2 + rho * s2 * s3 + (rho ** 2 * (s2 ** 2 - s3 ** 2)) / 2) / v,
  ];
}

/**
 * The same from conditional variances (Song, Nelson & Staum 2016, eq. (3)): c(J) = E[Var(Y | X_{−J})]
 * = 1ᵀ(Σ_JJ − Σ_J,−J Σ_−J,−J⁻¹ Σ_−J,J)1 for Y = 1ᵀX, X ~ N(0, Σ) (Anderson, Thm 2.5.1),
 * averaged over the 3! orders of the inputs — hand-written 2 × 2 algebra, independent of the code.
 */
function fromConditionalVariances(): number[] {
  const idx = [0, 1, 2];
  const c = (J: number[]): number => {
    const K = idx.filter((i) => !J.includes(i));
    const condCov = (a: number, b: number) => {
      if (K.length === 0) return cov[a]![b]!;
      if (K.length === 1) return cov[a]![b]! - (cov[a]![K[0]!]! * cov[K[0]!]![b]!) / cov[K[0]!]![K[0]!]!;
      // |K| = 2: explicit inverse of the 2 × 2 block
      const [p, q] = K as [number, number];
      const det = cov[p]![p]! * cov[q]![q]! - cov[p]![q]! ** 2;
      const inv = [
        [cov[q]![q]! / det, -cov[p]![q]! / det],
        [-cov[p]![q]! / det, cov[p]![p]! / det],
      ];
      const ua = [cov[a]![p]!, cov[a]![q]!];
      const ub = [cov[p]![b]!, cov[q]![b]!];
      let s = 0;
      for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) s += ua[i]! * inv[i]![j]! * ub[j]!;
      return cov[a]![b]! - s;
    };
    let v = 0;
    for (const a of J) for (const b of J) v += condCov(a, b);
    return v;
  };
  const orders = [
    [0, 1, 2],
    [0, 2, 1],
    [1, 0, 2],
    [1, 2, 0],
    [2, 0, 1],
    [2, 1, 0],
  ];
  const sh = [0, 0, 0];
  for (const o of orders) {
    for (let s = 0; s < 3; s++) sh[o[s]!]! += (c(o.slice(0, s + 1)) - c(o.slice(0, s))) / 6;
  }
  return sh.map((x) => x / c(idx));
}

describe("Shapley effects", () => {
  it("the closed form and the conditional variances agree: (0.125, 0.296875, 0.578125)", () => {
    const a = closedForm();
    const b = fromConditionalVariances();
    expect(a[0]).toBeCloseTo(0.125, 12);
    expect(a[1]).toBeCloseTo(0.296875, 12);
    expect(a[2]).toBeCloseTo(0.578125, 12);
    for (let i = 0; i < 3; i++) expect(b[i]).toBeCloseTo(a[i]!, 12);
  });

  it("conditional normal: z₂ | z₁ ~ N(0.6 z₁, 0.64) for ρ = 0.6 (Anderson, Thm 2.5.1)", () => {
    const g = conditionalGaussian(
      [
        [1, 0.6],
        [0.6, 1],
      ],
      [1],
      [0],
    );
    expect(g.a[0]).toBeCloseTo(0.6, 12);
    expect(g.l[0]).toBeCloseTo(0.8, 12);
  });

  it("match the closed form for a linear model with correlated normal inputs (every subset)", async () => {
    const s = await loadScenario(FILE);
    const f = await modelFunction(s, { kind: "expr", text: "y", year: 2020 });
    const R = inputCorrelation(s, f.inputs);
    expect(R[1]![2]).toBe(0.5);
    const res = shapley(f, R, { seed: 1, outer: 4000 });
    expect(res.estimator).toBe("exact");
    // Var(Y) = 8 (closed form above); 10,000 draws: standard error 8·√(2/9999) = 0.11
    expect(Math.abs(res.variance - 8)).toBeLessThan(0.45);
    expect(res.correlated).toEqual(["x2.baseline", "x3.baseline"]);
    const ref = closedForm();
    let sum = 0;
    for (const row of res.rows) {
      const i = Number(row.input.slice(1, 2)) - 1;
      // standard error about 0.006 at N_o = 4000: 0.03 is five of them
      expect(Math.abs(row.shapley - ref[i]!), row.input).toBeLessThan(0.03);
      expect(row.ci[0] - 0.01).toBeLessThanOrEqual(ref[i]!);
      expect(row.ci[1] + 0.01).toBeGreaterThanOrEqual(ref[i]!);
      sum += row.shapley;
    }
    // efficiency: the effects share out exactly the variance (up to the Var(Y) estimate's noise)
    expect(Math.abs(sum - 1)).toBeLessThan(0.06);
    expect(res.rows.map((r) => r.input)).toEqual(["x3.baseline", "x2.baseline", "x1.baseline"]);
  });

  it("random permutations (Song et al. 2016, N_o = 1, N_i = 3) agree with the closed form too", async () => {
    const s = await loadScenario(FILE);
    const f = await modelFunction(s, { kind: "expr", text: "y", year: 2020 });
    const res = shapley(f, inputCorrelation(s, f.inputs), { seed: 2, exactUpTo: 0, permutations: 3000 });
    expect(res.estimator).toBe("random");
    expect(res.evaluations).toBe(10_000 + 3000 * 2 * 3); // Var(Y), then (d − 1) steps of N_o·N_i per permutation
    const ref = closedForm();
    for (const row of res.rows) {
      const i = Number(row.input.slice(1, 2)) - 1;
      expect(Math.abs(row.shapley - ref[i]!), row.input).toBeLessThan(0.04);
    }
  });

  it("with independent inputs, an additive model's effects are its variance shares", async () => {
    // linear.yaml: y = 2a + b + 0c, uniform inputs: variances 4/12, 1/12, 0 → 0.8, 0.2, 0
    const f = await modelFunction(await loadScenario("test/fixtures/functions/linear.yaml"), {
      kind: "expr",
      text: "y",
      year: 2020,
    });
    const R = [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ];
    const res = shapley(f, R, { seed: 3, outer: 4000 });
    const by = Object.fromEntries(res.rows.map((r) => [r.input, r.shapley]));
    expect(Math.abs(by["a.baseline"]! - 0.8)).toBeLessThan(0.03);
    expect(Math.abs(by["b.baseline"]! - 0.2)).toBeLessThan(0.03);
    // c does not act: its effect is zero up to the noise of the subsets' independent draws
    expect(Math.abs(by["c.baseline"]!)).toBeLessThan(0.03);
  });

  it("refuses too few inner draws", async () => {
    const s = await loadScenario(FILE);
    const f = await modelFunction(s, { kind: "expr", text: "y", year: 2020 });
    expect(() => shapley(f, inputCorrelation(s, f.inputs), { seed: 1, inner: 1 })).toThrow(/inner must be/);
  });
});
