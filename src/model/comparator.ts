/**
 * Comparators: how a goal's value is stated, in the documents' words —
 * 突破/超过/以上 (at least), 达到 (reach), 左右 (about, with a tolerance),
 * 不少于 (no fewer than), 低于 (below), 不超过 (at most). The file format
 * uses these names as keys (`at_least: 2.2万亿`); `target.ts` says when a
 * projected value meets each.
 */

/** Every comparator, in the order the file format lists them. */
export const COMPARATORS = ["at_least", "reach", "about", "no_fewer_than", "below", "at_most"] as const;

export type Comparator = (typeof COMPARATORS)[number];
