/**
 * Chart 2: fan chart from the Monte Carlo run — per quantity, the P5–P95
 * and P25–P75 bands by year with the median, and each goal marked with the
 * probability of meeting it.
 */
import * as Plot from "@observablehq/plot";
import type { Unit } from "../../model/units.js";
import type { Labels } from "../labels.js";
import type { ChartDom } from "./dom.js";
import { panelScale, yearTicks } from "./panel-scale.js";
import { type Obstacles, placeLabel } from "./place.js";
import {
  type ChartSvg,
  COLORS,
  FULL_WIDTH,
  frame,
  PANEL_WIDTH,
  plotSvg,
  smallMultiples,
  TYPE,
  tickFormat,
  withUnit,
} from "./style.js";

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
const SLIDE = { width: FULL_WIDTH, height: 400 };

export function fanChart(input: FanInput, dom: ChartDom, L: Labels, name = "fan"): ChartSvg {
  const panels = input.panels.map((p) => ({
    svg: panel(p, input, dom, L, { width: PANEL_WIDTH, height: HEIGHT }),
    width: PANEL_WIDTH,
    height: HEIGHT,
    title: withUnit(p.name, p.unit),
  }));
  const legend = [
    { label: L.charts.fan.outer, color: COLORS.band, shape: "band" as const, opacity: 0.3 },
    { label: L.charts.fan.inner, color: COLORS.band, shape: "band" as const, opacity: 0.7 },
    { label: L.charts.fan.median, color: COLORS.median, shape: "line" as const },
    { label: L.charts.fan.likely, color: COLORS.met, shape: "diamond" as const },
    { label: L.charts.fan.unlikely, color: COLORS.missed, shape: "diamond" as const },
  ];
  const subtitle = L.charts.fan.subtitle(input.samples.toLocaleString("en-US"));
  const chart = smallMultiples({
    name,
    title: fanTitle(input, L),
    subtitle,
    legend,
    panels,
    columns: 3,
    ...(input.note ? { note: input.note } : {}),
  });
  chart.slides = () =>
    input.panels.map((p) => ({
      name: `${name}-${p.id}`,
      svg: frame({
        name: `${name}-${p.id}`,
        title: withUnit(p.name, p.unit),
        subtitle,
        legend,
        panels: [{ svg: panel(p, input, dom, L, SLIDE), ...SLIDE }],
        ...(input.note ? { note: input.note } : {}),
      }).svg,
    }));
  return chart;
}

/** "3 goals are less likely than not: …" (the least likely first). */
function fanTitle(input: FanInput, L: Labels): string {
  const unlikely = input.panels
    .flatMap((p) => p.goals.map((g) => ({ p, g })))
    .filter(({ g }) => g.probability !== null && g.probability < 0.5)
    .sort((a, b) => a.g.probability! - b.g.probability!);
  if (!unlikely.length) return L.charts.say.fanAllLikely;
  const list = unlikely
    .slice(0, 3)
    .map(({ p, g }) => `${p.name} ${input.formatProbability(g.probability!)}`)
    .join(L.list);
  return L.charts.say.fan(
    `${list}${unlikely.length > 3 ? (L.lang === "zh" ? "等" : " …") : ""}`,
    unlikely.length,
  );
}

const goalColor = (g: FanGoal) =>
  g.probability === null ? COLORS.unknown : g.probability >= 0.5 ? COLORS.met : COLORS.missed;

function panel(
  p: FanPanel,
  input: FanInput,
  dom: ChartDom,
  L: Labels,
  size: { width: number; height: number },
): string {
  const years = [...p.points.map((d) => d.year), ...p.goals.flatMap((g) => [g.year, g.from ?? g.year])];
  const x0 = Math.min(...years);
  const x1 = Math.max(...years);
  const values = [...p.points.flatMap((d) => [d.p5, d.p95]), ...p.goals.map((g) => g.value)];
  const level = p.goals.filter((g) => g.from === undefined);
  const flows = p.goals.filter((g) => g.from !== undefined);
  // a goal across years is labelled beside its dashed line, which often runs through the bands:
  // room above them for the label
  if (flows.length) {
    const top = Math.max(...values.filter(Number.isFinite));
    const bottom = Math.min(...values.filter(Number.isFinite));
    values.push(top + 0.18 * (top - bottom || Math.abs(top) || 1));
  }
  const sc = panelScale(x0, x1, values, size);
  const label = (g: FanGoal) =>
    g.probability === null ? g.label : L.charts.fanGoal(g.label, input.formatProbability(g.probability));
  // labels beside the goals, off the bands and the median
  const obstacles: Obstacles = {
    boxes: level.map((g) => ({ x: sc.x(g.year) - 6, y: sc.y(g.value) - 6, w: 12, h: 12 })),
    lines: [
      p.points.map((d) => [sc.x(d.year), sc.y(d.p50)] as [number, number]),
      ...flows.map(
        (g) =>
          [
            [sc.x(g.from!), sc.y(g.value)],
            [sc.x(g.year), sc.y(g.value)],
          ] as Array<[number, number]>,
      ),
    ],
    bands: [p.points.map((d) => ({ x: sc.x(d.year), top: sc.y(d.p95), bottom: sc.y(d.p5) }))],
  };
  const texts = [...level, ...flows].map((g) => {
    const text = label(g);
    const at = placeLabel(sc.x(g.year), sc.y(g.value), text, TYPE.label, obstacles, sc.bounds);
    return { x: sc.xInvert(at.x), y: sc.yInvert(at.y), text, anchor: at.anchor, g };
  });
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
    marks: [
      Plot.areaY(p.points, { x: "year", y1: "p5", y2: "p95", fill: COLORS.band, fillOpacity: 0.3 }),
      Plot.areaY(p.points, { x: "year", y1: "p25", y2: "p75", fill: COLORS.band, fillOpacity: 0.7 }),
      Plot.lineY(p.points, { x: "year", y: "p50", stroke: COLORS.median, strokeWidth: 2 }),
      ...flows.map((g) =>
        Plot.ruleY([g], {
          x1: "from",
          x2: "year",
          y: "value",
          stroke: goalColor(g),
          strokeWidth: 1.5,
          strokeDasharray: "5,3",
        }),
      ),
      Plot.dot(level, {
        x: "year",
        y: "value",
        symbol: "diamond2",
        fill: goalColor,
        stroke: "white",
        strokeWidth: 1,
        r: 5,
      }),
      ...texts.map((t) =>
        Plot.text([t], {
          x: "x",
          y: "y",
          text: "text",
          textAnchor: t.anchor,
          fill: goalColor(t.g),
          fontSize: TYPE.label,
          stroke: "white",
          strokeWidth: 3,
          paintOrder: "stroke",
        } as Plot.TextOptions),
      ),
    ],
  });
  return plotSvg(dom, el);
}
