/**
 * Every distribution drawn by inverse CDF from seeded uniforms, checked
 * against closed-form moments within tolerances from the standard error:
 * |sample mean − μ| < 4σ/√N, |sample variance − σ²| < 6·σ²·√(2/N) (a
 * generous bound on the standard error of a variance, which for these
 * light-tailed distributions is about σ²√((κ − 1)/N)).
 */
import { describe, expect, it } from "vitest";
import {
  cdf,
  normalCdf,
  normalQuantile,
  prepare,
  quantile,
  sampleAt,
  triangularQuantile,
} from "../../src/engine/distributions/index.js";
import { monteCarloColumn, stream } from "../../src/engine/streams.js";
import type { DistributionSpec } from "../../src/model/distribution.js";

const N = 200_000;
const uniforms = (() => {
  const u = new Float64Array(N);
  monteCarloColumn(stream(7, "distributions-test", 0), N, u, 0);
  return u;
})();

function moments(spec: DistributionSpec) {
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < N; i++) {
    const x = quantile(spec, uniforms[i]!);
    const d = x - mean;
    mean += d / (i + 1);
    m2 += d * (x - mean);
  }
  return { mean, variance: m2 / (N - 1) };
}

function expectMoments(spec: DistributionSpec, mu: number, variance: number) {
  const m = moments(spec);
  const sd = Math.sqrt(variance);
  expect(Math.abs(m.mean - mu)).toBeLessThan((4 * sd) / Math.sqrt(N));
  expect(Math.abs(m.variance - variance)).toBeLessThan(6 * variance * Math.sqrt(2 / N));
}

describe("normal quantile and CDF", () => {
  it("Φ⁻¹ at known points (Wichura AS 241)", () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 15);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.05)).toBeCloseTo(-1.6448536269514722, 15);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 14);
    expect(normalQuantile(0.999)).toBeCloseTo(3.090232306167813, 14);
    // far tail (third region of AS 241): Φ⁻¹(1e-10) = −6.361340902404056
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 12);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
    expect(normalQuantile(1.5)).toBeNaN();
  });
  it("Φ at known points (Cody), accurate in the tails", () => {
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 15);
    // Φ(−10) = 7.619853024160527e-24 (R: pnorm(-10)); relative accuracy in the far tail
    expect(normalCdf(-10) / 7.619853024160527e-24 - 1).toBeLessThan(1e-13);
    expect(normalCdf(-3) / 0.0013498980316300946 - 1).toBeLessThan(1e-14);
  });
  it("Φ(Φ⁻¹(p)) = p to about 1e-15 relative", () => {
    for (const p of [1e-12, 1e-6, 0.003, 0.1, 0.3, 0.5, 0.8, 0.95, 0.9999]) {
      expect(Math.abs(normalCdf(normalQuantile(p)) / p - 1)).toBeLessThan(5e-15);
    }
  });
});

describe("moments of every distribution (inverse CDF of seeded uniforms, N = 200,000)", () => {
  it("uniform [a, b]: mean (a + b)/2, variance (b − a)²/12", () => {
    expectMoments({ type: "uniform", min: 11000, max: 11300 }, 11150, 300 ** 2 / 12);
  });
  it("normal: mean μ, variance σ²", () => {
    expectMoments({ type: "normal", mean: 0.12, sd: 0.03 }, 0.12, 0.03 ** 2);
  });
  it("truncated normal: mean μ + σ(φ(α) − φ(β))/Z, variance σ²[1 + (αφ(α) − βφ(β))/Z − ((φ(α) − φ(β))/Z)²]", () => {
    const mu = 0.1;
    const sd = 0.05;
    const a = (0.05 - mu) / sd; // −1
    const b = (0.25 - mu) / sd; // 3
    const phi = (x: number) => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
    const z = normalCdf(b) - normalCdf(a);
    const r = (phi(a) - phi(b)) / z;
    const mean = mu + sd * r;
    const variance = sd ** 2 * (1 + (a * phi(a) - b * phi(b)) / z - r * r);
    expectMoments({ type: "truncnormal", mean: mu, sd, min: 0.05, max: 0.25 }, mean, variance);
    // truncation in the upper tail (α > 0) uses the mirrored formula
    const a2 = 2;
    const b2 = 4;
    const z2 = normalCdf(b2) - normalCdf(a2);
    const r2 = (phi(a2) - phi(b2)) / z2;
    expectMoments(
      { type: "truncnormal", mean: 0, sd: 1, min: 2, max: 4 },
      r2,
      1 + (a2 * phi(a2) - b2 * phi(b2)) / z2 - r2 * r2,
    );
  });
  it("lognormal: mean shift + m·exp(σ²/2), variance m²·exp(σ²)(exp(σ²) − 1)", () => {
    const m = 100;
    const s = 0.5;
    expectMoments(
      { type: "lognormal", median: m, sigma: s, shift: 0 },
      m * Math.exp(s ** 2 / 2),
      m ** 2 * Math.exp(s ** 2) * (Math.exp(s ** 2) - 1),
    );
    // growth: the factor 1 + g has median 1.12; mean growth = 1.12·exp(σ²/2) − 1
    expectMoments(
      { type: "lognormal", median: 1.12, sigma: 0.05, shift: -1 },
      1.12 * Math.exp(0.05 ** 2 / 2) - 1,
      1.12 ** 2 * Math.exp(0.05 ** 2) * (Math.exp(0.05 ** 2) - 1),
    );
  });
  it("triangular: mean (a + b + c)/3, variance (a² + b² + c² − ab − ac − bc)/18", () => {
    const [a, c, b] = [0.08, 0.12, 0.17];
    expectMoments(
      { type: "triangular", min: a, mode: c, max: b },
      (a + b + c) / 3,
      (a * a + b * b + c * c - a * b - a * c - b * c) / 18,
    );
  });
  it("PERT: mean (a + 4m + b)/6, variance (μ − a)(b − μ)/7", () => {
    const [a, m, b] = [0.08, 0.12, 0.2];
    const mu = (a + 4 * m + b) / 6;
    expectMoments({ type: "pert", min: a, mode: m, max: b }, mu, ((mu - a) * (b - mu)) / 7);
  });
  it("choice: mean Σ wᵢvᵢ / Σ wᵢ, variance Σ wᵢ(vᵢ − μ)² / Σ wᵢ", () => {
    const values = [0.05, 0.1, 0.2];
    const weights = [1, 3, 1];
    const mu = (0.05 + 0.3 + 0.2) / 5;
    const variance = (1 * (0.05 - mu) ** 2 + 3 * (0.1 - mu) ** 2 + 1 * (0.2 - mu) ** 2) / 5;
    expectMoments({ type: "choice", values, weights }, mu, variance);
  });
  it("empirical: each observation equally likely (mean and variance of the list, divisor n)", () => {
    const values = [0.08, 0.19, 0.11, 0.134];
    const mu = values.reduce((x, y) => x + y) / 4;
    const variance = values.reduce((x, y) => x + (y - mu) ** 2, 0) / 4;
    expectMoments({ type: "empirical", values }, mu, variance);
  });
});

describe("quantiles", () => {
  const specs: DistributionSpec[] = [
    { type: "uniform", min: 1, max: 3 },
    { type: "normal", mean: 0.1, sd: 0.02 },
    { type: "truncnormal", mean: 0.1, sd: 0.05, min: 0, max: 0.3 },
    { type: "truncnormal", mean: 0, sd: 1, min: 2.5, max: 6 },
    { type: "lognormal", median: 1.1, sigma: 0.1, shift: -1 },
    { type: "triangular", min: 0, mode: 0.06, max: 0.12 },
    { type: "pert", min: 0.04, mode: 0.1, max: 0.16 },
    { type: "pert", min: 0, mode: 0, max: 1 },
  ];
  it("cdf(quantile(u)) = u for continuous distributions", () => {
    for (const spec of specs) {
      for (const u of [0.001, 0.05, 0.25, 0.5, 0.75, 0.95, 0.999]) {
        expect(Math.abs(cdf(spec, quantile(spec, u)) - u)).toBeLessThan(1e-12);
      }
    }
  });
  it("the prepared form used by the kernel gives the same numbers as quantile()", () => {
    const all: DistributionSpec[] = [
      ...specs,
      { type: "point", value: 3 },
      { type: "choice", values: [3, 1, 2], weights: [1, 1, 2] },
      { type: "empirical", values: [5, 1, 3, 2] },
    ];
    for (const spec of all) {
      const p = prepare(spec);
      for (let i = 0; i < 1000; i++) expect(sampleAt(p, uniforms[i]!)).toBe(quantile(spec, uniforms[i]!));
    }
  });
  it("closed forms: triangular median, symmetric PERT median, discrete steps", () => {
    // median of triangular(a, c, b) with c ≥ (a+b)/2: a + √((b − a)(c − a)/2)
    expect(triangularQuantile(0.5, 0, 0.8, 1)).toBeCloseTo(Math.sqrt(0.8 / 2), 15);
    expect(quantile({ type: "pert", min: 0, mode: 1, max: 2 }, 0.5)).toBeCloseTo(1, 14);
    const choice: DistributionSpec = { type: "choice", values: [0.05, 0.1], weights: [1, 3] };
    expect(quantile(choice, 0.2)).toBe(0.05);
    expect(quantile(choice, 0.3)).toBe(0.1);
    const emp: DistributionSpec = { type: "empirical", values: [0.19, 0.08, 0.134, 0.11] };
    expect(quantile(emp, 0.1)).toBe(0.08);
    expect(quantile(emp, 0.6)).toBe(0.134);
    expect(quantile(emp, 0.99)).toBe(0.19);
  });
});
