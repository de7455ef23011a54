/**
 * A level goal with a growth goal on the same sector (2.2万亿 in 2025 and
 * 10%+ a year): the baseline they imply together, and — given a published
 * figure — which of the two binds.
 */
import type { Scenario } from "../model/scenario.js";
import type { Target } from "../model/target.js";
import { cagr } from "../numeric/cagr.js";
import { compound } from "../numeric/compound.js";
import { discount } from "../numeric/discount.js";

export interface ImpliedBaseline {
  sector: string;
  levelTarget: string;
  growthTarget: string;
  /** The year the growth goal starts from. */
  year: number;
  /** The baseline at which both goals bind equally: level / (1 + growth)^(years). */
  value: number;
  /** With an "about" growth goal, the interval its tolerance allows; otherwise equal to value. */
  low: number;
  high: number;
}

export interface Binding {
  sector: string;
  levelTarget: string;
  growthTarget: string;
  /** The published value the comparison starts from. */
  published: { year: number; value: number; kind: "actual" | "baseline"; qualifier?: string };
  /** Average annual growth the level goal needs from the published value. */
  levelRequires: number;
  /** The growth goal's rate. */
  growthRequires: number;
  /** The level the growth goal alone would reach from the published value. */
  growthGoalReaches: number;
  binding: "level" | "growth" | "both";
  /** Percentage points a year by which the binding goal asks more. */
  margin: number;
}

export function goalPairs(s: Scenario): Array<{ level: Target; growth: Target }> {
  const out: Array<{ level: Target; growth: Target }> = [];
  for (const g of s.targets.filter((t) => t.kind === "growth")) {
    const level = s.targets.find((t) => t.kind === "level" && t.subject === g.subject && t.year === g.year);
    if (level) out.push({ level, growth: g });
  }
  return out;
}

/**
 * @example
 * // 22,000 in 2025 with 10% a year from 2022: 22000 / 1.1³ = 16,528.93
 * impliedBaselines(shandong)[0].value // 16528.925619834708
 */
export function impliedBaselines(s: Scenario): ImpliedBaseline[] {
  return goalPairs(s).map(({ level, growth }) => {
    const n = level.year - growth.from!;
    const value = discount(level.value, growth.value, n);
    const tol = growth.comparator === "about" ? growth.tolerance : 0;
    return {
      sector: level.subject,
      levelTarget: level.id,
      growthTarget: growth.id,
      year: growth.from!,
      value,
      low: discount(level.value, growth.value * (1 + tol), n),
      high: discount(level.value, growth.value * (1 - tol), n),
    };
  });
}

/** For each goal pair and each published value of the sector before the goal year: which goal binds. */
export function bindingGoals(s: Scenario): Binding[] {
  const out: Binding[] = [];
  for (const { level, growth } of goalPairs(s)) {
    const q = s.quantities.get(level.subject)!;
    const points: Binding["published"][] = q.actuals
      .filter((a) => a.year < level.year)
      .map((a) => ({
        year: a.year,
        value: a.value,
        kind: "actual" as const,
        ...(a.qualifier ? { qualifier: a.qualifier } : {}),
      }));
    if (q.baseline && !q.baseline.implied && q.baseline.year < level.year) {
      points.push({ year: q.baseline.year, value: q.baseline.value.central, kind: "baseline" });
    }
    points.sort((a, b) => a.year - b.year);
    for (const published of points) {
      const n = level.year - published.year;
      const levelRequires = cagr(published.value, level.value, n);
      const margin = levelRequires - growth.value;
      out.push({
        sector: level.subject,
        levelTarget: level.id,
        growthTarget: growth.id,
        published,
        levelRequires,
        growthRequires: growth.value,
        growthGoalReaches: compound(published.value, growth.value, n),
        binding: Math.abs(margin) < 1e-12 ? "both" : margin > 0 ? "level" : "growth",
        margin: Math.abs(margin),
      });
    }
  }
  return out;
}
