/**
 * Chart 7: sensitivity — a tornado (the result with each input at its low
 * and high value, the others central) and Sobol indices (first-order and
 * total effect, with intervals).
 *
 * The charts take small typed inputs; src/report/report-analyses.ts fills
 * them from src/analysis/sensitivity (tornado.ts, sobol.ts).
 */
import * as Plot from "@observablehq/plot";
import type { Unit } from "../../model/units.js";
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

export interface TornadoRow {
  /** The input's name (software.growth). */
  input: string;
  /** The result with the input at its low value. */
  low: number;
  /** The result with the input at its high value. */
  high: number;
  /** The input's low and high values as written (8%, 17%). */
  lowLabel?: string;
  highLabel?: string;
}

export interface TornadoInput {
  /** What is measured (software 2025, 亿元). */
  output: string;
  unit: Unit;
  /** The result with every input central. */
  base: number;
  rows: TornadoRow[];
  note?: string;
}

export interface SobolRow {
  input: string;
  first: number;
  firstCi?: [number, number];
  total: number;
  totalCi?: [number, number];
}

export interface SobolInput {
  output: string;
  rows: SobolRow[];
  note?: string;
}

/** "…: 83% of its variance comes from X" (the input with the largest total effect). */
function sobolTitle(input: SobolInput, L: Labels): string | null {
  const top = [...input.rows].sort((a, b) => b.total - a.total)[0];
  if (!top || !Number.isFinite(top.total)) return null;
  return L.charts.say.sobol(
    input.output,
    top.input,
    formatAmount(Math.min(1, Math.max(0, top.total)), FRACTION_UNIT),
  );
}

/** Rows by swing, largest first. */
export function tornadoOrder(rows: TornadoRow[]): TornadoRow[] {
  return [...rows].sort(
    (a, b) => Math.abs(b.high - b.low) - Math.abs(a.high - a.low) || a.input.localeCompare(b.input),
  );
}

export function tornadoChart(input: TornadoInput, dom: ChartDom, L: Labels, name = "tornado"): ChartSvg {
  const T = L.charts.tornado;
  const sorted = tornadoOrder(input.rows);
  const fit = fitLabels(
    sorted.map((r) => r.input),
    320,
  );
  const rows = sorted.map((r, i) => ({ ...r, input: fit.labels[i]! }));
  const labels = fit.labels;
  const bars = rows.flatMap((r) => [
    { input: r.input, side: "low" as const, x1: input.base, x2: r.low, text: r.lowLabel ?? "" },
    { input: r.input, side: "high" as const, x1: input.base, x2: r.high, text: r.highLabel ?? "" },
  ]);
  const values = bars.flatMap((b) => [b.x1, b.x2]);
  const span = Math.max(...values) - Math.min(...values) || Math.abs(input.base) || 1;
  const height = 20 + 30 * rows.length + 34;
  type B = (typeof bars)[number];
  const el = Plot.plot({
    document: dom.document,
    width: FULL_WIDTH,
    height,
    marginLeft: fit.margin,
    marginRight: 40,
    marginTop: 10,
    marginBottom: 34,
    style: { fontSize: `${TYPE.tick}px`, background: "transparent", overflow: "visible" },
    x: {
      domain: [Math.min(...values) - span * 0.12, Math.max(...values) + span * 0.12],
      tickFormat: tickFormat(input.unit),
      label: `${input.output} →`,
      grid: true,
    },
    y: { domain: labels, label: null, padding: 0.25 },
    marks: [
      Plot.barX(bars, {
        y: "input",
        x1: "x1",
        x2: "x2",
        fill: (b: B) => (b.side === "low" ? COLORS.low : COLORS.high),
      } as Plot.BarXOptions),
      Plot.ruleX([input.base], { stroke: COLORS.text, strokeWidth: 1.5 }),
      ...[true, false].map((left) =>
        Plot.text(
          bars.filter((b) => b.text && b.x2 < b.x1 === left),
          {
            y: "input",
            x: "x2",
            text: "text",
            textAnchor: left ? "end" : "start",
            dx: left ? -5 : 5,
            fill: COLORS.text,
            fontSize: TYPE.label,
          },
        ),
      ),
    ],
  });
  return frame({
    name,
    title: input.rows.length
      ? L.charts.say.tornado(input.output, tornadoOrder(input.rows)[0]!.input)
      : T.title,
    subtitle: `${T.title} · ${T.subtitle} · ${input.output}: ${formatAmount(input.base, input.unit)}`,
    legend: [
      { label: T.low, color: COLORS.low, shape: "bar" },
      { label: T.high, color: COLORS.high, shape: "bar" },
    ],
    panels: [{ svg: plotSvg(dom, el), width: FULL_WIDTH, height }],
    ...(input.note ? { note: input.note } : {}),
  });
}

export function sobolChart(input: SobolInput, dom: ChartDom, L: Labels, name = "sobol"): ChartSvg {
  const S = L.charts.sobol;
  const sorted = [...input.rows].sort((a, b) => b.total - a.total || a.input.localeCompare(b.input));
  const fit = fitLabels(
    sorted.map((r) => r.input),
    320,
  );
  const rows = sorted.map((r, i) => ({ ...r, input: fit.labels[i]! }));
  const labels = fit.labels;
  const points = rows.flatMap((r) => [
    { input: r.input, index: "first" as const, value: r.first, ci: r.firstCi },
    { input: r.input, index: "total" as const, value: r.total, ci: r.totalCi },
  ]);
  const withCi = points.filter((p) => p.ci).map((p) => ({ ...p, lo: p.ci![0], hi: p.ci![1] }));
  const height = 20 + 40 * rows.length + 34;
  const el = Plot.plot({
    document: dom.document,
    width: FULL_WIDTH,
    height,
    marginLeft: fit.margin,
    marginRight: 40,
    marginTop: 10,
    marginBottom: 34,
    style: { fontSize: `${TYPE.tick}px`, background: "transparent", overflow: "visible" },
    x: { domain: [0, 1], label: `${S.axis} →`, grid: true, tickFormat: (v: number) => v.toFixed(1) },
    y: { domain: labels, label: null, padding: 0.15 },
    marks: [
      Plot.barX(
        points.filter((p) => p.index === "total"),
        { y: "input", x: "value", fill: COLORS.high, fillOpacity: 0.85, insetTop: 3, insetBottom: 16 },
      ),
      Plot.barX(
        points.filter((p) => p.index === "first"),
        { y: "input", x: "value", fill: COLORS.assumed, fillOpacity: 0.85, insetTop: 16, insetBottom: 3 },
      ),
      ...(["total", "first"] as const).flatMap((index) => {
        const data = withCi.filter((p) => p.index === index);
        const dy = index === "total" ? -6.5 : 6.5;
        return [
          Plot.ruleY(data, { y: "input", x1: "lo", x2: "hi", stroke: COLORS.text, strokeWidth: 1.5, dy }),
        ];
      }),
    ],
  });
  return frame({
    name,
    title: sobolTitle(input, L) ?? S.title,
    subtitle: `${S.title} · ${S.subtitle} · ${input.output}`,
    legend: [
      { label: S.total, color: COLORS.high, shape: "bar" },
      { label: S.first, color: COLORS.assumed, shape: "bar" },
      { label: S.interval, color: COLORS.text, shape: "whisker" },
    ],
    panels: [{ svg: plotSvg(dom, el), width: FULL_WIDTH, height }],
    ...(input.note ? { note: input.note } : {}),
  });
}
