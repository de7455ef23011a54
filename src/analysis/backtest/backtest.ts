/**
 * Backtest (`chainsim backtest FILE --as-of DATE`): the projection a scenario
 * gave as of a date, set against every actual published after that date —
 * the percentile each falls at, the share inside the P5–P95 and P25–P75
 * bands, a calibration table, and the goals whose probability then was on
 * the wrong side of 50% once their outcome is known (docs/backtest.md).
 */

import { project } from "../../engine/project.js";
import type { SimulationResult } from "../../engine/simulate.js";
import { publishedBy } from "../../model/published.js";
import type { PublishedFigure } from "../../model/published-figure.js";
import type { Scenario } from "../../model/scenario.js";
import { measuredFrom } from "../../model/scope-break.js";
import type { Target } from "../../model/target.js";
import { evaluateTarget } from "../targets.js";
import { percentileOf, SUMMARY_LEVELS } from "./percentile.js";

export interface BacktestPoint {
  quantity: string;
  year: number;
  /** The published value (the centre of a published range; a floor for 以上). */
  value: number;
  text: string;
  qualifier?: string;
  published: string | null;
  publisher: string | null;
  /** The id of the published figure (seeds/figures.yaml) when the value came from there, not from the scenario's actuals. */
  figure?: string;
  /** Percentile of the published value in the projection as of the date (0..1). */
  percentile: number;
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

export interface BacktestResult {
  asOf: string;
  samples: number;
  seed: number;
  points: BacktestPoint[];
  /** Nominal central band, its probability, and the share of published values inside it. */
  calibration: Array<{ band: string; nominal: number; inside: number; count: number }>;
  goals: Array<{ target: string; probability: number; met: boolean; wrongSide: boolean }>;
  /** Goals whose outcome is not yet published in full. */
  pending: string[];
}

/**
 * @param full the scenario with every actual; `then` and `sim`: the scenario as of the date and its simulation.
 * @param figures published figures of the scenario's region (seeds/figures.yaml): each full-year
 *   level published after the date, of a quantity-year the scenario holds no actual for, is placed too.
 * @example
 * // a published 2023 value at the median of the 2023 projection as of 2023-06: percentile 0.5
 * backtest(full, then, simulate(then), "2023-06").points[0].percentile // 0.5
 */
export function backtest(
  full: Scenario,
  then: Scenario,
  sim: SimulationResult,
  asOf: string,
  figures: readonly PublishedFigure[] = [],
): BacktestResult {
  const points: BacktestPoint[] = [];
  for (const q of full.quantities.values()) {
    for (const a of q.actuals) {
      if (publishedBy(a, asOf)) continue;
      const p = placed(sim, q.id, a.year, a.value);
      if (!p) continue;
      const point: BacktestPoint = {
        quantity: q.id,
        year: a.year,
        value: a.value,
        text: a.text,
        published: a.published ?? null,
        publisher: a.publisher ?? null,
        ...p,
      };
      if (a.qualifier) point.qualifier = a.qualifier;
      points.push(point);
    }
  }
  for (const f of figures) {
    const q = full.quantities.get(f.quantity);
    if (!q || q.actuals.some((a) => a.year === f.year) || publishedBy(f, asOf)) continue;
    const p = placed(sim, f.quantity, f.year, f.value);
    if (!p) continue;
    const suffix = f.qualifier === "above" ? "以上" : f.qualifier === "about" ? "左右" : "";
    const point: BacktestPoint = {
      quantity: f.quantity,
      year: f.year,
      value: f.value,
      text: `${f.value}${suffix}`,
      published: f.published ?? null,
      publisher: f.publisher ?? null,
      figure: f.id,
      ...p,
    };
    if (f.qualifier !== "exact") point.qualifier = f.qualifier === "above" ? "at_least" : "about";
    points.push(point);
  }
  const inside = (lo: "p5" | "p25", hi: "p95" | "p75") =>
    points.filter((p) => p.value >= p[lo] && p.value <= p[hi]).length;
  const n = points.length;
  const calibration = [
    { band: "P25–P75", nominal: 0.5, inside: n ? inside("p25", "p75") / n : Number.NaN, count: n },
    { band: "P5–P95", nominal: 0.9, inside: n ? inside("p5", "p95") / n : Number.NaN, count: n },
  ];
  const goals: BacktestResult["goals"] = [];
  const pending: string[] = [];
  const fullProjection = project(full);
  for (const t of then.targets) {
    const stat = sim.targets.find((x) => x.target.id === t.id);
    if (!stat) continue;
    if (!outcomeKnown(full, t)) {
      pending.push(t.id);
      continue;
    }
    const met = evaluateTarget(full, fullProjection, t).met === true;
    const wrongSide = stat.probability !== 0.5 && stat.probability > 0.5 !== met;
    goals.push({ target: t.id, probability: stat.probability, met, wrongSide });
  }
  return { asOf, samples: sim.samples, seed: sim.seed, points, calibration, goals, pending };
}

/** Where `value` falls in the simulated distribution of `quantity` in `year` (undefined outside the simulated years). */
function placed(sim: SimulationResult, quantity: string, year: number, value: number) {
  const stats = sim.quantities.find((x) => x.id === quantity)?.stats;
  const i = sim.years.indexOf(year);
  if (!stats || i < 0) return undefined;
  const at = (k: string) => (stats as Record<string, number[]>)[k]![i]!;
  const curve = SUMMARY_LEVELS.map(([k, p]) => [at(k), p] as const);
  return {
    percentile: percentileOf(value, curve),
    p5: at("p5"),
    p25: at("p25"),
    p50: at("p50"),
    p75: at("p75"),
    p95: at("p95"),
  };
}

/** Whether every year a goal's measure reads is a published actual (of the subject and, for shares, the denominator). */
function outcomeKnown(s: Scenario, t: Target): boolean {
  const q = s.quantities.get(t.subject)!;
  const has = (id: string, y: number) => s.quantities.get(id)!.actuals.some((a) => a.year === y);
  switch (t.kind) {
    case "level":
      return has(t.subject, t.year);
    case "share":
      return has(t.subject, t.year) && has(t.of!, t.year);
    case "growth":
      return has(t.subject, measuredFrom(q, t.from!, t.year)) && has(t.subject, t.year);
    default: {
      for (let y = t.from!; y <= t.year; y++) if (!has(t.subject, y)) return false;
      return true;
    }
  }
}
