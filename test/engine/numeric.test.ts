/**
 * The numeric building blocks of the simulation, against closed forms.
 */
import { describe, expect, it } from "vitest";
import { cholesky } from "../../src/numeric/cholesky.js";
import { incompleteBeta } from "../../src/numeric/incomplete-beta.js";
import { inverseIncompleteBeta } from "../../src/numeric/inverse-incomplete-beta.js";
import { logGamma } from "../../src/numeric/log-gamma.js";
import { symmetricEigenvalues } from "../../src/numeric/symmetric-eigenvalues.js";
import { wilsonInterval } from "../../src/numeric/wilson-interval.js";

describe("logGamma", () => {
  it("ln Γ(n) = ln (n−1)! and ln Γ(½) = ln √π", () => {
    let f = 1;
    for (let n = 1; n <= 20; n++) {
      expect(logGamma(n)).toBeCloseTo(Math.log(f), 12);
      f *= n;
    }
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    // Γ(x+1) = x Γ(x)
    for (const x of [0.1, 0.7, 2.5, 13.3]) expect(logGamma(x + 1) - logGamma(x)).toBeCloseTo(Math.log(x), 12);
  });
});

describe("incompleteBeta", () => {
  it("matches closed forms", () => {
    // I_x(1, b) = 1 − (1 − x)^b ; I_x(a, 1) = x^a
    for (const x of [0.01, 0.3, 0.5, 0.9]) {
      expect(incompleteBeta(x, 1, 4)).toBeCloseTo(1 - (1 - x) ** 4, 14);
      expect(incompleteBeta(x, 3, 1)).toBeCloseTo(x ** 3, 14);
      // I_x(2, 3) = Σ_{j=2..4} C(4, j) x^j (1 − x)^(4−j)
      const b23 = 6 * x ** 2 * (1 - x) ** 2 + 4 * x ** 3 * (1 - x) + x ** 4;
      expect(incompleteBeta(x, 2, 3)).toBeCloseTo(b23, 14);
      // symmetry I_x(a, b) = 1 − I_{1−x}(b, a)
      expect(incompleteBeta(x, 2.5, 4.2)).toBeCloseTo(1 - incompleteBeta(1 - x, 4.2, 2.5), 14);
    }
    // I_x(½, ½) = (2/π) asin √x (the arcsine distribution)
    expect(incompleteBeta(0.25, 0.5, 0.5)).toBeCloseTo((2 / Math.PI) * Math.asin(0.5), 13);
    expect(incompleteBeta(0, 2, 3)).toBe(0);
    expect(incompleteBeta(1, 2, 3)).toBe(1);
  });

  it("is inverted by inverseIncompleteBeta to ~1e-14 over PERT shapes and beyond", () => {
    for (const [a, b] of [
      [1, 5],
      [5, 1],
      [3, 3],
      [1.2, 4.8],
      [2.6, 3.4],
      [30, 2],
    ] as const) {
      for (const p of [1e-9, 1e-4, 0.01, 0.2, 0.5, 0.77, 0.99, 1 - 1e-7]) {
        const x = inverseIncompleteBeta(p, a, b);
        expect(Math.abs(incompleteBeta(x, a, b) - p)).toBeLessThan(1e-13 * Math.max(1, p / 1e-3));
      }
    }
    // the arcsine case Beta(½, ½): x = sin²(πp/2)
    for (const p of [0.001, 0.3, 0.9]) {
      expect(inverseIncompleteBeta(p, 0.5, 0.5)).toBeCloseTo(Math.sin((Math.PI * p) / 2) ** 2, 13);
    }
    expect(inverseIncompleteBeta(0.6875, 2, 3)).toBeCloseTo(0.5, 14);
    expect(inverseIncompleteBeta(0.5, 3, 3)).toBeCloseTo(0.5, 14);
  });
});

describe("cholesky and eigenvalues", () => {
  it("factors a correlation matrix: L Lᵀ = A", () => {
    const a = [
      [1, 0.6, 0.5],
      [0.6, 1, 0.5],
      [0.5, 0.5, 1],
    ];
    const l = cholesky(a)!;
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let s = 0;
        for (let k = 0; k < 3; k++) s += l[i]![k]! * l[j]![k]!;
        expect(s).toBeCloseTo(a[i]![j]!, 14);
      }
    }
    // [[1, .6], [.6, 1]] → [[1, 0], [.6, .8]] (0.8 = √(1 − 0.36))
    expect(
      cholesky([
        [1, 0.6],
        [0.6, 1],
      ]),
    ).toEqual([
      [1, 0],
      [0.6, 0.8],
    ]);
  });
  it("accepts semi-definite matrices (ρ = 1) and refuses indefinite ones", () => {
    expect(
      cholesky([
        [1, 1],
        [1, 1],
      ]),
    ).toEqual([
      [1, 0],
      [1, 0],
    ]);
    expect(
      cholesky([
        [1, 2],
        [2, 1],
      ]),
    ).toBeNull();
  });
  it("eigenvalues: [[2,1],[1,2]] → 1, 3; a contradictory correlation matrix has a negative one", () => {
    const e = symmetricEigenvalues([
      [2, 1],
      [1, 2],
    ]);
    expect(e[0]).toBeCloseTo(1, 14);
    expect(e[1]).toBeCloseTo(3, 14);
    // a~b 0.9, b~c 0.9, a~c −0.9: eigenvalues −0.8, 1.9, 1.9 (trace 3)
    const bad = symmetricEigenvalues([
      [1, 0.9, -0.9],
      [0.9, 1, 0.9],
      [-0.9, 0.9, 1],
    ]);
    expect(bad[0]).toBeCloseTo(-0.8, 13);
    expect(bad[2]).toBeCloseTo(1.9, 13);
  });
});

describe("wilsonInterval", () => {
  it("matches the closed form and stays in [0, 1]", () => {
    // 50/100: centre (0.5 + 1.92/100)/(1 + 3.84/100) = 0.5, half-width 1.96/1.0384 · √(0.0025 + 0.000096) = 0.0962
    const [lo, hi] = wilsonInterval(50, 100);
    expect(lo).toBeCloseTo(0.4038315303659956, 12);
    expect(hi).toBeCloseTo(0.5961684696340044, 12);
    expect(wilsonInterval(0, 100)[0]).toBe(0);
    expect(wilsonInterval(100, 100)[1]).toBe(1);
    // z²/(n + z²) = 3.8415/103.8415 = 0.03699 is the upper bound at 0 successes
    expect(wilsonInterval(0, 100)[1]).toBeCloseTo(
      1.959963984540054 ** 2 / (100 + 1.959963984540054 ** 2),
      14,
    );
  });
});
