/**
 * report.xlsx: the report's numbers as a workbook beside report.html — the
 * Findings the report already computed (check, simulation, chain, costs,
 * sensitivity) completed with the projection and goal results, rendered by
 * findingsXlsx. Nothing is computed twice.
 */

import type { CheckResult } from "../../analysis/check.js";
import { checkFindings } from "../../analysis/findings/check-findings.js";
import { projectionFindings, targetFinding } from "../../analysis/findings/projection-findings.js";
import { simulationFindings } from "../../analysis/findings/simulation-findings.js";
import type { SimulationResult } from "../../engine/simulate.js";
import type { Lang } from "../../i18n/lang.js";
import type { Findings } from "../../model/findings.js";
import type { Scenario } from "../../model/scenario.js";
import { findingsXlsx } from "./findings-workbook.js";

/**
 * The report's workbook.
 *
 * @example
 * files.push({ path: "report.xlsx", data: await reportXlsx(s, found, result, sim, lang) });
 */
export async function reportXlsx(
  s: Scenario,
  found: Findings,
  c: CheckResult,
  sim: SimulationResult | null,
  lang: Lang,
): Promise<Uint8Array> {
  const f: Findings = {
    ...found,
    projection: projectionFindings(s, c.projection),
    targets: c.goals.map(targetFinding),
    check: checkFindings(c),
    ...(sim ? { simulation: simulationFindings(sim) } : {}),
  };
  if (sim) f.manifest = { ...f.manifest, seed: sim.seed, samples: sim.samples, method: sim.method };
  return findingsXlsx(f, lang);
}
