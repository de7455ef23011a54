/**
 * Sheets → xlsx bytes (exceljs), the same way for every workbook chainsim
 * writes: one sheet per table, the header row bold and frozen, numbers as
 * real numbers with a number format per column, text neutralised against
 * formula injection (as in CSV), column widths fitted to the widest cell
 * counting Chinese characters as two, and fixed timestamps so the same
 * tables give the same bytes.
 */
import ExcelJS from "exceljs";
import type { Lang } from "../../i18n/lang.js";
import { neutralise } from "../csv.js";
import { roundNumber } from "../json.js";
import { FIXED_DATE, fixZipDates } from "./deterministic-zip.js";
import { type Cell, displayWidth, headerText, NUMBER_FORMATS, type SheetTable } from "./table.js";

/** Characters XML 1.0 cannot hold (a workbook holding one does not open): dropped. */
const XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/** A cell as exceljs stores it: numbers rounded like the JSON, text made safe. */
function cellValue(v: Cell): string | number | boolean | null {
  if (v === null) return null;
  if (typeof v === "object") return cellValue(v.value);
  if (typeof v === "number") return Number.isFinite(v) ? roundNumber(v) : null;
  if (typeof v === "boolean") return v;
  return neutralise(v).replace(XML_ILLEGAL, "");
}

/** Width of a column: its widest cell as shown, plus a margin. */
function columnWidth(header: string, cells: ReadonlyArray<Cell>, percent: boolean): number {
  let w = displayWidth(header);
  for (const c of cells) {
    if (c === null) continue;
    if (typeof c === "object") {
      w = Math.max(w, columnWidth("", [c.value], c.format === "percent") - 2);
      continue;
    }
    const shown =
      typeof c === "number" ? (percent ? `${(c * 100).toFixed(1)}%` : String(roundNumber(c))) : String(c);
    w = Math.max(w, displayWidth(shown));
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2));
}

/**
 * Excel's (and WPS's) sheet-name rules: at most 31 characters, none of
 * []:*?/\, not starting or ending with an apostrophe, not "History"
 * (reserved), unique whatever the case.
 *
 * @example
 * sheetName("a/b:c", new Set()) // "a_b_c"
 */
export function sheetName(name: string, taken: Set<string>): string {
  const cut = Array.from(name.replace(/[[\]:*?/\\]/g, "_"))
    .slice(0, 31)
    .join("")
    .replace(/^'+|'+$/g, "")
    .trim();
  const base = !cut ? "sheet" : cut.toLowerCase() === "history" ? `${cut}_` : cut;
  let n = base;
  for (let i = 2; taken.has(n.toLowerCase()); i++) n = `${Array.from(base).slice(0, 28).join("")}~${i}`;
  taken.add(n.toLowerCase());
  return n;
}

function addSheet(wb: ExcelJS.Workbook, t: SheetTable, lang: Lang, taken: Set<string>): void {
  const ws = wb.addWorksheet(sheetName(t.name[lang] || t.name.en, taken), {
    views: [{ state: "frozen", xSplit: 0, ySplit: 1 }],
  });
  const headers = t.columns.map((c) => headerText(c, lang));
  ws.columns = t.columns.map((c, i) => ({
    width: columnWidth(
      headers[i]!,
      t.rows.map((r) => r[i] ?? null),
      c.format === "percent",
    ),
    style: { numFmt: NUMBER_FORMATS[c.format] },
  }));
  const head = ws.addRow(headers.map(neutralise));
  head.font = { bold: true };
  for (const r of t.rows) {
    const row = ws.addRow(t.columns.map((_, i) => cellValue(r[i] ?? null)));
    r.forEach((c, i) => {
      if (c !== null && typeof c === "object")
        row.getCell(i + 1).numFmt = NUMBER_FORMATS[c.format] ?? "General";
    });
  }
  for (const [address, text] of Object.entries(t.notes ?? {})) {
    const cell = ws.getCell(address);
    // a note on an empty cell is not read back unless the cell is written: an empty text
    if (cell.value === null) cell.value = "";
    cell.note = text.replace(XML_ILLEGAL, "");
  }
}

/**
 * The workbook of `tables`, in `lang`, as bytes that depend on nothing else.
 *
 * @example
 * const bytes = await writeWorkbook([{ key: "x", name: { zh: "表", en: "t" },
 *   columns: [{ header: { zh: "值", en: "value" }, unit: "亿元", format: "number" }], rows: [[1.5]] }], "zh");
 * // one sheet "表", header "值 (亿元)", B2 = 1.5 as a number
 */
export async function writeWorkbook(tables: readonly SheetTable[], lang: Lang): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "chainsim";
  wb.lastModifiedBy = "chainsim";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const taken = new Set<string>();
  for (const t of tables) addSheet(wb, t, lang, taken);
  const raw = await wb.xlsx.writeBuffer();
  return fixZipDates(raw as ArrayBuffer);
}
