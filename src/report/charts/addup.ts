/**
 * Chart 3: "do they add up" — the children's goals stacked against the
 * headline goal, the net sum after the stated overlaps (an interval), and the
 * residual (other activity) or the excess that overlaps would have to explain.
 */
import * as Plot from "@observablehq/plot";
import type { Unit } from "../../model/units.js";
import type { Labels } from "../labels.js";
import type { ChartDom } from "./dom.js";
import {
  CATEGORY_10,
  type ChartSvg,
  COLORS,
  FULL_WIDTH,
  formatAmount,
  frame,
  type LegendItem,
  labelMargin,
  plotSvg,
  TYPE,
  textWidth,
  tickFormat,
} from "./style.js";

export interface AddupChild {
  id: string;
  name: string;
  value: number;
  basis: "goal" | "projection";
}

export interface AddupInput {
  parent: string;
  year: number;
  unit: Unit;
  headline: { value: number; sign: string };
  children: AddupChild[];
  /** Total stated overlap, over the stated range of shares. */
  overlap: { low: number; high: number };
  net: { low: number; high: number };
  hasOverlaps: boolean;
  note?: string;
  /** The finding, as the title ("十个领域目标合计超出总目标 62%"); else the question. */
  title?: string;
}

interface Segment {
  row: string;
  x1: number;
  x2: number;
  fill: string;
  opacity: number;
  label: string;
}

export function addupChart(input: AddupInput, dom: ChartDom, L: Labels, name = "addup"): ChartSvg {
  const A = L.charts.addup;
  const u = input.unit;
  const f = (v: number) => formatAmount(v, u);
  const range = (lo: number, hi: number) => (Math.abs(hi - lo) < 1e-9 ? f(lo) : `${f(lo)}–${f(hi)}`);
  const rows = [A.children, A.net, A.headline];
  const H = input.headline.value;
  const sum = input.children.reduce((a, c) => a + c.value, 0);
  const xmax = Math.max(sum, H, input.net.high) * 1.04;
  const marginLeft = labelMargin(rows, TYPE.tick);
  const marginRight = 96;
  const plotWidth = FULL_WIDTH - marginLeft - marginRight;
  const px = (v: number) => (v / xmax) * plotWidth;

  const segments: Segment[] = [];
  let at = 0;
  input.children.forEach((c, i) => {
    const fill = CATEGORY_10[i % CATEGORY_10.length]!;
    const w = px(c.value);
    const label = textWidth(c.name, TYPE.label) + 8 <= w ? c.name : "";
    segments.push({ row: A.children, x1: at, x2: at + c.value, fill, opacity: 1, label });
    at += c.value;
  });
  const net = input.net;
  segments.push({ row: A.net, x1: 0, x2: net.low, fill: COLORS.total, opacity: 0.85, label: "" });
  if (net.high > net.low) {
    segments.push({ row: A.net, x1: net.low, x2: net.high, fill: COLORS.total, opacity: 0.35, label: "" });
  }
  segments.push({ row: A.headline, x1: 0, x2: H, fill: COLORS.total, opacity: 0.85, label: "" });

  // residual (other activity) or excess, on the net row
  const marks: Plot.Markish[] = [];
  const gapMarks: Array<{ x1: number; x2: number; color: string; label: string }> = [];
  if (net.low > H)
    gapMarks.push({
      x1: H,
      x2: net.low,
      color: COLORS.excess,
      label: A.excessLabel(range(net.low - H, net.high - H)),
    });
  else if (net.high < H)
    gapMarks.push({
      x1: net.high,
      x2: H,
      color: COLORS.residual,
      label: A.residualLabel(range(H - net.high, H - net.low)),
    });

  const ends = [
    { row: A.children, x: sum, text: f(sum) },
    { row: A.net, x: net.high, text: range(net.low, net.high) },
    { row: A.headline, x: H, text: `${input.headline.sign} ${f(H)}` },
  ];

  marks.push(
    Plot.barX(segments, {
      y: "row",
      x1: "x1",
      x2: "x2",
      fill: (d: Segment) => d.fill,
      fillOpacity: (d: Segment) => d.opacity,
      stroke: "white",
      strokeWidth: 1,
      insetTop: 4,
      insetBottom: 4,
    } as Plot.BarXOptions),
    Plot.text(
      segments.filter((s) => s.label),
      {
        y: "row",
        x: (d: Segment) => (d.x1 + d.x2) / 2,
        text: "label",
        fill: "white",
        fontSize: TYPE.label,
        fontWeight: "bold",
      },
    ),
    Plot.barX(gapMarks, {
      y: () => A.net,
      x1: "x1",
      x2: "x2",
      fill: (d: { color: string }) => d.color,
      fillOpacity: 0.22,
      stroke: (d: { color: string }) => d.color,
      strokeWidth: 1.5,
      strokeDasharray: "4,2",
      insetTop: 10,
      insetBottom: 10,
    } as Plot.BarXOptions),
    Plot.text(gapMarks, {
      y: () => A.net,
      x: (d: { x1: number; x2: number }) => (d.x1 + d.x2) / 2,
      text: "label",
      dy: -24,
      fill: (d: { color: string }) => d.color,
      fontSize: TYPE.label,
      fontWeight: "bold",
      stroke: "white",
      strokeWidth: 3,
      paintOrder: "stroke",
    } as Plot.TextOptions),
    Plot.ruleX([H], { stroke: COLORS.goal, strokeWidth: 1.5, strokeDasharray: "5,3" }),
    Plot.text(ends, {
      y: "row",
      x: "x",
      text: "text",
      textAnchor: "start",
      dx: 6,
      fill: COLORS.text,
      fontSize: TYPE.label,
    }),
  );

  const el = Plot.plot({
    document: dom.document,
    width: FULL_WIDTH,
    height: 230,
    marginLeft,
    marginRight,
    marginTop: 30,
    marginBottom: 32,
    style: { fontSize: `${TYPE.tick}px`, background: "transparent", overflow: "visible" },
    x: { domain: [0, xmax], tickFormat: tickFormat(u), label: `${u.symbol} →`, grid: true, ticks: 8 },
    y: { domain: rows, label: null, padding: 0.12 },
    marks,
  });

  const legend: LegendItem[] = input.children.map((c, i) => ({
    label: `${c.name} ${f(c.value)}${c.basis === "projection" ? ` (${L.basis.projection})` : ""}`,
    color: CATEGORY_10[i % CATEGORY_10.length]!,
    shape: "bar",
  }));
  if (net.high > net.low)
    legend.push({ label: A.overlapRange, color: COLORS.total, shape: "band", opacity: 0.35 });
  if (gapMarks.some((g) => g.color === COLORS.excess))
    legend.push({ label: A.excess, color: COLORS.excess, shape: "band", opacity: 0.4 });
  if (gapMarks.some((g) => g.color === COLORS.residual))
    legend.push({ label: A.residual, color: COLORS.residual, shape: "band", opacity: 0.4 });
  legend.push({ label: A.headlineLabel(input.headline.sign, f(H)), color: COLORS.goal, shape: "dashed" });

  return frame({
    name,
    title: input.title ?? A.title(input.parent, input.year),
    subtitle: subtitleOf(input, L),
    legend,
    panels: [{ svg: plotSvg(dom, el), width: FULL_WIDTH, height: 230 }],
    ...(input.note ? { note: input.note } : {}),
  } as Parameters<typeof frame>[0]);
}

/** The question the chart answers (when the title states the finding), and "no overlaps stated". */
function subtitleOf(input: AddupInput, L: Labels): string {
  const A = L.charts.addup;
  const parts = [input.title ? A.title(input.parent, input.year) : "", input.hasOverlaps ? "" : A.noOverlaps];
  return parts.filter(Boolean).join(L.lang === "zh" ? "；" : "; ");
}
