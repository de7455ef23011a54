/**
 * "From X in 2020 to Y in 2025": 由2020年的X提高到Y, 从2020年底的X增加到Y.
 * The first figure is the starting value (a baseline), the second the goal.
 */
import type { FigureToken } from "./tokens.js";

export interface BaselinePair {
  /** Index of the starting figure in the token list. */
  from: number;
  /** Index of the goal figure. */
  to: number;
  year: number;
}

const BEFORE = /(?:由|从)\s*(\d{4})\s*年(?:年底|底|末)?\s*的?\s*$/;
const BETWEEN =
  /^\s*(?:以上|左右)?\s*(?:提高|增加|增长|提升|扩大|上升|下降|降低|减少|发展|跃升|增)?\s*(?:到|至)\s*(?:\d{4}\s*年(?:年底|底|末)?\s*的?)?\s*(?:超过|突破|达到)?\s*$/;

/**
 * Find starting-value / goal pairs among consecutive figures.
 *
 * @example
 * findBaselinePairs("由2020年的1000亿元提高到2000亿元", tokens) // [{ from: 0, to: 1, year: 2020 }]
 */
export function findBaselinePairs(text: string, figures: readonly FigureToken[]): BaselinePair[] {
  const out: BaselinePair[] = [];
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i]!;
    const b = figures[i + 1]!;
    const before = BEFORE.exec(text.slice(Math.max(0, a.start - 16), a.start));
    if (!before) continue;
    if (!BETWEEN.test(text.slice(a.end, b.start))) continue;
    if (a.dimension !== b.dimension) continue;
    out.push({ from: i, to: i + 1, year: Number(before[1]) });
  }
  return out;
}
