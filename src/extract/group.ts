/**
 * Headlines and their parts. Two patterns:
 * - sibling clauses: three or more sibling clauses (二(一) … 二(十)) that each hold
 *   one money level goal for the same year, under a larger money level goal of an
 *   earlier clause (the headline; 000's 2.2万亿 over the ten fields of 十大工程);
 * - 其中: goals after 其中 in the sentence of a money level goal are its parts
 *   (004: 7万亿, 其中 6万亿 and 1.8万亿).
 * These are proposals: the draft says so, and `chainsim check` tests whether they add up.
 */
import type { Bilingual, Lang } from "../i18n/lang.js";
import { EXTRACT_TEXT } from "../i18n/text/extract.js";
import { inLang } from "../i18n/text/tables.js";
import type { Goal } from "./goals.js";

export interface Grouping {
  headline: string;
  children: string[];
  /** How the grouping was found, for the draft's comment, in both languages. */
  why: Bilingual;
}

/**
 * Propose headline/children groupings.
 *
 * @example
 * groupGoals(goals) // [{ headline: "g1", children: ["g5", …, "g14"], why: { zh: "…", en: "…" } }]
 */
export function groupGoals(goals: readonly Goal[]): Grouping[] {
  const out: Grouping[] = [];
  const used = new Set<string>();
  const isLevelMoney = (g: Goal) => g.kind === "level" && g.dimension === "money";

  // 其中
  for (const g of goals) {
    if (!g.ofWhich) continue;
    const head = goals.find((h) => h.id === g.ofWhich);
    if (!head || !isLevelMoney(head) || !isLevelMoney(g)) continue;
    let group = out.find((x) => x.headline === head.id);
    if (!group) {
      group = {
        headline: head.id,
        children: [],
        why: { ...EXTRACT_TEXT.whyOfWhich },
      };
      out.push(group);
    }
    group.children.push(g.id);
    used.add(g.id);
  }

  // sibling clauses
  const byParent = new Map<string, Goal[]>();
  for (const g of goals) {
    if (!isLevelMoney(g) || used.has(g.id)) continue;
    const parent = parentOf(g.clause);
    if (parent === undefined || parent === g.clause) continue;
    const list = byParent.get(parent) ?? [];
    list.push(g);
    byParent.set(parent, list);
  }
  for (const [parent, list] of byParent) {
    const clauses = new Set(list.map((g) => g.clause));
    if (clauses.size < 3 || clauses.size !== list.length) continue; // one goal per clause
    const year = list[0]!.year;
    if (!list.every((g) => g.year === year)) continue;
    const first = Math.min(...list.map((g) => g.span.start));
    const biggest = Math.max(...list.map((g) => g.low));
    const candidates = goals.filter(
      (h) =>
        isLevelMoney(h) &&
        h.span.start < first &&
        h.year === year &&
        h.low > biggest &&
        !h.clause.startsWith(parent === "" ? "\u0000" : parent + "(") &&
        !list.includes(h),
    );
    const head = candidates.sort((a, b) => b.low - a.low)[0];
    if (!head) continue;
    out.push({
      headline: head.id,
      children: list.map((g) => g.id),
      why: siblingsWhy(list.length, parent, year, head.clause),
    });
  }
  return out;
}

/** Why sibling clauses are proposed as parts, in both languages. */
function siblingsWhy(count: number, parent: string, year: number | null, clause: string): Bilingual {
  const one = (lang: Lang) => {
    const w = inLang(EXTRACT_TEXT, lang);
    return w.whySiblings(
      count,
      parent ? w.clauseRef(parent) : w.topLevel,
      year === null ? w.theHorizon : w.yearOf(year),
      clause || w.leadClause,
    );
  };
  return { zh: one("zh"), en: one("en") };
}

/** The parent of a clause label: 二(一) → 二, 三(一)1 → 三(一), 二 → "". */
function parentOf(clause: string): string | undefined {
  if (clause === "") return undefined;
  const m = /^(.*?)(\([^()]+\)|\d+|[一二三四五六七八九十百零〇两]+|第[^条章节]+[条章节])$/.exec(clause);
  return m ? m[1]! : undefined;
}
