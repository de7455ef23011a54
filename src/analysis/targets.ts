/**
 * Check each goal against a projection: projected value, met or missed, gap,
 * and the average annual growth needed from the latest known value.
 */

import { derivedQuantities } from "../engine/population/aggregates.js";
import { type Projection, valueAt } from "../engine/project.js";
import type { Scenario } from "../model/scenario.js";
import { measuredFrom } from "../model/scope-break.js";
import { meets, type Target } from "../model/target.js";
import { cagr } from "../numeric/cagr.js";
import { compound } from "../numeric/compound.js";

export interface StartPoint {
  year: number;
  value: number;
  kind: "baseline" | "actual" | "projection";
}

export interface TargetResult {
  target: Target;
  /** Level, average growth, share, worst year of a flow, or period sum; null when not projected. */
  projected: number | null;
  met: boolean | null;
  /** projected − goal, in the goal's unit. */
  gap: number | null;
  /** gap / goal. */
  gapRelative: number | null;
  /** Average annual growth of the subject needed from `start` to meet the goal. */
  requiredCagr: number | null;
  start: StartPoint | null;
}

/**
 * The latest known value of a quantity before `year`: its latest actual, else
 * its baseline; for a formula quantity, and one a firm population stands for,
 * its projected base-year value.
 */
export function startPoint(s: Scenario, id: string, before: number, p?: Projection): StartPoint | null {
  const q = s.quantities.get(id)!;
  // a quantity the firm population stands for starts from the population's base year (docs/firms.md)
  const population = derivedQuantities(s).has(id);
  if (population && p && s.baseYear < before) {
    const v = valueAt(p, id, s.baseYear);
    if (Number.isFinite(v)) return { year: s.baseYear, value: v, kind: "projection" };
  }
  // a formula quantity's own history before the base year may be in another scope: start from its projection
  const actual = [...q.actuals]
    .reverse()
    .find((a) => a.year < before && (!q.formula || a.year >= s.baseYear));
  const b = q.formula ? undefined : q.baseline;
  if (actual && (!b || actual.year >= b.year))
    return { year: actual.year, value: actual.value, kind: "actual" };
  if (b && b.year < before) return { year: b.year, value: b.value.central, kind: "baseline" };
  if (q.formula && p && s.baseYear < before) {
    const v = valueAt(p, id, s.baseYear);
    if (Number.isFinite(v)) return { year: s.baseYear, value: v, kind: "projection" };
  }
  return null;
}

export function evaluateTargets(s: Scenario, p: Projection): TargetResult[] {
  return s.targets.map((t) => evaluateTarget(s, p, t));
}

export function evaluateTarget(s: Scenario, p: Projection, t: Target): TargetResult {
  const v = (id: string, y: number) => valueAt(p, id, y);
  const start = startPoint(s, t.subject, t.year, p);
  const fromStart = (needed: number) =>
    start && start.year < t.year ? cagr(start.value, needed, t.year - start.year) : Number.NaN;
  let projected: number;
  let required = Number.NaN;
  switch (t.kind) {
    case "level":
      projected = v(t.subject, t.year);
      required = fromStart(t.value);
      break;
    case "growth": {
      // measured in the new scope when the period spans a scope break
      const y0 = measuredFrom(s.quantities.get(t.subject)!, t.from!, t.year);
      const from = v(t.subject, y0);
      projected = cagr(from, v(t.subject, t.year), t.year - y0);
      required = fromStart(compound(from, t.value, t.year - y0));
      break;
    }
    case "share": {
      // both in base units (the loader refuses dimensions that do not convert)
      const scale = 10 ** (s.quantities.get(t.subject)!.unit.exp - s.quantities.get(t.of!)!.unit.exp);
      const denom = v(t.of!, t.year);
      projected = (v(t.subject, t.year) * scale) / denom;
      required = fromStart((t.value * denom) / scale);
      break;
    }
    case "flow": {
      const values: number[] = [];
      for (let y = t.from!; y <= t.year; y++) values.push(v(t.subject, y));
      projected =
        t.comparator === "below" || t.comparator === "at_most" ? Math.max(...values) : Math.min(...values);
      if (t.comparator === "about") {
        projected = values.reduce((a, b) => (Math.abs(b - t.value) > Math.abs(a - t.value) ? b : a));
      }
      break;
    }
    case "cumulative": {
      projected = 0;
      for (let y = t.from!; y <= t.year; y++) projected += v(t.subject, y);
      break;
    }
  }
  const known = Number.isFinite(projected);
  return {
    target: t,
    projected: known ? projected : null,
    met: known ? meets(t.comparator, projected, t.value, t.tolerance) : null,
    gap: known ? projected - t.value : null,
    gapRelative: known && t.value !== 0 ? (projected - t.value) / Math.abs(t.value) : null,
    requiredCagr: Number.isFinite(required) ? required : null,
    start,
  };
}
