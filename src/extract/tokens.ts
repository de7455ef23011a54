/**
 * The tokenizer: every figure and year in a (folded) text, with its position.
 * Figures are read by the magnitude reader (src/scenario/magnitude.ts), so a
 * figure the reader cannot read is reported with its position, never guessed.
 * Digits that belong to names (5G, IPv6, 850nm, “5351”, 世界500强), ordinals
 * (第3), document numbers (〔2023〕11号) and dates (12月26日) are not figures.
 */
import { ChainsimError } from "../diagnostics.js";
import { MULTIPLIERS, parseUnit } from "../model/units.js";
import { type Magnitude, type MagnitudeContext, parseMagnitude } from "../scenario/magnitude.js";
import type { SkippedFigure } from "./types.js";

export interface YearToken {
  start: number;
  end: number;
  year: number;
  /** 2023-2025年: the first year of a printed period. */
  from?: number;
  /** 到/至/力争到 before it: a target year. */
  target: boolean;
  /** 年底, 年末, 前 after it. */
  endOf: boolean;
  /** 由/从/比/较 before it: the year of a starting value or a comparison, not of a goal. */
  baseline: boolean;
}

export interface FigureToken {
  start: number;
  end: number;
  /** Where the number (or the multiplier word of 千亿) ends and the multiplier or unit begins. */
  numEnd: number;
  /** The number as printed (`2.2`, `2至3`, `千` of a bare 千亿), the multiplier and the unit. */
  num: string;
  mult: string;
  unit: string;
  /** 千亿级: a size class. */
  scaleClass: boolean;
  /** What the unit measures. */
  dimension: "money" | "ratio" | "count" | "other" | "none";
  /** The value: in 亿元 for money, in percent for ratios, in the measure word for counts. */
  low: number;
  high: number;
  /** The unit the value is in: 亿元, %, 个, 家 … ("" for a plain number). */
  canonicalUnit: string;
  /** No multiplier and no unit. */
  bare: boolean;
  /** 余 or 多 inside the figure (1000余家): at least. */
  approx?: string;
}

export interface Tokens {
  years: YearToken[];
  figures: FigureToken[];
  skipped: SkippedFigure[];
}

const OTHER_UNITS = [
  "平方公里",
  "平方米",
  "千瓦时",
  "万千瓦",
  "千瓦",
  "兆瓦",
  "吉瓦",
  "公里",
  "千米",
  "亩",
  "吨",
  "人次",
  "EFLOPS",
  "PFLOPS",
  "Gbps",
  "Mbps",
  "GW",
  "MW",
  "kW",
  "TB",
  "PB",
  "EB",
];
const COUNT_UNITS = "家|个|件|项|名|人|座|款|所|台|户|条|张|套|部|处|只|位|支|篇|种|颗|辆|架|艘|场|批|条";
const UNIT_RE = `元|个百分点|百分点|%|‰|倍|${OTHER_UNITS.join("|")}|${COUNT_UNITS}|点`;
const MULT_RE = "万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千";
const NUM = "\\d+(?:,\\d{3}(?!\\d))*(?:\\.\\d+)?";
const FIGURE = new RegExp(
  `(${NUM}(?:\\s*(?:~|至|到|-|—|–)\\s*${NUM}(?=\\s*(?:${MULT_RE}|${UNIT_RE})))?)\\s*(余|多(?=${MULT_RE}|${UNIT_RE}))?(${MULT_RE})?(余|多(?=${UNIT_RE}))?(${UNIT_RE})?`,
  "g",
);
const PERCENT_RANGE = new RegExp(`(${NUM})\\s*%\\s*(?:~|至|到|-|—|–)\\s*(${NUM})\\s*%`, "g");
/** A multiplier with no digits: only after a comparator word (过千亿, 达到万家) or before 级 (千亿级). */
const BARE_MULT = new RegExp(
  `(?<=(?:^|[^通经])过|超过|突破|达到|达|超|逾|近|约|不少于|不低于)(${MULT_RE})(${UNIT_RE})?|(万亿|千亿|百亿|十亿|千万|百万|亿|万)(级)`,
  "g",
);
const YEAR = /(\d{4})\s*(?:[-—–~至到]\s*(\d{4}))?\s*年(?!\d)/g;
/** Five-year plans: “十四五” is 2021-2025 (the 14th plan starts in 2021; each plan is five years on). */
const FIVE_YEAR_PLAN = /([十][一二三四五六七八九])五(?:”|")?\s*(?:末|期间|时期)?/g;
/** Small counts in Chinese numerals: 三个, 两家, 十二项 (not 第三个, not “五项”, not 三个方面). */
const CJK_COUNT =
  /([二两三四五六七八九十]|[一二两三四五六七八九]?十[一二三四五六七八九]?)(个|家|项|座|所|条|名)(?!方面|一批|大|化)/g;
const CJK_VALUE: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * The value of a Chinese numeral up to 99.
 *
 * @example
 * cjkNumber("十二") // 12
 * cjkNumber("三十") // 30
 */
export function cjkNumber(s: string): number {
  const ten = s.indexOf("十");
  if (ten < 0) return CJK_VALUE[s] ?? Number.NaN;
  const tens = ten === 0 ? 1 : (CJK_VALUE[s[0]!] ?? Number.NaN);
  const ones = ten === s.length - 1 ? 0 : (CJK_VALUE[s[ten + 1]!] ?? Number.NaN);
  return tens * 10 + ones;
}

/**
 * Find the years and figures of a folded text.
 *
 * @example
 * tokenize("到2025年,全省软件业务收入达到14000亿元").figures[0] // { num: "14000", mult: "亿", unit: "元", low: 14000, … }
 */
export function tokenize(text: string, original: string): Tokens {
  const years = findYears(text);
  const yearSpans = years.map((y) => [y.start, y.end] as const);
  const inYear = (a: number) => yearSpans.some(([s, e]) => a >= s && a < e);
  const figures: FigureToken[] = [];
  const skipped: SkippedFigure[] = [];
  const skip = (start: number, end: number, reason: string) =>
    skipped.push({ span: { start, end }, text: original.slice(start, end), reason });

  // percent ranges first (8%-10%, 2.5%～2.8%): one figure, not two
  const taken: Array<readonly [number, number]> = [];
  PERCENT_RANGE.lastIndex = 0;
  for (let m = PERCENT_RANGE.exec(text); m; m = PERCENT_RANGE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/[\dA-Za-z.]/.test(text[start - 1] ?? "")) continue;
    const tok = readFigure(text, start, end, `${m[1]}~${m[2]}`, "", "%", false);
    if (typeof tok === "string") skip(start, end, tok);
    else {
      tok.num = text.slice(start, end - 1).trim();
      tok.numEnd = end - 1;
      figures.push(tok);
    }
    taken.push([start, end]);
  }
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (inYear(start) || taken.some(([a, b]) => start >= a && start < b)) continue;
    // 1000余家, 300多个, 10余万人: the approximation word sits inside the figure
    const approx = m[2] ?? m[4] ?? "";
    const why = notAFigure(text, start, end, m[1]!, m[3] ?? "", m[5] ?? "");
    if (why === "date") continue;
    if (why) {
      skip(start, end, why);
      continue;
    }
    const tok = readFigure(text, start, end, m[1]!, m[3] ?? "", m[5] ?? "", false);
    if (typeof tok !== "string") {
      tok.numEnd = start + m[1]!.length;
      if (approx) tok.approx = approx;
    }
    if (typeof tok === "string") skip(start, end, tok);
    else figures.push(tok);
  }
  BARE_MULT.lastIndex = 0;
  for (let m = BARE_MULT.exec(text); m; m = BARE_MULT.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/[\dA-Za-z]/.test(text[start - 1] ?? "")) continue;
    const scale = m[4] === "级";
    const mult = scale ? m[3]! : m[1]!;
    const unit = scale ? "" : (m[2] ?? "");
    const tok = readFigure(text, start, end, "", mult, unit, scale);
    if (typeof tok !== "string") tok.numEnd = start + mult.length;
    if (typeof tok === "string") skip(start, end, tok);
    else figures.push(tok);
  }
  CJK_COUNT.lastIndex = 0;
  for (let m = CJK_COUNT.exec(text); m; m = CJK_COUNT.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1] ?? "";
    if (/[第一二两三四五六七八九十百千万“"「]/.test(before) || /^[”"」]/.test(text.slice(end))) continue;
    const n = cjkNumber(m[1]!);
    if (!Number.isFinite(n)) continue;
    figures.push({
      start,
      end,
      numEnd: start + m[1]!.length,
      num: m[1]!,
      mult: "",
      unit: m[2]!,
      scaleClass: false,
      dimension: "count",
      low: n,
      high: n,
      canonicalUnit: m[2]!,
      bare: false,
    });
  }
  figures.sort((a, b) => a.start - b.start);
  return { years, figures, skipped };
}

function findYears(text: string): YearToken[] {
  const out: YearToken[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : undefined;
    if (a < 1949 || a > 2100 || (b !== undefined && (b < a || b > 2100))) continue;
    if (/[\d.]/.test(text[m.index - 1] ?? "")) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 3);
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    const y: YearToken = {
      start: m.index,
      end: m.index + m[0].length,
      year: b ?? a,
      target: /(?:到|至|力争到|在|于|截至)\s*$/.test(before),
      endOf: /^(?:年底|底|末|前|年末)/.test(after),
      baseline: /(?:由|从|比|较|与)\s*$/.test(before),
    };
    if (b !== undefined) y.from = a;
    out.push(y);
  }
  FIVE_YEAR_PLAN.lastIndex = 0;
  for (let m = FIVE_YEAR_PLAN.exec(text); m; m = FIVE_YEAR_PLAN.exec(text)) {
    const plan = 10 + (CJK_VALUE[m[1]![1]!] ?? Number.NaN); // 十四 → 14
    if (!Number.isFinite(plan)) continue;
    const from = 2021 + 5 * (plan - 14);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      year: from + 4,
      from,
      target: true,
      endOf: false,
      baseline: false,
    });
  }
  out.sort((x, y) => x.start - y.start);
  return out;
}

/** Why a match is not a figure (a name, an ordinal, a date, a document number), or undefined. */
function notAFigure(
  text: string,
  start: number,
  end: number,
  num: string,
  mult: string,
  unit: string,
): string | undefined {
  const before = text[start - 1] ?? "";
  const after = text[end] ?? "";
  const dashAfterLetter = before === "-" && /[A-Za-z]/.test(text[start - 2] ?? "");
  if (/[A-Za-z_+]/.test(before) || dashAfterLetter || (/[A-Za-z+]/.test(after) && !/[A-Za-z]$/.test(unit)))
    return "a name or code (5G, IPv6, 1+3+N+X), not a figure";
  if (/[\d.]/.test(before)) return "date";
  if (before === "第") return "an ordinal (第…), not a figure";
  if (before === "〔" || before === "[" || after === "〕") return "a document number, not a figure";
  if (mult === "" && unit === "" && /^[月日号时届代期强大项]/.test(after))
    return /^[月日号]/.test(after) ? "date" : `a name or rank (${num}${after}), not a figure`;
  if (mult === "" && unit === "" && after === "年")
    return /^(?:19|20)\d\d$/.test(num) ? "date" : "a number of years, not a figure";
  if (/[“"「『]/.test(before) && /^[”"」』]/.test(text.slice(end))) return "a quoted name, not a figure";
  return undefined;
}

function readFigure(
  text: string,
  start: number,
  end: number,
  num: string,
  mult: string,
  unit: string,
  scaleClass: boolean,
): FigureToken | string {
  const printed = text.slice(start, end);
  const money = unit === "元" || (unit === "" && mult !== "" && moneyContext(text, end));
  const ratio = unit === "%" || unit === "‰";
  // a size class of things (千万级感知节点) counts them in 个
  const countWord =
    (new RegExp(`^(?:${COUNT_UNITS}|点)$`).test(unit) && parseUnit(unit) !== undefined) ||
    (scaleClass && !money);
  const dimension: FigureToken["dimension"] = money
    ? "money"
    : ratio
      ? "ratio"
      : countWord
        ? "count"
        : unit !== ""
          ? "other"
          : "none";
  const canonicalUnit = money
    ? "亿元"
    : ratio
      ? "%"
      : countWord
        ? unit || "个"
        : unit === ""
          ? ""
          : mult + unit;
  const ctx: MagnitudeContext | undefined = money
    ? { kind: "amount", unit: parseUnit("亿元")! }
    : countWord && !scaleClass
      ? { kind: "amount", unit: parseUnit(unit)! }
      : undefined;
  const written = (num || "") + (scaleClass ? `${mult}级` : mult) + (ctx ? unit : "");
  let m: Magnitude;
  try {
    if (ctx) m = parseMagnitude(money && unit === "" && !scaleClass ? `${written}元` : written, ctx);
    else if (scaleClass) m = parseMagnitude(`${mult}级`, { kind: "amount", unit: parseUnit("个")! });
    else if (ratio) {
      const r = parseMagnitude(`${num}${unit}`, { kind: "rate" });
      m = { ...r, low: r.low * 100, high: r.high * 100 };
    } else {
      const exp = MULTIPLIERS.find(([w]) => w === mult)?.[1] ?? 0;
      const r = parseMagnitude(num === "" ? "1" : num, {
        kind: "amount",
        unit: parseUnit("1")!,
        allowNegative: false,
      });
      m = { ...r, low: r.low * 10 ** exp, high: r.high * 10 ** exp };
    }
  } catch (e) {
    if (e instanceof ChainsimError) return `cannot read "${printed}": ${e.diagnostics[0]!.message}`;
    throw e;
  }
  return {
    start,
    end,
    numEnd: end,
    num: num === "" ? mult : num,
    mult: num === "" ? "" : mult,
    unit: num === "" ? (scaleClass ? "级" : unit) : unit,
    scaleClass,
    dimension,
    low: round(m.low),
    high: round(m.high),
    canonicalUnit,
    bare: mult === "" && unit === "",
  };
}

/** 过千亿, 50亿 with no 元: money when the words around speak of revenue, scale or funds. */
function moneyContext(text: string, end: number): boolean {
  const near = text.slice(Math.max(0, end - 30), end + 12);
  return /规模|收入|营收|产值|产业|增加值|总量|投资|资金|基金|销售|经济|集群|元/.test(near);
}

function round(x: number): number {
  return Number(x.toPrecision(12));
}
