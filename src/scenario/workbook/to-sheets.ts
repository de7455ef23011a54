/**
 * A scenario document (the plain data a YAML file holds) → the sheets of a
 * scenario workbook: `settings` (one row per top-level value), one sheet per
 * section that is a map or list of items (sectors, indicators, targets,
 * overlaps, variants, …; one row per item, one column per field), `growth` and
 * `actuals` split out of sectors and indicators, and key/value sheets for
 * other maps (links, documents). fromSheets reverses it exactly.
 */
import type { Bilingual } from "../../i18n/lang.js";
import { fieldHeader, GUIDE_LINES, GUIDE_SHEET } from "../../i18n/text/workbook.js";
import { type CellValue, toCell } from "./cells.js";

/** A sheet to write (structurally a report/xlsx SheetTable). */
export interface ScenarioSheet {
  key: string;
  name: Bilingual;
  columns: Array<{ header: Bilingual; format: "general" }>;
  rows: CellValue[][];
  /** Notes on cells by address ("B7"): the YAML's comments (notes.ts). */
  notes?: Record<string, string>;
}

/** Sections whose items' growth and actuals get sheets of their own. */
export const QUANTITY_SECTIONS = ["sectors", "indicators"];

const isMap = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/** A year key ("2021") as a number cell. */
const yearCell = (y: string): CellValue => (/^\d{4}$/.test(y) ? Number(y) : toCell(y));

function sheet(key: string, fields: string[], rows: CellValue[][]): ScenarioSheet {
  return {
    key,
    name: { zh: key, en: key },
    columns: fields.map((f) => ({ header: fieldHeader(f), format: "general" as const })),
    rows,
  };
}

/** The union of the items' fields, in order of first appearance. */
function fieldsOf(items: Array<Record<string, unknown>>, skip: string[] = []): string[] {
  const out: string[] = [];
  for (const it of items)
    for (const k of Object.keys(it)) if (!out.includes(k) && !skip.includes(k)) out.push(k);
  return out;
}

/** A section as one sheet, or null when it belongs in settings. */
function sectionSheet(key: string, v: unknown, split: { growth: CellValue[][]; actuals: CellValue[][] }) {
  if (Array.isArray(v) && v.length > 0 && v.every(isMap)) {
    const fields = fieldsOf(v);
    return sheet(
      key,
      fields,
      v.map((it) => fields.map((f) => (f in it ? toCell(it[f]) : null))),
    );
  }
  if (!isMap(v) || Object.keys(v).length === 0) return null;
  const entries = Object.entries(v);
  if (!entries.every(([, x]) => isMap(x)))
    return sheet(
      key,
      ["key", "value"],
      entries.map(([k, x]) => [toCell(k), toCell(x)]),
    );
  const items = entries.map(([, x]) => x as Record<string, unknown>);
  const own = QUANTITY_SECTIONS.includes(key);
  const fields = fieldsOf(items, own ? ["growth", "actuals"] : []);
  for (const [k, it] of own ? entries : []) {
    const item = it as Record<string, unknown>;
    if ("growth" in item) split.growth.push([key, toCell(k), toCell(item.growth)]);
    if (isMap(item.actuals))
      for (const [year, value] of Object.entries(item.actuals))
        split.actuals.push([key, toCell(k), yearCell(year), toCell(value)]);
    else if ("actuals" in item) split.actuals.push([key, toCell(k), null, toCell(item.actuals)]);
  }
  return sheet(
    key,
    ["key", ...fields],
    entries.map(([k, it]) => [
      toCell(k),
      ...fields.map((f) => (f in (it as object) ? toCell((it as Record<string, unknown>)[f]) : null)),
    ]),
  );
}

/**
 * The sheets of a scenario document, settings first.
 *
 * @example
 * toSheets({ id: "x", unit: "亿元", sectors: { a: { baseline: { year: 2022, value: 10 }, growth: "5%" } } })
 * // settings (id, unit), sectors (key a, baseline), growth (sectors, a, 5%)
 */
export function toSheets(doc: Record<string, unknown>): ScenarioSheet[] {
  const settings: CellValue[][] = [];
  const split = { growth: [] as CellValue[][], actuals: [] as CellValue[][] };
  const sections: ScenarioSheet[] = [];
  for (const [k, v] of Object.entries(doc)) {
    const s = sectionSheet(k, v, split);
    if (s) sections.push(s);
    else settings.push([toCell(k), toCell(v)]);
  }
  const out = [sheet("settings", ["key", "value"], settings), ...sections];
  if (split.growth.length) out.push(sheet("growth", ["section", "key", "growth"], split.growth));
  if (split.actuals.length) out.push(sheet("actuals", ["section", "key", "year", "value"], split.actuals));
  return out;
}

/** The guide sheet of a template (its rows are text in the chosen language). */
export function guideSheet(): ScenarioSheet {
  return {
    key: "guide",
    name: GUIDE_SHEET,
    columns: [{ header: GUIDE_SHEET, format: "general" }],
    rows: GUIDE_LINES.zh.map((l) => [l]),
  };
}
