/**
 * `chainsim compare` output: variants (and scenario files) side by side —
 * the central projection of every quantity in the last year, and every goal
 * with its central status and, when simulated, its probability — with the
 * difference of each column from the first; read from Findings (part
 * `compare`).
 */

import { COMMON, inLang } from "../i18n/text/tables.js";
import { RUN } from "../i18n/text/tables-run.js";
import type { Findings } from "../model/findings.js";
import { displayName } from "../model/quantity.js";
import type { Lang } from "./facts.js";
import { unitOf } from "./facts.js";
import { formatPointDiff, formatSigned, formatValue } from "./format.js";
import { toRoundedCsv } from "./json.js";
import { formatProbability } from "./simulate-output.js";
import { renderTable } from "./table.js";

/** `compare --format json`. */
export function compareJson(f: Findings) {
  const c = f.compare!;
  return {
    columns: c.columns.map((col) => ({
      label: col.label,
      scenario: col.scenario.id,
      file: col.manifest.scenario,
      variant: col.scenario.variant,
    })),
    samples: c.samples,
    seed: c.seed,
    method: c.method,
    year: c.year,
    quantities: c.quantities.map((q) => ({ id: q.id, unit: q.unit, values: q.values, diff: q.diff })),
    targets: c.targets.map((t) => ({
      id: t.id,
      columns: t.columns.map((cell) =>
        cell
          ? { projected: cell.projected, met: cell.met, probability: cell.probability, ci95: cell.ci95 }
          : null,
      ),
      diff: t.diff,
    })),
    all_targets_probability: c.all_targets_probability,
    manifests: c.columns.map((col) => col.manifest),
  };
}

export function compareTable(f: Findings, lang: Lang = "zh"): string {
  const c = f.compare!;
  const columns = c.columns;
  const first = columns[0]!;
  const withDiff = (label: string) => (label === first.label ? [label] : [label, "Δ"]);
  const headers = columns.flatMap((col) => withDiff(col.label));
  const w = inLang(COMMON, lang);
  const t = inLang(RUN, lang);
  const head = `${first.scenario.title}  (${columns.map((col) => col.label).join(t.vs)})${
    c.samples > 0
      ? `   ${t.compareSimulated(c.samples.toLocaleString("en-US"), String(c.seed))}`
      : `   ${w.centralAssumptions}`
  }`;
  const unitIn = (symbol: string) =>
    unitOf(columns.find((col) => col.scenario.units[symbol])?.scenario ?? f.scenario, symbol);
  const qTable = renderTable(
    [{ header: w.quantityIn(c.year) }, ...headers.map((h) => ({ header: h, align: "right" as const }))],
    c.quantities.map((q) => {
      const u = unitIn(q.unit);
      return [
        `${displayName({ id: q.id, names: q.name }, lang)} ${q.id}`,
        ...q.values.flatMap((v, i) =>
          i === 0 ? [formatValue(v, u)] : [formatValue(v, u), formatSigned(q.diff[i], u)],
        ),
      ];
    }),
  );
  const simulated = columns.some((col) => col.simulation);
  const gTable = renderTable(
    [
      { header: simulated ? t.goalProbabilityHeader : t.goalProjectedHeader },
      ...headers.map((h) => ({ header: h, align: "right" as const })),
    ],
    c.targets.map((g) => [
      g.id,
      ...g.columns.flatMap((cell, i) => {
        if (!cell) return i === 0 ? ["–"] : ["–", "–"];
        const status = cell.met === null ? w.notApplicable : cell.met ? w.met : w.missed;
        const u = unitOf(columns[i]!.scenario, cell.unit);
        const main = simulated
          ? `${formatProbability(cell.probability)} ${status}`
          : `${formatValue(cell.projected, u)} ${status}`;
        if (i === 0) return [main];
        const d = simulated
          ? formatPointDiff(g.diff[i]!.probability, lang)
          : formatSigned(g.diff[i]!.projected, u);
        return [main, d];
      }),
    ]),
  );
  const lines = [head, "", qTable, "", gTable];
  if (simulated) {
    lines.push(
      "",
      t.allMetColumns(
        columns
          .map((col, i) => `${col.label} ${formatProbability(c.all_targets_probability[i])}`)
          .join(w.listSep),
      ),
    );
  }
  return `${lines.join("\n")}\n`;
}

export function compareCsv(f: Findings): string {
  const c = f.compare!;
  const rows: unknown[][] = [];
  for (const q of c.quantities) {
    c.columns.forEach((col, i) => {
      rows.push(["quantity", q.id, col.label, c.year, q.values[i], q.diff[i], "", "", ""]);
    });
  }
  for (const t of c.targets) {
    c.columns.forEach((col, i) => {
      const cell = t.columns[i];
      rows.push([
        "goal",
        t.id,
        col.label,
        "",
        cell?.projected ?? "",
        t.diff[i]!.projected,
        cell?.met ?? "",
        cell?.probability ?? "",
        t.diff[i]!.probability,
      ]);
    });
  }
  return toRoundedCsv(
    ["record", "id", "column", "year", "value", "diff", "met", "probability", "probability_diff"],
    rows,
  );
}
