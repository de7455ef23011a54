/**
 * What every chart shares: the colour-blind-safe palette, typography,
 * number formats, text measurement, and the frame that puts a title, a
 * legend, one or more Plot panels and a source note into one standalone SVG.
 *
 * Plot draws only the panels (no Plot titles or legends, which would wrap the
 * SVG in an HTML <figure>); everything around them is drawn here, so the same
 * SVG works inline in the HTML page, as a .svg file and rendered to PNG.
 */
import { parseUnit, type Unit } from "../../model/units.js";
import { formatPercent } from "../format.js";
import { escapeHtml } from "../html-escape.js";
import { grouped } from "../number-format.js";
import type { ChartDom } from "./dom.js";

/** Okabe–Ito: distinguishable with every common form of colour blindness. */
export const OKABE_ITO = {
  black: "#000000",
  orange: "#E69F00",
  sky: "#56B4E9",
  green: "#009E73",
  yellow: "#F0E442",
  blue: "#0072B2",
  vermillion: "#D55E00",
  purple: "#CC79A7",
} as const;

/** Tableau's "Color Blind 10", for up to ten categories side by side (the children of a stacked bar). */
export const CATEGORY_10 = [
  "#006BA4",
  "#FF800E",
  "#ABABAB",
  "#595959",
  "#5F9ED1",
  "#C85200",
  "#898989",
  "#A2C8EC",
  "#FFBC79",
  "#CFCFCF",
] as const;

/** What each colour means, the same in every chart. */
export const COLORS = {
  projection: OKABE_ITO.blue,
  actual: OKABE_ITO.black,
  baseline: "#8c8c8c",
  met: OKABE_ITO.green,
  missed: OKABE_ITO.vermillion,
  unknown: "#8c8c8c",
  goal: OKABE_ITO.vermillion,
  band: OKABE_ITO.sky,
  median: OKABE_ITO.blue,
  required: OKABE_ITO.vermillion,
  assumed: OKABE_ITO.blue,
  probability: OKABE_ITO.blue,
  all: "#3a3a3a",
  total: "#4d4d4d",
  overlap: OKABE_ITO.orange,
  outside: OKABE_ITO.purple,
  residual: OKABE_ITO.green,
  excess: OKABE_ITO.vermillion,
  low: OKABE_ITO.sky,
  high: OKABE_ITO.orange,
  text: "#1a1a1a",
  muted: "#595959",
  rule: "#bdbdbd",
} as const;

/**
 * Fonts: the CJK font chainsim ships for PNGs (Noto Sans S Chinese), then
 * the usual Chinese system fonts, so browsers on Windows, macOS and Linux
 * find one.
 */
export const FONT_FAMILY =
  "'Noto Sans S Chinese', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', 'Helvetica Neue', Arial, sans-serif";

export const TYPE = {
  title: 16,
  subtitle: 12.5,
  panelTitle: 13,
  legend: 12,
  tick: 11,
  label: 11,
  note: 11,
} as const;

/** Space around and between the parts of a figure. */
export const SPACE = { pad: 16, gap: 14, line: 1.35 } as const;

/** Width of a panel in a three-column grid, and a full-width chart. */
export const PANEL_WIDTH = 300;
export const FULL_WIDTH = 3 * PANEL_WIDTH + 2 * SPACE.gap;

const RATIO: Unit = parseUnit("share")!;

export { RATIO as FRACTION_UNIT };

/**
 * A number on an axis or a label: thousands separators, no decimals for
 * large amounts, up to two for small ones (a PUE goal of 1.25 stays 1.25),
 * percentages for ratios, and the ASCII minus (a CJK font draws U+2212 full
 * width). Years are never formatted with this (they are plain integers:
 * tickFormat "d").
 *
 * @example
 * formatAmount(22000, yuan100m) // "22,000"
 * formatAmount(1.25, plain)     // "1.25"
 * formatAmount(-2.5, yuan100m)  // "-2.5"
 */
export function formatAmount(v: number | null | undefined, unit: Unit): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "–";
  if (unit.dimension === "ratio") return asciiMinus(formatPercent(v * 10 ** unit.exp));
  return Math.abs(v) >= 100 || Number.isInteger(v) ? grouped(0).format(v) : grouped(2, 0).format(v);
}

/**
 * One format for a set of amounts shown side by side (bar labels of one
 * panel): the same number of decimals for all, chosen by the largest
 * magnitude (none from 100 up, one from 10, else two; none when every
 * value is whole), so a column reads -73.0, -21.1, -1.0 rather than
 * -72.99, -21.05, -1.
 *
 * @example
 * const f = amountFormat([-72.99, -21.05, -1], parseUnit("亿元")!)
 * f(-72.99) // "-73.0"
 * f(-1) // "-1.0"
 * amountFormat([-79, -6], parseUnit("亿元")!)(-6) // "-6"
 */
export function amountFormat(values: readonly number[], unit: Unit): (v: number) => string {
  if (unit.dimension === "ratio") return (v) => formatAmount(v, unit);
  const finite = values.filter(Number.isFinite);
  const top = Math.max(0, ...finite.map(Math.abs));
  const digits = top >= 100 || finite.every(Number.isInteger) ? 0 : top >= 10 ? 1 : 2;
  return (v) => (Number.isFinite(v) ? asciiMinus(grouped(digits).format(v)) : "–");
}

/** The ASCII hyphen-minus for U+2212 (full width in CJK fonts). */
export const asciiMinus = (s: string): string => s.replace(/\u2212/g, "-");

/** Axis ticks in a unit: integers with separators (up to two decimals when the scale needs them), or percentages. */
export function tickFormat(unit: Unit, domain?: readonly [number, number]): (v: number) => string {
  if (unit.dimension === "ratio") {
    // a narrow range of percentages needs decimals, or 5.2% and 5.4% both read "5%"
    const span = domain ? Math.abs(domain[1] - domain[0]) * 10 ** unit.exp * 100 : 100;
    const digits = span < 0.5 ? 2 : span < 5 ? 1 : 0;
    return (v) => asciiMinus(formatPercent(v * 10 ** unit.exp, digits));
  }
  return (v) => (Number.isInteger(v) ? grouped(0).format(v) : grouped(2, 0).format(v));
}

/** A unit as shown after a name or on an axis: nothing for a plain number. */
export function unitText(unit: Unit): string {
  return unit.dimension === "number" && unit.symbol === "1" ? "" : unit.symbol;
}

/** "name · unit", or the name alone for a plain number. */
export function withUnit(name: string, unit: Unit): string {
  const u = unitText(unit);
  return u ? `${name} · ${u}` : name;
}

/**
 * A y domain that never collapses: a flat or nearly flat series (1.80,
 * 1.79, …) is widened to ±5% of its size, so its ticks stay distinct.
 */
export function yDomain(values: number[]): [number, number] | undefined {
  const v = values.filter(Number.isFinite);
  if (!v.length) return undefined;
  const lo = Math.min(...v);
  const hi = Math.max(...v);
  const size = Math.max(Math.abs(lo), Math.abs(hi), 1e-9);
  if (hi - lo >= size * 0.1) return undefined;
  const mid = (lo + hi) / 2;
  return [mid - size * 0.05 - (hi - lo), mid + size * 0.05 + (hi - lo)];
}

/**
 * A fraction as a percentage, with as many decimals as it needs to not read
 * 0% or 100% when it is not, and at least `minDigits`.
 *
 * @example
 * formatProbability(0.9997) // "99.97%"
 * formatProbability(0.5) // "50%"
 * formatProbability(0.5, 1) // "50.0%"
 */
export function formatProbability(p: number, minDigits = 0): string {
  if (!Number.isFinite(p)) return "–";
  if (p === 0 || p === 1) return formatPercent(p, 0);
  const digits = p < 0.001 || p > 0.999 ? 2 : p < 0.01 || p > 0.99 ? 1 : 0;
  return formatPercent(p, Math.max(digits, minDigits));
}

/**
 * A 95% interval of a probability, with the fewest decimals (up to two more)
 * at which its two ends differ: "60%–62%", but "95.6%–96.3%" where whole
 * percents would print "96%–96%", an interval that reads as no uncertainty.
 *
 * @example
 * formatProbabilityInterval(0.603, 0.617) // "60%–62%"
 * formatProbabilityInterval(0.956, 0.9634) // "95.6%–96.3%"
 */
export function formatProbabilityInterval(lo: number, hi: number): string {
  let text = "";
  for (let d = 0; d <= 2; d++) {
    const a = formatProbability(lo, d);
    const b = formatProbability(hi, d);
    text = `${a}–${b}`;
    if (a !== b) break;
  }
  return text;
}

/**
 * Estimated width of a text in pixels (no font metrics under jsdom): CJK and
 * full-width characters one em, digits and most Latin letters a little over
 * half an em.
 */
export function textWidth(text: string, fontSize: number): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x2e80 || (cp >= 0x1100 && cp <= 0x115f)) w += 1;
    else if (/[MW@%]/.test(ch)) w += 0.85;
    else if (/[A-Z]/.test(ch)) w += 0.66;
    else if (/[ilj.,:;'|!()[\]]/.test(ch) || ch === " ") w += 0.3;
    else w += 0.56;
  }
  return w * fontSize;
}

const NO_LINE_START = /^[、，。；：！？）》」』】,.;:!?)\]]$/;

/** Break a text into lines no wider than `width` (between words, or between CJK characters). */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const tokens = text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+|\s+/g) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const tok of tokens) {
    const next = line + tok;
    // closing punctuation never starts a line (it stays a little over the width instead)
    if (line.trim() !== "" && textWidth(next.trimEnd(), fontSize) > width && !NO_LINE_START.test(tok)) {
      lines.push(line.trimEnd());
      line = /^\s+$/.test(tok) ? "" : tok;
    } else line = next;
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  return lines;
}

export type LegendShape =
  | "line"
  | "dashed"
  | "circle"
  | "square"
  | "diamond"
  | "cross"
  | "bar"
  | "band"
  | "whisker";

export interface LegendItem {
  label: string;
  color: string;
  shape: LegendShape;
  /** Fill opacity for bands. */
  opacity?: number;
}

/** A Plot SVG (or any SVG) placed in a figure's grid. */
export interface Panel {
  svg: string;
  width: number;
  height: number;
  title?: string;
}

export interface FigureFrame {
  /** File stem and id prefix: charts/<name>.svg. */
  name: string;
  title: string;
  subtitle?: string;
  legend?: LegendItem[];
  panels: Panel[];
  columns?: number;
  /** Short source note drawn under the panels (the HTML caption has the full one). */
  note?: string;
}

export interface ChartSvg {
  name: string;
  title: string;
  /** The standalone chart, with its source note (charts/*.svg, *.png). */
  svg: string;
  /** The same without the note, for the HTML page (where the caption gives the sources). */
  inline: string;
  width: number;
  height: number;
  /**
   * Small multiples: each panel alone, larger, as its own figure (one slide per
   * sector). Drawn only when called: only PNGs use them.
   */
  slides?: () => Array<{ name: string; svg: string }>;
  /**
   * Small multiples: the whole figure again with as many columns as fill a
   * 16:9 slide best (charts/<name>.png); `svg` keeps the page's three columns.
   * Laid out only when called: only PNGs use it.
   */
  overview?: () => string;
}

/** Serialise a Plot result (an SVG element) and clean it for nesting: no class, no style, no font. */
export function plotSvg(dom: ChartDom, el: Element): string {
  if (el.tagName.toLowerCase() !== "svg") {
    throw new Error(`a chart panel must be an SVG, not <${el.tagName}> (no Plot titles or legends)`);
  }
  let s = dom.serialize(el);
  s = s.replace(/<style>[\s\S]*?<\/style>/g, "");
  s = s.replace(/ class="plot-[0-9a-f]+[^"]*"/g, "");
  s = s.replace(/^<svg([^>]*?) font-family="[^"]*"/, "<svg$1");
  return s;
}

const legendItemWidth = (item: LegendItem) => 22 + textWidth(item.label, TYPE.legend) + 18;

function legendSymbol(item: LegendItem, x: number, y: number): string {
  const c = escapeHtml(item.color);
  switch (item.shape) {
    case "line":
      return `<line x1="${x}" x2="${x + 16}" y1="${y}" y2="${y}" stroke="${c}" stroke-width="2.5"/>`;
    case "dashed":
      return `<line x1="${x}" x2="${x + 16}" y1="${y}" y2="${y}" stroke="${c}" stroke-width="2" stroke-dasharray="4,2"/>`;
    case "circle":
      return `<circle cx="${x + 8}" cy="${y}" r="4.5" fill="${c}"/>`;
    case "square":
      return `<rect x="${x + 4}" y="${y - 4}" width="8" height="8" fill="${c}"/>`;
    case "diamond":
      return `<path d="M${x + 8},${y - 5.5}L${x + 13.5},${y}L${x + 8},${y + 5.5}L${x + 2.5},${y}Z" fill="${c}"/>`;
    case "cross":
      return `<path d="M${x + 4},${y - 4}L${x + 12},${y + 4}M${x + 4},${y + 4}L${x + 12},${y - 4}" stroke="${c}" stroke-width="2.5"/>`;
    case "bar":
      return `<rect x="${x}" y="${y - 5}" width="16" height="10" fill="${c}"/>`;
    case "band":
      return `<rect x="${x}" y="${y - 6}" width="16" height="12" fill="${c}" fill-opacity="${item.opacity ?? 0.4}"/>`;
    case "whisker":
      return `<path d="M${x},${y}H${x + 16}M${x},${y - 4}V${y + 4}M${x + 16},${y - 4}V${y + 4}" stroke="${c}" stroke-width="1.5" fill="none"/>`;
  }
}

function textLines(
  lines: string[],
  x: number,
  y: number,
  size: number,
  attrs: string,
): { svg: string; height: number } {
  const lh = size * SPACE.line;
  const svg = lines
    .map(
      (l, i) =>
        `<text x="${x}" y="${round(y + size + i * lh)}" font-size="${size}"${attrs}>${escapeHtml(l)}</text>`,
    )
    .join("");
  return { svg, height: lines.length * lh };
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * Put a title, a legend, panels in a grid and a note into one SVG.
 *
 * @example
 * frame({ name: "projection", title: "…", panels: [{ svg, width: 300, height: 180, title: "软件" }], columns: 3 })
 */
export function frame(f: FigureFrame): ChartSvg {
  const columns = Math.max(1, Math.min(f.columns ?? 1, f.panels.length));
  const cellW = Math.max(...f.panels.map((p) => p.width), 0);
  const gridW = columns * cellW + (columns - 1) * SPACE.gap;
  // every figure as wide as a full-width chart: on a page scaled to its column they share one scale
  const width = Math.max(gridW, FULL_WIDTH) + 2 * SPACE.pad;
  const inner = width - 2 * SPACE.pad;
  const parts: string[] = [];
  let y = SPACE.pad;

  const title = textLines(
    wrapText(f.title, inner, TYPE.title),
    SPACE.pad,
    y - 3,
    TYPE.title,
    ` font-weight="bold" fill="${COLORS.text}"`,
  );
  parts.push(title.svg);
  y += title.height;
  if (f.subtitle) {
    const sub = textLines(
      wrapText(f.subtitle, inner, TYPE.subtitle),
      SPACE.pad,
      y,
      TYPE.subtitle,
      ` fill="${COLORS.muted}"`,
    );
    parts.push(sub.svg);
    y += sub.height;
  }
  if (f.legend?.length) {
    y += 6;
    let x = SPACE.pad;
    const rowH = TYPE.legend * 1.6;
    let rowY = y + rowH / 2;
    for (const item of f.legend) {
      const w = legendItemWidth(item);
      if (x > SPACE.pad && x + w - 18 > width - SPACE.pad) {
        x = SPACE.pad;
        rowY += rowH;
      }
      parts.push(legendSymbol(item, x, round(rowY)));
      parts.push(
        `<text x="${round(x + 22)}" y="${round(rowY)}" dy="0.35em" font-size="${TYPE.legend}" fill="${COLORS.text}">${escapeHtml(item.label)}</text>`,
      );
      x += w;
    }
    y = rowY + rowH / 2;
  }
  y += 8;

  // panels, row by row; a row is as tall as its tallest panel
  for (let r = 0; r * columns < f.panels.length; r++) {
    const row = f.panels.slice(r * columns, (r + 1) * columns);
    const titled = row.some((p) => p.title);
    const titleH = titled ? TYPE.panelTitle * 1.5 : 0;
    const rowH = Math.max(...row.map((p) => p.height));
    row.forEach((p, c) => {
      const x = SPACE.pad + c * (cellW + SPACE.gap);
      if (p.title) {
        const t = truncate(p.title, p.width, TYPE.panelTitle);
        parts.push(
          `<text x="${x}" y="${round(y + TYPE.panelTitle)}" font-size="${TYPE.panelTitle}" font-weight="bold" fill="${COLORS.text}">${escapeHtml(t)}</text>`,
        );
      }
      parts.push(nest(p.svg, x, round(y + titleH), p.width, p.height));
    });
    y += titleH + rowH + (r * columns + columns < f.panels.length ? SPACE.gap : 0);
  }

  const root = (height: number, body: string) => {
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
      `font-family="${FONT_FAMILY}" font-size="${TYPE.tick}" fill="${COLORS.text}" role="img" aria-labelledby="${name}-title">` +
      `<title id="${name}-title">${escapeHtml(f.title)}</title>` +
      `<rect width="${width}" height="${height}" fill="#ffffff"/>` +
      body +
      `</svg>`;
    // one minus sign everywhere (ticks, labels, names passed in): the ASCII one
    return renumberIds(asciiMinus(svg), f.name);
  };
  const name = escapeHtml(f.name);
  const inlineHeight = Math.ceil(y + SPACE.pad);
  const inline = root(inlineHeight, parts.join(""));
  if (!f.note) return { name: f.name, title: f.title, svg: inline, inline, width, height: inlineHeight };
  y += 10;
  const note = textLines(
    wrapText(f.note, inner, TYPE.note),
    SPACE.pad,
    y,
    TYPE.note,
    ` fill="${COLORS.muted}"`,
  );
  y += note.height;
  const height = Math.ceil(y + SPACE.pad);
  return {
    name: f.name,
    title: f.title,
    svg: root(height, parts.join("") + note.svg),
    inline,
    width,
    height,
  };
}

/** The most columns a slide's overview tries: beyond eight panels a row, a 1600-pixel slide shows them too small to read. */
const SLIDE_MAX_COLUMNS = 8;

/**
 * A small-multiple figure: `frame(f)` for the page, plus `overview`, the same
 * panels in the number of columns (up to eight) that shows them largest on a
 * 16:9 slide (sixteen panels of a fan chart: four columns in four rows, where
 * the page's three columns in six rows would fill a third of the slide's
 * width).
 *
 * @example
 * smallMultiples({ name: "fan", title: "…", panels, columns: 3 }).overview?.() // the slide's layout
 */
export function smallMultiples(f: FigureFrame): ChartSvg {
  const chart = frame(f);
  const first = f.columns ?? 1;
  if (f.panels.length <= first) return chart;
  chart.overview = () => {
    let best = chart;
    let bestScale = Math.min(16 / chart.width, 9 / chart.height);
    for (let columns = first + 1; columns <= Math.min(f.panels.length, SLIDE_MAX_COLUMNS); columns++) {
      const wide = frame({ ...f, columns });
      const scale = Math.min(16 / wide.width, 9 / wide.height);
      if (scale > bestScale) {
        best = wide;
        bestScale = scale;
      }
    }
    return best.svg;
  };
  return chart;
}

/** Cut a text to a width, with an ellipsis. */
export function truncate(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join("")}…`, fontSize) > width) chars.pop();
  return `${chars.join("")}…`;
}

/** Place a serialised SVG at (x, y) inside another. */
function nest(svg: string, x: number, y: number, width: number, height: number): string {
  return svg.replace(/^<svg\b([^>]*)>/, (_m, attrs: string) => {
    const kept = attrs
      .replace(/\s(x|y|width|height)="[^"]*"/g, "")
      .replace(/\sxmlns="[^"]*"/, "")
      .replace(/\sviewBox="[^"]*"/, "");
    return `<svg x="${x}" y="${y}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" overflow="visible"${kept}>`;
  });
}

/**
 * Give every id in an SVG a deterministic name (`<prefix>-1`, `<prefix>-2`, …
 * in order of appearance) and update the references to it, so the same
 * chart gives the same bytes and ids stay unique on a page of many charts.
 * Ids already starting with the prefix are kept.
 */
export function renumberIds(svg: string, prefix: string): string {
  const ids = new Map<string, string>();
  let n = 0;
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) {
    const id = m[1]!;
    if (id.startsWith(`${prefix}-`) || ids.has(id)) continue;
    ids.set(id, `${prefix}-${++n}`);
  }
  if (ids.size === 0) return svg;
  return svg.replace(/(\sid="|url\(#|href="#)([^")]+)/g, (m, head: string, id: string) =>
    ids.has(id) ? `${head}${ids.get(id)}` : m,
  );
}

/**
 * Labels cut to fit a left margin of at most `max` pixels (with an
 * ellipsis), kept distinct; and the margin they need.
 */
export function fitLabels(
  labels: string[],
  max: number,
  fontSize = TYPE.tick,
): { labels: string[]; margin: number } {
  const seen = new Map<string, number>();
  const out = labels.map((l) => {
    let cut = truncate(l, max - 14, fontSize);
    const n = seen.get(cut) ?? 0;
    seen.set(cut, n + 1);
    if (n > 0) cut = `${cut} (${n + 1})`;
    return cut;
  });
  return { labels: out, margin: labelMargin(out, fontSize, max) };
}

/** Left margin that fits the longest of some labels (for charts with names on the y axis). */
export function labelMargin(labels: string[], fontSize = TYPE.tick, max = 260): number {
  return Math.min(max, Math.ceil(Math.max(40, ...labels.map((l) => textWidth(l, fontSize))) + 14));
}
