/**
 * Refinement from a nearby factorisation with a sparse difference
 * (src/numeric/lu-refine-sparse.ts) and the chain's draws built on it
 * (src/analysis/chain/nearby-system.ts), against independent references: a
 * 2 × 2 system solved by hand, and for larger systems the direct solve of
 * the draw's own matrix (its own LU factorisation) and the defining identity
 * M·x = b.
 */
import { describe, expect, it } from "vitest";
import { luAlgebra } from "../../src/analysis/chain/lu.js";
import { nearbySystem } from "../../src/analysis/chain/nearby-system.js";
import { leontiefSystem } from "../../src/analysis/chain/solve-output.js";
import { luFactor } from "../../src/numeric/lu-factor.js";
import { luRefineSparse, type SparseDifference } from "../../src/numeric/lu-refine-sparse.js";
import { luSolve } from "../../src/numeric/lu-solve.js";
import { luSolveTransposed } from "../../src/numeric/lu-solve-transposed.js";

/** A deterministic uniform [0, 1) stream (Park–Miller), so the systems are the same every run. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 16807) % 2147483647;
    return s / 2147483647;
  };
}

/** Technical coefficients: n × n, k suppliers per column, column sums about 0.5. */
function coefficients(n: number, k: number, rnd: () => number): number[][] {
  const a = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++)
    for (let t = 0; t < k; t++) a[Math.floor(rnd() * n)]![j] = (0.5 / k) * (0.5 + rnd());
  return a;
}

const identityMinus = (a: number[][]) => {
  const n = a.length;
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) m[i * n + j] = (i === j ? 1 : 0) - a[i]![j]!;
  return m;
};

const maxRelDiff = (x: ArrayLike<number>, y: ArrayLike<number>) => {
  let d = 0;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    d = Math.max(d, Math.abs(x[i]! - y[i]!));
    s = Math.max(s, Math.abs(y[i]!));
  }
  return d / s;
};

describe("luRefineSparse", () => {
  it("2 × 2 by hand: M₀ = I, M = [[1, 0.1], [0, 1]] gives x = [0.9, 1] for b = [1, 1]; Mᵀ gives [1, 0.9]", () => {
    const f0 = luFactor(Float64Array.from([1, 0, 0, 1]), 2);
    const e: SparseDifference = {
      rows: Int32Array.of(0),
      cols: Int32Array.of(1),
      values: Float64Array.of(-0.1),
    };
    const x = luRefineSparse(f0, e, [1, 1])!;
    expect(x[0]).toBeCloseTo(0.9, 14);
    expect(x[1]).toBeCloseTo(1, 14);
    const y = luRefineSparse(f0, e, [1, 1], true)!;
    expect(y[0]).toBeCloseTo(1, 14);
    expect(y[1]).toBeCloseTo(0.9, 14);
  });

  it("300 sectors, 3 coefficients per column moved by up to ±20%: the draw's own direct solve, both orientations", () => {
    const n = 300;
    const rnd = lcg(7);
    const a0 = coefficients(n, 10, rnd);
    const f0 = luFactor(identityMinus(a0), n);
    const a = a0.map((r) => [...r]);
    const rows: number[] = [];
    const cols: number[] = [];
    const values: number[] = [];
    for (let j = 0; j < n; j++)
      for (let t = 0; t < 3; t++) {
        const i = Math.floor(rnd() * n);
        const v = a[i]![j]! * (0.8 + 0.4 * rnd()) + (a[i]![j] === 0 ? 0.01 * rnd() : 0);
        a[i]![j] = v;
      }
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++)
        if (a[i]![j] !== a0[i]![j]) {
          rows.push(i);
          cols.push(j);
          values.push(a[i]![j]! - a0[i]![j]!); // E = M₀ − M = A − A₀
        }
    const e = { rows: Int32Array.from(rows), cols: Int32Array.from(cols), values: Float64Array.from(values) };
    const own = luFactor(identityMinus(a), n);
    const b = Array.from({ length: n }, () => 1 + rnd());
    const x = luRefineSparse(f0, e, b, false, 1e-14)!;
    expect(maxRelDiff(x, luSolve(own, b))).toBeLessThan(1e-12);
    const y = luRefineSparse(f0, e, b, true, 1e-14)!;
    expect(maxRelDiff(y, luSolveTransposed(own, b))).toBeLessThan(1e-12);
    // and the defining identity (I − A)·x = b
    const m = identityMinus(a);
    const r = b.map((bi, i) => {
      let s = 0;
      for (let j = 0; j < n; j++) s += m[i * n + j]! * x[j]!;
      return s - bi;
    });
    expect(Math.max(...r.map(Math.abs))).toBeLessThan(1e-12);
  });

  it("a draw too far from the centre: null (the caller factors the draw itself)", () => {
    // M₀ = I, M = [[1, −2], [−2, 1]]: the iteration matrix M₀⁻¹E has spectral radius 2
    const f0 = luFactor(Float64Array.from([1, 0, 0, 1]), 2);
    const e = { rows: Int32Array.of(0, 1), cols: Int32Array.of(1, 0), values: Float64Array.of(2, 2) };
    expect(luRefineSparse(f0, e, [1, 1])).toBeNull();
  });
});

describe("nearbySystem (a chain's Monte Carlo draw)", () => {
  it("matches the draw's own Leontief system, with coefficients and regional shares moved", () => {
    const n = 120;
    const rnd = lcg(11);
    const a0 = coefficients(n, 8, rnd);
    const central = leontiefSystem(luAlgebra, a0);
    const a = a0.map((r) => r.map((v) => (v > 0 && rnd() < 0.2 ? v * (0.8 + 0.4 * rnd()) : v)));
    const s = Array.from({ length: n }, (_, i) => (i % 10 === 0 ? 0.9 : 1));
    const draw = nearbySystem(central, a, s);
    const direct = leontiefSystem(
      luAlgebra,
      a.map((r, i) => r.map((v) => v * s[i]!)),
    );
    const ones = new Array<number>(n).fill(1);
    const b = Array.from({ length: n }, () => rnd());
    expect(maxRelDiff(draw.solve(b), direct.solve(b))).toBeLessThan(1e-8); // draws are refined to a relative 1e-9 (TOLERANCE)
    expect(maxRelDiff(draw.solveTransposed(ones), direct.solveTransposed(ones))).toBeLessThan(1e-8); // draws are refined to a relative 1e-9 (TOLERANCE)
  });

  it("a draw the refinement cannot reach is factored: still the direct solution", () => {
    const a0 = [
      [0, 0],
      [0, 0],
    ];
    const a = [
      [0, 0.9],
      [0.9, 0],
    ];
    const draw = nearbySystem(leontiefSystem(luAlgebra, a0), a);
    // (I − A)⁻¹[1, 1] = [1, 1] / (1 − 0.9) = [10, 10] by hand
    const x = draw.solve([1, 1]);
    expect(x[0]).toBeCloseTo(10, 10);
    expect(x[1]).toBeCloseTo(10, 10);
  });
});
