/**
 * CSV (RFC 4180), as spreadsheets open it: UTF-8 with a byte-order mark by
 * default (without it Excel on a Chinese Windows machine decodes the file as
 * GBK and shows mojibake); `setCsvBom(false)` (the CLI's `--no-csv-bom`) omits
 * the mark for tools that do not expect one.
 *
 * Fields are quoted when they contain commas, quotes or line breaks; text
 * cells that a spreadsheet would run as a formula are neutralised (OWASP "CSV
 * injection", ASVS 1.2.10): a cell starting — after any spaces — with =, +, -,
 * @, a tab, a carriage return, a line feed or NUL (or the full-width forms an
 * IME types) gets a leading apostrophe and is quoted. Numbers stay numbers: a
 * number value, or a text cell that is just a number (-12.5, +3%, 1e-9), is
 * written as is.
 */

/** The UTF-8 byte-order mark, as the first character of a text. */
export const BOM = "\uFEFF";

/** A plain number, as text (signs, decimals, exponent, a trailing %). */
const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?%?$/i;
/** What a spreadsheet reads as the start of a formula (OWASP, ASVS), and the full-width forms IMEs type. */
const TRIGGER = /^[\s\u3000]*[=+\-@\t\r\n\0\uff1d\uff0b\uff0d\uff20]/;

let bomByDefault = true;

/**
 * Whether CSV text starts with the byte-order mark (the default) — set once
 * per command by the CLI from `--no-csv-bom`.
 *
 * @example
 * setCsvBom(false); toCsv(["a"], [[1]]) // "a\n1\n"
 */
export function setCsvBom(on: boolean): void {
  bomByDefault = on;
}

/**
 * Whether a text cell must be neutralised.
 *
 * @example
 * isFormulaLike('=HYPERLINK("http://x")') // true
 * isFormulaLike("-12.5") // false (a number)
 */
export function isFormulaLike(s: string): boolean {
  return TRIGGER.test(s) && !NUMERIC.test(s.trim());
}

/**
 * A text cell made safe to open in a spreadsheet: formula-like text gets a
 * leading apostrophe (shared by the CSV and xlsx writers).
 *
 * @example
 * neutralise("=1+1") // "'=1+1"
 * neutralise("软件") // "软件"
 */
export function neutralise(s: string): string {
  return isFormulaLike(s) ? `'${s}` : s;
}

/**
 * One CSV field.
 *
 * @example
 * csvField(-3) // "-3"
 * csvField("=1+1") // "\"'=1+1\""
 * csvField("a,b") // "\"a,b\""
 */
export function csvField(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  let s = String(v);
  const formula = isFormulaLike(s);
  if (formula) s = `'${s}`;
  return formula || /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export interface CsvOptions {
  /** Start with the UTF-8 byte-order mark (default: as set by setCsvBom, initially true). */
  bom?: boolean;
}

/**
 * A whole CSV text: header, rows, a final newline; the byte-order mark first
 * unless turned off.
 *
 * @example
 * toCsv(["name", "value"], [["软件", -5]], { bom: false }) // "name,value\n软件,-5\n"
 */
export function toCsv(header: string[], rows: unknown[][], opts: CsvOptions = {}): string {
  const bom = (opts.bom ?? bomByDefault) ? BOM : "";
  return `${bom}${[header, ...rows].map((r) => r.map(csvField).join(",")).join("\n")}\n`;
}
