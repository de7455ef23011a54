/**
 * The central projection and every goal checked against it, as Findings
 * parts (`chainsim run`).
 */
import { type Projection, shownValues } from "../../engine/project.js";
import type { ProjectionFindings, TargetFinding } from "../../model/findings.js";
import type { Scenario } from "../../model/scenario.js";
import type { TargetResult } from "../targets.js";
import { num } from "./scenario-facts.js";

/** Every quantity's shown values (projected, or the actual where one is published), year by year. */
export function projectionFindings(s: Scenario, p: Projection): ProjectionFindings {
  return {
    years: [...p.years],
    series: [...s.quantities.keys()].map((id) => ({ id, values: shownValues(p, id).map(num) })),
  };
}

/** One goal's central result. */
export function targetFinding(r: TargetResult): TargetFinding {
  return {
    id: r.target.id,
    projected: num(r.projected),
    met: r.met,
    gap: num(r.gap),
    gap_relative: num(r.gapRelative),
    required_cagr: num(r.requiredCagr),
    start: r.start ? { year: r.start.year, value: r.start.value, kind: r.start.kind } : null,
  };
}
