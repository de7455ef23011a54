/**
 * Regions rolled up into a scenario: each region's goals as a share of the
 * matching goal here, revenue per counted unit (50亿 across 30 firms), and the
 * sum of the regions' goals against this scenario's goal.
 */
import type { Scenario } from "../model/scenario.js";
import { convert } from "../model/units.js";
import type { Verdict } from "./consistency.js";

export interface RegionShare {
  region: string;
  theirs: string;
  ours: string;
  year: number;
  regionGoal: number;
  goal: number;
  share: number;
}

export interface RegionRatio {
  region: string;
  year: number;
  amount: { id: string; goal: number; unit: string };
  count: { id: string; goal: number; unit: string };
  /** amount per counted unit, in the amount's unit. */
  perUnit: number;
}

export interface RegionSum {
  ours: string;
  year: number;
  goal: number;
  regionsSum: number;
  regions: Array<{ region: string; goal: number }>;
  verdict: Verdict;
}

export interface Rollup {
  shares: RegionShare[];
  ratios: RegionRatio[];
  sums: RegionSum[];
}

export function rollup(s: Scenario): Rollup {
  const shares: RegionShare[] = [];
  const ratios: RegionRatio[] = [];
  const sums = new Map<string, RegionSum>();
  const level = (sc: Scenario, id: string, year: number) =>
    sc.targets.find((t) => t.kind === "level" && t.subject === id && t.year === year);
  for (const r of s.regions) {
    const rs = r.scenario;
    for (const [theirs, ours] of Object.entries(r.map)) {
      const tq = rs.quantities.get(theirs)!;
      const oq = s.quantities.get(ours)!;
      for (const rt of rs.targets.filter((t) => t.kind === "level" && t.subject === theirs)) {
        const regionGoal = convert(rt.value, tq.unit, oq.unit);
        const ot = level(s, ours, rt.year);
        if (!ot) continue;
        shares.push({
          region: r.id,
          theirs,
          ours,
          year: rt.year,
          regionGoal,
          goal: ot.value,
          share: regionGoal / ot.value,
        });
        const key = `${ours}|${rt.year}`;
        const sum = sums.get(key) ?? {
          ours,
          year: rt.year,
          goal: ot.value,
          regionsSum: 0,
          regions: [],
          verdict: "CONSISTENT" as Verdict,
        };
        sum.regionsSum += regionGoal;
        sum.regions.push({ region: r.id, goal: regionGoal });
        sums.set(key, sum);
      }
    }
    ratios.push(...goalRatios(rs, r.id));
  }
  ratios.unshift(...goalRatios(s, s.id));
  for (const sum of sums.values()) {
    sum.verdict =
      sum.regionsSum > sum.goal
        ? "OVERSHOOT"
        : s.regionsExhaustive && sum.regionsSum < sum.goal
          ? "GAP"
          : "CONSISTENT";
  }
  return { shares, ratios, sums: [...sums.values()] };
}

/**
 * Revenue per firm for goals in the same year: level goals on top-level
 * sectors (no parent) over level goals on indicators counted in 家 (firms).
 * Liaocheng: 50亿 / 30 firms = 1.67亿 per firm.
 */
export function goalRatios(sc: Scenario, region: string): RegionRatio[] {
  const out: RegionRatio[] = [];
  const goals = sc.targets.filter((t) => t.kind === "level");
  for (const a of goals) {
    const aq = sc.quantities.get(a.subject)!;
    if (aq.unit.dimension !== "money" || aq.parents.length > 0) continue;
    for (const c of goals) {
      const cq = sc.quantities.get(c.subject)!;
      if (c.year !== a.year || cq.unit.dimension !== "count:家" || c.value <= 0) continue;
      out.push({
        region,
        year: a.year,
        amount: { id: a.subject, goal: a.value, unit: aq.unit.symbol },
        count: { id: c.subject, goal: c.value, unit: cq.unit.symbol },
        perUnit: a.value / c.value,
      });
    }
  }
  return out;
}
