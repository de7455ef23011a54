/**
 * Chart 4: waterfall from the children's sum to the headline — each stated
 * overlap deducted at its central share (whiskers: the stated range), the
 * out-of-scope shares, then the residual (other activity, or the excess no
 * stated overlap explains), ending at the headline.
 */
import * as Plot from "@observablehq/plot";
import type { Unit } from "../../model/units.js";
import type { Labels } from "../labels.js";
import type { ChartDom } from "./dom.js";
import {
  type ChartSvg,
  COLORS,
  FULL_WIDTH,
  fitLabels,
  formatAmount,
  frame,
  type LegendItem,
  plotSvg,
  TYPE,
  tickFormat,
} from "./style.js";

const MAX_LABEL = 360;

export type WaterfallKind = "start" | "within" | "outside" | "residual" | "slack" | "gap" | "excess" | "end";

export interface WaterfallStep {
  label: string;
  kind: WaterfallKind;
  /** Signed change (start and end: the level). */
  value: number;
  /** Range of the change, when uncertain. */
  low?: number;
  high?: number;
  /** Where it is stated (scenario line), for the data table. */
  line?: number;
  /** Where the whisker goes, when not at the step's end (the residual's uncertain start: the net sum's range). */
  whisker?: [number, number];
}

export interface WaterfallInput {
  parent: string;
  year: number;
  unit: Unit;
  steps: WaterfallStep[];
  note?: string;
  /** The finding, as the title; else the method. */
  title?: string;
}

interface Bar extends WaterfallStep {
  x1: number;
  x2: number;
  w1?: number;
  w2?: number;
  text: string;
}

const FILL: Record<WaterfallKind, string> = {
  start: COLORS.total,
  end: COLORS.total,
  within: COLORS.overlap,
  outside: COLORS.outside,
  residual: COLORS.residual,
  slack: COLORS.residual,
  gap: COLORS.excess,
  excess: COLORS.excess,
};

/** Lay the steps out: each change starts where the previous one ended. */
export function waterfallBars(steps: WaterfallStep[], unit: Unit): Bar[] {
  let level = 0;
  const f = (v: number) => formatAmount(v, unit);
  return steps.map((s) => {
    if (s.kind === "start" || s.kind === "end") {
      level = s.value;
      return { ...s, x1: 0, x2: s.value, text: f(s.value) };
    }
    const from = level;
    level += s.value;
    const bar: Bar = {
      ...s,
      x1: Math.min(from, level),
      x2: Math.max(from, level),
      text: `${s.value >= 0 ? "+" : "-"}${f(Math.abs(s.value))}`,
    };
    if (s.low !== undefined && s.high !== undefined && s.low !== s.high) {
      bar.w1 = s.whisker ? s.whisker[0] : from + s.low;
      bar.w2 = s.whisker ? s.whisker[1] : from + s.high;
      const lo = Math.min(Math.abs(s.low), Math.abs(s.high));
      const hi = Math.max(Math.abs(s.low), Math.abs(s.high));
      bar.text += ` (${f(lo)}–${f(hi)})`;
    }
    return bar;
  });
}

export function waterfallChart(
  input: WaterfallInput,
  dom: ChartDom,
  L: Labels,
  name = "waterfall",
): ChartSvg {
  const W = L.charts.waterfall;
  const bars = waterfallBars(input.steps, input.unit);
  // long names are cut to the margin (the data table has them whole)
  const fit = fitLabels(
    bars.map((b) => b.label),
    MAX_LABEL,
  );
  bars.forEach((b, i) => {
    b.label = fit.labels[i]!;
  });
  const marginLeft = fit.margin;
  const labels = bars.map((b) => b.label);
  const xmax = Math.max(...bars.flatMap((b) => [b.x2, b.w1 ?? 0, b.w2 ?? 0])) * 1.04;
  const height = 40 + 30 * bars.length + 30;
  const whiskers = bars.filter((b) => b.w1 !== undefined);
  const connectors = bars.slice(0, -1).map((b, i) => ({
    x: b.kind === "start" || b.value >= 0 ? b.x2 : b.x1,
    from: b.label,
    to: bars[i + 1]!.label,
  }));
  const el = Plot.plot({
    document: dom.document,
    width: FULL_WIDTH,
    height,
    marginLeft,
    marginRight: 150,
    marginTop: 10,
    marginBottom: 32,
    style: { fontSize: `${TYPE.tick}px`, background: "transparent", overflow: "visible" },
    x: {
      domain: [0, xmax],
      tickFormat: tickFormat(input.unit),
      label: `${input.unit.symbol} →`,
      grid: true,
      ticks: 8,
    },
    y: { domain: labels, label: null, padding: 0.25 },
    marks: [
      Plot.ruleX(connectors, {
        x: "x",
        y1: "from",
        y2: "to",
        stroke: COLORS.rule,
        strokeDasharray: "2,2",
      }),
      Plot.barX(bars, {
        y: "label",
        x1: "x1",
        x2: "x2",
        fill: (d: Bar) => FILL[d.kind],
        fillOpacity: (d: Bar) => (["residual", "slack", "gap", "excess"].includes(d.kind) ? 0.55 : 0.9),
      } as Plot.BarXOptions),
      Plot.ruleY(whiskers, { y: "label", x1: "w1", x2: "w2", stroke: COLORS.text, strokeWidth: 1.2 }),
      Plot.tickX(whiskers, { y: "label", x: "w1", stroke: COLORS.text, inset: 8 }),
      Plot.tickX(whiskers, { y: "label", x: "w2", stroke: COLORS.text, inset: 8 }),
      Plot.text(bars, {
        y: "label",
        x: (d: Bar) => Math.max(d.x2, d.w1 ?? 0, d.w2 ?? 0),
        text: "text",
        textAnchor: "start",
        dx: 6,
        fill: COLORS.text,
        fontSize: TYPE.label,
      }),
    ],
  });
  const kinds = new Set(bars.map((b) => b.kind));
  const legend: LegendItem[] = [{ label: W.total, color: COLORS.total, shape: "bar" }];
  if (kinds.has("within")) legend.push({ label: W.overlap, color: COLORS.overlap, shape: "bar" });
  if (kinds.has("outside")) legend.push({ label: W.outsideLegend, color: COLORS.outside, shape: "bar" });
  if (kinds.has("residual"))
    legend.push({ label: W.residual, color: COLORS.residual, shape: "band", opacity: 0.55 });
  if (kinds.has("slack"))
    legend.push({ label: L.charts.say.slack, color: COLORS.residual, shape: "band", opacity: 0.55 });
  if (kinds.has("gap"))
    legend.push({ label: L.verdict.GAP, color: COLORS.excess, shape: "band", opacity: 0.55 });
  if (kinds.has("excess"))
    legend.push({ label: W.excess, color: COLORS.excess, shape: "band", opacity: 0.55 });
  if (whiskers.length) legend.push({ label: W.interval, color: COLORS.text, shape: "whisker" });
  return frame({
    name,
    title: input.title ?? W.title(input.parent, input.year),
    ...(input.title ? { subtitle: W.title(input.parent, input.year) } : {}),
    legend,
    panels: [{ svg: plotSvg(dom, el), width: FULL_WIDTH, height }],
    ...(input.note ? { note: input.note } : {}),
  });
}
