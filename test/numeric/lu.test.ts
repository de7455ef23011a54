/**
 * LU factorisation, solves and inverse (src/numeric/lu-*.ts) against closed
 * forms: the 2 × 2 inverse [[d, −b], [−c, a]] / (ad − bc), diagonal and
 * triangular systems (solved by hand), and — for sizes past one panel of the
 * blocked factorisation — the defining identities M·x = b and M·M⁻¹ = I.
 */
import { describe, expect, it } from "vitest";
import { luFactor } from "../../src/numeric/lu-factor.js";
import { luInverse } from "../../src/numeric/lu-inverse.js";
import { luSolve } from "../../src/numeric/lu-solve.js";
import { luSolveTransposed } from "../../src/numeric/lu-solve-transposed.js";

const close = (a: ArrayLike<number>, b: ArrayLike<number>, tol = 1e-12) => {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) expect(Math.abs(a[i]! - b[i]!)).toBeLessThanOrEqual(tol);
};

describe("LU", () => {
  it("2 × 2: the closed-form inverse [[d, −b], [−c, a]] / (ad − bc)", () => {
    const [a, b, c, d] = [3, 7, 2, 5]; // det = 15 − 14 = 1
    const f = luFactor([a, b, c, d], 2);
    close(luInverse(f), [d, -b, -c, a]);
    // [[0.85, −0.25], [−0.2, 0.95]] (Miller & Blair's I − A): det 0.7575
    const g = luFactor([0.85, -0.25, -0.2, 0.95], 2);
    close(luInverse(g), [0.95 / 0.7575, 0.25 / 0.7575, 0.2 / 0.7575, 0.85 / 0.7575]);
  });

  it("pivots: a zero in the top-left corner", () => {
    const f = luFactor([0, 1, 1, 0], 2);
    expect(Array.from(f.perm)).toEqual([1, 0]);
    close(luSolve(f, [2, 3]), [3, 2]);
  });

  it("diagonal: x_i = b_i / d_i; transposed the same", () => {
    const n = 5;
    const m = new Float64Array(n * n);
    const dg = [2, -4, 0.5, 8, 10];
    dg.forEach((v, i) => {
      m[i * n + i] = v;
    });
    const f = luFactor(m, n);
    close(luSolve(f, [2, 4, 1, 4, 5]), [1, -1, 2, 0.5, 0.5]);
    close(luSolveTransposed(f, [2, 4, 1, 4, 5]), [1, -1, 2, 0.5, 0.5]);
  });

  it("upper triangular: back substitution by hand", () => {
    // [[1, 2, 3], [0, 4, 5], [0, 0, 6]] x = [14, 23, 18]: x3 = 3, x2 = (23 − 15)/4 = 2, x1 = 14 − 4 − 9 = 1
    const f = luFactor([1, 2, 3, 0, 4, 5, 0, 0, 6], 3);
    close(luSolve(f, [14, 23, 18]), [1, 2, 3]);
    // transposed: [[1, 0, 0], [2, 4, 0], [3, 5, 6]] y = [1, 10, 31]: y = [1, 2, 3]
    close(luSolveTransposed(f, [1, 10, 31]), [1, 2, 3]);
  });

  it("past one panel (n = 130): M·x = b, Mᵀ·y = c and M·M⁻¹ = I to rounding", () => {
    const n = 130;
    let seed = 7;
    const rnd = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647 - 0.5;
    };
    const m = Float64Array.from({ length: n * n }, rnd);
    for (let i = 0; i < n; i++) m[i * n + i]! += 2; // well conditioned, yet pivoting still swaps rows
    const b = Float64Array.from({ length: n }, rnd);
    const f = luFactor(m, n);
    expect(f.singular).toBe(false);
    const x = luSolve(f, b);
    const y = luSolveTransposed(f, b);
    const inv = luInverse(f);
    for (let i = 0; i < n; i++) {
      let s = 0;
      let t = 0;
      for (let j = 0; j < n; j++) {
        s += m[i * n + j]! * x[j]!;
        t += m[j * n + i]! * y[j]!;
      }
      expect(Math.abs(s - b[i]!)).toBeLessThan(1e-12);
      expect(Math.abs(t - b[i]!)).toBeLessThan(1e-12);
      for (let j = 0; j < n; j += 13) {
        let p = 0;
        for (let k = 0; k < n; k++) p += m[i * n + k]! * inv[k * n + j]!;
        expect(Math.abs(p - (i === j ? 1 : 0))).toBeLessThan(1e-12);
      }
    }
  });

  it("a singular matrix is flagged", () => {
    expect(luFactor([1, 2, 2, 4], 2).singular).toBe(true);
    expect(() => luFactor([1, 2, 3], 2)).toThrow(RangeError);
  });
});
