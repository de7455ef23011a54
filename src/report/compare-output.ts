/**
 * `chainsim compare` output: variants (and scenario files) side by side —
 * the central projection of every quantity in the last year, and every goal
 * with its central status and, when simulated, its probability — with the
 * difference of each column from the first.
 */
import type { TargetResult } from "../analysis/targets.js";
import { type Projection, valueAt } from "../engine/project.js";
import type { SimulationResult } from "../engine/simulate.js";
import { displayName, type Quantity } from "../model/quantity.js";
import type { Scenario } from "../model/scenario.js";
import type { Target } from "../model/target.js";
import { toCsv } from "./csv.js";
import { formatSigned, formatValue, roundForOutput } from "./format.js";
import { manifest } from "./manifest.js";
import { goalUnit, type Lang } from "./run-output.js";
import { formatProbability } from "./simulate-output.js";
import { renderTable } from "./table.js";

export interface CompareColumn {
  /** "base", a variant name, or "scenario-id/variant" when two files are compared. */
  label: string;
  scenario: Scenario;
  projection: Projection;
  results: TargetResult[];
  simulation: SimulationResult | null;
}

export interface CompareSettings {
  samples: number;
  seed: number;
  method: string | null;
}

/** Quantity ids and goal ids in the order of first appearance across columns. */
function rowsOf(columns: CompareColumn[]) {
  const quantities: Quantity[] = [];
  const goals: Target[] = [];
  for (const c of columns) {
    for (const q of c.scenario.quantities.values())
      if (!quantities.some((x) => x.id === q.id)) quantities.push(q);
    for (const t of c.scenario.targets) if (!goals.some((x) => x.id === t.id)) goals.push(t);
  }
  return { quantities, goals };
}

const resultOf = (c: CompareColumn, id: string) => {
  const i = c.scenario.targets.findIndex((t) => t.id === id);
  return i < 0
    ? undefined
    : { result: c.results[i]!, sim: c.simulation ? c.simulation.targets[i]! : undefined };
};

const diff = (a: number | null | undefined, b: number | null | undefined) =>
  a === null || a === undefined || b === null || b === undefined || Number.isNaN(a) || Number.isNaN(b)
    ? null
    : a - b;

export function compareJson(columns: CompareColumn[], settings: CompareSettings) {
  const first = columns[0]!;
  const year = first.scenario.horizon;
  const { quantities, goals } = rowsOf(columns);
  return {
    columns: columns.map((c) => ({
      label: c.label,
      scenario: c.scenario.id,
      file: c.scenario.provenance.file.replace(/\\/g, "/"),
      variant: c.scenario.provenance.variant,
    })),
    samples: settings.samples,
    seed: settings.seed,
    method: settings.method,
    year,
    quantities: quantities.map((q) => {
      const values = columns.map((c) =>
        c.scenario.quantities.has(q.id) ? valueAt(c.projection, q.id, year) : Number.NaN,
      );
      return {
        id: q.id,
        unit: q.unit.symbol,
        values: values.map((v) => roundForOutput(v)),
        diff: values.map((v) => roundForOutput(diff(v, values[0]))),
      };
    }),
    targets: goals.map((t) => {
      const cells = columns.map((c) => resultOf(c, t.id));
      const base = cells[0];
      return {
        id: t.id,
        columns: cells.map((cell) =>
          cell
            ? {
                projected: roundForOutput(cell.result.projected),
                met: cell.result.met,
                probability: cell.sim ? roundForOutput(cell.sim.probability) : null,
                ci95: cell.sim ? cell.sim.ci95.map((x) => roundForOutput(x)) : null,
              }
            : null,
        ),
        diff: cells.map((cell) => ({
          projected: roundForOutput(diff(cell?.result.projected, base?.result.projected)),
          probability: roundForOutput(diff(cell?.sim?.probability, base?.sim?.probability)),
        })),
      };
    }),
    all_targets_probability: columns.map((c) =>
      c.simulation?.all ? roundForOutput(c.simulation.all.probability) : null,
    ),
    manifests: columns.map((c) =>
      manifest(
        c.scenario,
        settings.samples > 0
          ? { seed: settings.seed, samples: settings.samples, method: settings.method }
          : {},
      ),
    ),
  };
}

/** A difference in percentage points: "+12.3 pp". */
function formatPoints(d: number | null): string {
  if (d === null) return "–";
  const v = d * 100;
  if (Math.abs(v) < 0.05) return "0";
  return `${v > 0 ? "+" : "−"}${Math.abs(v).toFixed(1)} pp`;
}

export function compareTable(columns: CompareColumn[], settings: CompareSettings, lang: Lang = "zh"): string {
  const first = columns[0]!;
  const year = first.scenario.horizon;
  const { quantities, goals } = rowsOf(columns);
  const withDiff = (label: string) => (label === first.label ? [label] : [label, "Δ"]);
  const headers = columns.flatMap((c) => withDiff(c.label));
  const head = `${first.scenario.title}  (${columns.map((c) => c.label).join(" vs ")})${
    settings.samples > 0
      ? `   ${settings.samples.toLocaleString("en-US")} samples, seed ${settings.seed}, common random numbers`
      : "   central assumptions"
  }`;
  const qTable = renderTable(
    [{ header: `quantity in ${year}` }, ...headers.map((h) => ({ header: h, align: "right" as const }))],
    quantities.map((q) => {
      const values = columns.map((c) =>
        c.scenario.quantities.has(q.id) ? valueAt(c.projection, q.id, year) : Number.NaN,
      );
      return [
        `${displayName(q, lang)} ${q.id}`,
        ...values.flatMap((v, i) =>
          i === 0
            ? [formatValue(v, q.unit)]
            : [formatValue(v, q.unit), formatSigned(diff(v, values[0]), q.unit)],
        ),
      ];
    }),
  );
  const simulated = columns.some((c) => c.simulation);
  const gTable = renderTable(
    [
      { header: simulated ? "goal: P(met), central" : "goal: projected, central" },
      ...headers.map((h) => ({ header: h, align: "right" as const })),
    ],
    goals.map((t) => {
      const cells = columns.map((c) => resultOf(c, t.id));
      const base = cells[0];
      return [
        t.id,
        ...cells.flatMap((cell, i) => {
          if (!cell) return i === 0 ? ["–"] : ["–", "–"];
          const status = cell.result.met === null ? "n/a" : cell.result.met ? "met" : "missed";
          const u = goalUnit(columns[i]!.scenario, cell.result.target);
          const main = simulated
            ? `${formatProbability(cell.sim?.probability)} ${status}`
            : `${formatValue(cell.result.projected, u)} ${status}`;
          if (i === 0) return [main];
          const d = simulated
            ? formatPoints(diff(cell.sim?.probability, base?.sim?.probability))
            : formatSigned(diff(cell.result.projected, base?.result.projected), u);
          return [main, d];
        }),
      ];
    }),
  );
  const lines = [head, "", qTable, "", gTable];
  if (simulated) {
    const all = columns.map((c) => c.simulation?.all?.probability ?? null);
    lines.push(
      "",
      `all goals met together: ${columns.map((c, i) => `${c.label} ${formatProbability(all[i])}`).join(", ")}`,
    );
  }
  return `${lines.join("\n")}\n`;
}

export function compareCsv(columns: CompareColumn[], settings: CompareSettings): string {
  const j = compareJson(columns, settings);
  const rows: unknown[][] = [];
  j.quantities.forEach((q) => {
    columns.forEach((c, i) => {
      rows.push(["quantity", q.id, c.label, j.year, q.values[i], q.diff[i], "", "", ""]);
    });
  });
  j.targets.forEach((t) => {
    columns.forEach((c, i) => {
      const cell = t.columns[i];
      rows.push([
        "goal",
        t.id,
        c.label,
        "",
        cell?.projected ?? "",
        t.diff[i]!.projected,
        cell?.met ?? "",
        cell?.probability ?? "",
        t.diff[i]!.probability,
      ]);
    });
  });
  return toCsv(
    ["record", "id", "column", "year", "value", "diff", "met", "probability", "probability_diff"],
    rows,
  );
}
