/**
 * `chainsim sweep`: goal probabilities (or, with no samples, central
 * projections and met/missed) at every point of a grid over one or two
 * assumptions. Every point uses the same seed (common random numbers), so
 * differences between points come from the assumptions, not the draws.
 */
import { fail } from "../diagnostics.js";
import { project } from "../engine/project.js";
import type { Findings, SweepPointFindings } from "../model/findings.js";
import type { Scenario } from "../model/scenario.js";
import { baseFindings } from "./findings/base.js";
import { goalValueUnit, num } from "./findings/scenario-facts.js";
import { evaluateTargets } from "./targets.js";

export interface SweepOptions {
  /** The swept assumptions and their values as written ("5%", "6%", …). */
  parameters: Array<{ path: string; values: string[] }>;
  /** Samples per point; 0 for central projections. */
  samples: number;
  seed: number;
  lhs?: boolean;
  /** Goal ids to report (every goal when empty). */
  goals: string[];
  onProgress?: (done: number, total: number) => void;
}

/**
 * Sweep the grid: each point is a list of `PATH=VALUE` overrides, applied by
 * `load`.
 *
 * @example
 * const f = await sweep([["software.growth=5%"], ["software.growth=10%"]], (sets) => loadScenario(file, { set: sets }), { parameters, samples: 1000, seed: 1, goals: [] });
 * f.sweep!.points[1]!.targets[0]!.probability
 */
export async function sweep(
  grid: readonly string[][],
  load: (sets: string[]) => Promise<Scenario>,
  opts: SweepOptions,
): Promise<Findings> {
  const { samples, seed } = opts;
  const method = samples > 0 ? (opts.lhs ? "latin-hypercube" : "monte-carlo") : null;
  const points: SweepPointFindings[] = [];
  let first: Scenario | undefined;
  for (const [k, sets] of grid.entries()) {
    const s = await load(sets);
    if (!first) {
      first = s;
      for (const g of opts.goals)
        if (!s.targets.some((t) => t.id === g)) fail("E_UNKNOWN_REFERENCE", { kind: "target", name: g });
    }
    points.push(await point(s, sets, opts));
    opts.onProgress?.(k + 1, grid.length);
  }
  const findings = baseFindings(first!, {
    sweep: opts.parameters.map((q) => q.path),
    ...(samples > 0 ? { seed, samples, method } : {}),
  });
  findings.sweep = { parameters: opts.parameters, samples, seed, method, goals: opts.goals, points };
  return findings;
}

async function point(s: Scenario, sets: string[], opts: SweepOptions): Promise<SweepPointFindings> {
  const results = evaluateTargets(s, project(s));
  let sim: Awaited<ReturnType<typeof import("../engine/simulate.js")["simulate"]>> | null = null;
  if (opts.samples > 0) {
    const { simulate } = await import("../engine/simulate.js");
    sim = await simulate(s, { samples: opts.samples, seed: opts.seed, lhs: opts.lhs === true });
  }
  const shown = results
    .map((r, i) => ({ r, t: sim?.targets[i] }))
    .filter(({ r }) => opts.goals.length === 0 || opts.goals.includes(r.target.id));
  return {
    set: Object.fromEntries(sets.map((x) => [x.slice(0, x.indexOf("=")), x.slice(x.indexOf("=") + 1)])),
    targets: shown.map(({ r, t }) => ({
      id: r.target.id,
      unit: goalValueUnit(s, r.target).symbol,
      projected: num(r.projected),
      met: r.met,
      probability: t ? num(t.probability) : null,
      ci95: t ? [num(t.ci95[0]), num(t.ci95[1])] : null,
    })),
    all_targets_probability: sim?.all ? num(sim.all.probability) : null,
  };
}
