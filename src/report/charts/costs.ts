/**
 * Chart 9: policy costs — the total cost of the instruments by year across
 * the samples (P10–P90 band, median and expected value), and the expected
 * cost of each instrument by year, stacked.
 */
import * as Plot from "@observablehq/plot";
import type { Unit } from "../../model/units.js";
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
    title: C.fanTitle,
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
    title: C.breakdownTitle,
    subtitle: C.breakdownSubtitle,
    legend: input.instruments.map((label, i) => ({ label, color: colors[i]!, shape: "bar" as const })),
    panels: [{ svg: plotSvg(dom, el), width: FULL_WIDTH, height: HEIGHT }],
    ...(input.note ? { note: input.note } : {}),
  });
}
