/**
 * The optional analyses as sheets: the industry chain and its demand shock,
 * policy costs by year, the tornado and Sobol indices of a goal's gap.
 */
import type { Bilingual, Lang } from "../../i18n/lang.js";
import { pick } from "../../i18n/lang.js";
import { POPULATION_INPUT } from "../../i18n/text/population-inputs.js";
import { INPUT_ROLES, SHEET_NAMES } from "../../i18n/text/xlsx.js";
import type { CostStats, Findings } from "../../model/findings.js";
import { col, inUnit, quantityName, quantityUnit, unitShown } from "./columns.js";
import type { Cell, SheetTable } from "./table.js";

/** Per sector: final demand and the shock's direct, indirect, total and relative effect. */
export function chainSheet(f: Findings, lang: Lang): SheetTable | null {
  const c = f.chain;
  if (!c) return null;
  return {
    key: "chain",
    name: SHEET_NAMES.chain,
    columns: [
      col("sector", "text"),
      col("name", "text"),
      col("unit", "text"),
      col("finalDemand", "number"),
      col("direct", "number"),
      col("indirect", "number"),
      col("total", "number"),
      col("relative", "percent"),
      ...c.sectors.map((s) => ({
        header: { zh: `乘数:${s}`, en: `multiplier: ${s}` },
        format: "number" as const,
      })),
    ],
    rows: c.sectors.map((s, i) => {
      const u = quantityUnit(f, s);
      return [
        s,
        quantityName(f, s, lang),
        unitShown(u),
        c.final_demand[i] ?? null,
        c.shock?.direct[i] ?? null,
        c.shock?.indirect[i] ?? null,
        c.shock?.total[i] ?? null,
        c.shock?.relative[i] ?? null,
        ...(c.leontief[i] ?? []),
      ];
    }),
  };
}

function costRows(label: string, name: string, years: number[], unit: string, x: CostStats): Cell[][] {
  return years.map((y, i) => [
    label,
    name,
    y,
    x.mean[i] ?? null,
    x.sd[i] ?? null,
    x.p10[i] ?? null,
    x.p50[i] ?? null,
    x.p90[i] ?? null,
    unitShown(unit),
  ]);
}

/** What each instrument, and all of them, cost each year. */
export function costsSheet(f: Findings, lang: Lang): SheetTable | null {
  const c = f.costs;
  if (!c) return null;
  const total = pick({ zh: "合计", en: "total" }, lang);
  const rows = [
    ...costRows("*", total, c.years, c.unit, c.total),
    ...c.instruments.flatMap((x) =>
      costRows(
        x.id,
        pick({ zh: x.name.zh ?? "", en: x.name.en ?? "" }, lang) || x.id,
        c.years,
        c.unit,
        x.by_year,
      ),
    ),
  ];
  return {
    key: "costs",
    name: SHEET_NAMES.costs,
    columns: [
      col("instrument", "text"),
      col("name", "text"),
      col("year", "year"),
      col("mean", "number", c.unit),
      col("sd", "number", c.unit),
      col("p10", "number", c.unit),
      col("p50", "number", c.unit),
      col("p90", "number", c.unit),
      col("unit", "text"),
    ],
    rows,
  };
}

/** What an input is, in `lang`: 企业群体参数 for a firm population's, else its role (基期值, 增速, …). */
function inputRole(r: { role: string; label?: Bilingual }, lang: Lang): string {
  if (r.label) return pick(POPULATION_INPUT.role, lang);
  const words = INPUT_ROLES[r.role as keyof typeof INPUT_ROLES];
  return words ? pick(words, lang) : r.role;
}

/** Tornado bars of a goal's gap: each input at its low and high value. */
export function tornadoSheet(f: Findings, lang: Lang): SheetTable | null {
  const s = f.sensitivity;
  if (!s) return null;
  const role = (input: string) => s.inputs.find((x) => x.name === input);
  return {
    key: "tornado",
    name: SHEET_NAMES.tornado,
    columns: [
      col("input", "text"),
      col("quantity", "text"),
      col("role", "text"),
      col("lowValue", "number"),
      col("lowOutput", "number"),
      col("highValue", "number"),
      col("highOutput", "number"),
    ],
    rows: s.tornado.bars.map((b) => {
      const r = role(b.input);
      return [
        b.input,
        r?.label ? pick(r.label, lang) : r ? quantityName(f, r.quantity, lang) : null,
        r ? inputRole(r, lang) : null,
        b.low.value,
        b.low.output,
        b.high.value,
        b.high.output,
      ];
    }),
  };
}

/** The columns of a Sobol table: each input's first-order and total index with their intervals. */
export function sobolColumns() {
  return [
    col("input", "text"),
    col("first", "number"),
    col("firstLow", "number"),
    col("firstHigh", "number"),
    col("totalIndex", "number"),
    col("totalLow", "number"),
    col("totalHigh", "number"),
  ];
}

/** Sobol indices of a goal's gap with their intervals. */
export function sobolSheet(f: Findings): SheetTable | null {
  const s = f.sensitivity;
  if (!s || s.sobol.indices.length === 0) return null;
  return {
    key: "sobol",
    name: SHEET_NAMES.sobol,
    columns: sobolColumns(),
    rows: s.sobol.indices.map((x) => [x.input, x.first, ...x.first_ci, x.total, ...x.total_ci]),
  };
}

/** Goals side by side across variants or files, with differences from the first column. */
export function compareSheet(f: Findings): SheetTable | null {
  const c = f.compare;
  if (!c) return null;
  const rows: Cell[][] = [];
  for (const t of c.targets) {
    t.columns.forEach((x, i) => {
      const d = t.diff[i];
      rows.push([
        t.id,
        c.columns[i]?.label ?? null,
        x ? inUnit(x.projected, x.unit) : null,
        x ? unitShown(x.unit) : null,
        x?.probability ?? null,
        x?.ci95?.[0] ?? null,
        x?.ci95?.[1] ?? null,
        x && d ? inUnit(d.projected, x.unit) : null,
        d?.probability ?? null,
      ]);
    });
  }
  return {
    key: "compare",
    name: SHEET_NAMES.compare,
    columns: [
      col("goal", "text"),
      col("column", "text"),
      col("projected", "number"),
      col("unit", "text"),
      col("probability", "percent"),
      col("ciLow", "percent"),
      col("ciHigh", "percent"),
      col("diffProjected", "number"),
      col("diffProbability", "percent"),
    ],
    rows,
  };
}

/** One row per grid point and goal. */
export function sweepSheet(f: Findings): SheetTable | null {
  const s = f.sweep;
  if (!s) return null;
  const params = s.parameters.map((p) => p.path);
  const rows: Cell[][] = [];
  for (const p of s.points)
    for (const t of p.targets)
      rows.push([
        ...params.map((k) => p.set[k] ?? null),
        t.id,
        inUnit(t.projected, t.unit),
        unitShown(t.unit),
        t.probability,
        t.ci95?.[0] ?? null,
        t.ci95?.[1] ?? null,
      ]);
  return {
    key: "sweep",
    name: SHEET_NAMES.sweep,
    columns: [
      ...params.map((p) => ({ header: { zh: p, en: p }, format: "text" as const })),
      col("goal", "text"),
      col("projected", "number"),
      col("unit", "text"),
      col("probability", "percent"),
      col("ciLow", "percent"),
      col("ciHigh", "percent"),
    ],
    rows,
  };
}
