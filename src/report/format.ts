/**
 * Number formats shared by every output: 亿元 with thousands separators and
 * one decimal, counts as integers, rates and shares as percentages, years as
 * plain integers; and, for sentences, money, counts and differences of rates
 * in the chosen language (zh as Chinese documents print them: format-zh.ts).
 */
import type { Lang } from "../i18n/lang.js";
import type { Unit } from "../model/units.js";
import { formatAmountZh, formatCountZh, formatMoneyZh, formatPointsZh } from "./format-zh.js";
import { grouped } from "./number-format.js";

/** A value in its unit: 22,000.0 for 亿元, 1,050 for counts, 47.3% for ratios (held as fractions or in % units). */
export function formatValue(v: number | null | undefined, unit: Unit): string {
  if (v === null || v === undefined || Number.isNaN(v)) return "–";
  if (unit.dimension === "ratio") return formatPercent(v * 10 ** unit.exp);
  if (unit.dimension === "money") return grouped(1).format(v);
  if (unit.dimension === "number") return grouped(2).format(v);
  return Math.abs(v) >= 100 || Number.isInteger(v) ? grouped(0).format(v) : grouped(1).format(v);
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

/**
 * An amount of money in `lang`: in zh scaled as Chinese documents print it
 * (万亿元 / 亿元 / 万元 by size, thousands separators: formatMoneyZh); in en
 * the value in its own unit with one decimal and the unit.
 *
 * @example
 * formatMoney(22000, YI_YUAN, "zh") // "2.2万亿元"
 * formatMoney(3570, YI_YUAN, "zh") // "3,570亿元"
 * formatMoney(3570, YI_YUAN, "en") // "3,570.0 亿元"
 */
export function formatMoney(v: number | null | undefined, unit: Unit, lang: Lang): string {
  if (lang === "zh") return formatMoneyZh(v, unit);
  const s = formatValue(v, unit);
  return s === "–" ? s : `${s} ${unit.symbol}`;
}

/**
 * A count with its measure word in `lang`: in zh 万 from ten thousand up
 * (1.2万家); in en grouped digits and the unit.
 *
 * @example
 * formatCount(12000, JIA, "zh") // "1.2万家"
 * formatCount(12000, JIA, "en") // "12,000 家"
 */
export function formatCount(v: number | null | undefined, unit: Unit, lang: Lang): string {
  if (lang === "zh") return formatCountZh(v, unit);
  const s = formatValue(v, unit);
  return s === "–" ? s : `${s} ${unit.symbol}`;
}

/**
 * A difference of two rates or shares (fractions): in zh 个百分点
 * (+2.5个百分点), in en percentage points (+2.5 pp).
 *
 * @example
 * formatPointDiff(0.025, "zh") // "+2.5个百分点"
 * formatPointDiff(-0.003, "en") // "−0.3 pp"
 */
export function formatPointDiff(d: number | null | undefined, lang: Lang): string {
  if (lang === "zh") return formatPointsZh(d);
  if (d === null || d === undefined || !Number.isFinite(d)) return "–";
  const v = d * 100;
  if (Math.abs(v) < 0.05) return "0 pp";
  return `${v > 0 ? "+" : "−"}${Math.abs(v).toFixed(1)} pp`;
}

/**
 * Any value in its unit for a sentence in `lang` (money and counts as above,
 * ratios as percentages).
 *
 * @example
 * formatAmount(14000, YI_YUAN, "zh") // "1.4万亿元"
 */
export function formatAmount(v: number | null | undefined, unit: Unit, lang: Lang): string {
  if (lang === "zh") return formatAmountZh(v, unit);
  if (unit.dimension === "money" || unit.dimension.startsWith("count:")) return formatMoney(v, unit, "en");
  return formatValue(v, unit);
}
