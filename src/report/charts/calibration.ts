/**
 * The backtest's calibration chart (PIT): each published value at the
 * percentile where it fell in the distribution projected as of the date
 * (its probability integral transform), as a cumulative step against the
 * diagonal a well-calibrated projection follows, over the P25–P75 and
 * P5–P95 bands. Too many points near 0 or 1 (a flat middle) means the
 * projection was too narrow; points bunched in the middle, too wide.
 */
import * as Plot from "@observablehq/plot";
import { type Lang, pick } from "../../i18n/lang.js";
import { CALIBRATION_TEXT as T } from "../../i18n/text/evaluation.js";
import type { ChartDom } from "./dom.js";
import {
  type ChartSvg,
  COLORS,
  FRACTION_UNIT,
  FULL_WIDTH,
  frame,
  plotSvg,
  TYPE,
  tickFormat,
} from "./style.js";

export interface CalibrationInput {
  asOf: string;
  /** One per published value: a label ("it_industry 2023") and its percentile (0..1). */
  points: Array<{ label: string; percentile: number }>;
}

/**
 * The cumulative step of the percentiles: (0, 0), then (p₍ᵢ₎, i/n) for the
 * sorted percentiles, then (1, 1).
 *
 * @example
 * calibrationSteps([0.9, 0.3]) // [[0, 0], [0.3, 0.5], [0.9, 1], [1, 1]]
 */
export function calibrationSteps(percentiles: readonly number[]): Array<[number, number]> {
  const sorted = [...percentiles].sort((a, b) => a - b);
  const n = sorted.length;
  return [[0, 0], ...sorted.map((p, i): [number, number] => [p, (i + 1) / n]), [1, 1]];
}

/**
 * @example
 * calibrationChart({ asOf: "2023-06", points: [{ label: "it_industry 2023", percentile: 0.87 }] }, dom, "en").svg
 */
export function calibrationChart(
  input: CalibrationInput,
  dom: ChartDom,
  lang: Lang,
  name = "calibration",
): ChartSvg {
  const t = <A extends unknown[]>(b: { zh: (...a: A) => string; en: (...a: A) => string }, ...a: A) =>
    pick(b, lang)(...a);
  const n = input.points.length;
  const sorted = [...input.points].sort((a, b) => a.percentile - b.percentile);
  const dots = sorted.map((p, i) => ({ ...p, y: (i + 1) / n }));
  const steps = calibrationSteps(sorted.map((p) => p.percentile));
  const inside = input.points.filter((p) => p.percentile >= 0.05 && p.percentile <= 0.95).length;
  const width = FULL_WIDTH;
  const height = 360;
  const pct = tickFormat(FRACTION_UNIT);
  const el = Plot.plot({
    document: dom.document,
    width,
    height,
    marginLeft: 56,
    marginRight: 24,
    marginTop: 26,
    marginBottom: 40,
    style: { fontSize: `${TYPE.tick}px`, background: "transparent", overflow: "visible" },
    x: { domain: [0, 1], tickFormat: pct, label: `${pick(T.axisX, lang)} →`, grid: true, ticks: 10 },
    y: { domain: [0, 1], tickFormat: pct, label: `↑ ${pick(T.axisY, lang)}`, grid: true, ticks: 5 },
    marks: [
      Plot.rectY([{ x1: 0.05, x2: 0.95 }], {
        x1: "x1",
        x2: "x2",
        y1: 0,
        y2: 1,
        fill: COLORS.band,
        fillOpacity: 0.15,
      }),
      Plot.rectY([{ x1: 0.25, x2: 0.75 }], {
        x1: "x1",
        x2: "x2",
        y1: 0,
        y2: 1,
        fill: COLORS.band,
        fillOpacity: 0.25,
      }),
      Plot.line(
        [
          [0, 0],
          [1, 1],
        ],
        { stroke: COLORS.baseline, strokeDasharray: "5,3", strokeWidth: 1.5 },
      ),
      ...(n
        ? [
            Plot.line(steps, { curve: "step-after", stroke: COLORS.projection, strokeWidth: 2 }),
            Plot.dot(dots, { x: "percentile", y: "y", r: 4.5, fill: COLORS.actual }),
            Plot.text(dots, {
              x: "percentile",
              y: "y",
              text: "label",
              textAnchor: "end",
              dx: -8,
              dy: -8,
              fill: COLORS.text,
              fontSize: TYPE.label,
            }),
          ]
        : []),
    ],
  });
  return frame({
    name,
    title: n ? t(T.title, inside, n) : t(T.none, input.asOf),
    subtitle: t(T.subtitle, input.asOf),
    legend: [
      { label: pick(T.observed, lang), color: COLORS.actual, shape: "circle" },
      { label: pick(T.ideal, lang), color: COLORS.baseline, shape: "dashed" },
      { label: pick(T.central, lang), color: COLORS.band, shape: "band", opacity: 0.3 },
    ],
    panels: [{ svg: plotSvg(dom, el), width, height }],
  });
}
