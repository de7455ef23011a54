/**
 * The extractor's vocabulary: a goal found in a policy text, a figure left out
 * and why, and the whole result (`chainsim extract --format json`).
 */

/** A half-open range of character positions (UTF-16 code units) in the decoded text. */
export interface Span {
  start: number;
  end: number;
}

/** How the text bounds a figure: 突破/超过/以上/不少于 → at_least, 达到 → reach, 左右 → about … */
export type ComparatorType = "at_least" | "reach" | "about" | "no_fewer_than" | "below" | "at_most";

export interface ExtractedComparator {
  type: ComparatorType;
  /** The printed word(s), `…` joining two separated words (`达到…左右`); "" when none is printed. */
  words: string;
  /** No comparator word is printed; read as `reach`. */
  implied: boolean;
  /** 力争 (strive to) stands before the goal. */
  striving: boolean;
  /** An X级 size class (千亿级): at least the round figure, below ten times it. */
  order_of_magnitude: boolean;
}

export type GoalKind = "level" | "growth" | "share" | "per_year" | "count" | "cumulative";

export interface ExtractedGoal {
  id: string;
  /** The clause as the document numbers it: `二(一)`, `三(六)2`, `第五条`; "" before the first number. */
  clause: string;
  /** The figure with its comparator words. */
  span: Span;
  /** The sentence the goal stands in, as printed (noise removed). */
  text: string;
  /** The quantity, as printed: 软件业务收入, 5G基站 … */
  subject: string;
  /** The year the goal is for; the document's horizon when no year is printed (see confidence). */
  year: number | null;
  comparator: ExtractedComparator;
  /** The number as printed: `2.2`, `25.5`, `2至3`, `千` (of 千亿). */
  value: string;
  /** The unit as printed: `万亿元`, `万个`, `%`, `家`, `亿` … */
  unit: string;
  kind: GoalKind;
  /** 由2020年的X提高到Y: the starting figure. */
  baseline?: { year: number; value: string; unit: string };
  /** 0..1: how sure the rules are (lower without a printed year, comparator or subject). */
  confidence: number;
}

export interface SkippedFigure {
  span: Span;
  text: string;
  reason: string;
}

export interface Extraction {
  document: string;
  goals: ExtractedGoal[];
  skipped: SkippedFigure[];
}
