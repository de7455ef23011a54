/**
 * Chart 1: each sector's (and indicator's) central projection year by year,
 * with its goals marked met or missed, its baseline range and published
 * actuals. One small panel per quantity, each with its own scale.
 */
import * as Plot from "@observablehq/plot";
import type { Unit } from "../../model/units.js";
import type { Labels } from "../labels.js";
import type { ChartDom } from "./dom.js";
import {
  type ChartSvg,
  COLORS,
  frame,
  type LegendItem,
  PANEL_WIDTH,
  plotSvg,
  TYPE,
  tickFormat,
} from "./style.js";

export interface ProjectionGoalMark {
  id: string;
  /** A level goal is a point; a yearly (flow) goal a segment from `from` to `year`. */
  year: number;
  from?: number;
  value: number;
  /** For "about" goals: the tolerance band. */
  low?: number;
  high?: number;
  met: boolean | null;
  label: string;
}

export interface ProjectionPanel {
  id: string;
  name: string;
  unit: Unit;
  points: Array<{ year: number; value: number }>;
  actuals: Array<{ year: number; value: number }>;
  baseline?: { year: number; low: number; high: number };
  goals: ProjectionGoalMark[];
}

export interface ProjectionInput {
  panels: ProjectionPanel[];
  note?: string;
}

const HEIGHT = 180;

export function projectionChart(
  input: ProjectionInput,
  dom: ChartDom,
  L: Labels,
  name = "projection",
): ChartSvg {
  const panels = input.panels.map((p) => ({
    svg: panel(p, dom, L),
    width: PANEL_WIDTH,
    height: HEIGHT,
    title: `${p.name} · ${p.unit.symbol}`,
  }));
  const goals = input.panels.flatMap((p) => p.goals);
  const legend: LegendItem[] = [{ label: L.charts.projection.line, color: COLORS.projection, shape: "line" }];
  if (input.panels.some((p) => p.actuals.length)) {
    legend.push({ label: L.charts.projection.actual, color: COLORS.actual, shape: "square" });
  }
  if (input.panels.some((p) => p.baseline && p.baseline.low !== p.baseline.high)) {
    legend.push({ label: L.charts.projection.baseline, color: COLORS.baseline, shape: "whisker" });
  }
  if (goals.some((g) => g.met === true))
    legend.push({ label: L.charts.goalMet, color: COLORS.met, shape: "circle" });
  if (goals.some((g) => g.met === false))
    legend.push({ label: L.charts.goalMissed, color: COLORS.missed, shape: "cross" });
  if (goals.some((g) => g.met === null))
    legend.push({ label: L.charts.goalUnknown, color: COLORS.unknown, shape: "diamond" });
  return frame({
    name,
    title: L.charts.projection.title,
    subtitle: L.charts.projection.subtitle,
    legend,
    panels,
    columns: 3,
    ...(input.note ? { note: input.note } : {}),
  });
}

function panel(p: ProjectionPanel, dom: ChartDom, L: Labels): string {
  const years = [
    ...p.points.map((d) => d.year),
    ...p.actuals.map((d) => d.year),
    ...p.goals.flatMap((g) => [g.year, g.from ?? g.year]),
  ];
  const x0 = Math.min(...years);
  const x1 = Math.max(...years);
  const ticks = Array.from({ length: x1 - x0 + 1 }, (_, i) => x0 + i).filter(
    (_y, i, all) => all.length <= 8 || i % Math.ceil(all.length / 6) === 0,
  );
  const level = p.goals.filter((g) => g.from === undefined);
  const flows = p.goals.filter((g) => g.from !== undefined);
  const color = (g: ProjectionGoalMark) =>
    g.met === true ? COLORS.met : g.met === false ? COLORS.missed : COLORS.unknown;
  const marks: Plot.Markish[] = [];
  if (p.baseline && p.baseline.low !== p.baseline.high) {
    marks.push(
      Plot.ruleX([p.baseline], {
        x: "year",
        y1: "low",
        y2: "high",
        stroke: COLORS.baseline,
        strokeWidth: 2,
      }),
    );
  }
  marks.push(
    Plot.lineY(p.points, { x: "year", y: "value", stroke: COLORS.projection, strokeWidth: 2 }),
    Plot.dot(p.points, { x: "year", y: "value", fill: COLORS.projection, r: 2 }),
  );
  for (const g of flows) {
    marks.push(
      Plot.ruleY([g], {
        x1: "from",
        x2: "year",
        y: "value",
        stroke: color(g),
        strokeWidth: 2,
        strokeDasharray: "5,3",
      }),
    );
  }
  const about = level.filter((g) => g.low !== undefined && g.high !== undefined);
  if (about.length) {
    marks.push(Plot.ruleX(about, { x: "year", y1: "low", y2: "high", stroke: color, strokeWidth: 1.5 }));
  }
  if (p.actuals.length) {
    marks.push(Plot.dot(p.actuals, { x: "year", y: "value", fill: COLORS.actual, symbol: "square", r: 3.5 }));
  }
  marks.push(
    Plot.dot(
      level.filter((g) => g.met !== false),
      { x: "year", y: "value", fill: color, r: 4.5, stroke: "white", strokeWidth: 1 },
    ),
    Plot.dot(
      level.filter((g) => g.met === false),
      { x: "year", y: "value", symbol: "times", stroke: COLORS.missed, strokeWidth: 2.5, r: 5 },
    ),
    // the label goes on the side away from the line: below a goal the projection passes, above one it misses
    ...[true, false].map((below) =>
      Plot.text(
        [...level, ...flows].filter((g) => (g.met === true) === below),
        {
          x: "year",
          y: "value",
          text: (g: ProjectionGoalMark) => L.charts.goalShort(g.label),
          textAnchor: "end",
          dx: -8,
          dy: below ? 12 : -10,
          fill: color,
          fontSize: TYPE.label,
          stroke: "white",
          strokeWidth: 3,
          paintOrder: "stroke",
        } as Plot.TextOptions,
      ),
    ),
  );
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
    marks,
  });
  return plotSvg(dom, el);
}
