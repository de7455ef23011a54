/**
 * A sheet as data, before it is a workbook: a stable key, a name and column
 * headers in both languages, and rows of plain cells. Every spreadsheet
 * chainsim writes (report.xlsx, `--format xlsx`, scenario workbooks) is built
 * from these, so formats, frozen headers and widths are decided in one place.
 */
import type { Bilingual } from "../../i18n/lang.js";

/** How a column's numbers are shown (the number stays a real number). */
export type CellFormat = "text" | "general" | "integer" | "number" | "percent" | "year";

export interface SheetColumn {
  header: Bilingual;
  /** Unit symbol shown in the header, e.g. "亿元" → "预测值 (亿元)". */
  unit?: string;
  format: CellFormat;
}

/** A number shown with its own format (a column mixing levels and growth rates). */
export interface FormattedNumber {
  value: number | null;
  format: CellFormat;
}

/** A cell: text, a number, a yes/no, a number with its own format, or empty. */
export type Cell = string | number | boolean | null | FormattedNumber;

export interface SheetTable {
  /** Stable key (the sheet's identity whatever the language). */
  key: string;
  name: Bilingual;
  columns: SheetColumn[];
  rows: Cell[][];
  /** Notes on cells by address ("B7"; row 1 is the header): a scenario's YAML comments. */
  notes?: Readonly<Record<string, string>>;
}

/** Excel number formats for each column format. */
export const NUMBER_FORMATS: Record<CellFormat, string | undefined> = {
  text: "@",
  general: "General",
  integer: "#,##0",
  number: "#,##0.####",
  percent: "0.0%",
  year: "0",
};

/**
 * A column header in a language, with its unit.
 *
 * @example
 * headerText({ header: { zh: "预测值", en: "projected" }, unit: "亿元", format: "number" }, "zh") // "预测值 (亿元)"
 */
export function headerText(c: SheetColumn, lang: "zh" | "en"): string {
  const h = c.header[lang] || c.header.en;
  return c.unit ? `${h} (${c.unit})` : h;
}

/**
 * Display width of a text in spreadsheet columns: CJK and full-width
 * characters take two, others one.
 *
 * @example
 * displayWidth("软件ab") // 6
 */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000;
    w += wide ? 2 : 1;
  }
  return w;
}
