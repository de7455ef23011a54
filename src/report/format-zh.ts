/**
 * Numbers as Chinese policy documents and statistical bulletins print them:
 * money in 万亿元 / 亿元 / 万元 chosen by size, counts in 万 from ten
 * thousand up, thousands separators, and differences of rates in 个百分点.
 * (Convention: 国家统计局《统计公报》 and the provincial plans in seeds/, e.g.
 * "营业收入突破1.4万亿元", "规上企业达到1.2万家", "提高2.5个百分点".)
 * Used for the Chinese sentences of the terminal output; tables keep one
 * unit per column (formatValue) so that columns line up.
 */
import type { Unit } from "../model/units.js";
import { grouped as shared } from "./number-format.js";

/** Up to `digits` decimals, trailing zeros dropped. */
const grouped = (digits: number) => shared(digits, 0);

const MINUS = "−";

/** Sign then magnitude, with U+2212 for negatives as the other formats do. */
function signed(v: number, body: (abs: number) => string): string {
  return v < 0 ? `${MINUS}${body(-v)}` : body(v);
}

/**
 * An amount of money in yuan-based units, scaled to 万亿元, 亿元, 万元 or 元
 * by its size; trailing zeros dropped ("1.4万亿元", "3,200亿元").
 *
 * @example
 * formatMoneyZh(14000, { symbol: "亿元", dimension: "money", exp: 8 }) // "1.4万亿元"
 * formatMoneyZh(3200, { symbol: "亿元", dimension: "money", exp: 8 }) // "3,200亿元"
 * formatMoneyZh(0.5, { symbol: "亿元", dimension: "money", exp: 8 }) // "5,000万元"
 */
export function formatMoneyZh(v: number | null | undefined, unit: Unit): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "–";
  const yuan = v * 10 ** unit.exp;
  return signed(yuan, (a) => {
    if (a >= 1e12) return `${grouped(2).format(a / 1e12)}万亿元`;
    if (a >= 1e8) return `${grouped(1).format(a / 1e8)}亿元`;
    if (a >= 1e4) return `${grouped(0).format(a / 1e4)}万元`;
    return `${grouped(0).format(a)}元`;
  });
}

/**
 * A count with its measure word, in 万 from ten thousand up.
 *
 * @example
 * formatCountZh(12000, { symbol: "家", dimension: "count:家", exp: 0 }) // "1.2万家"
 * formatCountZh(1050, { symbol: "家", dimension: "count:家", exp: 0 }) // "1,050家"
 * formatCountZh(1.5, { symbol: "万家", dimension: "count:家", exp: 4 }) // "1.5万家"
 */
export function formatCountZh(v: number | null | undefined, unit: Unit): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "–";
  const word = unit.dimension.startsWith("count:") ? unit.dimension.slice(6) : unit.symbol;
  const n = v * 10 ** unit.exp;
  return signed(n, (a) =>
    a >= 1e8
      ? `${grouped(2).format(a / 1e8)}亿${word}`
      : a >= 1e4
        ? `${grouped(2).format(a / 1e4)}万${word}`
        : `${grouped(a >= 100 ? 0 : 1).format(a)}${word}`,
  );
}

/**
 * A difference of two rates or shares (held as fractions) in 个百分点,
 * signed, one decimal.
 *
 * @example
 * formatPointsZh(0.025) // "+2.5个百分点"
 * formatPointsZh(-0.003) // "−0.3个百分点"
 */
export function formatPointsZh(d: number | null | undefined): string {
  if (d === null || d === undefined || !Number.isFinite(d)) return "–";
  const v = d * 100;
  if (Math.abs(v) < 0.05) return "0个百分点";
  return `${v > 0 ? "+" : MINUS}${Math.abs(v).toFixed(1)}个百分点`;
}

/**
 * Any value in its unit for a Chinese sentence: money and counts as above,
 * ratios as percentages, plain numbers grouped.
 *
 * @example
 * formatAmountZh(0.123, { symbol: "share", dimension: "ratio", exp: 0 }) // "12.3%"
 */
export function formatAmountZh(v: number | null | undefined, unit: Unit): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "–";
  if (unit.dimension === "money") return formatMoneyZh(v, unit);
  if (unit.dimension.startsWith("count:")) return formatCountZh(v, unit);
  if (unit.dimension === "ratio") return `${grouped(1).format(v * 10 ** unit.exp * 100)}%`;
  return grouped(2).format(v);
}
