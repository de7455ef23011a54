/**
 * `chainsim run` output: projections by year and every goal checked, as a
 * terminal table, JSON or CSV.
 */
import type { TargetResult } from "../analysis/targets.js";
import { type Projection, shownValues } from "../engine/project.js";
import { displayName, type Quantity } from "../model/quantity.js";
import type { Scenario } from "../model/scenario.js";
import type { Target } from "../model/target.js";
import { parseUnit, type Unit } from "../model/units.js";
import { toCsv } from "./csv.js";
import { formatPercent, formatSigned, formatValue, roundForOutput } from "./format.js";
import { manifest } from "./manifest.js";
import { renderTable } from "./table.js";

export type Lang = "zh" | "en";

/** Growth and share goals are held as fractions. */
const FRACTION: Unit = parseUnit("share")!;

/** The unit a goal's value is in: the subject's for amounts, a ratio for growth and share goals. */
export function goalUnit(s: Scenario, t: Target): Unit {
  return t.kind === "growth" || t.kind === "share" ? FRACTION : s.quantities.get(t.subject)!.unit;
}

export const COMPARATOR_SIGN: Record<Target["comparator"], string> = {
  at_least: "≥",
  reach: "≥",
  no_fewer_than: "≥",
  about: "≈",
  below: "<",
  at_most: "≤",
};

export function describeGoal(s: Scenario, t: Target): string {
  const v = formatValue(t.value, goalUnit(s, t));
  const sign = COMPARATOR_SIGN[t.comparator];
  switch (t.kind) {
    case "level":
      return `${sign} ${v}`;
    case "growth":
      return `${sign} ${v}/yr ${t.from}–${t.year}`;
    case "share":
      return `${sign} ${v} of ${t.of}`;
    case "flow":
      return `${sign} ${v} each year ${t.from}–${t.year}`;
    case "cumulative":
      return `${sign} ${v} in ${t.from}–${t.year}`;
  }
}

export function sourceLabel(t: Target): string {
  if (!t.source) return "";
  return [t.source.document, t.source.clause].filter(Boolean).join(" ");
}

export function runJson(s: Scenario, p: Projection, results: TargetResult[]) {
  const q = (x: Quantity) => ({
    id: x.id,
    name: x.names,
    unit: x.unit.symbol,
    values: shownValues(p, x.id).map(roundForOutput),
  });
  const all = [...s.quantities.values()];
  return {
    scenario: { id: s.id, title: s.title, unit: s.unit.symbol, base_year: s.baseYear, horizon: s.horizon },
    years: p.years,
    sectors: all.filter((x) => x.kind === "sector").map(q),
    indicators: all.filter((x) => x.kind === "indicator").map(q),
    targets: results.map((r) => targetJson(s, r)),
    manifest: manifest(s),
  };
}

export function targetJson(s: Scenario, r: TargetResult) {
  const t = r.target;
  const subjectKind = s.quantities.get(t.subject)!.kind;
  return {
    id: t.id,
    [subjectKind]: t.subject,
    kind: t.kind,
    year: t.year,
    ...(t.from !== undefined ? { from: t.from } : {}),
    ...(t.of !== undefined ? { of: t.of } : {}),
    comparator: t.comparator,
    value: t.value,
    unit: goalUnit(s, t).symbol,
    projected: roundForOutput(r.projected),
    met: r.met,
    gap: roundForOutput(r.gap),
    gap_relative: roundForOutput(r.gapRelative),
    required_cagr: roundForOutput(r.requiredCagr),
    start: r.start,
    source: t.source ? { document: t.source.document, clause: t.source.clause ?? null } : null,
    line: t.line,
  };
}

export function runTable(s: Scenario, p: Projection, results: TargetResult[], lang: Lang = "zh"): string {
  const head = `${s.title}  (${s.id})   unit: ${s.unit.symbol}${s.provenance.variant ? `   variant: ${s.provenance.variant}` : ""}`;
  const series = renderTable(
    [
      { header: "quantity" },
      { header: "unit" },
      ...p.years.map((y) => ({ header: String(y), align: "right" as const })),
    ],
    [...s.quantities.values()].map((q) => [
      `${displayName(q, lang)} ${q.id}`,
      q.unit.symbol,
      ...shownValues(p, q.id).map((v) => formatValue(v, q.unit)),
    ]),
  );
  const goals = renderTable(
    [
      { header: "goal" },
      { header: "goal value" },
      { header: "projected", align: "right" },
      { header: "gap", align: "right" },
      { header: "status" },
      { header: "needs/yr", align: "right" },
      { header: "source" },
    ],
    results.map((r) => {
      const t = r.target;
      const u = goalUnit(s, t);
      return [
        t.id,
        describeGoal(s, t),
        formatValue(r.projected, u),
        formatSigned(r.gap, u),
        r.met === null ? "n/a" : r.met ? "met" : "MISSED",
        formatPercent(r.requiredCagr),
        sourceLabel(t),
      ];
    }),
  );
  const met = results.filter((r) => r.met).length;
  return `${head}\n\n${series}\n\n${goals}\n\n${met} of ${results.length} goals met on central assumptions.\n`;
}

export function runCsv(s: Scenario, p: Projection, results: TargetResult[]): string {
  const rows: unknown[][] = [];
  for (const q of s.quantities.values()) {
    shownValues(p, q.id).forEach((v, i) => {
      rows.push([
        "projection",
        q.id,
        q.names.zh ?? "",
        q.names.en ?? "",
        q.unit.symbol,
        p.years[i],
        roundForOutput(v),
        "",
        "",
        "",
        "",
        "",
      ]);
    });
  }
  for (const r of results) {
    const t = r.target;
    const subject = s.quantities.get(t.subject)!;
    rows.push([
      "goal",
      t.id,
      subject.names.zh ?? "",
      subject.names.en ?? "",
      goalUnit(s, t).symbol,
      t.year,
      roundForOutput(r.projected),
      t.comparator,
      t.value,
      r.met,
      roundForOutput(r.gap),
      roundForOutput(r.requiredCagr),
    ]);
  }
  return toCsv(
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
