/**
 * Chain consistency: when the downstream goals are met, how much output do
 * they ask of each upstream sector inside the region, against that sector's
 * own goal?
 *
 * For a year with level goals on sectors of the links system, let x be the
 * goal of each sector (its projection where it has no goal in that year). The
 * intermediate demand for input i is (Ax)_i = Σ_j a_ij x_j, of which the part
 * sourced locally is s_i (Ax)_i (s = local_share). With uncertain coefficients
 * and shares the implied local demand is an interval: every entry is
 * non-negative, so its low end uses the low ends of a and s and its high end
 * their high ends.
 *
 * Verdicts, for an upstream goal g and implied local demand D = [low, high]:
 * - g ≥ D.high: "upstream goal covers implied demand" — the downstream goals
 *   need no more local supply than the upstream goal provides;
 * - g < D.low: "upstream goal below implied local demand" — meeting the
 *   downstream goals with the stated local sourcing needs more than the
 *   upstream goal: the upstream goal is too low, or the local shares too high;
 * - otherwise "upstream goal within implied demand range" — it depends on the
 *   coefficients and shares within their stated ranges.
 *
 * Pure arithmetic: no mathjs, so `chainsim check` can show it.
 */
import { type Projection, valueAt } from "../../engine/project.js";
import type { Scenario } from "../../model/scenario.js";
import type { Target } from "../../model/target.js";
import type { Interval } from "../../numeric/interval.js";

export type ChainVerdict =
  | "upstream goal covers implied demand"
  | "upstream goal below implied local demand"
  | "upstream goal within implied demand range";

export interface ChainBuyer {
  sector: string;
  /** The output used for the buyer: its goal, or its projection when it has no goal that year. */
  value: number;
  basis: "goal" | "projection";
  /** The buyer's demand for the upstream sector's output (all sources), at central values. */
  demand: number;
}

export interface ChainConsistencyRow {
  upstream: string;
  year: number;
  /** The upstream sector's level goal. */
  goal: number;
  goalTarget: string;
  /** Local intermediate demand implied by the goals: s_i Σ_j a_ij x_j. */
  impliedDemand: Interval & { central: number };
  /** Intermediate demand from all sources (local or not): Σ_j a_ij x_j. */
  totalDemand: Interval & { central: number };
  /** goal / implied local demand (central): above 1 the goal covers the demand. */
  ratio: number;
  /** The local share at which the central implied demand would equal the goal (goal / central total demand). */
  breakEvenLocalShare: number | null;
  verdict: ChainVerdict;
  buyers: ChainBuyer[];
}

/**
 * @example
 * chainConsistency(shandong, project(shandong))
 * // [{ upstream: "ic", year: 2025, goal: 1000, impliedDemand: { low: 129, central: 339, high: 801 }, ratio: 2.95,
 * //    verdict: "upstream goal covers implied demand", … }, …]
 */
export function chainConsistency(s: Scenario, projection: Projection): ChainConsistencyRow[] {
  const links = s.links;
  if (!links) return [];
  const { sectors, coefficients, localShare } = links;
  const levelGoals = s.targets.filter((t) => t.kind === "level" && sectors.includes(t.subject));
  const years = [...new Set(levelGoals.map((t) => t.year))].sort((a, b) => a - b);
  const rows: ChainConsistencyRow[] = [];
  for (const year of years) {
    const goalOf = new Map<string, Target>();
    for (const t of levelGoals) if (t.year === year && !goalOf.has(t.subject)) goalOf.set(t.subject, t);
    const x = sectors.map((id) => goalOf.get(id)?.value ?? valueAt(projection, id, year));
    sectors.forEach((upstream, i) => {
      const goal = goalOf.get(upstream);
      if (!goal) return;
      const row = coefficients[i]!;
      if (row.every((c) => c === null || c.high === 0)) return;
      const total = { low: 0, central: 0, high: 0 };
      const buyers: ChainBuyer[] = [];
      row.forEach((c, j) => {
        if (!c || c.high === 0 || !Number.isFinite(x[j]!)) return;
        total.low += c.low * x[j]!;
        total.central += c.central * x[j]!;
        total.high += c.high * x[j]!;
        buyers.push({
          sector: sectors[j]!,
          value: x[j]!,
          basis: goalOf.has(sectors[j]!) ? "goal" : "projection",
          demand: c.central * x[j]!,
        });
      });
      const share = localShare[i];
      const implied = {
        low: total.low * (share?.low ?? 1),
        central: total.central * (share?.central ?? 1),
        high: total.high * (share?.high ?? 1),
      };
      const verdict: ChainVerdict =
        goal.value >= implied.high
          ? "upstream goal covers implied demand"
          : goal.value < implied.low
            ? "upstream goal below implied local demand"
            : "upstream goal within implied demand range";
      rows.push({
        upstream,
        year,
        goal: goal.value,
        goalTarget: goal.id,
        impliedDemand: implied,
        totalDemand: total,
        ratio: implied.central > 0 ? goal.value / implied.central : Number.POSITIVE_INFINITY,
        breakEvenLocalShare: total.central > 0 ? goal.value / total.central : null,
        verdict,
        buyers,
      });
    });
  }
  return rows;
}
