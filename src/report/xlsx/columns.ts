/**
 * Shorthands for building sheets from Findings: a column from the
 * catalogue, a quantity's name, a unit as shown, a goal value with its format.
 */

import type { Lang } from "../../i18n/lang.js";
import { pick } from "../../i18n/lang.js";
import { CELL_WORDS, COLUMN_NAMES } from "../../i18n/text/xlsx.js";
import type { Findings, Num } from "../../model/findings.js";
import type { Cell, CellFormat, SheetColumn } from "./table.js";

/**
 * A column named from the catalogue.
 *
 * @example
 * col("projected", "number", "亿元") // header 预测值 / projected, unit 亿元
 */
export function col(key: keyof typeof COLUMN_NAMES, format: CellFormat, unit?: string): SheetColumn {
  return unit ? { header: COLUMN_NAMES[key], unit, format } : { header: COLUMN_NAMES[key], format };
}

/** A unit symbol as a reader sees it: fractions ("share") are shown as %. */
export function unitShown(unit: string): string {
  return unit === "share" ? "%" : unit;
}

/** The format of a value in `unit`: fractions as percent, others as numbers. */
export function formatOfUnit(unit: string): CellFormat {
  return unit === "share" ? "percent" : "number";
}

/** A number in `unit`, formatted for it. */
export function inUnit(value: Num | undefined, unit: string): Cell {
  return { value: value ?? null, format: formatOfUnit(unit) };
}

/** A quantity's name in `lang` (its id when it has none). */
export function quantityName(f: Findings, id: string, lang: Lang): string {
  const q = f.scenario.quantities.find((x) => x.id === id);
  if (!q) return id;
  const n = { zh: q.name.zh ?? "", en: q.name.en ?? "" };
  return pick(n, lang) || id;
}

/** A quantity's unit symbol ("" when unknown). */
export function quantityUnit(f: Findings, id: string): string {
  return f.scenario.quantities.find((x) => x.id === id)?.unit ?? "";
}

/** Yes, no, or cannot tell, in words. */
export function yesNo(v: boolean | null | undefined, lang: Lang): string {
  return pick(v === true ? CELL_WORDS.yes : v === false ? CELL_WORDS.no : CELL_WORDS.unknown, lang);
}
