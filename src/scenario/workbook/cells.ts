/**
 * One value ↔ one cell of a scenario workbook. Numbers and yes/no stay
 * numbers and booleans; text stays text as the document prints it
 * ("2.2万亿", "8%~12%"); nested values (maps, lists) are YAML flow text
 * ("{ triangular: [2%, 8%, 13%] }"); text that would read back as something
 * else ("125" as text, "{…}" as text) is written quoted.
 */
import { parse, stringify } from "yaml";

export type CellValue = string | number | boolean | null;

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** Whether a text cell would read back as something other than itself. */
function needsQuotes(s: string): boolean {
  const t = s.trim();
  return t !== s || t === "" || /^[{["']/.test(t) || PLAIN_NUMBER.test(t) || /^(true|false|null|~)$/i.test(t);
}

/**
 * The cell holding `v`.
 *
 * @example
 * toCell("2.2万亿") // "2.2万亿"
 * toCell({ triangular: ["2%", "8%", "13%"] }) // "{ triangular: [ 2%, 8%, 13% ] }"
 * toCell("125") // "\"125\""
 */
export function toCell(v: unknown): CellValue {
  if (v === null || v === undefined) return "null";
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") return needsQuotes(v) ? JSON.stringify(v) : v;
  return stringify(v, { collectionStyle: "flow", lineWidth: 0 }).trim();
}

/** What a cell reads as, or the reason it cannot be read. */
export type CellRead = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * The value of a cell as typed or written by toCell; an empty cell is
 * undefined (the field is left out).
 *
 * @example
 * fromCell("{ triangular: [2%, 8%, 13%] }") // { ok: true, value: { triangular: ["2%", "8%", "13%"] } }
 * fromCell("2025") // { ok: true, value: 2025 }
 */
export function fromCell(c: CellValue | undefined): CellRead {
  if (c === null || c === undefined) return { ok: true, value: undefined };
  if (typeof c !== "string") return { ok: true, value: c };
  const t = c.trim();
  if (t === "") return { ok: true, value: undefined };
  if (PLAIN_NUMBER.test(t)) return { ok: true, value: Number(t) };
  if (/^(true|false)$/i.test(t)) return { ok: true, value: t.toLowerCase() === "true" };
  if (/^(null|~)$/i.test(t)) return { ok: true, value: null };
  if (!/^[{["']/.test(t)) return { ok: true, value: c };
  try {
    return { ok: true, value: parse(t, { strict: true, uniqueKeys: true }) };
  } catch (e) {
    return { ok: false, reason: (e as Error).message.split("\n")[0] ?? "not YAML" };
  }
}
