/// <reference lib="dom" />
/**
 * A projection's line chart on the workbench: year and value axes with
 * readable ticks, the file's projection dashed behind the current one, and
 * each level goal as a dot coloured met (green) or missed (red).
 */
import { FONT_FAMILY, truncate, wrapText } from "../report/charts/style.js";
import { fmt, svg } from "./dom.js";

export const MET = "#1a7f37";
export const MISSED = "#cf222e";
export const LINE = "#1f6feb";
export const FILE_LINE = "#8c959f";

export interface SparkGoal {
  year: number;
  value: number;
  met: boolean | null;
}

export interface SparkInput {
  title: string;
  unit: string;
  years: readonly number[];
  values: readonly number[];
  /** The projection with the file's values (drawn when it differs). */
  fileValues?: readonly number[] | undefined;
  goals: readonly SparkGoal[];
}

const W = 360;
/** Line height of a chart's title, and the width it may take (bold text runs wider than the estimate). */
const TITLE_LINE = 16;
const TITLE_WIDTH = (W - 8) / 1.12;

/**
 * A chart's title on at most two lines (the second cut with an ellipsis);
 * the whole title stays in the chart's <title>.
 *
 * @example
 * titleLines("新一代信息技术产业营业收入(规模以上) (亿元)") // one line; a longer English name: two
 */
export function titleLines(title: string): string[] {
  const lines = wrapText(title, TITLE_WIDTH, 13);
  if (lines.length <= 2) return lines;
  return [lines[0]!, truncate(lines.slice(1).join(" "), TITLE_WIDTH, 13)];
}
const H = 220;
const M = { l: 62, r: 16, t: 28, b: 30 };

/**
 * About `count` round tick values covering lo..hi.
 *
 * @example
 * niceTicks(0, 23000, 5) // [0, 5000, 10000, 15000, 20000]
 */
export function niceTicks(lo: number, hi: number, count: number): number[] {
  const span = hi - lo;
  if (!(span > 0)) return [lo];
  const raw = span / count;
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? 10 * p;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step)
    out.push(Number(v.toPrecision(12)));
  return out;
}

/** Years to label: every year, or every k-th so that at most 6 are shown (the last always). */
function yearTicks(years: readonly number[]): number[] {
  const k = Math.ceil(years.length / 6);
  return years
    .filter((_, i) => i % k === 0 || i === years.length - 1)
    .filter((y, i, a) => i === 0 || y - a[i - 1]! >= k);
}

export function sparkline(c: SparkInput): SVGElement {
  const all = [...c.values, ...(c.fileValues ?? []), ...c.goals.map((g) => g.value)].filter(Number.isFinite);
  const ticks = niceTicks(Math.min(0, ...all), Math.max(...all, 1) * 1.05, 4);
  const lo = ticks[0]!;
  const hi = Math.max(ticks[ticks.length - 1]!, ...all);
  const x0 = c.years[0] ?? 0;
  const x1 = Math.max(c.years[c.years.length - 1] ?? 1, ...c.goals.map((g) => g.year));
  const title = c.unit ? `${c.title} (${c.unit})` : c.title;
  const heading = titleLines(title);
  // a title on two lines pushes the plot down by one line
  const top = M.t + (heading.length - 1) * TITLE_LINE;
  const x = (y: number) => M.l + ((y - x0) / Math.max(1, x1 - x0)) * (W - M.l - M.r);
  const y = (v: number) => H - M.b - ((v - lo) / (hi - lo || 1)) * (H - top - M.b);
  const root = svg("svg", {
    viewBox: `0 0 ${W} ${H}`,
    width: W,
    height: H,
    role: "img",
    // the page's embedded CJK font first (the PNG download draws it with the reader's fonts)
    "font-family": FONT_FAMILY,
  });
  root.append(svg("title", {}, title));
  for (const [i, line] of heading.entries()) {
    root.append(svg("text", { x: 4, y: 16 + i * TITLE_LINE, "font-size": 13, "font-weight": 600 }, line));
  }
  // groups named as Plot names them, so the visual tests check these charts as they check the report's
  const yLabels = svg("g", { "aria-label": "y-axis tick label" });
  for (const v of ticks) {
    root.append(svg("line", { x1: M.l, x2: W - M.r, y1: y(v), y2: y(v), stroke: "#eaeef2" }));
    yLabels.append(
      svg(
        "text",
        { x: M.l - 6, y: y(v) + 4, "text-anchor": "end", "font-size": 11, fill: "#57606a" },
        fmt(v, tickDigits(ticks)),
      ),
    );
  }
  root.append(yLabels);
  root.append(svg("line", { x1: M.l, x2: W - M.r, y1: y(lo), y2: y(lo), stroke: "#8c959f" }));
  const xLabels = svg("g", { "aria-label": "x-axis tick label" });
  for (const yr of yearTicks(c.years)) {
    root.append(svg("line", { x1: x(yr), x2: x(yr), y1: y(lo), y2: y(lo) + 4, stroke: "#8c959f" }));
    xLabels.append(
      svg(
        "text",
        { x: x(yr), y: H - 10, "text-anchor": "middle", "font-size": 11, fill: "#57606a" },
        String(yr),
      ),
    );
  }
  root.append(xLabels);
  const fileValues = c.fileValues;
  if (fileValues?.some((v, i) => v !== c.values[i])) {
    root.append(
      line(c.years, fileValues, x, y, {
        stroke: FILE_LINE,
        "stroke-dasharray": "4 3",
        "data-line": "file",
      }),
    );
  }
  root.append(line(c.years, c.values, x, y, { stroke: LINE, "data-line": "now" }));
  const dots = svg("g", { "aria-label": "dot" });
  root.append(dots);
  for (const g of c.goals) {
    const fill = g.met === false ? MISSED : g.met ? MET : FILE_LINE;
    dots.append(
      svg("circle", {
        cx: x(g.year),
        cy: y(g.value),
        r: 5,
        fill,
        stroke: "#fff",
        "data-goal-dot": g.met === false ? "missed" : g.met ? "met" : "unknown",
      }),
    );
  }
  return root;
}

/**
 * Decimals that show every tick exactly (the step's own decimals), so labels
 * stay distinct: 0, 0.5, 1 → "0.0", "0.5", "1.0", not "0", "1", "1";
 * 0, 2.5, 5 → "0.0", "2.5", "5.0".
 *
 * @example
 * tickDigits([0, 2.5, 5, 7.5]) // 1
 */
export function tickDigits(ticks: readonly number[]): number {
  const step = ticks.length > 1 ? Math.abs(ticks[1]! - ticks[0]!) : 1;
  for (let d = 0; d < 6; d++) {
    const k = step * 10 ** d;
    if (Math.abs(k - Math.round(k)) < 1e-9 * Math.max(1, k)) return d;
  }
  return 6;
}

function line(
  years: readonly number[],
  values: readonly number[],
  x: (y: number) => number,
  y: (v: number) => number,
  attrs: Record<string, string>,
): SVGElement {
  const pts = years.map((yr, i) => [x(yr), y(values[i]!)] as const).filter(([, v]) => Number.isFinite(v));
  const g = svg("g", { "aria-label": "line" });
  g.append(
    svg("path", {
      d: pts.map(([a, b], i) => `${i ? "L" : "M"}${a.toFixed(1)},${b.toFixed(1)}`).join(""),
      fill: "none",
      "stroke-width": 2,
      ...attrs,
    }),
  );
  return g;
}
