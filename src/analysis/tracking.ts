/**
 * Mid-term tracking: with published outcomes (actuals) after the base year,
 * re-forecast from the latest one, the growth now needed for the remaining
 * years, and whether each goal is on track, behind, or already met.
 */
import { type Projection, valueAt } from "../engine/project.js";
import type { Scenario } from "../model/scenario.js";
import { meets } from "../model/target.js";
import { cagr } from "../numeric/cagr.js";

export type TrackingStatus = "already met" | "on track" | "behind";

export interface Tracking {
  target: string;
  subject: string;
  year: number;
  goal: number;
  latest: { year: number; value: number; qualifier?: string };
  /** Average growth needed from the latest actual to the goal. */
  requiredRemaining: number | null;
  /** Average growth of the re-forecast over the same years. */
  assumedRemaining: number | null;
  projected: number;
  status: TrackingStatus;
}

export function tracking(s: Scenario, p: Projection): Tracking[] {
  const out: Tracking[] = [];
  for (const t of s.targets) {
    if (t.kind !== "level") continue;
    const q = s.quantities.get(t.subject)!;
    const latest = [...q.actuals].reverse().find((a) => a.year >= s.baseYear && a.year <= t.year);
    if (!latest) continue;
    const projected = valueAt(p, t.subject, t.year);
    const n = t.year - latest.year;
    const already = meets(t.comparator, latest.value, t.value, t.tolerance);
    out.push({
      target: t.id,
      subject: t.subject,
      year: t.year,
      goal: t.value,
      latest: {
        year: latest.year,
        value: latest.value,
        ...(latest.qualifier ? { qualifier: latest.qualifier } : {}),
      },
      requiredRemaining: n > 0 ? cagr(latest.value, t.value, n) : null,
      assumedRemaining: n > 0 ? cagr(latest.value, projected, n) : null,
      projected,
      status: already
        ? "already met"
        : meets(t.comparator, projected, t.value, t.tolerance)
          ? "on track"
          : "behind",
    });
  }
  return out;
}
