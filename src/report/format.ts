/**
 * Number formats shared by every output: 亿元 with thousands separators and
 * one decimal, counts as integers, rates and shares as percentages, years as
 * plain integers.
 */
import type { Unit } from "../model/units.js";

const grouped = (digits: number) =>
  new Intl.NumberFormat("en-US", {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: true,
  });
const ONE = grouped(1);
const ZERO = grouped(0);

/** A value in its unit: 22,000.0 for 亿元, 1,050 for counts, 47.3% for ratios (held as fractions or in % units). */
export function formatValue(v: number | null | undefined, unit: Unit): string {
  if (v === null || v === undefined || Number.isNaN(v)) return "–";
  if (unit.dimension === "ratio") return formatPercent(v * 10 ** unit.exp);
  if (unit.dimension === "money") return ONE.format(v);
  if (unit.dimension === "number") return grouped(2).format(v);
  return Math.abs(v) >= 100 || Number.isInteger(v) ? ZERO.format(v) : ONE.format(v);
}

/** A fraction as a percentage with one decimal: 0.1234 → 12.3%. */
export function formatPercent(v: number | null | undefined, digits = 1): string {
  if (v === null || v === undefined || Number.isNaN(v)) return "–";
  return `${grouped(digits).format(v * 100)}%`;
}

/** A signed value: +1,234.5 / −1,234.5. */
export function formatSigned(v: number | null | undefined, unit: Unit): string {
  if (v === null || v === undefined || Number.isNaN(v)) return "–";
  const s = formatValue(Math.abs(v), unit);
  return v > 0 ? `+${s}` : v < 0 ? `−${s}` : s;
}

/** Round for JSON output to 12 significant digits, so tiny binary noise does not show. */
export function roundForOutput(v: number | null | undefined): number | null {
  if (v === null || v === undefined || !Number.isFinite(v)) return null;
  return Number(v.toPrecision(12));
}
