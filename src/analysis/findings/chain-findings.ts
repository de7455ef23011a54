/**
 * The industry chain at central coefficients, with one demand shock, as a
 * Findings part (the report's chart 8 and the planner page's chain panel).
 */

import type { ChainFindings } from "../../model/findings.js";
import type { Scenario } from "../../model/scenario.js";
import type { Shock } from "../../model/shock.js";
import type { ChainResult } from "../chain/analyse.js";
import { num } from "./scenario-facts.js";

/** A chain result (with at most one demand shock) as Findings. */
export function chainFindings(
  r: ChainResult,
  line: number,
  shock: { sector: string; arg: string } | null,
): ChainFindings {
  const d = r.demand;
  return {
    year: r.year,
    sectors: [...r.sectors],
    line,
    leontief: r.leontief.map((row) => row.map(num)),
    regional: r.regional.map((row) => row.map(num)),
    final_demand: r.finalDemand.map(num),
    shock:
      d && shock
        ? {
            sector: shock.sector,
            arg: shock.arg,
            direct: d.direct.map((x) => num(x.central)),
            indirect: d.indirect.map((x) => num(x.central)),
            total: d.output.map((x) => num(x.central)),
            relative: d.relative.map((x) => num(x.central)),
          }
        : null,
  };
}

/**
 * Run the chain at central coefficients with one demand shock: `shock`
 * (SECTOR=CHANGE), or by default the sector with the largest final demand −10%.
 * Null when the scenario has no links.
 */
export async function chainFindingsOf(
  s: Scenario,
  opts: { shock?: Shock | undefined },
): Promise<ChainFindings | null> {
  const links = s.links;
  if (!links) return null;
  const [{ analyseChain }, { defaultShock }] = await Promise.all([
    import("../chain/analyse.js"),
    import("../chain/shock.js"),
  ]);
  const sectors = links.sectors;
  const shock = opts.shock ?? defaultShock(sectors, (await analyseChain(s, { samples: 0 })).finalDemand);
  const r = await analyseChain(s, { samples: 0, shocks: [shock] });
  return chainFindings(r, links.line, shock);
}
