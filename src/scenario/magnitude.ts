/**
 * Magnitudes as the documents write them: `2.2万亿`, `14000亿`, `过千亿`,
 * `10%以上`, `5‰`, `2000万`, ranges `11000~11300` and `3-5个`, plain numbers;
 * in traditional characters too (`100億元`, `超過50%`, `50個`), with full-width
 * digits and punctuation (`２．２万亿`, `１０％`), and scale classes read as an
 * order of magnitude (`千亿级` = at least 1000亿 and below 1万亿).
 *
 * Parsing is exact in decimal: `1.1万` is 11000, not 11000.000000000002.
 */
import { fail } from "../diagnostics.js";
import type { Bilingual } from "../i18n/lang.js";
import { DIMENSION, EXPECTED, INTERNAL, MAGNITUDE, NEGATIVE, VALUE_KIND } from "../i18n/text/loader.js";
import {
  COUNT_WORDS,
  describeDimension,
  MULTIPLIERS,
  parseUnit,
  scaleDecimal,
  type Unit,
} from "../model/units.js";
import { toSimplifiedNumerals } from "./numerals.js";

/** How a document's words bound a number: 突破 → at_least, 左右 → about … */
export type Qualifier = "at_least" | "reach" | "about" | "no_fewer_than" | "below" | "at_most";

export interface Magnitude {
  /** Low end in the context unit (equal to `high` for a point). */
  low: number;
  high: number;
  /** A qualifier word found in the text (以上, 左右, 过 …). */
  qualifier?: Qualifier;
  /** The input as written, for messages and traceability. */
  text: string;
  /**
   * A scale class (`千亿级`, `千萬級`): `low` is the round figure and `ceiling` the next
   * order of magnitude, which the value stays below; the qualifier is `at_least`.
   */
  orderOfMagnitude?: { ceiling: number };
}

/** What a magnitude measures: an amount in a unit, a growth rate, or a share in [0, 1]. */
export type MagnitudeKind = "amount" | "rate" | "share";

export interface MagnitudeContext {
  kind: MagnitudeKind;
  /** The unit results are expressed in (for amounts). */
  unit?: Unit;
  /** Whether negative values are allowed (amounts: no; rates: yes, above -100%). */
  allowNegative?: boolean;
}

/** Words before a share that say what it is, not how it bounds (traditional 佔 is read as 占). */
const SHARE_WORDS = ["占比", "占"] as const;

const PREFIX: ReadonlyArray<readonly [string, Qualifier]> = [
  ["不少于", "no_fewer_than"],
  ["不低于", "at_least"],
  ["不超过", "at_most"],
  ["不高于", "at_most"],
  ["控制在", "at_most"],
  ["超过", "at_least"],
  ["突破", "at_least"],
  ["达到", "reach"],
  ["达", "reach"],
  ["低于", "below"],
  ["大于", "at_least"],
  ["高于", "at_least"],
  ["超", "at_least"],
  ["过", "at_least"],
  ["逾", "at_least"],
  ["约", "about"],
  ["近", "about"],
  [">=", "at_least"],
  ["≥", "at_least"],
  ["<=", "at_most"],
  ["≤", "at_most"],
  [">", "at_least"],
  ["<", "below"],
];

const SUFFIX: ReadonlyArray<readonly [string, Qualifier]> = [
  ["以上", "at_least"],
  ["左右", "about"],
  ["以下", "at_most"],
  ["以内", "at_most"],
  ["多", "at_least"],
  ["余", "at_least"],
  ["+", "at_least"],
];

// 达到 (reach) is a qualifier, not a range; a hyphen separates a range only between digits (3-5个)
const RANGE_SEPARATORS = /\s*(?:~|至|(?<!达)到|—|–|(?<=\d)-(?=\d))\s*/;
/** `千亿级`: a multiplier word followed by 级 (a size class). */
const SCALE_CLASS = /^(.*?)级$/;
const CJK_DIGITS: Record<string, string> = {
  零: "0",
  一: "1",
  二: "2",
  两: "2",
  三: "3",
  四: "4",
  五: "5",
  六: "6",
  七: "7",
  八: "8",
  九: "9",
};

/** Upper bounds on magnitudes that could be meaningful, per dimension, in base units. */
const LIMITS = { money: 1e16, count: 1e12, rate: 10 } as const;

/**
 * Read a magnitude in the context's unit.
 *
 * @example
 * parseMagnitude("2.2万亿", { kind: "amount", unit: parseUnit("亿元") }) // { low: 22000, high: 22000, … }
 * parseMagnitude("10%以上", { kind: "rate" }) // { low: 0.1, high: 0.1, qualifier: "at_least", … }
 * parseMagnitude("11000~11300", { kind: "amount", unit: parseUnit("亿元") }) // { low: 11000, high: 11300, … }
 */
export function parseMagnitude(input: unknown, ctx: MagnitudeContext): Magnitude {
  if (typeof input === "number") return fromNumber(input, String(input), ctx);
  if (typeof input !== "string") {
    return fail("E_WRONG_TYPE", { expected: expectedFor(ctx), found: describeValue(input) });
  }
  const text = normaliseText(input);
  if (text === "") fail("E_BAD_MAGNITUDE", { text: input, reason: MAGNITUDE.empty });
  if (/^[+-]?(nan|inf|infinity|\.inf|\.nan)$/i.test(text)) fail("E_NOT_FINITE", { text: input });
  const scale = SCALE_CLASS.exec(text);
  if (scale) return scaleClass(scale[1]!, input, ctx);
  const parts = splitRange(text);
  if (parts) {
    const hi = parsePoint(parts[1], input, ctx, undefined);
    const lo = parsePoint(parts[0], input, ctx, hi.suffix);
    if (lo.value > hi.value) {
      fail("E_RANGE_ORDER", { low: parts[0], high: parts[1] });
    }
    return { low: lo.value, high: hi.value, text: input };
  }
  const p = parsePoint(text, input, ctx, undefined);
  const m: Magnitude = { low: p.value, high: p.value, text: input };
  if (p.qualifier) m.qualifier = p.qualifier;
  return m;
}

/** The central value of a magnitude: its midpoint. */
export function centre(m: Magnitude): number {
  return m.low === m.high ? m.low : (m.low + m.high) / 2;
}

function fromNumber(n: number, text: string, ctx: MagnitudeContext): Magnitude {
  if (!Number.isFinite(n)) fail("E_NOT_FINITE", { text });
  if (ctx.kind !== "amount" && tooBigForRate(n, ctx)) fail("E_RATE_AS_NUMBER", { text });
  check(n, text, ctx);
  return { low: n, high: n, text };
}

function normaliseText(s: string): string {
  return toSimplifiedNumerals(s.trim()).replace(/\s+/g, "");
}

/**
 * `千亿级` (`千萬級`, `万亿级`, `百亿级`): at least the round figure, below ten times it.
 * Only a multiplier word may stand before 级 (`TB级`, `L4级`, `三级` are not magnitudes).
 */
function scaleClass(word: string, original: string, ctx: MagnitudeContext): Magnitude {
  const known = MULTIPLIERS.find(([w]) => w === word);
  if (!known) {
    return fail("E_BAD_MAGNITUDE", {
      text: original,
      reason: MAGNITUDE.scaleClass,
    });
  }
  const p = parsePoint(word, original, ctx, undefined);
  const ceiling = parsePoint(`10${word}`, original, ctx, undefined).value;
  return {
    low: p.value,
    high: p.value,
    qualifier: "at_least",
    text: original,
    orderOfMagnitude: { ceiling },
  };
}

function splitRange(text: string): [string, string] | undefined {
  const m = RANGE_SEPARATORS.exec(text);
  if (!m || m.index === 0) return undefined;
  const left = text.slice(0, m.index);
  const right = text.slice(m.index + m[0].length);
  if (right === "" || RANGE_SEPARATORS.test(right)) return undefined;
  return [left, right];
}

interface Point {
  value: number;
  qualifier?: Qualifier;
  /** The multiplier and unit text after the number, to lend to the left end of a range. */
  suffix: string;
}

function parsePoint(raw: string, original: string, ctx: MagnitudeContext, lend: string | undefined): Point {
  let s = raw;
  let qualifier: Qualifier | undefined;
  // 占/佔 (accounts for) and 占比 name a share, not a bound: 占50% is 50%; 占比超过50% is at least 50%
  for (const word of SHARE_WORDS) {
    if (s.startsWith(word) && s.length > word.length) {
      s = s.slice(word.length);
      break;
    }
  }
  for (const [word, q] of PREFIX) {
    if (s.startsWith(word)) {
      qualifier = q;
      s = s.slice(word.length);
      break;
    }
  }
  for (const [word, q] of SUFFIX) {
    if (s.endsWith(word) && s.length > word.length) {
      qualifier ??= q;
      s = s.slice(0, -word.length);
      break;
    }
  }
  // the number: arabic (with thousands separators), or a CJK digit, or none (千亿 = 1千亿)
  const num = /^([+-]?)((?:\d{1,3}(?:[,，]\d{3})+|\d+)(?:\.\d+)?(?:e[+-]?\d+)?|\.\d+)/i.exec(s);
  let sign = "";
  let decimal: string;
  let rest: string;
  if (num) {
    sign = num[1]!;
    decimal = num[2]!.replace(/[,，]/g, "");
    rest = s.slice(num[0].length);
  } else if (s[0] !== undefined && CJK_DIGITS[s[0]] !== undefined) {
    decimal = CJK_DIGITS[s[0]]!;
    rest = s.slice(1);
  } else if (MULTIPLIERS.some(([w]) => s.startsWith(w))) {
    decimal = "1";
    rest = s;
  } else {
    return fail("E_BAD_MAGNITUDE", { text: original, reason: MAGNITUDE.noNumber });
  }
  if (rest === "" && lend) rest = lend;
  const suffix = rest;
  // multiplier
  let exp = 0;
  for (const [word, e] of MULTIPLIERS) {
    if (rest.startsWith(word)) {
      exp = e;
      rest = rest.slice(word.length);
      break;
    }
  }
  for (const [word] of MULTIPLIERS) {
    if (rest.startsWith(word)) {
      fail("E_BAD_MAGNITUDE", { text: original, reason: MAGNITUDE.repeated(suffix) });
    }
  }
  const value = scaled(sign + decimal, exp, rest, original, ctx);
  check(value, original, ctx);
  const point: Point = { value, suffix };
  if (qualifier) point.qualifier = qualifier;
  return point;
}

/** Apply the multiplier and unit word after the number, converting into the context unit. */
function scaled(
  decimal: string,
  exp: number,
  unitText: string,
  original: string,
  ctx: MagnitudeContext,
): number {
  if (unitText === "%" || unitText === "‰") {
    if (ctx.kind === "amount" && ctx.unit?.dimension !== "ratio") {
      return fail("E_UNIT_MISMATCH", {
        text: original,
        found: describeDimension("ratio"),
        expected: describeDimension(ctx.unit?.dimension ?? "money"),
      });
    }
    if (exp !== 0) fail("E_BAD_MAGNITUDE", { text: original, reason: MAGNITUDE.multiplierBeforePercent });
    return scaleDecimal(
      decimal,
      unitText === "%" ? -2 : -3,
      ctx.kind === "amount" ? (ctx.unit?.exp ?? 0) : 0,
    );
  }
  if (ctx.kind !== "amount") {
    if (unitText !== "" || exp !== 0) {
      const u = unitText === "" ? undefined : parseUnit(unitText);
      return fail("E_UNIT_MISMATCH", {
        text: original,
        found: u ? describeDimension(u.dimension) : DIMENSION.amount,
        expected: DIMENSION.rateWithPercent,
      });
    }
    const n = Number(decimal);
    if (tooBigForRate(n, ctx)) fail("E_RATE_AS_NUMBER", { text: original });
    return n;
  }
  const target = ctx.unit;
  if (!target) return fail("E_INTERNAL", { detail: INTERNAL.amountWithoutUnit });
  if (unitText === "") {
    // No unit word: a bare number is in the context unit; a multiplier alone applies to the
    // dimension's base word (2000万 → 2000万元 for money, 1万 → 1万家 for firms).
    if (exp === 0) return Number(decimal);
    return scaleDecimal(decimal, exp, target.exp);
  }
  const u = parseUnit(unitText);
  if (!u) {
    if (/^[A-Za-z\u4e00-\u9fff]/.test(unitText) && !isMeasure(unitText)) {
      return fail("E_BAD_MAGNITUDE", { text: original, reason: MAGNITUDE.notUnit(unitText) });
    }
    return fail("E_UNIT_UNKNOWN", { unit: unitText });
  }
  if (u.dimension !== target.dimension) {
    return fail("E_UNIT_MISMATCH", {
      text: original,
      found: describeDimension(u.dimension),
      expected: describeDimension(target.dimension),
    });
  }
  return scaleDecimal(decimal, exp + u.exp, target.exp);
}

function isMeasure(word: string): boolean {
  return (COUNT_WORDS as readonly string[]).includes(word);
}

function check(value: number, text: string, ctx: MagnitudeContext): void {
  if (!Number.isFinite(value)) fail("E_NOT_FINITE", { text });
  if (ctx.kind === "rate") {
    if (value <= -1) fail("E_GROWTH_TOO_LOW", { text });
    if (value > LIMITS.rate) fail("E_TOO_LARGE", { text, max: "1000%" });
    return;
  }
  if (ctx.kind === "share") {
    if (value < 0 || value > 1) fail("E_SHARE_RANGE", { text });
    return;
  }
  if (value < 0 && !ctx.allowNegative) fail("E_NEGATIVE", { what: NEGATIVE.amount, text });
  const unit = ctx.unit;
  if (unit && unit.dimension !== "ratio") {
    const base = Math.abs(value) * 10 ** unit.exp;
    const max = unit.dimension === "money" ? LIMITS.money : LIMITS.count;
    if (base > max) {
      fail("E_TOO_LARGE", { text, max: unit.dimension === "money" ? "1亿亿元" : "1万亿" });
    }
  }
}

function expectedFor(ctx: MagnitudeContext): Bilingual {
  return ctx.kind === "amount" ? EXPECTED.magnitude : EXPECTED.rate;
}

/** Describe a YAML value's type for messages. */
export function describeValue(v: unknown): Bilingual {
  if (v === null || v === undefined) return VALUE_KIND.nothing;
  if (Array.isArray(v)) return VALUE_KIND.list;
  if (typeof v === "object") return VALUE_KIND.mapping;
  if (typeof v === "string") return VALUE_KIND.text(v.length > 30 ? `${v.slice(0, 27)}...` : v);
  if (typeof v === "boolean") return VALUE_KIND.boolean(v);
  if (typeof v === "number") return VALUE_KIND.number(String(v));
  return VALUE_KIND.other(typeof v, String(v));
}

/** A bare number of 1 or more as a growth rate (above 1 as a share) is almost surely a percent without its sign. */
function tooBigForRate(n: number, ctx: MagnitudeContext): boolean {
  return ctx.kind === "rate" ? Math.abs(n) >= 1 : Math.abs(n) > 1;
}
