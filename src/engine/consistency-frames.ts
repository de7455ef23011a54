/**
 * The fixed structure of each add-up check: for every parent sector and year
 * with a level goal on the parent and on its children, which children, which
 * stated overlaps, which pairs have no stated overlap; and the verdict a net
 * sum earns against the headline. analysis/consistency.ts evaluates a frame
 * with the stated overlap ranges; engine/verdicts.ts evaluates it once per
 * sample. It lives in the engine so that both can use it without the engine
 * importing analysis (DESIGN.md: imports go one way).
 *
 * Verdicts, for a headline H and the children's net sum N = [low, high]:
 * - partial children (`exhaustive: false`): OVERSHOOT when N.low > H,
 *   CONSISTENT when N.high <= H, INDETERMINATE otherwise.
 * - exhaustive children, floor goals: CONSISTENT when N.low >= H, GAP when
 *   N.high < H, INDETERMINATE otherwise; 左右 (about) must stay within the
 *   tolerance on both sides (OVERSHOOT above).
 */
import type { Overlap } from "../model/overlap.js";
import type { Scenario } from "../model/scenario.js";
import { isFloor, type Target } from "../model/target.js";
import type { Interval } from "../numeric/interval.js";
import { type Projection, valueAt } from "./project.js";

export type Verdict = "CONSISTENT" | "OVERSHOOT" | "GAP" | "INDETERMINATE";

export interface ChildValue {
  id: string;
  /** The child's level goal in the year, or its projection when it has none (exhaustive parents). */
  value: number;
  basis: "goal" | "projection";
  target?: string;
}

/** The fixed structure of one check: what is compared, before any overlap share is chosen. */
export interface ConsistencyFrame {
  parent: string;
  year: number;
  headline: Target;
  exhaustive: boolean;
  children: ChildValue[];
  childrenWithoutGoals: string[];
  childrenSum: number;
  overlaps: Array<{ overlap: Overlap; base: number }>;
  unknownPairs: Array<[string, string]>;
}

/** Every (parent, year) with a level goal on the parent and on at least one child. */
export function consistencyFrames(s: Scenario, p?: Projection): ConsistencyFrame[] {
  const frames: ConsistencyFrame[] = [];
  const levels = s.targets.filter((t) => t.kind === "level");
  for (const q of s.quantities.values()) {
    if (q.children.length === 0) continue;
    for (const headline of levels.filter((t) => t.subject === q.id)) {
      const year = headline.year;
      const children: ChildValue[] = [];
      const without: string[] = [];
      for (const c of q.children) {
        const goal = levels.find((t) => t.subject === c && t.year === year);
        if (goal) children.push({ id: c, value: goal.value, basis: "goal", target: goal.id });
        else if (q.exhaustive && p && Number.isFinite(valueAt(p, c, year))) {
          children.push({ id: c, value: valueAt(p, c, year), basis: "projection" });
        } else without.push(c);
      }
      if (!children.some((c) => c.basis === "goal")) continue;
      const inSet = new Map(children.map((c) => [c.id, c.value]));
      const overlaps = s.overlaps
        .filter((o) => inSet.has(o.part) && (o.within ? inSet.has(o.within) : o.outside === q.id))
        .map((overlap) => ({ overlap, base: inSet.get(overlap.part)! }));
      const stated = new Set(
        overlaps.filter((o) => o.overlap.within).map((o) => pairKey(o.overlap.part, o.overlap.within!)),
      );
      const unknownPairs: Array<[string, string]> = [];
      const ids = children.map((c) => c.id);
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++)
          if (!stated.has(pairKey(ids[i]!, ids[j]!))) unknownPairs.push([ids[i]!, ids[j]!]);
      frames.push({
        parent: q.id,
        year,
        headline,
        exhaustive: q.exhaustive,
        children,
        childrenWithoutGoals: without,
        childrenSum: children.reduce((a, c) => a + c.value, 0),
        overlaps,
        unknownPairs,
      });
    }
  }
  return frames;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * The verdict for a net sum interval against a frame's headline.
 *
 * @example
 * // ten Shandong sub-goals: N = 35,700 against a partial headline of 22,000
 * verdictFor(frame, { low: 35700, high: 35700 }) // "OVERSHOOT"
 */
export function verdictFor(frame: ConsistencyFrame, net: Interval): Verdict {
  const h = frame.headline;
  const tol = h.comparator === "about" ? h.tolerance : 0;
  const upper = h.value * (1 + tol);
  const lower = h.value * (1 - tol);
  if (!frame.exhaustive || !(isFloor(h.comparator) || h.comparator === "about")) {
    if (net.low > upper) return "OVERSHOOT";
    if (net.high <= upper) return "CONSISTENT";
    return "INDETERMINATE";
  }
  if (h.comparator === "about") {
    if (net.low > upper) return "OVERSHOOT";
    if (net.high < lower) return "GAP";
    if (net.low >= lower && net.high <= upper) return "CONSISTENT";
    return "INDETERMINATE";
  }
  if (net.low >= h.value) return "CONSISTENT";
  if (net.high < h.value) return "GAP";
  return "INDETERMINATE";
}
