/**
 * `chainsim compare`: variants of a scenario (or two scenario files) side by
 * side — the central value of every quantity in the comparison year, every
 * goal's central result and, with samples, its probability (common random
 * numbers: every column uses the same seed) — with each column's difference
 * from the first.
 */
import { type Projection, project, valueAt } from "../engine/project.js";
import type { CompareFindings, Findings, Num, SimulationFindings, TargetFinding } from "../model/findings.js";
import type { Scenario } from "../model/scenario.js";
import { baseFindings, manifestOf } from "./findings/base.js";
import { targetFinding } from "./findings/projection-findings.js";
import { goalValueUnit, num, scenarioFacts } from "./findings/scenario-facts.js";
import { simulationFindings } from "./findings/simulation-findings.js";
import { evaluateTargets } from "./targets.js";

/** One column to compare: a file and a variant (null: the file without one). */
export interface CompareColumnPlan {
  file: string;
  variant: string | null;
  label: string;
}

/**
 * The columns to compare: the variants asked for (or "base" and every
 * variant of a single file; "base" of each of two files), labelled by variant,
 * or "scenario-id/variant" when two files are compared.
 *
 * @example
 * comparePlan([{ file: "a.yaml", id: "a", variants: ["fast"] }]) // base and fast of a.yaml
 */
export function comparePlan(
  bases: ReadonlyArray<{ file: string; id: string; variants: readonly string[] }>,
  variants?: readonly string[],
): CompareColumnPlan[] {
  const two = bases.length > 1;
  return bases.flatMap((b) =>
    (variants?.length ? variants : two ? ["base"] : ["base", ...b.variants]).map((v) => ({
      file: b.file,
      variant: v === "base" ? null : v,
      label: two ? `${b.id}/${v}` : v,
    })),
  );
}

export interface CompareOptions {
  /** Samples per column; 0 for central assumptions only. */
  samples: number;
  seed: number;
  lhs?: boolean;
  onProgress?: (done: number, total: number) => void;
}

const diff = (a: Num | undefined, b: Num | undefined): Num =>
  a === null || a === undefined || b === null || b === undefined ? null : a - b;

interface Column {
  label: string;
  scenario: Scenario;
  projection: Projection;
  targets: TargetFinding[];
  simulation: SimulationFindings | null;
}

/**
 * Compare the planned columns, loading each with `load`.
 *
 * @example
 * const f = await compare(comparePlan(bases), (file, variant) => loadScenario(file, { ...(variant ? { variant } : {}) }), { samples: 1000, seed: 1 });
 * f.compare!.targets[0]!.diff[1]!.probability // the second column's probability minus the first's
 */
export async function compare(
  plan: readonly CompareColumnPlan[],
  load: (file: string, variant: string | null) => Promise<Scenario>,
  opts: CompareOptions,
): Promise<Findings> {
  const { samples, seed } = opts;
  const method = samples > 0 ? (opts.lhs ? "latin-hypercube" : "monte-carlo") : null;
  const columns: Column[] = [];
  const total = plan.length * Math.max(samples, 1);
  for (const [k, p] of plan.entries()) {
    const s = await load(p.file, p.variant);
    const projection = project(s);
    let simulation: SimulationFindings | null = null;
    if (samples > 0) {
      const { simulate } = await import("../engine/simulate.js");
      const r = await simulate(s, {
        samples,
        seed,
        lhs: opts.lhs === true,
        onProgress: (done) => opts.onProgress?.(k * samples + done, total),
      });
      simulation = simulationFindings(r);
    }
    columns.push({
      label: p.label,
      scenario: s,
      projection,
      targets: evaluateTargets(s, projection).map(targetFinding),
      simulation,
    });
  }
  const first = columns[0]!;
  // every column is read in the first column's horizon
  const year = first.scenario.horizon;
  const settings = samples > 0 ? { seed, samples, method } : {};
  const findings = baseFindings(first.scenario, settings);
  findings.compare = {
    samples,
    seed,
    method,
    year,
    columns: columns.map((c) => ({
      label: c.label,
      scenario: scenarioFacts(c.scenario),
      manifest: manifestOf(c.scenario, settings),
      targets: c.targets,
      simulation: c.simulation,
    })),
    ...rows(columns, year),
    all_targets_probability: columns.map((c) => c.simulation?.all?.probability ?? null),
  };
  return findings;
}

/** Quantities and goals in order of first appearance, each column's value and its difference from the first. */
function rows(columns: Column[], year: number): Pick<CompareFindings, "quantities" | "targets"> {
  const quantities: CompareFindings["quantities"] = [];
  const goals: string[] = [];
  for (const c of columns) {
    for (const q of c.scenario.quantities.values()) {
      if (quantities.some((x) => x.id === q.id)) continue;
      const values = columns.map((col) =>
        col.scenario.quantities.has(q.id) ? num(valueAt(col.projection, q.id, year)) : null,
      );
      quantities.push({
        id: q.id,
        name: q.names,
        unit: q.unit.symbol,
        values,
        diff: values.map((v) => diff(v, values[0])),
      });
    }
    for (const t of c.scenario.targets) if (!goals.includes(t.id)) goals.push(t.id);
  }
  const targets = goals.map((id) => {
    const cells = columns.map((c) => {
      const i = c.scenario.targets.findIndex((t) => t.id === id);
      if (i < 0) return null;
      const r = c.targets[i]!;
      const sim = c.simulation?.targets[i];
      const t = c.scenario.targets[i]!;
      const unit = goalValueUnit(c.scenario, t).symbol;
      return {
        projected: r.projected,
        met: r.met,
        unit,
        probability: sim ? sim.probability : null,
        ci95: sim ? sim.ci95 : null,
      };
    });
    const base = cells[0];
    return {
      id,
      columns: cells,
      diff: cells.map((cell) => ({
        projected: diff(cell?.projected, base?.projected),
        probability: diff(cell?.probability, base?.probability),
      })),
    };
  });
  return { quantities, targets };
}
