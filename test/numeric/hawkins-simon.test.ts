import { describe, expect, it } from "vitest";
import { hawkinsSimon } from "../../src/numeric/hawkins-simon.js";
import { spectralRadius } from "../../src/numeric/spectral-radius.js";

describe("hawkinsSimon", () => {
  it("gives the leading principal minors of I − A (Miller and Blair's example)", () => {
    const r = hawkinsSimon([
      [0.15, 0.25],
      [0.2, 0.05],
    ]);
    expect(r.productive).toBe(true);
    expect(r.failsAt).toBe(0);
    expect(r.minors[0]).toBeCloseTo(0.85, 12);
    expect(r.minors[1]).toBeCloseTo(0.85 * 0.95 - 0.25 * 0.2, 12);
  });

  it("fails where a block of sectors needs more of each other than they make", () => {
    const r = hawkinsSimon([
      [0.5, 0.6],
      [0.9, 0.5],
    ]);
    expect(r.productive).toBe(false);
    expect(r.failsAt).toBe(2);
    expect(r.minors[1]).toBeCloseTo(0.25 - 0.54, 12);
    expect(hawkinsSimon([[1.2]])).toEqual({ productive: false, minors: [1 - 1.2], failsAt: 1 });
  });

  it("agrees with the spectral radius on random non-negative matrices", () => {
    let seed = 7;
    const rnd = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    for (let k = 0; k < 200; k++) {
      const n = 1 + Math.floor(rnd() * 5);
      const scale = 0.1 + rnd() * 0.5;
      const a = Array.from({ length: n }, () => Array.from({ length: n }, () => rnd() * scale));
      const rho = spectralRadius(a);
      if (Math.abs(rho - 1) < 1e-6) continue;
      expect(hawkinsSimon(a).productive).toBe(rho < 1);
    }
  });
});

describe("spectralRadius", () => {
  it("finds the Perron root", () => {
    expect(
      spectralRadius([
        [0.15, 0.25],
        [0.2, 0.05],
      ]),
    ).toBeCloseTo(0.1 + Math.sqrt(0.0525), 9);
    expect(
      spectralRadius([
        [0.5, 0.6],
        [0.9, 0.5],
      ]),
    ).toBeCloseTo(0.5 + Math.sqrt(0.54), 9);
  });
  it("handles periodic and reducible matrices", () => {
    expect(
      spectralRadius([
        [0, 1],
        [1, 0],
      ]),
    ).toBeCloseTo(1, 9);
    expect(
      spectralRadius([
        [0.3, 0],
        [0.5, 0.6],
      ]),
    ).toBeCloseTo(0.6, 7);
    expect(spectralRadius([])).toBe(0);
  });
});
