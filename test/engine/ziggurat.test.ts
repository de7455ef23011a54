// biome-ignore-all lint/correctness/noPrecisionLoss: reference values as mpmath printed them, to 22 digits
/**
 * The normal draws: Alea as seedrandom publishes it, the inverse CDF against
 * high-precision reference values, the ziggurat against the normal law
 * (Kolmogorov–Smirnov, moments, the tail), and the direct column draws
 * against the closed-form moments of each distribution.
 */
import seedrandom from "seedrandom";
import { describe, expect, it } from "vitest";
import { drawColumn, drawsDirectly } from "../../src/engine/distributions/draw-column.js";
import { normalCdf, normalQuantile, prepare } from "../../src/engine/distributions/index.js";
import { F, tail, X, zigguratColumn, zigguratNormal } from "../../src/engine/distributions/ziggurat.js";
import { aleaColumn, aleaStream, HALF_STEP, monteCarloColumn, stream } from "../../src/engine/streams.js";

/** Kolmogorov–Smirnov distance between sorted draws and a CDF. */
function ksDistance(sorted: Float64Array, cdf: (x: number) => number): number {
  const n = sorted.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(sorted[i]!);
    d = Math.max(d, Math.abs(f - i / n), Math.abs((i + 1) / n - f));
  }
  return d;
}

/** Critical value of the KS distance at level 0.001 (Smirnov's limit, 1.9495/√n). */
const ksCritical = (n: number) => 1.9495 / Math.sqrt(n);

describe("Alea", () => {
  it("is seedrandom.alea number for number (seedrandom 3.0.5, lib/alea.js)", () => {
    for (const seed of ["1:software.growth:0", "7:x@2024:13", "", "种子:0:1"]) {
      const ref = seedrandom.alea(seed);
      const a = aleaStream(0, "", 0);
      const b = new (a.constructor as new (s: string) => typeof a)(seed);
      for (let i = 0; i < 5000; i++) expect(b.next()).toBe(ref());
    }
    const c1 = new Float64Array(300);
    const c2 = new Float64Array(300);
    monteCarloColumn(stream(3, "k", 2), 300, c1, 0);
    aleaColumn(aleaStream(3, "k", 2), 300, c2, 0);
    expect(Array.from(c2)).toEqual(Array.from(c1));
    const ref = seedrandom.alea("3:k:2");
    expect(c1[0]).toBe(ref() + HALF_STEP);
  });
});

describe("normalQuantile (AS 241)", () => {
  // references: the root of Φ(z) = p by mpmath 1.3 at 80 digits (findroot on log ncdf);
  // upper-tail points are exact doubles 1 − 2⁻ᵏ, so 1 − p is exact
  const cases: [number, number][] = [
    [1e-300, -37.04709629936119923722],
    [1e-100, -21.27345356096532429512],
    [1e-20, -9.262340089798407573717],
    [1e-10, -6.361340902404056204695],
    [1e-5, -4.264890793922824628499],
    [0.025, -1.959963984540054235525],
    [0.0749, -1.440238267527963623229],
    [0.075, -1.439531470938455915342],
    [0.3, -0.5244005127080407840383],
    [0.9, 1.281551565544600466965],
    [1 - 2 ** -20, 4.763001034267813956989],
    [1 - 2 ** -40, 7.047700256664408725351],
  ];
  it.each(cases)("Φ⁻¹(%s) to a relative 1e-15", (p, z) => {
    expect(Math.abs(normalQuantile(p) / z - 1)).toBeLessThan(1e-15);
  });
});

describe("ziggurat", () => {
  it("every layer has the same area v = r f(r) + √(2π) Φ(−r), and the top layer closes at f = 1", () => {
    const r = X[1]!;
    const v = r * Math.exp(-0.5 * r * r) + Math.sqrt(2 * Math.PI) * normalCdf(-r);
    expect(X[0]! * F[1]!).toBeCloseTo(v, 15);
    for (let i = 1; i < 256; i++) expect(Math.abs((X[i]! * (F[i + 1]! - F[i]!)) / v - 1)).toBeLessThan(1e-12);
    expect(F[256]).toBe(1);
  });

  const N = 400_000;
  const a = aleaStream(11, "ziggurat-test", 0);
  const z = new Float64Array(N);
  for (let i = 0; i < N; i++) z[i] = zigguratNormal(a);

  it("passes a Kolmogorov–Smirnov test against Φ (400,000 draws, level 0.001)", () => {
    const sorted = z.slice().sort();
    expect(ksDistance(sorted, normalCdf)).toBeLessThan(ksCritical(N));
  });

  it("has the normal's moments: mean 0, variance 1, skewness 0, kurtosis 3 (within 4 standard errors)", () => {
    let m1 = 0;
    let m2 = 0;
    let m3 = 0;
    let m4 = 0;
    for (const x of z) {
      m1 += x;
      m2 += x * x;
      m3 += x ** 3;
      m4 += x ** 4;
    }
    // standard errors of the raw moments of N(0, 1): √(Var(Zᵏ)/n) with Var = 1, 2, 15, 96
    expect(Math.abs(m1 / N)).toBeLessThan(4 * Math.sqrt(1 / N));
    expect(Math.abs(m2 / N - 1)).toBeLessThan(4 * Math.sqrt(2 / N));
    expect(Math.abs(m3 / N)).toBeLessThan(4 * Math.sqrt(15 / N));
    expect(Math.abs(m4 / N - 3)).toBeLessThan(4 * Math.sqrt(96 / N));
  });

  it("puts 2Φ(−r) of its draws beyond ±r, and the tail sampler follows (Φ(x) − Φ(r))/Φ(−r)", () => {
    const r = X[1]!;
    const pTail = 2 * normalCdf(-r);
    const beyond = z.filter((x) => Math.abs(x) > r).length;
    expect(Math.abs(beyond - N * pTail)).toBeLessThan(4 * Math.sqrt(N * pTail));
    const b = aleaStream(12, "tail", 0);
    const n = 50_000;
    const t = new Float64Array(n);
    for (let i = 0; i < n; i++) t[i] = tail(b);
    t.sort();
    expect(t[0]).toBeGreaterThan(r);
    const q = normalCdf(-r);
    expect(ksDistance(t, (x) => 1 - normalCdf(-x) / q)).toBeLessThan(ksCritical(n));
  });

  it("draws the same numbers from the same stream, one at a time or a column at a time, in any cut", () => {
    const a1 = aleaStream(5, "x", 3);
    const a2 = aleaStream(5, "x", 3);
    const one = Float64Array.from({ length: 5000 }, () => zigguratNormal(a1));
    const col = new Float64Array(5000);
    for (let off = 0, k = 1; off < 5000; off += k, k = (k * 7) % 300)
      zigguratColumn(a2, col, off, Math.min(k, 5000 - off));
    expect(Array.from(col)).toEqual(Array.from(one));
    expect(a2.next()).toBe(a1.next());
  });
});

describe("drawColumn", () => {
  const N = 200_000;
  const moments = (col: Float64Array) => {
    let s = 0;
    for (const x of col) s += x;
    const mean = s / col.length;
    let v = 0;
    for (const x of col) v += (x - mean) ** 2;
    return { mean, variance: v / (col.length - 1) };
  };
  const draw = (spec: Parameters<typeof prepare>[0], key: string) => {
    const p = prepare(spec);
    const col = new Float64Array(N);
    drawColumn(p, aleaStream(21, key, 0), col, 0, N);
    return col;
  };
  const phi = (x: number) => Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);

  it("normal(μ, σ): mean μ, variance σ²", () => {
    const { mean, variance } = moments(draw({ type: "normal", mean: 0.1, sd: 0.02 }, "n"));
    expect(Math.abs(mean - 0.1)).toBeLessThan(4 * Math.sqrt(0.02 ** 2 / N));
    expect(Math.abs(variance / 0.02 ** 2 - 1)).toBeLessThan(4 * Math.sqrt(2 / N));
  });

  it("lognormal: mean shift + m·exp(σ²/2), variance m²·exp(σ²)(exp(σ²) − 1)", () => {
    const [m, s] = [1.12, 0.3];
    const { mean, variance } = moments(draw({ type: "lognormal", median: m, sigma: s, shift: -1 }, "l"));
    const mu = -1 + m * Math.exp((s * s) / 2);
    const v = m * m * Math.exp(s * s) * (Math.exp(s * s) - 1);
    expect(Math.abs(mean - mu)).toBeLessThan(4 * Math.sqrt(v / N));
    expect(Math.abs(variance / v - 1)).toBeLessThan(0.03);
  });

  it("truncated normal by rejection: mean μ + σ(φ(α) − φ(β))/Z, variance σ²[1 + (αφ(α) − βφ(β))/Z − ((φ(α) − φ(β))/Z)²]", () => {
    const spec = { type: "truncnormal" as const, mean: 0.1, sd: 0.05, min: 0.05, max: 0.3 };
    expect(drawsDirectly(prepare(spec))).toBe(true);
    const col = draw(spec, "t");
    const [al, be] = [(0.05 - 0.1) / 0.05, (0.3 - 0.1) / 0.05];
    const Z = normalCdf(be) - normalCdf(al);
    const mu = 0.1 + (0.05 * (phi(al) - phi(be))) / Z;
    const v = 0.05 ** 2 * (1 + (al * phi(al) - be * phi(be)) / Z - ((phi(al) - phi(be)) / Z) ** 2);
    const { mean, variance } = moments(col);
    expect(Math.min(...col.subarray(0, 1000))).toBeGreaterThanOrEqual(0.05);
    expect(col.every((x) => x >= 0.05 && x <= 0.3)).toBe(true);
    expect(Math.abs(mean - mu)).toBeLessThan(4 * Math.sqrt(v / N));
    expect(Math.abs(variance / v - 1)).toBeLessThan(0.03);
  });

  it("a narrow truncation keeps the inverse CDF (from the same stream's uniforms)", () => {
    const spec = { type: "truncnormal" as const, mean: 0, sd: 1, min: 2, max: 3 };
    const p = prepare(spec);
    expect(drawsDirectly(p)).toBe(false);
    const col = new Float64Array(10);
    drawColumn(p, aleaStream(1, "narrow", 0), col, 0, 10);
    expect(col.every((x) => x >= 2 && x <= 3)).toBe(true);
  });
});
