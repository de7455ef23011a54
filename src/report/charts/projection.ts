/**
 * Chart 1: each sector's (and indicator's) central projection year by year,
 * with its goals marked met or missed, its baseline range and published
 * actuals. One small panel per quantity, each with its own scale; level
 * goals are points, yearly goals bars for each year of the period, and
 * cumulative goals the running total as bars against the goal; a share
 * goal gets its own panel, the share year by year on a 0–100% axis with
 * the goal. A missing year is a gap in the line; a scope break (the series
 * redefined from a year on) a dashed vertical rule before that year,
 * labelled. Each panel is also drawn alone, larger, for a slide (`slides`).
 */
import * as Plot from "@observablehq/plot";
import type { Unit } from "../../model/units.js";
import type { Labels } from "../labels.js";
import type { ChartDom } from "./dom.js";
import { type PanelScale, panelScale, yearTicks } from "./panel-scale.js";
import { type Anchor, type Obstacles, placeLabel } from "./place.js";
import {
  type ChartSvg,
  COLORS,
  FULL_WIDTH,
  frame,
  type LegendItem,
  PANEL_WIDTH,
  plotSvg,
  smallMultiples,
  TYPE,
  tickFormat,
  withUnit,
} from "./style.js";

export interface ProjectionGoalMark {
  id: string;
  /** level: a point; flow: a bar each year from `from` to `year`; cumulative: the running total as bars. */
  kind?: "level" | "flow" | "cumulative";
  year: number;
  from?: number;
  value: number;
  /** For "about" goals: the tolerance band. */
  low?: number;
  high?: number;
  met: boolean | null;
  /** The goal's value as shown ("22,000", "< 1.25"). */
  label: string;
  /** Cumulative goals: the projected running total from `from` to each year. */
  running?: Array<{ year: number; value: number }>;
}

export interface ProjectionPanel {
  id: string;
  name: string;
  unit: Unit;
  /** Year by year; NaN where the year is missing (drawn as a gap). */
  points: Array<{ year: number; value: number }>;
  actuals: Array<{ year: number; value: number }>;
  baseline?: { year: number; low: number; high: number };
  goals: ProjectionGoalMark[];
  /** A fixed value axis (a share goal's panel: 0 to 1, shown 0–100%). */
  domain?: [number, number];
  /** Years from which the series is redefined (a scope break): not comparable with the years before. */
  scopeBreaks?: number[];
}

export interface ProjectionInput {
  panels: ProjectionPanel[];
  note?: string;
  /** How the central value of each assumption is taken (the distributions this scenario uses). */
  central?: string;
}

const HEIGHT = 180;
const SLIDE = { width: FULL_WIDTH, height: 400 };

const kindOf = (g: ProjectionGoalMark) => g.kind ?? (g.from === undefined ? "level" : "flow");
const color = (g: ProjectionGoalMark) =>
  g.met === true ? COLORS.met : g.met === false ? COLORS.missed : COLORS.unknown;

export function projectionChart(
  input: ProjectionInput,
  dom: ChartDom,
  L: Labels,
  name = "projection",
): ChartSvg {
  const P = L.charts.projection;
  const panels = input.panels.map((p) => ({
    svg: panel(p, dom, L, { width: PANEL_WIDTH, height: HEIGHT }),
    width: PANEL_WIDTH,
    height: HEIGHT,
    title: withUnit(p.name, p.unit),
  }));
  const legend = legendFor(input.panels, L);
  const goals = input.panels.flatMap((p) => p.goals);
  const title = L.charts.say.projection(
    goals.filter((g) => g.met === true).length,
    goals.length,
    goals.filter((g) => g.met === null).length,
  );
  const subtitle = [P.subtitle, input.central].filter(Boolean).join(L.lang === "zh" ? "；" : "; ");
  const chart = smallMultiples({
    name,
    title,
    subtitle,
    legend,
    panels,
    columns: 3,
    ...(input.note ? { note: input.note } : {}),
  });
  chart.slides = () =>
    input.panels.map((p) => {
      const one = frame({
        name: `${name}-${p.id}`,
        title: withUnit(p.name, p.unit),
        subtitle,
        legend: legendFor([p], L),
        panels: [{ svg: panel(p, dom, L, SLIDE), ...SLIDE }],
        ...(input.note ? { note: input.note } : {}),
      });
      return { name: `${name}-${p.id}`, svg: one.svg };
    });
  return chart;
}

function legendFor(panels: ProjectionPanel[], L: Labels): LegendItem[] {
  const P = L.charts.projection;
  const goals = panels.flatMap((p) => p.goals);
  const legend: LegendItem[] = [{ label: P.line, color: COLORS.projection, shape: "line" }];
  if (panels.some((p) => p.actuals.length)) {
    legend.push({ label: P.actual, color: COLORS.actual, shape: "square" });
  }
  if (panels.some((p) => p.baseline && p.baseline.low !== p.baseline.high)) {
    legend.push({ label: P.baseline, color: COLORS.baseline, shape: "whisker" });
  }
  if (goals.some((g) => g.met === true))
    legend.push({ label: L.charts.goalMet, color: COLORS.met, shape: "circle" });
  if (goals.some((g) => g.met === false))
    legend.push({ label: L.charts.goalMissed, color: COLORS.missed, shape: "cross" });
  if (goals.some((g) => g.met === null))
    legend.push({ label: L.charts.goalUnknown, color: COLORS.unknown, shape: "diamond" });
  if (goals.some((g) => kindOf(g) !== "level"))
    legend.push({ label: L.charts.say.goalBars, color: COLORS.muted, shape: "band", opacity: 0.35 });
  if (panels.some((p) => p.scopeBreaks?.length))
    legend.push({ label: L.charts.say.scopeBreak, color: COLORS.muted, shape: "dashed" });
  return legend;
}

function panel(
  p: ProjectionPanel,
  dom: ChartDom,
  L: Labels,
  size: { width: number; height: number },
): string {
  const finite = p.points.filter((d) => Number.isFinite(d.value));
  const level = p.goals.filter((g) => kindOf(g) === "level");
  const flows = p.goals.filter((g) => kindOf(g) === "flow");
  const cumulative = p.goals.filter((g) => kindOf(g) === "cumulative");
  // bars: each year of a yearly goal at its value; a cumulative goal's running total
  const bars = [
    ...flows.flatMap((g) =>
      Array.from({ length: g.year - g.from! + 1 }, (_, i) => ({ year: g.from! + i, value: g.value, g })),
    ),
    ...cumulative.flatMap((g) => (g.running ?? []).map((r) => ({ year: r.year, value: r.value, g }))),
  ];
  const years = [
    ...finite.map((d) => d.year),
    ...p.actuals.map((d) => d.year),
    ...p.goals.flatMap((g) => [g.year, g.from ?? g.year]),
    ...(p.baseline ? [p.baseline.year] : []),
  ];
  const x0 = Math.min(...years);
  const x1 = Math.max(...years);
  // the line only across the years shown: leading and trailing unknown years dropped, gaps inside kept
  const line = p.points.filter((d) => d.year >= Math.min(...finite.map((f) => f.year)) && d.year <= x1);
  const values = [
    ...finite.map((d) => d.value),
    ...p.actuals.map((d) => d.value),
    ...p.goals.flatMap((g) => [g.value, g.low ?? g.value, g.high ?? g.value]),
    ...bars.map((b) => b.value),
    ...(p.baseline ? [p.baseline.low, p.baseline.high] : []),
  ];
  const sc = panelScale(x0, x1, values, {
    ...size,
    zero: bars.length > 0,
    ...(p.domain ? { domain: p.domain } : {}),
  });
  const breaks = (p.scopeBreaks ?? []).filter((y) => y > x0 && y <= x1);
  const marks: Plot.Markish[] = [];
  if (bars.length) {
    marks.push(
      Plot.rectY(bars, {
        x1: (b: (typeof bars)[number]) => b.year - 0.28,
        x2: (b: (typeof bars)[number]) => b.year + 0.28,
        y1: sc.yDomain[0],
        y2: "value",
        fill: (b: (typeof bars)[number]) => color(b.g),
        fillOpacity: 0.22,
        stroke: (b: (typeof bars)[number]) => color(b.g),
        strokeWidth: 1,
      } as Plot.RectYOptions),
    );
  }
  if (breaks.length) {
    // between the last year of the old scope and the first of the new
    marks.push(
      Plot.ruleX(
        breaks.map((y) => y - 0.5),
        { stroke: COLORS.muted, strokeWidth: 1.5, strokeDasharray: "4,3" },
      ),
    );
  }
  if (p.baseline && p.baseline.low !== p.baseline.high) {
    marks.push(
      Plot.ruleX([p.baseline], { x: "year", y1: "low", y2: "high", stroke: COLORS.baseline, strokeWidth: 2 }),
    );
  }
  marks.push(
    Plot.lineY(line, {
      x: "year",
      y: (d: { value: number }) => (Number.isFinite(d.value) ? d.value : null),
      stroke: COLORS.projection,
      strokeWidth: 2,
    } as Plot.LineYOptions),
    Plot.dot(finite, { x: "year", y: "value", fill: COLORS.projection, r: 2 }),
  );
  for (const g of cumulative) {
    marks.push(
      Plot.ruleY([g], {
        x1: g.from! - 0.4,
        x2: g.year + 0.4,
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
  );
  // labels: placed in pixels away from the line, the marks and each other
  const texts = goalLabels(p, sc, line, bars, breaks, L);
  for (const t of texts) {
    marks.push(
      Plot.text([{ x: sc.xInvert(t.x), y: sc.yInvert(t.y), text: t.text }], {
        x: "x",
        y: "y",
        text: "text",
        textAnchor: t.anchor,
        fill: t.g ? color(t.g) : COLORS.muted,
        fontSize: TYPE.label,
        stroke: "white",
        strokeWidth: 3,
        paintOrder: "stroke",
      } as Plot.TextOptions),
    );
  }
  const el = Plot.plot({
    document: dom.document,
    width: size.width,
    height: size.height,
    marginLeft: sc.margin.left,
    marginRight: sc.margin.right,
    marginTop: sc.margin.top,
    marginBottom: sc.margin.bottom,
    style: { fontSize: `${TYPE.tick}px`, background: "transparent", overflow: "visible" },
    x: { domain: sc.xDomain, ticks: yearTicks(x0, x1), tickFormat: "d", label: null },
    y: { grid: true, domain: sc.yDomain, tickFormat: tickFormat(p.unit, sc.yDomain), label: null, ticks: 4 },
    marks: [...marks],
  });
  return plotSvg(dom, el);
}

/** Runs of consecutive known values (a gap splits the line). */
function segments(
  points: Array<{ year: number; value: number }>,
): Array<Array<{ year: number; value: number }>> {
  const out: Array<Array<{ year: number; value: number }>> = [[]];
  for (const d of points) {
    if (Number.isFinite(d.value)) out[out.length - 1]!.push(d);
    else if (out[out.length - 1]!.length) out.push([]);
  }
  return out.filter((s) => s.length > 1);
}

/** Each goal's label, placed clear of the line, the baseline, the bars, the marks and the other labels. */
function goalLabels(
  p: ProjectionPanel,
  sc: PanelScale,
  line: Array<{ year: number; value: number }>,
  bars: Array<{ year: number; value: number }>,
  breaks: number[],
  L: Labels,
): Array<{ text: string; g: ProjectionGoalMark | null; x: number; y: number; anchor: Anchor }> {
  const level = p.goals.filter((g) => kindOf(g) === "level");
  const cumulative = p.goals.filter((g) => kindOf(g) === "cumulative");
  const obstacles: Obstacles = {
    boxes: [
      ...level.map((g) => ({ x: sc.x(g.year) - 6, y: sc.y(g.value) - 6, w: 12, h: 12 })),
      ...p.actuals.map((a) => ({ x: sc.x(a.year) - 4, y: sc.y(a.value) - 4, w: 8, h: 8 })),
      ...bars.map((b) => ({
        x: sc.x(b.year - 0.28),
        y: sc.y(b.value),
        w: sc.x(b.year + 0.28) - sc.x(b.year - 0.28),
        h: Math.max(0, sc.y(sc.yDomain[0]) - sc.y(b.value)),
      })),
    ],
    lines: [
      ...segments(line).map((seg) => seg.map((d) => [sc.x(d.year), sc.y(d.value)] as [number, number])),
      ...(p.baseline
        ? [
            [
              [sc.x(p.baseline.year), sc.y(p.baseline.low)],
              [sc.x(p.baseline.year), sc.y(p.baseline.high)],
            ] as Array<[number, number]>,
          ]
        : []),
    ],
    bands: [],
  };
  for (const g of cumulative)
    obstacles.lines.push([
      [sc.x(g.from! - 0.4), sc.y(g.value)],
      [sc.x(g.year + 0.4), sc.y(g.value)],
    ]);
  for (const y of breaks)
    obstacles.lines.push([
      [sc.x(y - 0.5), sc.y(sc.yDomain[0])],
      [sc.x(y - 0.5), sc.y(sc.yDomain[1])],
    ]);
  const goals = p.goals.map((g) => {
    const text =
      kindOf(g) === "flow"
        ? L.charts.say.goalPerYear(g.label)
        : kindOf(g) === "cumulative"
          ? L.charts.say.goalCumulative(g.label)
          : L.charts.goalShort(g.label);
    const at = placeLabel(sc.x(g.year), sc.y(g.value), text, TYPE.label, obstacles, sc.bounds);
    return { text, g, x: at.x, y: at.y, anchor: at.anchor };
  });
  // each scope break named beside its rule, near the top, clear of the goals' labels
  const named = breaks.map((y) => {
    const text = L.charts.say.scopeBreakShort(y);
    const at = placeLabel(
      sc.x(y - 0.5),
      sc.y(sc.yDomain[1]) + TYPE.label,
      text,
      TYPE.label,
      obstacles,
      sc.bounds,
    );
    return { text, g: null, x: at.x, y: at.y, anchor: at.anchor };
  });
  return [...goals, ...named];
}
