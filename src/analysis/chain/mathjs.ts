/**
 * The mathjs instance of chain analysis: imported only through
 * `loadLinearAlgebra()` (a dynamic import), so commands other than `chain`
 * never pay for loading mathjs. No expression is parsed here: only numeric
 * matrices are factored and solved, in plain `number` arithmetic.
 */
import { all, create, type LUDecomposition, type MathCollection, type Matrix } from "mathjs";
import type { Factor, LinearAlgebra, Mat } from "./linear-algebra.js";

const math = create(all!, { number: "number", predictable: true });

const rows = (m: Mat) => m.map((r) => [...r]);
const toArray = (m: MathCollection): number[][] =>
  (math.isMatrix(m) ? (m as Matrix).toArray() : m) as number[][];

export const linearAlgebra: LinearAlgebra = {
  factor(m: Mat): Factor {
    return { n: m.length, lu: math.lup(rows(m)) };
  },
  solve(f: Factor, b: readonly number[]): number[] {
    const x = math.lusolve(f.lu as LUDecomposition, [...b]);
    return toArray(x).map((r) => r[0]!);
  },
  solveTransposed(f: Factor, c: readonly number[]): number[] {
    // P·M = L·U, so Mᵀ = Uᵀ·Lᵀ·P: solve Uᵀz = c, then Lᵀw = z (unit diagonal), then y[p[i]] = w[i]
    const { L, U, p } = f.lu as LUDecomposition;
    const l = toArray(L);
    const u = toArray(U);
    const n = f.n;
    const z = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      let s = c[i]!;
      for (let k = 0; k < i; k++) s -= u[k]![i]! * z[k]!;
      z[i] = s / u[i]![i]!;
    }
    const w = new Array<number>(n);
    for (let i = n - 1; i >= 0; i--) {
      let s = z[i]!;
      for (let k = i + 1; k < n; k++) s -= l[k]![i]! * w[k]!;
      w[i] = s;
    }
    const y = new Array<number>(n);
    for (let i = 0; i < n; i++) y[p[i]!] = w[i]!;
    return y;
  },
  inverse(m: Mat): number[][] {
    return toArray(math.inv(rows(m)));
  },
};
