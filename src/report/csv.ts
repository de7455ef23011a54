/**
 * CSV (RFC 4180): fields quoted when they contain commas, quotes or line
 * breaks; text cells that a spreadsheet would run as a formula are
 * neutralised (OWASP "CSV injection"): a cell starting — after any spaces —
 * with =, +, -, @, a tab or a carriage return (or their full-width forms) gets
 * a leading apostrophe and is quoted. Numbers stay numbers: a number value,
 * or a text cell that is just a number (-12.5, +3%, 1e-9), is written as is.
 */

/** A plain number, as text (signs, decimals, exponent, a trailing %). */
const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?%?$/i;
/** What a spreadsheet reads as the start of a formula (OWASP), and the full-width forms IMEs type. */
const TRIGGER = /^[\s\u3000]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

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

export function toCsv(header: string[], rows: unknown[][]): string {
  return `${[header, ...rows].map((r) => r.map(csvField).join(",")).join("\n")}\n`;
}
