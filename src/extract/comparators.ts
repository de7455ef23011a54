/**
 * Comparator words, from a table: the word before a figure (突破, 达到 …) and
 * the word after it (以上, 左右 …), and how the pair combines
 * (达到…以上 → at_least, 达到…左右 → about, 控制在…以内 → below).
 */
import type { ComparatorType, ExtractedComparator } from "./types.js";

/** Words before a figure, longest first. */
export const BEFORE: ReadonlyArray<readonly [string, ComparatorType]> = [
  ["不少于", "no_fewer_than"],
  ["不低于", "at_least"],
  ["不超过", "at_most"],
  ["不高于", "at_most"],
  ["控制在", "below"],
  ["超过", "at_least"],
  ["突破", "at_least"],
  ["达到", "reach"],
  ["低于", "below"],
  ["高于", "at_least"],
  ["大于", "at_least"],
  ["多于", "at_least"],
  ["少于", "below"],
  ["最高", "at_most"],
  ["最多", "at_most"],
  ["至少", "at_least"],
  ["提高到", "reach"],
  ["提升到", "reach"],
  ["增加到", "reach"],
  ["增长到", "reach"],
  ["提高至", "reach"],
  ["提升至", "reach"],
  ["增至", "reach"],
  ["超", "at_least"],
  ["过", "at_least"],
  ["逾", "at_least"],
  ["达", "reach"],
  ["为", "reach"],
  ["近", "about"],
  ["约", "about"],
];

/** Words after a figure. */
export const AFTER: ReadonlyArray<readonly [string, ComparatorType]> = [
  ["以上", "at_least"],
  ["左右", "about"],
  ["以内", "below"],
  ["以下", "at_most"],
  ["多", "at_least"],
  ["余", "at_least"],
  ["+", "at_least"],
];

/**
 * Combine the words around a figure into a comparator.
 *
 * @example
 * combine("达到", "以上", false, false) // { type: "at_least", words: "达到…以上", … }
 * combine("", "", false, false) // { type: "reach", words: "", implied: true, … }
 */
export function combine(
  before: string,
  after: string,
  striving: boolean,
  scale: boolean,
): ExtractedComparator {
  const b = BEFORE.find(([w]) => w === before)?.[1];
  const a = AFTER.find(([w]) => w === after)?.[1];
  const words = before && after ? `${before}…${after}` : before || after || (scale ? "级" : "");
  let type: ComparatorType;
  if (a === "about") type = "about";
  else if (b === "below" || a === "below") type = "below";
  else if (a === "at_least" && (b === undefined || b === "reach")) type = "at_least";
  else if (b !== undefined) type = b;
  else if (a !== undefined) type = a;
  else type = scale ? "at_least" : "reach";
  return { type, words, implied: !before && !after && !scale, striving, order_of_magnitude: scale };
}
