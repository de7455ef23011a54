/**
 * `chainsim sweep` output: goal probabilities (or, with --samples 0, central
 * projections and met/missed) at every point of a grid over one or two
 * assumptions.
 */
import type { TargetResult } from "../analysis/targets.js";
import type { SimulationResult } from "../engine/simulate.js";
import type { Scenario } from "../model/scenario.js";
import { toCsv } from "./csv.js";
import { formatValue, roundForOutput } from "./format.js";
import { manifest } from "./manifest.js";
import { goalUnit } from "./run-output.js";
import { formatProbability } from "./simulate-output.js";
import { renderTable } from "./table.js";

export interface SweepPoint {
  /** path → value text, e.g. { "software.growth": "12%" } */
  values: Record<string, string>;
  scenario: Scenario;
  results: TargetResult[];
  simulation: SimulationResult | null;
}

export interface SweepSettings {
  parameters: Array<{ path: string; values: string[] }>;
  samples: number;
  seed: number;
  method: string | null;
  /** Goal ids to show (all when empty). */
  goals: string[];
}

const shown = (p: SweepPoint, settings: SweepSettings) =>
  p.results
    .map((r, i) => ({ r, sim: p.simulation?.targets[i] }))
    .filter(({ r }) => settings.goals.length === 0 || settings.goals.includes(r.target.id));

export function sweepJson(points: SweepPoint[], settings: SweepSettings) {
  return {
    parameters: settings.parameters,
    samples: settings.samples,
    seed: settings.samples > 0 ? settings.seed : null,
    method: settings.method,
    points: points.map((p) => ({
      set: p.values,
      targets: shown(p, settings).map(({ r, sim }) =>
        sim
          ? {
              id: r.target.id,
              probability: roundForOutput(sim.probability),
              ci95: sim.ci95.map((x) => roundForOutput(x)),
              deterministic_met: r.met,
            }
          : { id: r.target.id, projected: roundForOutput(r.projected), met: r.met },
      ),
      all_targets_probability: p.simulation?.all ? roundForOutput(p.simulation.all.probability) : null,
    })),
    manifest: points[0]
      ? manifest(points[0].scenario, {
          sweep: settings.parameters.map((q) => q.path),
          ...(settings.samples > 0
            ? { seed: settings.seed, samples: settings.samples, method: settings.method }
            : {}),
        })
      : null,
  };
}

export function sweepTable(points: SweepPoint[], settings: SweepSettings): string {
  const params = settings.parameters;
  const first = points[0]!;
  const simulated = settings.samples > 0;
  const cell = (p: SweepPoint, id: string) => {
    const i = p.results.findIndex((r) => r.target.id === id);
    const r = p.results[i]!;
    if (simulated) return formatProbability(p.simulation!.targets[i]!.probability);
    return `${formatValue(r.projected, goalUnit(p.scenario, r.target))}${r.met ? " met" : r.met === false ? " missed" : ""}`;
  };
  const goals = shown(first, settings).map(({ r }) => r.target.id);
  const head = `${first.scenario.title}  (${first.scenario.id})   ${
    simulated
      ? `P(met) per point, ${settings.samples.toLocaleString("en-US")} samples, seed ${settings.seed}, common random numbers`
      : "central projection per point"
  }`;
  // two parameters and one goal: a matrix
  if (params.length === 2 && goals.length === 1) {
    const [a, b] = params as [SweepSettings["parameters"][0], SweepSettings["parameters"][0]];
    const rows = a.values.map((va, i) => [
      va,
      ...b.values.map((_, j) => cell(points[i * b.values.length + j]!, goals[0]!)),
    ]);
    const table = renderTable(
      [
        { header: `${a.path} \\ ${b.path}` },
        ...b.values.map((v) => ({ header: v, align: "right" as const })),
      ],
      rows,
    );
    return `${head}\ngoal ${goals[0]}\n\n${table}\n`;
  }
  const table = renderTable(
    [
      ...params.map((q) => ({ header: q.path })),
      ...goals.map((g) => ({ header: g, align: "right" as const })),
      ...(simulated ? [{ header: "all goals", align: "right" as const }] : []),
    ],
    points.map((p) => [
      ...params.map((q) => p.values[q.path]!),
      ...goals.map((g) => cell(p, g)),
      ...(simulated ? [formatProbability(p.simulation!.all?.probability)] : []),
    ]),
  );
  return `${head}\n\n${table}\n`;
}

export function sweepCsv(points: SweepPoint[], settings: SweepSettings): string {
  const params = settings.parameters.map((q) => q.path);
  const rows: unknown[][] = [];
  for (const p of points) {
    for (const { r, sim } of shown(p, settings)) {
      rows.push([
        ...params.map((q) => p.values[q]),
        r.target.id,
        roundForOutput(r.projected),
        r.met,
        sim ? roundForOutput(sim.probability) : "",
        sim ? roundForOutput(sim.ci95[0]) : "",
        sim ? roundForOutput(sim.ci95[1]) : "",
      ]);
    }
  }
  return toCsv([...params, "goal", "projected", "met", "probability", "ci95_low", "ci95_high"], rows);
}
