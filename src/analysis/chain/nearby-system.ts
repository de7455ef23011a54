/**
 * The Leontief system of a Monte Carlo draw, solved from the central
 * system's factors (`numeric/preconditioned-solve.ts`): a draw's coefficients
 * are near the central ones, so a few O(n²) refinement steps replace an
 * O(n³) factorisation. A draw too far from the centre for the refinement to
 * converge is factored after all (once, on its first solve). Draws are
 * solved to a relative 1e-11 (`TOLERANCE`): their results only enter
 * quantile sketches, which are accurate to 0.5%.
 */
import { type LuFactor, luFactor } from "../../numeric/lu-factor.js";
import { luSolve } from "../../numeric/lu-solve.js";
import { luSolveTransposed } from "../../numeric/lu-solve-transposed.js";
import { preconditionedSolve } from "../../numeric/preconditioned-solve.js";
import type { Mat } from "./linear-algebra.js";
import { luOf } from "./lu.js";
import type { LeontiefSystem } from "./solve-output.js";

/** Relative accuracy a draw's solutions are refined to (max norm of the last correction). */
export const TOLERANCE = 1e-11;

/**
 * I − diag(s)·A for coefficients near those of `central` (which must come
 * from `luAlgebra`); `s` defaults to ones. The matrix buffer `into` (n × n)
 * may be passed to reuse it across draws.
 *
 * @example
 * const sys = nearbySystem(leontiefSystem(luAlgebra, a0), a1);
 * sys.solve([600, 1500]) // (I − a1)⁻¹ [600, 1500], to about 1e-14
 */
export function nearbySystem(
  central: LeontiefSystem,
  a: Mat,
  s?: readonly number[],
  into?: Float64Array,
): LeontiefSystem {
  const n = a.length;
  const m = into ?? new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const row = a[i]!;
    const si = s ? s[i]! : 1;
    for (let j = 0; j < n; j++) m[i * n + j] = (i === j ? 1 : 0) - si * row[j]!;
  }
  const f0 = luOf(central.factor);
  let own: LuFactor | undefined;
  const solve = (b: readonly number[], transposed: boolean): number[] => {
    if (!own) {
      const x = preconditionedSolve(m, f0, b, transposed, TOLERANCE);
      if (x) return Array.from(x);
      own = luFactor(m, n);
    }
    return Array.from(transposed ? luSolveTransposed(own, b) : luSolve(own, b));
  };
  return {
    n,
    a,
    factor: central.factor,
    solve: (b) => solve(b, false),
    solveTransposed: (c) => solve(c, true),
  };
}
