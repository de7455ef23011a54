/**
 * Chart 2: fan chart from the Monte Carlo run — per quantity, the P5–P95
 * and P25–P75 bands by year with the median, and each goal marked with the
 * probability of meeting it.
 */
import * as Plot from "@observablehq/plot";
import type { Unit } from "../../model/units.js";
import type { Labels } from "../labels.js";
import type { ChartDom } from "./dom.js";
import { type ChartSvg, COLORS, frame, PANEL_WIDTH, plotSvg, TYPE, tickFormat } from "./style.js";

export interface FanPoint {
  year: number;
  p5: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

export interface FanGoal {
  id: string;
  year: number;
  from?: number;
  value: number;
  /** Goal value as shown ("14,000"). */
  label: string;
  probability: number | null;
}

export interface FanPanel {
  id: string;
  name: string;
  unit: Unit;
  points: FanPoint[];
  goals: FanGoal[];
}

export interface FanInput {
  panels: FanPanel[];
  samples: number;
  note?: string;
  /** Formats a probability. */
  formatProbability: (p: number) => string;
}

const HEIGHT = 180;

export function fanChart(input: FanInput, dom: ChartDom, L: Labels, name = "fan"): ChartSvg {
  const panels = input.panels.map((p) => ({
    svg: panel(p, input, dom, L),
    width: PANEL_WIDTH,
    height: HEIGHT,
    title: `${p.name} · ${p.unit.symbol}`,
  }));
  return frame({
    name,
    title: L.charts.fan.title,
    subtitle: L.charts.fan.subtitle(input.samples.toLocaleString("en-US")),
    legend: [
      { label: L.charts.fan.outer, color: COLORS.band, shape: "band", opacity: 0.3 },
      { label: L.charts.fan.inner, color: COLORS.band, shape: "band", opacity: 0.7 },
      { label: L.charts.fan.median, color: COLORS.median, shape: "line" },
      { label: L.columns.goal, color: COLORS.goal, shape: "diamond" },
    ],
    panels,
    columns: 3,
    ...(input.note ? { note: input.note } : {}),
  });
}

function panel(p: FanPanel, input: FanInput, dom: ChartDom, L: Labels): string {
  const years = [...p.points.map((d) => d.year), ...p.goals.flatMap((g) => [g.year, g.from ?? g.year])];
  const x0 = Math.min(...years);
  const x1 = Math.max(...years);
  const ticks = Array.from({ length: x1 - x0 + 1 }, (_, i) => x0 + i);
  const level = p.goals.filter((g) => g.from === undefined);
  const flows = p.goals.filter((g) => g.from !== undefined);
  const label = (g: FanGoal) =>
    g.probability === null ? g.label : L.charts.fanGoal(g.label, input.formatProbability(g.probability));
  const el = Plot.plot({
    document: dom.document,
    width: PANEL_WIDTH,
    height: HEIGHT,
    marginLeft: 52,
    marginRight: 14,
    marginTop: 16,
    marginBottom: 22,
    style: { fontSize: `${TYPE.tick}px`, background: "transparent", overflow: "visible" },
    x: { domain: [x0 - 0.25, x1 + 0.25], ticks, tickFormat: "d", label: null },
    y: { grid: true, nice: true, tickFormat: tickFormat(p.unit), label: null, ticks: 4 },
    marks: [
      Plot.areaY(p.points, { x: "year", y1: "p5", y2: "p95", fill: COLORS.band, fillOpacity: 0.3 }),
      Plot.areaY(p.points, { x: "year", y1: "p25", y2: "p75", fill: COLORS.band, fillOpacity: 0.7 }),
      Plot.lineY(p.points, { x: "year", y: "p50", stroke: COLORS.median, strokeWidth: 2 }),
      ...flows.map((g) =>
        Plot.ruleY([g], {
          x1: "from",
          x2: "year",
          y: "value",
          stroke: COLORS.goal,
          strokeWidth: 1.5,
          strokeDasharray: "5,3",
        }),
      ),
      Plot.dot(level, {
        x: "year",
        y: "value",
        symbol: "diamond2",
        fill: COLORS.goal,
        stroke: "white",
        strokeWidth: 1,
        r: 5,
      }),
      // labels on the side away from the median: below a goal it likely meets, above one it likely misses
      ...[true, false].map((below) =>
        Plot.text(
          [...level, ...flows].filter((g) => (g.probability !== null && g.probability >= 0.5) === below),
          {
            x: "year",
            y: "value",
            text: label,
            textAnchor: "end",
            dx: -8,
            dy: below ? 12 : -10,
            fill: COLORS.goal,
            fontSize: TYPE.label,
            stroke: "white",
            strokeWidth: 3,
            paintOrder: "stroke",
          } as Plot.TextOptions,
        ),
      ),
    ],
  });
  return plotSvg(dom, el);
}
