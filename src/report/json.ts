/**
 * Findings (or a part of them) as JSON text: numbers rounded to 12
 * significant digits so tiny binary noise does not show; whole numbers
 * (years, counts, seeds) are written as they are.
 */
import { toCsv } from "./csv.js";

/**
 * Round a non-integer to 12 significant digits; leave whole numbers alone.
 *
 * @example
 * roundNumber(0.1 + 0.2) // 0.3
 * roundNumber(2 ** 53) // 9007199254740992
 */
export function roundNumber(v: number): number | null {
  if (!Number.isFinite(v)) return null;
  return Number.isInteger(v) ? v : Number(v.toPrecision(12));
}

/** JSON text, two-space indented, with a final newline. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, (_k, v) => (typeof v === "number" ? roundNumber(v) : v), 2)}\n`;
}

/** CSV text of rows whose numbers are rounded like the JSON's. */
export function toRoundedCsv(header: string[], rows: unknown[][]): string {
  return toCsv(
    header,
    rows.map((r) => r.map((v) => (typeof v === "number" ? roundNumber(v) : v))),
  );
}
