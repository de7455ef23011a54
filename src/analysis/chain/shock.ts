/**
 * Shocks to final demand (Leontief, demand-driven) and to primary inputs
 * (Ghosh, supply-driven), and their effects on every sector's output.
 *
 * A shock names a sector and a change: relative (`terminals=-10%`, of the
 * sector's final demand or primary inputs) or absolute (`terminals=-600亿`,
 * an amount in the scenario's unit; a bare number is in that unit).
 */

import type { Shock } from "../../model/shock.js";
import { solveSupply } from "./ghosh.js";
import type { LinearAlgebra, Mat } from "./linear-algebra.js";
import type { LeontiefSystem } from "./solve-output.js";

export type { Shock };

/**
 * The shock the report and the planner page show when none is asked for: a
 * 10% fall in the final demand of the sector with the largest final demand
 * (the first such sector on a tie).
 *
 * @example
 * defaultShock(["ic", "terminals"], [120, 900]) // { sector: "terminals", kind: "relative", value: -0.1, arg: "terminals=-10%" }
 */
export function defaultShock(sectors: readonly string[], finalDemand: readonly number[]): Shock {
  let best = 0;
  finalDemand.forEach((v, i) => {
    if (v > finalDemand[best]!) best = i;
  });
  const sector = sectors[best]!;
  return { sector, kind: "relative", value: -0.1, arg: `${sector}=-10%` };
}

/**
 * The change of each sector's final demand (or primary inputs) for a list of
 * shocks: relative shocks scale `base`, absolute ones add their amount.
 *
 * @example
 * shockVector([{ sector: "b", kind: "relative", value: -0.1, arg: "b=-10%" }], ["a", "b"], [350, 1700])
 * // [0, -170]
 */
export function shockVector(
  shocks: readonly Shock[],
  sectors: readonly string[],
  base: readonly number[],
): number[] {
  const d = sectors.map(() => 0);
  for (const s of shocks) {
    const i = sectors.indexOf(s.sector);
    d[i] = d[i]! + (s.kind === "relative" ? s.value * base[i]! : s.value);
  }
  return d;
}

/** The effect of a shock on each sector: the shocked change itself (direct) and the rest (indirect). */
export interface ShockEffect {
  /** The change applied: final demand (demand shocks) or primary inputs (supply shocks). */
  delta: number[];
  /** Change of total output. */
  output: number[];
  /** = delta: the shocked sectors' own change. */
  direct: number[];
  /** output − direct: what travels along the chain. */
  indirect: number[];
}

/**
 * Demand-driven effect: Δx = (I − A)⁻¹ Δf.
 *
 * @example
 * // Miller & Blair: f from [350, 1700] to [600, 1500] (Δf = [250, −200])
 * demandShock(leontiefSystem(la, [[0.15, 0.25], [0.2, 0.05]]), [250, -200])
 * // output [247.52, −158.42], direct [250, −200], indirect [−2.48, 41.58]
 */
export function demandShock(sys: LeontiefSystem, deltaF: readonly number[]): ShockEffect {
  const output = sys.solve(deltaF);
  return { delta: [...deltaF], output, direct: [...deltaF], indirect: output.map((x, i) => x - deltaF[i]!) };
}

/**
 * Supply-driven effect (Ghosh): Δx' = Δv'(I − B)⁻¹ for allocation coefficients B.
 *
 * @example
 * supplyShock(la, [[0.15, 0.5], [0.1, 0.05]], [-130, 0]) // output [−163.04, −85.81]
 */
export function supplyShock(la: LinearAlgebra, b: Mat, deltaV: readonly number[]): ShockEffect {
  const output = solveSupply(la, b, deltaV);
  return { delta: [...deltaV], output, direct: [...deltaV], indirect: output.map((x, i) => x - deltaV[i]!) };
}
