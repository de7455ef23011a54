/**
 * Chart 5: the average annual growth each goal requires (from its latest
 * known value) against the growth the scenario assumes — a dot plot, each
 * with its interval (the starting value's range, the assumption's range).
 */
import * as Plot from "@observablehq/plot";
import type { Labels } from "../labels.js";
import type { ChartDom } from "./dom.js";
import {
  type ChartSvg,
  COLORS,
  FRACTION_UNIT,
  FULL_WIDTH,
  fitLabels,
  formatAmount,
  frame,
  plotSvg,
  TYPE,
  tickFormat,
} from "./style.js";

export interface GrowthRange {
  low: number;
  central: number;
  high: number;
}

export interface GrowthRow {
  id: string;
  label: string;
  required: GrowthRange;
  assumed: GrowthRange | null;
}

export interface GrowthInput {
  rows: GrowthRow[];
  note?: string;
  /** The finding, as the title; else the method. */
  title?: string;
}

interface Point {
  label: string;
  series: "required" | "assumed";
  low: number;
  central: number;
  high: number;
}

export function growthChart(input: GrowthInput, dom: ChartDom, L: Labels, name = "growth"): ChartSvg {
  const G = L.charts.growth;
  const fit = fitLabels(
    input.rows.map((r) => r.label),
    340,
  );
  const labels = fit.labels;
  const points: Point[] = input.rows.flatMap((r, i) => [
    { label: labels[i]!, series: "required" as const, ...r.required },
    ...(r.assumed ? [{ label: labels[i]!, series: "assumed" as const, ...r.assumed }] : []),
  ]);
  const all = points.flatMap((p) => [p.low, p.central, p.high]).filter(Number.isFinite);
  const lo = Math.min(0, ...all);
  const hi = Math.max(0.05, ...all);
  const height = 44 + 34 * input.rows.length + 32;
  const req = points.filter((p) => p.series === "required");
  const ass = points.filter((p) => p.series === "assumed");
  const fmt = (v: number) => formatAmount(v, FRACTION_UNIT);
  const el = Plot.plot({
    document: dom.document,
    width: FULL_WIDTH,
    height,
    marginLeft: fit.margin,
    marginRight: 70,
    marginTop: 10,
    marginBottom: 32,
    style: { fontSize: `${TYPE.tick}px`, background: "transparent", overflow: "visible" },
    x: {
      domain: [lo - 0.01, hi + 0.01],
      tickFormat: tickFormat(FRACTION_UNIT),
      label: `${G.axis} →`,
      grid: true,
    },
    y: { domain: labels, label: null, padding: 0.2 },
    marks: [
      Plot.ruleX([0], { stroke: COLORS.muted }),
      ...[req, ass].map((series) =>
        Plot.ruleY(series, {
          y: "label",
          x1: "low",
          x2: "high",
          dy: series[0]?.series === "required" ? -6 : 6,
          stroke: series[0]?.series === "required" ? COLORS.required : COLORS.assumed,
          strokeWidth: 2,
          strokeOpacity: 0.6,
        }),
      ),
      Plot.dot(req, { y: "label", x: "central", dy: -6, fill: COLORS.required, symbol: "diamond2", r: 5 }),
      Plot.dot(ass, { y: "label", x: "central", dy: 6, fill: COLORS.assumed, r: 4.5 }),
      ...[req, ass].map((series) =>
        Plot.text(series, {
          y: "label",
          x: "high",
          dy: series[0]?.series === "required" ? -6 : 6,
          dx: 6,
          text: (p: Point) => fmt(p.central),
          textAnchor: "start",
          fill: series[0]?.series === "required" ? COLORS.required : COLORS.assumed,
          fontSize: TYPE.label - 1,
        }),
      ),
    ],
  });
  return frame({
    name,
    title: input.title ?? G.title,
    subtitle: input.title ? `${G.title}${L.lang === "zh" ? "：" : ": "}${G.subtitle}` : G.subtitle,
    legend: [
      { label: G.required, color: COLORS.required, shape: "diamond" },
      { label: G.assumed, color: COLORS.assumed, shape: "circle" },
    ],
    panels: [{ svg: plotSvg(dom, el), width: FULL_WIDTH, height }],
    ...(input.note ? { note: input.note } : {}),
  });
}
