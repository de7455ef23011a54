/**
 * The chain library's `LinearAlgebra` in plain TypeScript, for the browser
 * page: LU with partial pivoting (Doolittle), as mathjs `lup` / `lusolve`
 * do, without bringing mathjs (about 0.7 MB) into the page's bundle. The
 * systems are small (one row per linked sector).
 */
import type { Factor, LinearAlgebra, Mat } from "./linear-algebra.js";

/** PA = LU in one matrix (L below the diagonal, unit diagonal implied) and the permutation p: (PA)[i] = A[p[i]]. */
interface Lu {
  a: number[][];
  p: number[];
}

function lu(f: Factor): Lu {
  return f.lu as Lu;
}

/**
 * @example
 * const f = luAlgebra.factor([[2, 1], [4, 3]]);
 * luAlgebra.solve(f, [3, 7]) // [1, 1]
 * luAlgebra.solveTransposed(f, [6, 4]) // [1, 1]  (Aᵀy = c)
 */
export const luAlgebra: LinearAlgebra = {
  factor(m: Mat): Factor {
    const n = m.length;
    const a = m.map((r) => [...r]);
    const p = a.map((_, i) => i);
    for (let k = 0; k < n; k++) {
      let pivot = k;
      for (let i = k + 1; i < n; i++) if (Math.abs(a[i]![k]!) > Math.abs(a[pivot]![k]!)) pivot = i;
      if (pivot !== k) {
        [a[k], a[pivot]] = [a[pivot]!, a[k]!];
        [p[k], p[pivot]] = [p[pivot]!, p[k]!];
      }
      const d = a[k]![k]!;
      for (let i = k + 1; i < n; i++) {
        const row = a[i]!;
        const l = row[k]! / d;
        row[k] = l;
        if (l === 0) continue;
        for (let j = k + 1; j < n; j++) row[j] = row[j]! - l * a[k]![j]!;
      }
    }
    return { n, lu: { a, p } satisfies Lu };
  },
  solve(f: Factor, b: readonly number[]): number[] {
    const { a, p } = lu(f);
    const n = f.n;
    const y = p.map((i) => b[i]!);
    for (let i = 0; i < n; i++) for (let k = 0; k < i; k++) y[i] = y[i]! - a[i]![k]! * y[k]!;
    for (let i = n - 1; i >= 0; i--) {
      let s = y[i]!;
      for (let k = i + 1; k < n; k++) s -= a[i]![k]! * y[k]!;
      y[i] = s / a[i]![i]!;
    }
    return y;
  },
  solveTransposed(f: Factor, c: readonly number[]): number[] {
    // A = Pᵀ·L·U, so Aᵀ = Uᵀ·Lᵀ·P: solve Uᵀz = c, then Lᵀw = z, then y[p[i]] = w[i]
    const { a, p } = lu(f);
    const n = f.n;
    const z = new Array<number>(n);
    for (let i = 0; i < n; i++) {
      let s = c[i]!;
      for (let k = 0; k < i; k++) s -= a[k]![i]! * z[k]!;
      z[i] = s / a[i]![i]!;
    }
    for (let i = n - 1; i >= 0; i--) for (let k = i + 1; k < n; k++) z[i] = z[i]! - a[k]![i]! * z[k]!;
    const y = new Array<number>(n);
    for (let i = 0; i < n; i++) y[p[i]!] = z[i]!;
    return y;
  },
  inverse(m: Mat): number[][] {
    const f = luAlgebra.factor(m);
    const columns = m.map((_, j) =>
      luAlgebra.solve(
        f,
        m.map((_, i) => (i === j ? 1 : 0)),
      ),
    );
    return m.map((_, i) => columns.map((col) => col[i]!));
  },
};
