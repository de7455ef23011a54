/**
 * Do the goals add up? For each parent sector and year with a level goal on
 * the parent and on its children: the children's sum, the stated double
 * counting and out-of-scope shares (inclusion-exclusion over pairs), the net
 * sum as an interval, and a verdict.
 *
 * Verdicts, for a headline H and the children's net sum N = [low, high]:
 * - partial children (other activity exists; `exhaustive: false`): the
 *   children are pieces of the headline's whole. OVERSHOOT when even the most
 *   stated overlap leaves N above H (N.low > H); CONSISTENT when N.high <= H
 *   (the residual H - N is the other activity); INDETERMINATE otherwise.
 * - exhaustive children (together the whole): the headline is delivered by its
 *   children. For a floor (突破, 达到, 不少于): CONSISTENT when N.low >= H, GAP when
 *   N.high < H (the residual is the shortfall), INDETERMINATE otherwise. For 左右
 *   (about) N must stay within the tolerance on both sides (OVERSHOOT above).
 *
 * Overlaps that are not stated are listed as unknown pairs, never taken as
 * zero silently: the minimum overlap needed says how much they would have to
 * explain.
 */
import {
  type ChildValue,
  type ConsistencyFrame,
  consistencyFrames,
  type Verdict,
  verdictFor,
} from "../engine/consistency-frames.js";
import { type Projection, valueAt } from "../engine/project.js";
import type { Scenario } from "../model/scenario.js";
import { isFloor, type Target } from "../model/target.js";
import { cagr } from "../numeric/cagr.js";
import { addIntervals, type Interval } from "../numeric/interval.js";

export type { ChildValue, ConsistencyFrame, Verdict } from "../engine/consistency-frames.js";

export interface OverlapAmount {
  part: string;
  within?: string;
  outside?: string;
  share: Interval;
  /** share × the part's goal. */
  amount: Interval;
  line: number;
}

export interface VerdictResult {
  parent: string;
  year: number;
  headline: number;
  headlineTarget: string;
  comparator: Target["comparator"];
  exhaustive: boolean;
  children: ChildValue[];
  childrenWithoutGoals: string[];
  childrenSum: number;
  overlaps: OverlapAmount[];
  overlap: Interval;
  unknownOverlaps: Array<[string, string]>;
  net: Interval;
  verdict: Verdict;
  /** Partial parents: the least total overlap that would make the goals consistent. */
  minOverlapNeeded: number;
  minOverlapShare: number;
  /** Exhaustive floors: the most overlap the headline tolerates. */
  maxOverlapAllowed: number | null;
  /** H − N: other activity (partial) or shortfall (exhaustive). */
  residual: Interval;
  /** The growth the residual implies from the base year, where a residual base can be computed. */
  residualCagr: number | null;
  /** What the headline would be with no overlap at all: the children's sum. */
  headlineWithoutOverlap: number;
}

/** Check every frame with the stated overlap ranges. */
export function checkConsistency(s: Scenario, p?: Projection): VerdictResult[] {
  return consistencyFrames(s, p).map((f) => evaluateFrame(s, f, p));
}

export function evaluateFrame(s: Scenario, f: ConsistencyFrame, p?: Projection): VerdictResult {
  const overlaps: OverlapAmount[] = f.overlaps.map(({ overlap: o, base }) => {
    const a: OverlapAmount = {
      part: o.part,
      share: { low: o.share.low, high: o.share.high },
      amount: { low: o.share.low * base, high: o.share.high * base },
      line: o.line,
    };
    if (o.within) a.within = o.within;
    if (o.outside) a.outside = o.outside;
    return a;
  });
  const overlap = addIntervals(overlaps.map((o) => o.amount));
  const net = { low: f.childrenSum - overlap.high, high: f.childrenSum - overlap.low };
  const h = f.headline;
  const tol = h.comparator === "about" ? h.tolerance : 0;
  const floorExhaustive = f.exhaustive && isFloor(h.comparator);
  const excess = f.childrenSum - h.value * (1 + tol);
  const result: VerdictResult = {
    parent: f.parent,
    year: f.year,
    headline: h.value,
    headlineTarget: h.id,
    comparator: h.comparator,
    exhaustive: f.exhaustive,
    children: f.children,
    childrenWithoutGoals: f.childrenWithoutGoals,
    childrenSum: f.childrenSum,
    overlaps,
    overlap,
    unknownOverlaps: f.unknownPairs,
    net,
    verdict: verdictFor(f, net),
    minOverlapNeeded: floorExhaustive ? 0 : Math.max(0, excess),
    minOverlapShare: floorExhaustive || f.childrenSum === 0 ? 0 : Math.max(0, excess) / f.childrenSum,
    maxOverlapAllowed: floorExhaustive ? Math.max(0, f.childrenSum - h.value) : null,
    residual: { low: h.value - net.high, high: h.value - net.low },
    residualCagr: null,
    headlineWithoutOverlap: f.childrenSum,
  };
  result.residualCagr = residualGrowth(s, f, result, p);
  return result;
}

/**
 * The growth the residual needs: from the parent's base-year value less its
 * children's (net of the central overlap shares) to the residual's midpoint.
 * Null when either end is not positive (the base-year scopes do not nest).
 */
function residualGrowth(s: Scenario, f: ConsistencyFrame, r: VerdictResult, p?: Projection): number | null {
  if (!p) return null;
  const base = s.baseYear;
  if (f.year <= base) return null;
  const parent = valueAt(p, f.parent, base);
  let children = 0;
  for (const c of f.children) children += valueAt(p, c.id, base);
  for (const { overlap } of f.overlaps) children -= overlap.share.central * valueAt(p, overlap.part, base);
  const start = parent - children;
  const end = (r.residual.low + r.residual.high) / 2;
  if (!(start > 0) || !(end > 0)) return null;
  return cagr(start, end, f.year - base);
}
