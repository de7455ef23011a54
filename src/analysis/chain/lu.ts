/**
 * The chain library's `LinearAlgebra`: the numeric LU routines
 * (`numeric/lu-*.ts`, typed arrays, blocked factorisation) behind the
 * matrix-as-rows interface the chain modules use. It is plain TypeScript, so
 * the browser page uses it too (no mathjs in its bundle).
 */
import { type LuFactor, luFactor } from "../../numeric/lu-factor.js";
import { luInverse } from "../../numeric/lu-inverse.js";
import { luSolve } from "../../numeric/lu-solve.js";
import { luSolveTransposed } from "../../numeric/lu-solve-transposed.js";
import type { Factor, LinearAlgebra, Mat } from "./linear-algebra.js";

/** A row-major copy of a square matrix given as rows. */
export function flatten(m: Mat): Float64Array {
  const n = m.length;
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const row = m[i]!;
    if (row.length !== n) throw new RangeError(`row ${i} has ${row.length} values, not ${n}`);
    for (let j = 0; j < n; j++) out[i * n + j] = row[j]!;
  }
  return out;
}

/** Rows of a row-major n × n array. */
export function rowsOf(x: Float64Array, n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from(x.subarray(i * n, i * n + n)));
}

/** The typed factorisation inside a `Factor` made by `luAlgebra`. */
export function luOf(f: Factor): LuFactor {
  return f.lu as LuFactor;
}

/**
 * @example
 * const f = luAlgebra.factor([[2, 1], [4, 3]]);
 * luAlgebra.solve(f, [3, 7]) // [1, 1]
 * luAlgebra.solveTransposed(f, [6, 4]) // [1, 1]  (Aᵀy = c)
 * luAlgebra.inverse([[2, 1], [4, 3]]) // [[1.5, -0.5], [-2, 1]]
 */
export const luAlgebra: LinearAlgebra = {
  factor(m: Mat): Factor {
    return { n: m.length, lu: luFactor(flatten(m), m.length) };
  },
  solve(f: Factor, b: readonly number[]): number[] {
    return Array.from(luSolve(luOf(f), b));
  },
  solveTransposed(f: Factor, c: readonly number[]): number[] {
    return Array.from(luSolveTransposed(luOf(f), c));
  },
  inverse(m: Mat): number[][] {
    return rowsOf(luInverse(luFactor(flatten(m), m.length)), m.length);
  },
};
