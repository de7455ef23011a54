/**
 * The industry-chain view of the interactive page, at central coefficients
 * and local shares: output multipliers, Rasmussen linkages and the
 * propagation of a final-demand shock, as `chainsim chain` and the report's
 * chain charts compute them (the same library functions, on the page's
 * mathjs-free linear algebra). The shock is the report's default: the sector
 * with the largest final demand, −10%.
 */
import { rasmussen, type SectorClass } from "../analysis/chain/linkages.js";
import { luAlgebra } from "../analysis/chain/lu.js";
import { scaleRows } from "../analysis/chain/matrix.js";
import { outputMultipliers } from "../analysis/chain/multipliers.js";
import { defaultShock, demandShock, type Shock, shockVector } from "../analysis/chain/shock.js";
import { finalDemandFor, leontiefSystem } from "../analysis/chain/solve-output.js";
import { type Projection, valueAt } from "../engine/project.js";
import type { Scenario } from "../model/scenario.js";

export interface PageChain {
  year: number;
  sectors: string[];
  /** Base output: the projection, or (I − A_r)⁻¹f with stated final demand. */
  output: number[];
  finalDemand: number[];
  multipliers: number[];
  backward: number[];
  forward: number[];
  classes: SectorClass[];
  shock: {
    shock: Shock;
    /** Δ final demand (direct), Δ output, and the part that travels along the chain. */
    delta: number[];
    output: number[];
    indirect: number[];
    relative: number[];
    total: number;
  };
}

/**
 * @example
 * const v = pageChain(shandong, check(shandong).projection)!;
 * v.multipliers[v.sectors.indexOf("ai")] // 1.17…, as `chainsim chain` prints
 */
export function pageChain(s: Scenario, projection: Projection): PageChain | null {
  const links = s.links;
  if (!links) return null;
  const year = s.horizon;
  const { sectors } = links;
  const projected = sectors.map((id) => valueAt(projection, id, year));
  if (sectors.length === 0 || projected.some((v) => !Number.isFinite(v))) return null;
  const a = links.coefficients.map((row) => row.map((c) => c?.central ?? 0));
  const ar = scaleRows(
    a,
    links.localShare.map((c) => c?.central ?? 1),
  );
  const sys = leontiefSystem(luAlgebra, ar);
  const stated = links.finalDemand?.map((c) => c?.central ?? 0);
  const output = stated ? sys.solve(stated) : projected;
  const finalDemand = stated ?? finalDemandFor(ar, projected);
  const multipliers = outputMultipliers(sys);
  const linkages = rasmussen(sys, multipliers);
  const shock = defaultShock(sectors, finalDemand);
  const e = demandShock(sys, shockVector([shock], sectors, finalDemand));
  return {
    year,
    sectors,
    output,
    finalDemand,
    multipliers,
    backward: linkages.backward,
    forward: linkages.forward,
    classes: linkages.classes,
    shock: {
      shock,
      delta: e.delta,
      output: e.output,
      indirect: e.indirect,
      relative: e.output.map((v, i) => (output[i]! !== 0 ? v / output[i]! : Number.NaN)),
      total: e.output.reduce((t, v) => t + v, 0),
    },
  };
}
