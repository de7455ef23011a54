/**
 * Chart 6: the probability of meeting each goal in the Monte Carlo run
 * (bars, with 95% Wilson intervals), and of meeting all of them together.
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
  formatProbability,
  frame,
  plotSvg,
  TYPE,
  tickFormat,
} from "./style.js";

export interface ProbabilityRow {
  id: string;
  label: string;
  probability: number;
  ci95: [number, number];
  /** The row for every goal met together. */
  all?: boolean;
}

export interface ProbabilityInput {
  rows: ProbabilityRow[];
  samples: number;
  note?: string;
}

/** "7 of 17 goals have less than a 50% chance; all together: 0%" (from the rows). */
function probabilityTitle(input: ProbabilityInput, L: Labels): string {
  const goals = input.rows.filter((r) => !r.all);
  const all = input.rows.find((r) => r.all);
  return L.charts.say.probability(
    goals.filter((r) => r.probability < 0.5).length,
    goals.length,
    all ? formatProbability(all.probability) : null,
  );
}

const barColor = (r: ProbabilityRow) =>
  r.all ? COLORS.all : r.probability >= 0.5 ? COLORS.met : COLORS.missed;

export function probabilityChart(
  input: ProbabilityInput,
  dom: ChartDom,
  L: Labels,
  name = "probability",
): ChartSvg {
  const P = L.charts.probability;
  const fit = fitLabels(
    input.rows.map((r) => r.label),
    380,
  );
  const rows = input.rows.map((r, i) => ({ ...r, label: fit.labels[i]!, lo: r.ci95[0], hi: r.ci95[1] }));
  const labels = fit.labels;
  const height = 20 + 26 * rows.length + 34;
  const el = Plot.plot({
    document: dom.document,
    width: FULL_WIDTH,
    height,
    marginLeft: fit.margin,
    marginRight: 56,
    marginTop: 10,
    marginBottom: 34,
    style: { fontSize: `${TYPE.tick}px`, background: "transparent", overflow: "visible" },
    x: { domain: [0, 1], tickFormat: tickFormat(FRACTION_UNIT), label: `${P.axis} →`, grid: true, ticks: 10 },
    y: { domain: labels, label: null, padding: 0.25 },
    marks: [
      Plot.barX(rows, {
        y: "label",
        x: "probability",
        fill: barColor,
        fillOpacity: 0.85,
      } as Plot.BarXOptions),
      Plot.ruleY(rows, { y: "label", x1: "lo", x2: "hi", stroke: COLORS.text, strokeWidth: 1.2 }),
      Plot.tickX(rows, { y: "label", x: "lo", stroke: COLORS.text, inset: 6 }),
      Plot.tickX(rows, { y: "label", x: "hi", stroke: COLORS.text, inset: 6 }),
      Plot.text(rows, {
        y: "label",
        x: "hi",
        text: (r: ProbabilityRow) => formatProbability(r.probability),
        textAnchor: "start",
        dx: 6,
        fill: COLORS.text,
        fontSize: TYPE.label,
      }),
    ],
  });
  return frame({
    name,
    title: probabilityTitle(input, L),
    subtitle: `${P.title}${L.lang === "zh" ? "：" : ": "}${P.subtitle(input.samples.toLocaleString("en-US"))}`,
    legend: [
      ...(rows.some((r) => !r.all && r.probability >= 0.5)
        ? [{ label: L.charts.fan.likely, color: COLORS.met, shape: "bar" as const }]
        : []),
      ...(rows.some((r) => !r.all && r.probability < 0.5)
        ? [{ label: L.charts.fan.unlikely, color: COLORS.missed, shape: "bar" as const }]
        : []),
      ...(rows.some((r) => r.all) ? [{ label: P.all, color: COLORS.all, shape: "bar" as const }] : []),
      { label: P.interval, color: COLORS.text, shape: "whisker" },
    ],
    panels: [{ svg: plotSvg(dom, el), width: FULL_WIDTH, height }],
    ...(input.note ? { note: input.note } : {}),
  });
}
