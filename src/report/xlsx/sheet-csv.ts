/**
 * A sheet as CSV, so every table of the workbook is also a CSV file
 * (report's data/table-*.csv): the same headers with units, the same numbers
 * (rounded like the JSON), the byte-order mark and formula neutralisation
 * of every chainsim CSV (src/report/csv.ts).
 */
import type { Lang } from "../../i18n/lang.js";
import { toCsv } from "../csv.js";
import { roundNumber } from "../json.js";
import { type Cell, headerText, type SheetTable } from "./table.js";

const plain = (c: Cell): unknown =>
  c !== null && typeof c === "object" ? plain(c.value) : typeof c === "number" ? roundNumber(c) : c;

/**
 * The CSV text of a sheet, in `lang`.
 *
 * @example
 * sheetCsv({ key: "t", name: { zh: "表", en: "t" }, columns: [{ header: { zh: "值", en: "value" }, unit: "亿元", format: "number" }], rows: [[1.5]] }, "zh")
 * // "\uFEFF值 (亿元)\n1.5\n"
 */
export function sheetCsv(t: SheetTable, lang: Lang): string {
  return toCsv(
    t.columns.map((c) => headerText(c, lang)),
    t.rows.map((r) => t.columns.map((_, i) => plain(r[i] ?? null))),
  );
}
