// biome-ignore-all lint/correctness/noPrecisionLoss: reference values as mpmath printed them, to 22 digits
/**
 * The normal draws: xoshiro128** against published reference outputs, the inverse CDF against
 * high-precision reference values, the ziggurat against the normal law
 * (Kolmogorov–Smirnov, moments, the tail), and the direct column draws
 * against the closed-form moments of each distribution.
 */
import { describe, expect, it } from "vitest";
import { drawColumn, drawsDirectly } from "../../src/engine/distributions/draw-column.js";
import { normalCdf, normalQuantile, prepare } from "../../src/engine/distributions/index.js";
import { F, tail, X, zigguratColumn, zigguratNormal } from "../../src/engine/distributions/ziggurat.js";
import {
  HALF_STEP,
  hash128,
  monteCarloColumn,
  stream,
  Xoshiro,
  xoshiroColumn,
  xoshiroStream,
} from "../../src/engine/streams.js";

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

describe("xoshiro128**", () => {
  const fromState = (words: number[]) => {
    const x = new Xoshiro("");
    x.s.set(words.map((w) => w | 0));
    return x;
  };

  it("gives the reference outputs from the state (1, 2, 3, 4)", () => {
    // the C reference (prng.di.unimi.it/xoshiro128starstar.c) from s = {1, 2, 3, 4}, as the Rust
    // crate rand_xoshiro checks it (Xoshiro128StarStar, test `reference`)
    const x = fromState([1, 2, 3, 4]);
    const want = [
      11520, 0, 5927040, 70819200, 2031721883, 1637235492, 1287239034, 3734860849, 3729100597, 4258142804,
    ];
    expect(want.map(() => x.int32() >>> 0)).toEqual(want);
  });

  it("gives the reference outputs and states of a second published vector", () => {
    // edorfaus/xoshiro-6502, test-rom/testdata.asm: seed bytes 0C 4A 4D 96 … read as little-endian
    // words, the outputs and states the C reference implementation printed
    const x = fromState([0x964d4a0c, 0xd40ab895, 0xad7fdecb, 0x3006f0f0]);
    const outputs = [0xf1391922, 0x6fe53806, 0xa5be2840, 0xf510ee70];
    const states = [
      [0x72410269, 0xef382c52, 0x2e43bec7, 0x62432f20],
      [0xff3a011b, 0xb33a90fc, 0x2c5a18ae, 0xd81b946b],
      [0x941b058c, 0x605a8949, 0xa641e1b5, 0x0824bb59],
      [0xfc65379c, 0x52006d70, 0x87487639, 0xf1908343],
    ];
    for (let k = 0; k < 4; k++) {
      expect(x.int32() >>> 0).toBe(outputs[k]);
      expect(Array.from(x.s, (w) => w >>> 0)).toEqual(states[k]);
    }
  });

  it("next() is the 32-bit output over 2³², and the column helpers give the same numbers", () => {
    const a = xoshiroStream(3, "k", 2);
    const b = xoshiroStream(3, "k", 2);
    for (let i = 0; i < 1000; i++) expect(a.next()).toBe((b.int32() >>> 0) / 2 ** 32);
    const c1 = new Float64Array(300);
    const c2 = new Float64Array(300);
    monteCarloColumn(stream(3, "k", 2), 300, c1, 0);
    xoshiroColumn(xoshiroStream(3, "k", 2), 300, c2, 0);
    expect(Array.from(c2)).toEqual(Array.from(c1));
    expect(c1[0]).toBe(xoshiroStream(3, "k", 2).next() + HALF_STEP);
  });

  it("gives every stream name its own state: 200,000 names of blocks and inputs, no two alike, none zero", () => {
    const seen = new Set<string>();
    const s = new Int32Array(4);
    let zero = 0;
    for (const input of ["software.growth", "software.growth@2024", "a", "种子"])
      for (let block = 0; block < 50_000; block++) {
        hash128(`1:${input}:${block}`, s);
        if ((s[0]! | s[1]! | s[2]! | s[3]!) === 0) zero++;
        seen.add(`${s[0]},${s[1]},${s[2]},${s[3]}`);
      }
    expect(zero).toBe(0);
    expect(seen.size).toBe(200_000);
  });

  it("hashes with avalanche: one changed character flips each state bit with probability ½ (±4 s.e.)", () => {
    // 2,000 pairs of names differing in the block number's last digit; each of the 128 bits
    // flips in a Binomial(2000, ½) count of pairs
    const a = new Int32Array(4);
    const b = new Int32Array(4);
    const flips = new Float64Array(128);
    const n = 2000;
    for (let k = 0; k < n; k++) {
      hash128(`7:x:${k * 10}`, a);
      hash128(`7:x:${k * 10 + 1}`, b);
      for (let w = 0; w < 4; w++)
        for (let bit = 0; bit < 32; bit++) flips[w * 32 + bit]! += ((a[w]! ^ b[w]!) >>> bit) & 1;
    }
    const se = Math.sqrt(n * 0.25);
    // 128 bits at ±4.5 s.e.: a false alarm has probability about 128 · 7e-6 ≈ 0.1%
    for (const f of flips) expect(Math.abs(f - n / 2)).toBeLessThan(4.5 * se);
  });

  it("first draws of neighbouring blocks are uncorrelated (Pearson r within 4/√n of 0)", () => {
    const n = 20_000;
    const u = new Float64Array(n);
    const v = new Float64Array(n);
    for (let b = 0; b < n; b++) {
      u[b] = xoshiroStream(1, "g", b).next();
      v[b] = xoshiroStream(1, "g", b + 1).next();
    }
    const mean = (x: Float64Array) => x.reduce((s, y) => s + y, 0) / x.length;
    const [mu, mv] = [mean(u), mean(v)];
    let [suv, suu, svv] = [0, 0, 0];
    for (let i = 0; i < n; i++) {
      suv += (u[i]! - mu) * (v[i]! - mv);
      suu += (u[i]! - mu) ** 2;
      svv += (v[i]! - mv) ** 2;
    }
    expect(Math.abs(suv / Math.sqrt(suu * svv))).toBeLessThan(4 / Math.sqrt(n));
    // and uniform: a Kolmogorov–Smirnov test on the first draws of 20,000 blocks
    expect(ksDistance(u.slice().sort(), (x) => Math.min(1, Math.max(0, x)))).toBeLessThan(ksCritical(n));
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
  const a = xoshiroStream(11, "ziggurat-test", 0);
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
    const b = xoshiroStream(12, "tail", 0);
    const n = 50_000;
    const t = new Float64Array(n);
    for (let i = 0; i < n; i++) t[i] = tail(b);
    t.sort();
    expect(t[0]).toBeGreaterThan(r);
    const q = normalCdf(-r);
    expect(ksDistance(t, (x) => 1 - normalCdf(-x) / q)).toBeLessThan(ksCritical(n));
  });

  it("draws the same numbers from the same stream, one at a time or a column at a time, in any cut", () => {
    const a1 = xoshiroStream(5, "x", 3);
    const a2 = xoshiroStream(5, "x", 3);
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
    drawColumn(p, xoshiroStream(21, key, 0), col, 0, N);
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
    drawColumn(p, xoshiroStream(1, "narrow", 0), col, 0, 10);
    expect(col.every((x) => x >= 2 && x <= 3)).toBe(true);
  });
});
