/**
 * Units: each quantity has a dimension (money, a ratio, or a count of some
 * measure word) and a power-of-ten factor against the dimension's base unit.
 *
 * Money's base is 元; 亿元 is 10^8 元. Counts keep their measure word as
 * their dimension: 家 (firms) and 件 (patents) do not convert into each other.
 */
import type { Bilingual } from "../i18n/lang.js";
import { DIMENSION } from "../i18n/text/loader.js";

export type Dimension = "money" | "ratio" | "number" | `count:${string}`;

export interface Unit {
  /** As written, normalised (e.g. "亿元", "家", "%"). */
  symbol: string;
  dimension: Dimension;
  /** Decimal exponent against the base unit: 亿元 → 8, % → -2. */
  exp: number;
}

/** Decimal exponents of Chinese multipliers, longest first for matching. */
export const MULTIPLIERS: ReadonlyArray<readonly [string, number]> = [
  ["万亿", 12],
  ["千亿", 11],
  ["百亿", 10],
  ["十亿", 9],
  ["亿", 8],
  ["千万", 7],
  ["百万", 6],
  ["十万", 5],
  ["万", 4],
  ["千", 3],
  ["百", 2],
];

/** Measure words accepted as count units. */
export const COUNT_WORDS = [
  "家",
  "件",
  "个",
  "人",
  "名",
  "项",
  "座",
  "款",
  "所",
  "台",
  "户",
  "条",
  "张",
  "套",
  "次",
  "部",
  "处",
  "只",
  "位",
  "支",
  "篇",
  "种",
  "点",
] as const;

const ENGLISH: Record<string, string> = {
  yuan: "元",
  cny: "元",
  firms: "家",
  firm: "家",
  companies: "家",
  patents: "件",
  items: "个",
  people: "人",
  persons: "人",
  index: "点",
  points: "点",
};

/**
 * Parse a unit name: 元, 万元, 亿元, 万亿元, %, ‰, share, or a count word with
 * an optional multiplier (万家). Returns undefined for an unknown unit.
 *
 * @example
 * parseUnit("亿元") // { symbol: "亿元", dimension: "money", exp: 8 }
 * parseUnit("万家") // { symbol: "万家", dimension: "count:家", exp: 4 }
 */
export function parseUnit(text: string): Unit | undefined {
  const raw = text.trim();
  if (raw === "%" || raw === "percent") return { symbol: "%", dimension: "ratio", exp: -2 };
  if (raw === "‰" || raw === "permille") return { symbol: "‰", dimension: "ratio", exp: -3 };
  if (raw === "share" || raw === "ratio") return { symbol: "share", dimension: "ratio", exp: 0 };
  if (raw === "1" || raw === "number" || raw === "倍") return { symbol: "1", dimension: "number", exp: 0 };
  const english = ENGLISH[raw.toLowerCase()];
  const t = english ?? raw;
  let exp = 0;
  let rest = t;
  for (const [word, e] of MULTIPLIERS) {
    if (rest.startsWith(word) && rest.length > word.length) {
      exp = e;
      rest = rest.slice(word.length);
      break;
    }
  }
  if (rest === "元") return { symbol: t, dimension: "money", exp };
  if ((COUNT_WORDS as readonly string[]).includes(rest))
    return { symbol: t, dimension: `count:${rest}`, exp };
  return undefined;
}

/** Human name of a dimension, for messages, in both languages. */
export function describeDimension(d: Dimension): Bilingual {
  if (d === "money") return DIMENSION.money;
  if (d === "ratio") return DIMENSION.ratio;
  if (d === "number") return DIMENSION.number;
  return DIMENSION.count(d.slice("count:".length));
}

/** Whether values in `from` convert to `to`. */
export function convertible(from: Unit, to: Unit): boolean {
  return from.dimension === to.dimension;
}

/**
 * Scale a decimal number given as digits and exponent into `to`, exactly as
 * the decimal string would parse (no binary rounding from repeated multiplies).
 *
 * @example
 * scaleDecimal("2.2", 12, 8) // 22000 (2.2万亿 in 亿)
 */
export function scaleDecimal(decimal: string, exp: number, toExp: number): number {
  // the digits may carry their own exponent ("1e30" in 1e30亿): fold it in rather than writing "1e30e8"
  const [mantissa, own = "0"] = decimal.toLowerCase().split("e");
  return Number(`${mantissa}e${Number(own) + exp - toExp}`);
}

/**
 * Convert a number between units of one dimension, exactly in decimal.
 *
 * @example
 * convert(500000, parseUnit("万元")!, parseUnit("亿元")!) // 50 (not 49.99999999999999)
 */
export function convert(value: number, from: Unit, to: Unit): number {
  return from.exp === to.exp ? value : scaleDecimal(String(value), from.exp, to.exp);
}
