/** An LU factorisation with partial pivoting of a square matrix M: P·M = L·U. */
export interface LuFactor {
  readonly n: number;
  /** L below the diagonal (unit diagonal implied) and U on and above it, row-major n × n. */
  readonly lu: Float64Array;
  /** Row permutation: row i of P·M is row perm[i] of M. */
  readonly perm: Int32Array;
  /** Whether a pivot was exactly zero (M singular): solves then give non-finite numbers. */
  readonly singular: boolean;
}

/** Columns per panel of the blocked factorisation (the panel's rows of U stay in cache for the update). */
const BLOCK = 48;

/**
 * LU factorisation with partial pivoting (Doolittle, right-looking and
 * blocked: Golub & Van Loan, Matrix Computations, 4th ed., §3.2.11), on a
 * row-major n × n matrix, which is copied (not changed). Each panel of 48
 * columns is factored, its rows of U are formed, and the trailing matrix is
 * updated four rows of U at a time, so the inner loop is a contiguous
 * multiply-add over a row that stays in cache. About 2n³/3 operations: factor
 * once, then solve (`luSolve`, `luSolveTransposed`) as often as needed.
 *
 * @example
 * const f = luFactor(Float64Array.from([2, 1, 4, 3]), 2);
 * // rows swapped (|4| > |2|): P·M = [[4, 3], [2, 1]] = [[1, 0], [0.5, 1]]·[[4, 3], [0, -0.5]]
 * Array.from(f.perm) // [1, 0]
 * Array.from(f.lu) // [4, 3, 0.5, -0.5]
 */
export function luFactor(m: ArrayLike<number>, n: number): LuFactor {
  if (m.length !== n * n) throw new RangeError(`luFactor: ${m.length} values for a ${n} × ${n} matrix`);
  const a = Float64Array.from(m);
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  let singular = false;
  const tmp = new Float64Array(n);
  for (let k0 = 0; k0 < n; k0 += BLOCK) {
    const k1 = Math.min(n, k0 + BLOCK);
    // ── the panel: columns k0 … k1 − 1, pivoting whole rows ──
    for (let k = k0; k < k1; k++) {
      let p = k;
      let best = Math.abs(a[k * n + k]!);
      for (let i = k + 1; i < n; i++) {
        const v = Math.abs(a[i * n + k]!);
        if (v > best) {
          best = v;
          p = i;
        }
      }
      if (p !== k) {
        tmp.set(a.subarray(k * n, k * n + n));
        a.copyWithin(k * n, p * n, p * n + n);
        a.set(tmp, p * n);
        const t = perm[k]!;
        perm[k] = perm[p]!;
        perm[p] = t;
      }
      const d = a[k * n + k]!;
      if (d === 0) {
        singular = true;
        continue;
      }
      for (let i = k + 1; i < n; i++) {
        const l = a[i * n + k]! / d;
        a[i * n + k] = l;
        if (l === 0) continue;
        for (let j = k + 1; j < k1; j++) a[i * n + j]! -= l * a[k * n + j]!;
      }
    }
    if (k1 === n) break;
    // ── rows k0 … k1 − 1 of U right of the panel: forward substitution with the panel's unit L ──
    for (let k = k0; k < k1; k++) {
      for (let i = k + 1; i < k1; i++) {
        const l = a[i * n + k]!;
        if (l === 0) continue;
        for (let j = k1; j < n; j++) a[i * n + j]! -= l * a[k * n + j]!;
      }
    }
    // ── the trailing matrix: A22 −= L21·U12, four rows of U12 at a time ──
    for (let i = k1; i < n; i++) {
      const r = i * n;
      let k = k0;
      for (; k + 3 < k1; k += 4) {
        const l0 = a[r + k]!;
        const l1 = a[r + k + 1]!;
        const l2 = a[r + k + 2]!;
        const l3 = a[r + k + 3]!;
        // sparse systems (I − A of a chain) leave many multipliers 0: nothing to subtract
        if (l0 === 0 && l1 === 0 && l2 === 0 && l3 === 0) continue;
        const u0 = k * n;
        const u1 = u0 + n;
        const u2 = u1 + n;
        const u3 = u2 + n;
        for (let j = k1; j < n; j++)
          a[r + j] = a[r + j]! - l0 * a[u0 + j]! - l1 * a[u1 + j]! - l2 * a[u2 + j]! - l3 * a[u3 + j]!;
      }
      for (; k < k1; k++) {
        const l = a[r + k]!;
        if (l === 0) continue;
        const u = k * n;
        for (let j = k1; j < n; j++) a[r + j]! -= l * a[u + j]!;
      }
    }
  }
  return { n, lu: a, perm, singular };
}
