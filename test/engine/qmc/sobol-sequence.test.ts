/**
 * Sobol' points against published values and the net property that makes
 * them quasi-random.
 */
import { describe, expect, it } from "vitest";
import { sobolSequence } from "../../../src/engine/qmc/sobol-sequence.js";

const HALF = 2 ** -33; // coordinates are (X + ½)/2³²

describe("Sobol' sequence (Joe–Kuo new-joe-kuo-6.21201)", () => {
  it("starts as published: 0, ½, ¾, ¼, ⅜, ⅞, ⅝, ⅛ in dimension 1", () => {
    // Bratley & Fox (1988), ACM TOMS 14, Algorithm 659, and Joe & Kuo (2008): the first points of
    // dimensions 1–3 in Gray-code order (direction numbers m = 1; 1, 3 for dimensions 1–3).
    const p = sobolSequence(8, 3);
    const dim = (d: number) => Array.from(p.subarray(d * 8, d * 8 + 8), (x) => x - HALF);
    expect(dim(0)).toEqual([0, 0.5, 0.75, 0.25, 0.375, 0.875, 0.625, 0.125]);
    expect(dim(1)).toEqual([0, 0.5, 0.25, 0.75, 0.375, 0.875, 0.125, 0.625]);
    expect(dim(2)).toEqual([0, 0.5, 0.25, 0.75, 0.625, 0.125, 0.875, 0.375]);
  });

  it("agrees with an independent implementation far into the sequence and the table", () => {
    // scipy.stats.qmc.Sobol(1024, scramble=False, bits=32).random(70000), which reads the same
    // Joe–Kuo table: point 69999 in dimensions 6, 501, 1001 and point 4097 in dimension 400, × 2³².
    const at = (j: number, d: number) => (sobolSequence(1, d, { skip: j })[d - 1]! - HALF) * 2 ** 32;
    expect(at(69999, 6)).toBe(4240670720);
    expect(at(69999, 501)).toBe(429752320);
    expect(at(69999, 1001)).toBe(2907013120);
    expect(at(4097, 400)).toBe(2063073280);
    // skipping ahead gives the same points as running through them
    const p = sobolSequence(5000, 3);
    const q = sobolSequence(3, 3, { skip: 4997 });
    for (let d = 0; d < 3; d++) for (let j = 0; j < 3; j++) expect(q[d * 3 + j]).toBe(p[d * 5000 + 4997 + j]);
  });

  it("stays a (0, m, 2)-net in dimensions 1–2 and stratified in every dimension when scrambled", () => {
    // LMS + digital shift preserves the t-value of the net (Owen 2003): each elementary box of
    // volume 2^-m in dimensions 1–2 holds exactly one of the first 2^m points.
    const m = 8;
    const n = 2 ** m;
    const dims = 400;
    const p = sobolSequence(n, dims, { seed: 7 });
    for (let a = 0; a <= m; a++) {
      const seen = new Set<number>();
      for (let j = 0; j < n; j++) {
        const cell = Math.floor(p[j]! * 2 ** a) * 2 ** (m - a) + Math.floor(p[n + j]! * 2 ** (m - a));
        seen.add(cell);
      }
      expect(seen.size).toBe(n);
    }
    for (let d = 0; d < dims; d++) {
      const seen = new Set<number>();
      for (let j = 0; j < n; j++) seen.add(Math.floor(p[d * n + j]! * n));
      expect(seen.size).toBe(n);
    }
    for (const x of p) expect(x > 0 && x < 1).toBe(true);
  });

  it("is reproducible from its seed, and replicates differ", () => {
    const a = sobolSequence(64, 5, { seed: 3 });
    expect(sobolSequence(64, 5, { seed: 3 })).toEqual(a);
    expect(sobolSequence(64, 5, { seed: 3, replicate: 1 })).not.toEqual(a);
    expect(sobolSequence(64, 5, { seed: 4 })).not.toEqual(a);
  });

  it("integrates a smooth function far better than its sample size suggests", () => {
    // ∫ Π (1 + (x_d − ½)) over [0,1]^5 = 1; a scrambled net of 1024 points errs by far less than
    // plain Monte Carlo's standard error √((13/12)^5 − 1)/√1024 ≈ 0.0208.
    const n = 1024;
    const p = sobolSequence(n, 5, { seed: 11 });
    let s = 0;
    for (let j = 0; j < n; j++) {
      let v = 1;
      for (let d = 0; d < 5; d++) v *= 1 + (p[d * n + j]! - 0.5);
      s += v;
    }
    expect(Math.abs(s / n - 1)).toBeLessThan(0.002);
  });
});
