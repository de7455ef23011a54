/**
 * The goals as stated (with their source clause) and as projected: the
 * README's neighbours in every workbook chainsim writes.
 */
import type { Lang } from "../../i18n/lang.js";
import { pick } from "../../i18n/lang.js";
import { README_ROWS, SHEET_NAMES } from "../../i18n/text/xlsx.js";
import type { Findings } from "../../model/findings.js";
import { col, inUnit, quantityName, quantityUnit, unitShown, yesNo } from "./columns.js";
import type { Cell, SheetTable } from "./table.js";

/**
 * README: which scenario, input hash, seed, samples, version — enough to
 * reproduce every number in the workbook.
 */
export function readmeSheet(f: Findings, lang: Lang): SheetTable {
  const m = f.manifest;
  const str = (v: unknown): Cell =>
    v === undefined || v === null ? null : typeof v === "number" ? v : String(v);
  const rows: Array<[keyof typeof README_ROWS, Cell]> = [
    ["title", f.scenario.title],
    ["file", f.scenario.file],
    ["sha256", f.scenario.sha256],
    ["variant", f.scenario.variant],
    ["overrides", f.scenario.overrides.join("; ") || null],
    ["seed", str(m.seed ?? f.simulation?.seed)],
    ["samples", str(m.samples ?? f.simulation?.samples)],
    ["method", str(m.method ?? f.simulation?.method)],
    ["version", f.chainsim_version],
    ["findingsVersion", f.findings_version],
    ["note", null],
  ];
  return {
    key: "readme",
    name: SHEET_NAMES.readme,
    columns: [col("item", "text"), col("value", "text")],
    rows: rows.map(([k, v]) => [pick(README_ROWS[k], lang), k === "note" ? pick(README_ROWS.note, lang) : v]),
  };
}

/** Every goal as the scenario states it, with its source document and clause. */
export function goalsSheet(f: Findings, lang: Lang): SheetTable | null {
  const goals = f.scenario.goals;
  if (goals.length === 0) return null;
  return {
    key: "goals",
    name: SHEET_NAMES.goals,
    columns: [
      col("goal", "text"),
      col("subject", "text"),
      col("name", "text"),
      col("kind", "text"),
      col("year", "year"),
      col("fromYear", "year"),
      col("comparator", "text"),
      col("target", "number"),
      col("unit", "text"),
      col("text", "text"),
      col("group", "text"),
      col("document", "text"),
      col("clause", "text"),
    ],
    rows: goals.map((g) => [
      g.id,
      g.subject,
      quantityName(f, g.subject, lang),
      g.kind,
      g.year,
      g.from ?? null,
      g.comparator,
      inUnit(g.value, g.unit),
      unitShown(g.unit),
      g.text,
      g.group ?? null,
      g.source?.document ?? null,
      g.source?.clause ?? null,
    ]),
  };
}

/** Each goal against the central projection: projected, met, gap, required growth. */
export function resultsSheet(f: Findings, lang: Lang): SheetTable | null {
  if (!f.targets?.length) return null;
  return {
    key: "results",
    name: SHEET_NAMES.results,
    columns: [
      col("goal", "text"),
      col("name", "text"),
      col("year", "year"),
      col("target", "number"),
      col("projected", "number"),
      col("unit", "text"),
      col("met", "text"),
      col("gap", "number"),
      col("gapRelative", "percent"),
      col("requiredCagr", "percent"),
      col("startYear", "year"),
      col("startValue", "number"),
    ],
    rows: f.targets.map((t) => {
      const g = f.scenario.goals.find((x) => x.id === t.id);
      const unit = g?.unit ?? "";
      return [
        t.id,
        g ? quantityName(f, g.subject, lang) : null,
        g?.year ?? null,
        g ? inUnit(g.value, unit) : null,
        inUnit(t.projected, unit),
        unitShown(unit),
        yesNo(t.met, lang),
        inUnit(t.gap, unit),
        t.gap_relative,
        t.required_cagr,
        t.start?.year ?? null,
        t.start ? inUnit(t.start.value, g ? quantityUnit(f, g.subject) : "") : null,
      ];
    }),
  };
}

/** The central projection, one row per quantity, one column per year. */
export function projectionSheet(f: Findings, lang: Lang): SheetTable | null {
  const p = f.projection;
  if (!p || p.series.length === 0) return null;
  return {
    key: "projection",
    name: SHEET_NAMES.projection,
    columns: [
      col("quantity", "text"),
      col("name", "text"),
      col("unit", "text"),
      ...p.years.map((y) => ({ header: { zh: String(y), en: String(y) }, format: "number" as const })),
    ],
    rows: p.series.map((s) => {
      const unit = quantityUnit(f, s.id);
      return [s.id, quantityName(f, s.id, lang), unitShown(unit), ...s.values.map((v) => inUnit(v, unit))];
    }),
  };
}
