/**
 * The industry-chain view of the workbench, at central coefficients and
 * local shares: output multipliers, Rasmussen linkages and the propagation of
 * a final-demand shock. It is `chainsim chain --samples 0` itself: the chain
 * analysis's setup (the central system factored once by the numeric LU
 * routines) and its evaluation, with no solve of the page's own. The shock is
 * the report's default: the sector with the largest final demand, −10%.
 */
import { evaluateChain } from "../analysis/chain/chain-evaluate.js";
import { chainSetup } from "../analysis/chain/chain-setup.js";
import { classifySector, type SectorClass } from "../analysis/chain/linkages.js";
import { defaultShock, type Shock } from "../analysis/chain/shock.js";
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
 * const v = pageChain(shandong)!;
 * v.multipliers[v.sectors.indexOf("ai")] // 1.17…, as `chainsim chain` prints
 */
export function pageChain(s: Scenario): PageChain | null {
  if (!s.links || s.links.sectors.length === 0) return null;
  let st: ReturnType<typeof chainSetup>;
  try {
    st = chainSetup(s, {});
  } catch {
    return null; // a sector not projected in the horizon year: no chain view
  }
  const shock = defaultShock(st.sectors, st.base.f);
  const m = evaluateChain({ ...st.context, shocks: [shock], supplyShocks: [] }, st.central, () => st.system);
  const get = (key: string) => m.get(key) ?? [];
  const backward = get("backward");
  const forward = get("forward");
  return {
    year: st.year,
    sectors: st.sectors,
    output: st.base.x,
    finalDemand: st.base.f,
    multipliers: get("multipliers"),
    backward,
    forward,
    classes: backward.map((b, i) => classifySector(b, forward[i]!)),
    shock: {
      shock,
      delta: get("demand.delta"),
      output: get("demand.output"),
      indirect: get("demand.indirect"),
      relative: get("demand.relative"),
      total: get("demand.total")[0] ?? 0,
    },
  };
}
