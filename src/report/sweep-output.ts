/**
 * `chainsim sweep` output: goal probabilities (or, with --samples 0, central
 * projections and met/missed) at every point of a grid over one or two
 * assumptions — read from Findings (part `sweep`).
 */

import type { Lang } from "../i18n/lang.js";
import { COMMON, inLang } from "../i18n/text/tables.js";
import { RUN } from "../i18n/text/tables-run.js";
import type { Findings, SweepFindings, SweepPointFindings } from "../model/findings.js";
import { unitOf } from "./facts.js";
import { formatValue } from "./format.js";
import { toRoundedCsv } from "./json.js";
import { formatProbability } from "./simulate-output.js";
import { renderTable } from "./table.js";

/** `sweep --format json`. */
export function sweepJson(f: Findings) {
  const w = f.sweep!;
  return {
    parameters: w.parameters,
    samples: w.samples,
    seed: w.samples > 0 ? w.seed : null,
    method: w.method,
    points: w.points.map((p) => ({
      set: p.set,
      targets: p.targets.map((t) =>
        w.samples > 0
          ? { id: t.id, probability: t.probability, ci95: t.ci95, deterministic_met: t.met }
          : { id: t.id, projected: t.projected, met: t.met },
      ),
      all_targets_probability: p.all_targets_probability,
    })),
    manifest: f.manifest,
  };
}

export function sweepTable(f: Findings, lang: Lang = "zh"): string {
  const w: SweepFindings = f.sweep!;
  const words = inLang(COMMON, lang);
  const t = inLang(RUN, lang);
  const params = w.parameters;
  const simulated = w.samples > 0;
  const cell = (p: SweepPointFindings, id: string) => {
    const x = p.targets.find((y) => y.id === id)!;
    if (simulated) return formatProbability(x.probability);
    const status = x.met ? ` ${words.met}` : x.met === false ? ` ${words.missed}` : "";
    return `${formatValue(x.projected, unitOf(f, x.unit))}${status}`;
  };
  const goals = w.points[0]!.targets.map((t) => t.id);
  const head = `${f.scenario.title}  (${f.scenario.id})   ${
    simulated ? t.sweepSimulated(w.samples.toLocaleString("en-US"), String(w.seed)) : t.sweepCentral
  }`;
  // two parameters and one goal: a matrix
  if (params.length === 2 && goals.length === 1) {
    const [a, b] = params as [SweepFindings["parameters"][0], SweepFindings["parameters"][0]];
    const rows = a.values.map((va, i) => [
      va,
      ...b.values.map((_, j) => cell(w.points[i * b.values.length + j]!, goals[0]!)),
    ]);
    const table = renderTable(
      [
        { header: `${a.path} \\ ${b.path}` },
        ...b.values.map((v) => ({ header: v, align: "right" as const })),
      ],
      rows,
    );
    return `${head}\n${t.sweepGoal(goals[0]!)}\n\n${table}\n`;
  }
  const table = renderTable(
    [
      ...params.map((q) => ({ header: q.path })),
      ...goals.map((g) => ({ header: g, align: "right" as const })),
      ...(simulated ? [{ header: t.allGoals, align: "right" as const }] : []),
    ],
    w.points.map((p) => [
      ...params.map((q) => p.set[q.path]!),
      ...goals.map((g) => cell(p, g)),
      ...(simulated ? [formatProbability(p.all_targets_probability)] : []),
    ]),
  );
  return `${head}\n\n${table}\n`;
}

export function sweepCsv(f: Findings): string {
  const w = f.sweep!;
  const params = w.parameters.map((q) => q.path);
  const rows: unknown[][] = [];
  for (const p of w.points) {
    for (const t of p.targets) {
      const sim = w.samples > 0;
      rows.push([
        ...params.map((q) => p.set[q]),
        t.id,
        t.projected,
        t.met,
        sim ? t.probability : "",
        sim ? t.ci95![0] : "",
        sim ? t.ci95![1] : "",
      ]);
    }
  }
  return toRoundedCsv([...params, "goal", "projected", "met", "probability", "ci95_low", "ci95_high"], rows);
}
