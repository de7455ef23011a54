/**
 * Mid-term tracking: with published outcomes (actuals) after the base year,
 * re-forecast from the latest one, the growth now needed for the remaining
 * years, and whether each goal is on track, behind, or already met.
 * `tracking()` covers level goals (the check table); `track()` every goal
 * kind with observed and required progress and a status (docs/tracking.md).
 */
import { type Projection, valueAt } from "../engine/project.js";
import type { Scenario } from "../model/scenario.js";
import { measuredFrom } from "../model/scope-break.js";
import { meets, type Target } from "../model/target.js";
import { cagr } from "../numeric/cagr.js";
import { compound } from "../numeric/compound.js";
import { type ProgressStatus, progressStatus } from "./tracking-status.js";

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

/** One goal of any kind set beside what has been published (docs/tracking.md). */
export interface TrackingRow {
  target: string;
  subject: string;
  kind: Target["kind"];
  year: number;
  goal: number;
  /** Where progress is measured from: the base year (level, share), the period start (growth, sums, flows) or a scope break. */
  start: { year: number; value: number };
  /** The latest published observation of the goal's measure (a level, a share, a year's flow, the sum so far). */
  latest: { year: number; value: number };
  /** `growth`: average annual growth of the measure; `pace`: average per year (sums and flows). */
  basis: "growth" | "pace";
  /** Observed from `start` to `latest`. */
  observed: number | null;
  /** Required from `start` to the goal. */
  required: number | null;
  /** Required from `latest` to the goal (the remaining years). */
  requiredRemaining: number | null;
  /** observed / required (flows: the latest year against the goal). */
  ratio: number | null;
  /** Share of the way from `start` to the goal covered by `latest` (the idea of ESCAP's current status index; 1 − it is the remaining distance). */
  progress: number | null;
  /** Re-forecast of the goal's measure on central assumptions (from the latest actuals). */
  projected: number;
  /** Probability of meeting the goal from here, when a simulation ran. */
  probability: number | null;
  status: ProgressStatus | null;
}

/**
 * A tracking row for every goal that has a published observation after its
 * starting point: level, growth (in the new scope after a break), share,
 * per-year and cumulative goals.
 *
 * @example
 * // level: 100 in 2022, actual 110 in 2023, goal 133.1 in 2025: observed 10%/yr, required 10%/yr → "on track"
 * track(s, project(s))[0].status // "on track"
 */
export function track(
  s: Scenario,
  p: Projection,
  probabilities?: ReadonlyMap<string, number>,
): TrackingRow[] {
  const out: TrackingRow[] = [];
  for (const t of s.targets) {
    const row = trackOne(s, p, t);
    if (!row) continue;
    row.probability = probabilities?.get(t.id) ?? null;
    out.push(row);
  }
  return out;
}

function trackOne(s: Scenario, p: Projection, t: Target): TrackingRow | null {
  const q = s.quantities.get(t.subject)!;
  const v = (y: number) => valueAt(p, t.subject, y);
  const base = { target: t.id, subject: t.subject, kind: t.kind, year: t.year, probability: null };
  const actualIn = (from: number, to: number) =>
    [...q.actuals].reverse().find((a) => a.year > from && a.year <= to)?.year;
  if (t.kind === "flow" || t.kind === "cumulative") {
    const from = t.from!;
    const yl = actualIn(from - 1, t.year);
    if (yl === undefined) return null;
    const years = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, k) => a + k);
    if (t.kind === "flow") {
      const latest = v(yl);
      const observedYears = years(from, yl).filter((y) => q.actuals.some((a) => a.year === y));
      const allDone = observedYears.length === t.year - from + 1;
      const achieved = allDone && observedYears.every((y) => meets(t.comparator, v(y), t.value, t.tolerance));
      const up = t.comparator === "below" || t.comparator === "at_most" ? -1 : 1;
      const ratio = meets(t.comparator, latest, t.value, t.tolerance)
        ? 1
        : up > 0
          ? latest / t.value
          : t.value / latest;
      const prev = v(yl - 1);
      const away = Number.isFinite(prev) && up * (latest - prev) < 0 && ratio < 0.95;
      return {
        ...base,
        goal: t.value,
        start: { year: from, value: v(from) },
        latest: { year: yl, value: latest },
        basis: "pace",
        observed: latest,
        required: t.value,
        requiredRemaining: t.year > yl ? t.value : null,
        ratio,
        progress: null,
        projected: Math.min(...years(from, t.year).map(v)),
        status: progressStatus(achieved, away ? -1 : ratio),
      };
    }
    const sum = years(from, yl).reduce((acc, y) => acc + v(y), 0);
    const done = yl - from + 1;
    const total = t.year - from + 1;
    const observed = sum / done;
    const required = t.value / total;
    return {
      ...base,
      goal: t.value,
      start: { year: from, value: 0 },
      latest: { year: yl, value: sum },
      basis: "pace",
      observed,
      required,
      requiredRemaining: total > done ? (t.value - sum) / (total - done) : null,
      ratio: required !== 0 ? observed / required : null,
      progress: t.value !== 0 ? sum / t.value : null,
      projected: years(from, t.year).reduce((acc, y) => acc + v(y), 0),
      status: progressStatus(
        meets(t.comparator, sum, t.value, t.tolerance),
        required !== 0 ? observed / required : null,
      ),
    };
  }
  // level, share, growth: a level-like measure from a start year towards a goal level
  let y0 = s.baseYear;
  let m = v;
  let goal = t.value;
  if (t.kind === "share") {
    const scale = 10 ** (q.unit.exp - s.quantities.get(t.of!)!.unit.exp);
    m = (y: number) => (v(y) * scale) / valueAt(p, t.of!, y);
  } else if (t.kind === "growth") {
    y0 = measuredFrom(q, t.from!, t.year);
    goal = compound(v(y0), t.value, t.year - y0);
  }
  const yl = actualIn(y0, t.year);
  if (yl === undefined) return null;
  // a level is the published figure itself (a formula quantity's projection may differ from it)
  const published = t.kind !== "share" ? q.actuals.find((a) => a.year === yl)?.value : undefined;
  const [m0, ml] = [m(y0), published ?? m(yl)];
  if (!Number.isFinite(m0) || !Number.isFinite(ml)) return null;
  const observed = cagr(m0, ml, yl - y0);
  const required = cagr(m0, goal, t.year - y0);
  const ratio = required !== 0 && Number.isFinite(required) ? observed / required : null;
  // a growth goal is achieved only once its period has been observed in full
  const achieved = (t.kind !== "growth" || yl === t.year) && meets(t.comparator, ml, goal, t.tolerance);
  const projected =
    t.kind === "growth" ? cagr(v(y0), v(t.year), t.year - y0) : t.kind === "share" ? m(t.year) : v(t.year);
  return {
    ...base,
    goal: t.value,
    start: { year: y0, value: m0 },
    latest: { year: yl, value: ml },
    basis: "growth",
    observed,
    required,
    requiredRemaining: t.year > yl ? cagr(ml, goal, t.year - yl) : null,
    ratio,
    progress: goal !== m0 ? (ml - m0) / (goal - m0) : null,
    projected,
    status: progressStatus(achieved, ratio),
  };
}
