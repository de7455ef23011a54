/**
 * analyse(scenario, options): run the analyses a caller asks for and compose
 * their results into one Findings value — plain, serialisable data that
 * every renderer (tables, JSON, CSV, Markdown, the HTML report, the planner
 * page, notebooks) reads, so they cannot disagree about a number.
 *
 * @example
 * const f = await analyse(scenario, { parts: ["check", "simulation"], samples: 10_000, seed: 1 });
 * f.simulation!.targets[0]!.probability // e.g. 0.83
 */

import type { Diagnostic } from "../diagnostics.js";
import { project } from "../engine/project.js";
import type { Findings } from "../model/findings.js";
import type { Scenario } from "../model/scenario.js";
import type { Shock } from "../model/shock.js";
import { check } from "./check.js";
import { explainFindings } from "./explain.js";
import { baseFindings, manifestOf } from "./findings/base.js";
import { chainFindingsOf } from "./findings/chain-findings.js";
import { checkFindings } from "./findings/check-findings.js";
import { simulatedCostsFindings } from "./findings/costs-findings.js";
import { projectionFindings, targetFinding } from "./findings/projection-findings.js";
import { warningFacts } from "./findings/scenario-facts.js";
import { sensitivityFindings } from "./findings/sensitivity-findings.js";
import { simulationFindings } from "./findings/simulation-findings.js";
import { evaluateTargets } from "./targets.js";

/** The parts of Findings a caller can ask for. */
export type FindingsPart =
  | "projection"
  | "targets"
  | "check"
  | "simulation"
  | "sensitivity"
  | "chain"
  | "costs"
  | "explain";

export { baseFindings, manifestOf } from "./findings/base.js";

export interface AnalyseOptions {
  /** The parts to compute (scenario facts, warnings and the manifest are always there). */
  parts: readonly FindingsPart[];
  /** Last year projected (projection, targets; default: the horizon). */
  to?: number;
  /** Monte Carlo samples (simulation, costs); 0 leaves the sampled parts out. */
  samples?: number;
  seed?: number;
  /** Latin hypercube sampling (simulation). */
  lhs?: boolean;
  /** Quasi-Monte Carlo, a scrambled Sobol' sequence (simulation). */
  qmc?: boolean;
  /** Threads for the simulation (the results do not depend on it). */
  workers?: number;
  /**
   * Instead of `samples`: run until every goal probability's standard error is
   * at most this (a pilot run, then enough samples; engine/precision.ts).
   */
  precision?: number;
  onProgress?: (done: number, total: number) => void;
  /** Warnings found while running (Monte Carlo draws of money below zero: W_NEGATIVE_DRAWS); they are in `warnings` too. */
  onWarning?: (d: Diagnostic) => void;
  /** The goal whose gap the sensitivity part analyses, its Sobol base samples and seed. */
  sensitivity?: { target: string; samples?: number; seed?: number };
  /** The chain part's demand shock (read by `parseShock`; default: the largest final demand −10%). */
  shock?: Shock;
  /** The goal the explain part explains. */
  explain?: string;
  /**
   * The manifest's fields after the scenario's (the command, its settings);
   * default: seed, samples and method when the simulation ran.
   */
  manifest?: Record<string, unknown>;
}

export async function analyse(s: Scenario, opts: AnalyseOptions): Promise<Findings> {
  const want = new Set(opts.parts);
  const seed = opts.seed ?? 1;
  const samples = opts.samples ?? 0;
  const f = baseFindings(s, opts.manifest);
  if (want.has("projection") || want.has("targets")) {
    const p = project(s, opts.to === undefined ? {} : { to: opts.to });
    if (want.has("projection")) f.projection = projectionFindings(s, p);
    if (want.has("targets")) f.targets = evaluateTargets(s, p).map(targetFinding);
  }
  if (want.has("check")) {
    const c = check(s);
    f.check = checkFindings(c);
    // the check's goals are the central targets (over the horizon)
    if (!f.targets && opts.to === undefined) f.targets = c.goals.map(targetFinding);
  }
  if (want.has("simulation") && (samples > 0 || opts.precision !== undefined)) {
    const run = {
      seed,
      lhs: opts.lhs === true,
      ...(opts.qmc ? { qmc: true } : {}),
      ...(opts.workers !== undefined ? { workers: opts.workers } : {}),
      ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    };
    const r =
      opts.precision === undefined
        ? await (await import("../engine/simulate.js")).simulate(s, { ...run, samples })
        : await (await import("../engine/precision.js")).simulateToPrecision(s, run, opts.precision);
    f.simulation = simulationFindings(r);
    for (const w of r.warnings ?? []) opts.onWarning?.(w);
    if (r.warnings) f.warnings.push(...warningFacts(r.warnings));
    if (!opts.manifest) f.manifest = manifestOf(s, { seed: r.seed, samples: r.samples, method: r.method });
  }
  if (want.has("sensitivity") && opts.sensitivity) {
    f.sensitivity = await sensitivityFindings(s, opts.sensitivity.target, {
      ...(opts.sensitivity.samples !== undefined ? { samples: opts.sensitivity.samples } : {}),
      seed: opts.sensitivity.seed ?? seed,
    });
  }
  if (want.has("chain")) {
    const chain = await chainFindingsOf(s, { shock: opts.shock });
    if (chain) f.chain = chain;
  }
  if (want.has("costs")) {
    const costs = await simulatedCostsFindings(s, { samples, seed });
    if (costs) f.costs = costs;
  }
  if (want.has("explain") && opts.explain !== undefined) f.explain = explainFindings(s, opts.explain);
  return f;
}
