/**
 * The average annual growth each goal requires from its sector's latest
 * known value, as an interval where the starting value is a range, beside
 * the growth the scenario assumes.
 */
import { derivedQuantities } from "../engine/population/aggregates.js";
import { type Projection, valueAt } from "../engine/project.js";
import type { Scenario } from "../model/scenario.js";
import type { Target } from "../model/target.js";
import { cagr } from "../numeric/cagr.js";
import type { Interval } from "../numeric/interval.js";
import { type StartPoint, startPoint } from "./targets.js";

export interface RequiredGrowth {
  target: string;
  subject: string;
  year: number;
  from: { year: number; kind: StartPoint["kind"]; low: number; central: number; high: number };
  /** Growth needed: low from the high start, high from the low start. */
  required: Interval & { central: number };
  /** Growth assumed: the central projection's average over the same years, and the assumption's range. */
  assumed: (Interval & { central: number }) | null;
  /** required.central − assumed.central, in fractions (0.05 = 5 points a year). */
  shortfall: number | null;
}

export function requiredGrowth(s: Scenario, p: Projection): RequiredGrowth[] {
  const out: RequiredGrowth[] = [];
  for (const t of s.targets) {
    const r = requiredFor(s, p, t);
    if (r) out.push(r);
  }
  return out;
}

function requiredFor(s: Scenario, p: Projection, t: Target): RequiredGrowth | null {
  if (t.kind !== "level" && t.kind !== "share") return null;
  const q = s.quantities.get(t.subject)!;
  // the same starting point as the goal checks; a baseline range gives the interval
  const st = startPoint(s, t.subject, t.year, p);
  if (!st) return null;
  const range = st.kind === "baseline" ? q.baseline!.value : undefined;
  const from: RequiredGrowth["from"] = {
    year: st.year,
    kind: st.kind,
    low: range?.low ?? st.value,
    central: st.value,
    high: range?.high ?? st.value,
  };
  const goal = t.kind === "share" ? t.value * valueAt(p, t.of!, t.year) : t.value;
  const n = t.year - from.year;
  const required = {
    low: cagr(from.high, goal, n),
    central: cagr(from.central, goal, n),
    high: cagr(from.low, goal, n),
  };
  let assumed: RequiredGrowth["assumed"] = null;
  const central = cagr(valueAt(p, t.subject, from.year), valueAt(p, t.subject, t.year), n);
  if (Number.isFinite(central)) {
    // a quantity the firm population stands for grows as the population does: no range of its own
    const g = derivedQuantities(s).has(q.id) ? undefined : q.growth;
    assumed =
      g?.type === "rate"
        ? { low: g.rate.low, central, high: g.rate.high }
        : { low: central, central, high: central };
  }
  return {
    target: t.id,
    subject: t.subject,
    year: t.year,
    from,
    required,
    assumed,
    shortfall: assumed ? required.central - assumed.central : null,
  };
}
