/**
 * Chart 9: policy costs — the total cost of the instruments by year across
 * the samples (P10–P90 band, median and expected value), and the expected
 * cost of each instrument by year, stacked.
 */
import * as Plot from "@observablehq/plot";
import type { Unit } from "../../model/units.js";
import { formatPercent, formatValue } from "../format.js";
import type { Labels } from "../labels.js";
import type { ChartDom } from "./dom.js";
import { CATEGORY_10, type ChartSvg, COLORS, FULL_WIDTH, frame, plotSvg, TYPE, tickFormat } from "./style.js";

export interface CostFanPoint {
  year: number;
  p10: number;
  p50: number;
  p90: number;
  mean: number;
}

export interface CostFanInput {
  unit: Unit;
  points: CostFanPoint[];
  samples: number;
  note?: string;
}

export interface CostBreakdownInput {
  unit: Unit;
  /** Instrument names, in stacking order. */
  instruments: string[];
  /** Expected cost of each instrument in each year. */
  rows: Array<{ year: number; instrument: string; value: number }>;
  note?: string;
}

const HEIGHT = 260;

function yearTicks(years: number[]): { domain: [number, number]; ticks: number[] } {
  const x0 = Math.min(...years);
  const x1 = Math.max(...years);
  return {
    domain: [x0 - 0.5, x1 + 0.5],
    ticks: Array.from({ length: x1 - x0 + 1 }, (_, i) => x0 + i),
  };
}

/** An amount with its unit: "12,345.6 万元". */
const amount = (v: number, unit: Unit) => `${formatValue(v, unit)} ${unit.symbol}`;

/**
 * The finding of the cost fan: the expected cost summed over the years (the
 * expectation of a sum is the sum of the expectations), and the year whose
 * expected cost is highest, with its P10–P90.
 *
 * @example
 * fanTitle({ unit: 万元, points: [{ year: 2023, mean: 3100, … }, { year: 2024, mean: 3250, p10: 1500, p90: 5100, … }] }, en)
 * // "Expected policy cost over 2023–2024: 6,350.0 万元; highest in 2024 (P10–P90 1,500.0–5,100.0 万元)"
 */
export function fanTitle(input: CostFanInput, L: Labels): string {
  const pts = input.points;
  if (!pts.length) return L.charts.costs.fanTitle;
  const total = pts.reduce((s, p) => s + p.mean, 0);
  const peak = pts.reduce((a, p) => (p.mean > a.mean ? p : a));
  const years = `${pts[0]!.year}–${pts[pts.length - 1]!.year}`;
  return L.charts.say.costsFan(
    years,
    amount(total, input.unit),
    peak.year,
    formatValue(peak.p10, input.unit),
    amount(peak.p90, input.unit),
  );
}

/**
 * The finding of the breakdown: the instrument with the largest share of the
 * expected cost over all years.
 *
 * @example
 * breakdownTitle({ unit: 万元, instruments: ["a", "b"], rows: [{ year: 2023, instrument: "a", value: 3 }, { year: 2023, instrument: "b", value: 1 }] }, en)
 * // "a accounts for 75.0% of the expected cost (4.0 万元 in all), the most of any instrument"
 */
export function breakdownTitle(input: CostBreakdownInput, L: Labels): string {
  const by = new Map<string, number>(input.instruments.map((i) => [i, 0]));
  for (const r of input.rows) by.set(r.instrument, (by.get(r.instrument) ?? 0) + r.value);
  const total = [...by.values()].reduce((a, b) => a + b, 0);
  const top = [...by].reduce<[string, number] | null>((a, x) => (a === null || x[1] > a[1] ? x : a), null);
  if (!top || !(total > 0)) return L.charts.costs.breakdownTitle;
  return L.charts.say.costsBreakdown(top[0], formatPercent(top[1] / total), amount(total, input.unit));
}

export function costFanChart(input: CostFanInput, dom: ChartDom, L: Labels, name = "costs-fan"): ChartSvg {
  const C = L.charts.costs;
  const { domain, ticks } = yearTicks(input.points.map((p) => p.year));
  const el = Plot.plot({
    document: dom.document,
    width: FULL_WIDTH,
    height: HEIGHT,
    marginLeft: 64,
    marginRight: 20,
    marginTop: 28,
    marginBottom: 26,
    style: { fontSize: `${TYPE.tick}px`, background: "transparent", overflow: "visible" },
    x: { domain, ticks, tickFormat: "d", label: null },
    y: {
      grid: true,
      nice: true,
      zero: true,
      tickFormat: tickFormat(input.unit),
      label: `↑ ${C.axis} (${input.unit.symbol})`,
    },
    marks: [
      Plot.areaY(input.points, { x: "year", y1: "p10", y2: "p90", fill: COLORS.band, fillOpacity: 0.5 }),
      Plot.lineY(input.points, { x: "year", y: "p50", stroke: COLORS.median, strokeWidth: 2 }),
      Plot.dot(input.points, { x: "year", y: "mean", fill: COLORS.text, r: 3 }),
    ],
  });
  return frame({
    name,
    title: fanTitle(input, L),
    subtitle: C.fanSubtitle(input.samples.toLocaleString("en-US")),
    legend: [
      { label: C.band, color: COLORS.band, shape: "band", opacity: 0.5 },
      { label: C.median, color: COLORS.median, shape: "line" },
      { label: C.expected, color: COLORS.text, shape: "circle" },
    ],
    panels: [{ svg: plotSvg(dom, el), width: FULL_WIDTH, height: HEIGHT }],
    ...(input.note ? { note: input.note } : {}),
  });
}

export function costBreakdownChart(
  input: CostBreakdownInput,
  dom: ChartDom,
  L: Labels,
  name = "costs-breakdown",
): ChartSvg {
  const C = L.charts.costs;
  const { ticks } = yearTicks(input.rows.map((r) => r.year));
  const colors = input.instruments.map((_, i) => CATEGORY_10[i % CATEGORY_10.length]!);
  const el = Plot.plot({
    document: dom.document,
    width: FULL_WIDTH,
    height: HEIGHT,
    marginLeft: 64,
    marginRight: 20,
    marginTop: 28,
    marginBottom: 26,
    style: { fontSize: `${TYPE.tick}px`, background: "transparent", overflow: "visible" },
    x: { domain: ticks, tickFormat: "d", label: null, padding: 0.2 },
    y: {
      grid: true,
      nice: true,
      tickFormat: tickFormat(input.unit),
      label: `↑ ${C.axis} (${input.unit.symbol})`,
    },
    color: { domain: input.instruments, range: colors },
    marks: [
      Plot.barY(input.rows, {
        x: "year",
        y: "value",
        fill: "instrument",
        order: input.instruments,
      } as Plot.BarYOptions),
      Plot.ruleY([0], { stroke: COLORS.text }),
    ],
  });
  return frame({
    name,
    title: breakdownTitle(input, L),
    subtitle: C.breakdownSubtitle,
    legend: input.instruments.map((label, i) => ({ label, color: colors[i]!, shape: "bar" as const })),
    panels: [{ svg: plotSvg(dom, el), width: FULL_WIDTH, height: HEIGHT }],
    ...(input.note ? { note: input.note } : {}),
  });
}
