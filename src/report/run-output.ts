/**
 * `chainsim run` output: projections by year and every goal checked, as a
 * terminal table, JSON or CSV — read from Findings (parts `projection` and
 * `targets`).
 */

import { COMMON, inLang } from "../i18n/text/tables.js";
import type { Findings, GoalFacts, ScenarioFacts, TargetFinding } from "../model/findings.js";
import type { Scenario } from "../model/scenario.js";
import type { Target } from "../model/target.js";
import { parseUnit, type Unit } from "../model/units.js";
import {
  describeGoal,
  goalOf,
  headLine,
  type Lang,
  nameOf,
  quantityOf,
  scenarioJson,
  sourceLabel,
  unitOf,
} from "./facts.js";
import { formatPercent, formatSigned, formatValue } from "./format.js";
import { toRoundedCsv } from "./json.js";
import { renderTable } from "./table.js";

export { COMPARATOR_SIGN, describeGoal, type Lang, sourceLabel } from "./facts.js";

/** Growth and share goals are held as fractions. */
const FRACTION: Unit = parseUnit("share")!;

/** The unit a goal's value is in: the subject's for amounts, a ratio for growth and share goals. */
export function goalUnit(s: Scenario, t: Target): Unit {
  return t.kind === "growth" || t.kind === "share" ? FRACTION : s.quantities.get(t.subject)!.unit;
}

/** One goal and its central result, as every command's JSON writes it. */
export function targetJson(g: GoalFacts, r: TargetFinding) {
  return {
    id: g.id,
    [g.subject_kind]: g.subject,
    kind: g.kind,
    year: g.year,
    ...(g.from !== undefined ? { from: g.from } : {}),
    ...(g.of !== undefined ? { of: g.of } : {}),
    comparator: g.comparator,
    value: g.value,
    unit: g.unit,
    projected: r.projected,
    met: r.met,
    gap: r.gap,
    gap_relative: r.gap_relative,
    required_cagr: r.required_cagr,
    start: r.start,
    source: g.source ? { document: g.source.document, clause: g.source.clause } : null,
    line: g.line,
  };
}

/** The goals' central results with their statements. */
export function goalsJson(sc: ScenarioFacts, targets: readonly TargetFinding[]) {
  return targets.map((r) => targetJson(goalOf(sc, r.id)!, r));
}

function series(f: Findings, kind: "sector" | "indicator") {
  const sc = f.scenario;
  return f
    .projection!.series.map((x) => ({ x, q: quantityOf(sc, x.id)! }))
    .filter(({ q }) => q.kind === kind)
    .map(({ x, q }) => ({ id: x.id, name: q.name, unit: q.unit, values: x.values }));
}

/** `run --format json`: Findings' projection and targets. */
export function runJson(f: Findings) {
  return {
    scenario: scenarioJson(f.scenario),
    years: f.projection!.years,
    sectors: series(f, "sector"),
    indicators: series(f, "indicator"),
    targets: goalsJson(f.scenario, f.targets!),
    manifest: f.manifest,
  };
}

export function runTable(f: Findings, lang: Lang = "zh"): string {
  const sc = f.scenario;
  const p = f.projection!;
  const results = f.targets!;
  const w = inLang(COMMON, lang);
  const seriesTable = renderTable(
    [
      { header: w.quantity },
      { header: w.unit },
      ...p.years.map((y) => ({ header: String(y), align: "right" as const })),
    ],
    p.series.map((x) => {
      const q = quantityOf(sc, x.id)!;
      const u = unitOf(sc, q.unit);
      return [`${nameOf(sc, x.id, lang)} ${x.id}`, q.unit, ...x.values.map((v) => formatValue(v, u))];
    }),
  );
  const goals = renderTable(
    [
      { header: w.goal },
      { header: w.goalValue },
      { header: w.projected, align: "right" },
      { header: w.gap, align: "right" },
      { header: w.status },
      { header: w.needsPerYear, align: "right" },
      { header: w.source },
    ],
    results.map((r) => {
      const t = goalOf(sc, r.id)!;
      const u = unitOf(sc, t.unit);
      return [
        t.id,
        describeGoal(sc, t, lang),
        formatValue(r.projected, u),
        formatSigned(r.gap, u),
        r.met === null ? w.notApplicable : r.met ? w.met : w.missedLoud,
        formatPercent(r.required_cagr),
        sourceLabel(t),
      ];
    }),
  );
  const met = results.filter((r) => r.met).length;
  return `${headLine(sc, lang)}\n\n${seriesTable}\n\n${goals}\n\n${w.goalsMet(met, results.length)}\n`;
}

export function runCsv(f: Findings): string {
  const sc = f.scenario;
  const p = f.projection!;
  const rows: unknown[][] = [];
  for (const x of p.series) {
    const q = quantityOf(sc, x.id)!;
    x.values.forEach((v, i) => {
      rows.push([
        "projection",
        q.id,
        q.name.zh ?? "",
        q.name.en ?? "",
        q.unit,
        p.years[i],
        v,
        "",
        "",
        "",
        "",
        "",
      ]);
    });
  }
  for (const r of f.targets!) {
    const t = goalOf(sc, r.id)!;
    const subject = quantityOf(sc, t.subject)!;
    rows.push([
      "goal",
      t.id,
      subject.name.zh ?? "",
      subject.name.en ?? "",
      t.unit,
      t.year,
      r.projected,
      t.comparator,
      t.value,
      r.met,
      r.gap,
      r.required_cagr,
    ]);
  }
  return toRoundedCsv(
    [
      "record",
      "id",
      "name_zh",
      "name_en",
      "unit",
      "year",
      "value",
      "comparator",
      "goal",
      "met",
      "gap",
      "required_cagr",
    ],
    rows,
  );
}
