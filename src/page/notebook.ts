/// <reference lib="dom" />
/**
 * The notebooks' runtime (browser entry, bundled by scripts/build-page.mjs
 * into dist/page/notebook.js and inlined into each notebook by
 * scripts/build-notebooks.mjs). It exposes the library and a few display
 * helpers, then runs the notebook's cells in order, each cell's output shown
 * under it. Cells share one scope, like a script.
 */
import { check } from "../analysis/check.js";
import { simulateCosts } from "../analysis/policy/simulate-costs.js";
import { project, valueAt } from "../engine/project.js";
import { simulate } from "../engine/simulate.js";
import { displayName } from "../model/quantity.js";
import { loadScenarioText } from "../scenario/load.js";

const SVG = "http://www.w3.org/2000/svg";
const COLORS = ["#1f6feb", "#d1242f", "#1a7f37", "#8250df", "#bf8700", "#0a7ea4", "#cf222e", "#57606a"];

function svg(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

export function fmt(x: number | null | undefined, digits = 1): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return "–";
  return x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function pct(x: number | null | undefined, digits = 1): string {
  return x === null || x === undefined || !Number.isFinite(x) ? "–" : `${fmt(x * 100, digits)}%`;
}

/** A table from rows of objects (the keys of the first row are the columns). */
export function table(rows: Array<Record<string, unknown>>): HTMLTableElement {
  const t = document.createElement("table");
  const cols = Object.keys(rows[0] ?? {});
  const head = t.createTHead().insertRow();
  for (const c of cols) head.append(Object.assign(document.createElement("th"), { textContent: c }));
  const body = t.createTBody();
  for (const r of rows) {
    const tr = body.insertRow();
    for (const c of cols) {
      const v = r[c];
      tr.insertCell().textContent = typeof v === "number" ? fmt(v) : String(v ?? "–");
    }
  }
  return t;
}

/** Horizontal bars; `ref` draws a vertical reference line (a goal). */
export function barChart(o: {
  title: string;
  bars: Array<{ label: string; value: number; low?: number; high?: number }>;
  ref?: { value: number; label: string };
  format?: (x: number) => string;
  /** Draw each bar from its low to its high (a range), not from zero. */
  ranges?: boolean;
}): HTMLElement {
  const f = o.format ?? ((x: number) => fmt(x, 0));
  const W = 640;
  const row = 22;
  const m = { l: 260, r: 70, t: 28, b: 10 };
  const H = m.t + m.b + row * o.bars.length;
  const max = Math.max(...o.bars.map((b) => b.high ?? b.value), o.ref?.value ?? 0) * 1.05 || 1;
  const x = (v: number) => m.l + (Math.max(0, v) / max) * (W - m.l - m.r);
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: "img" });
  root.append(svg("text", { x: 0, y: 16, "font-weight": 600 }, o.title));
  o.bars.forEach((b, i) => {
    const y = m.t + i * row;
    root.append(svg("text", { x: m.l - 6, y: y + 15, "text-anchor": "end", "font-size": 12 }, b.label));
    root.append(
      svg("rect", {
        x: o.ranges && b.low !== undefined ? x(b.low) : m.l,
        y: y + 3,
        width: Math.max(
          o.ranges && b.high !== undefined ? 2 : 0,
          o.ranges && b.low !== undefined && b.high !== undefined ? x(b.high) - x(b.low) : x(b.value) - m.l,
        ),
        height: row - 6,
        fill: COLORS[0]!,
      }),
    );
    if (b.low !== undefined && b.high !== undefined) {
      root.append(
        svg("line", { x1: x(b.low), x2: x(b.high), y1: y + row / 2, y2: y + row / 2, stroke: "#000" }),
      );
    }
    const label = o.ranges && b.low !== undefined ? `${f(b.low)} – ${f(b.high ?? b.value)}` : f(b.value);
    root.append(svg("text", { x: x(b.high ?? b.value) + 4, y: y + 15, "font-size": 11 }, label));
  });
  if (o.ref) {
    root.append(
      svg("line", {
        x1: x(o.ref.value),
        x2: x(o.ref.value),
        y1: m.t - 4,
        y2: H - m.b,
        stroke: COLORS[1]!,
        "stroke-dasharray": "4 3",
      }),
    );
    root.append(
      svg(
        "text",
        { x: x(o.ref.value), y: m.t - 8, "text-anchor": "middle", "font-size": 11, fill: COLORS[1]! },
        o.ref.label,
      ),
    );
  }
  return figure(root);
}

/** Lines over years; `goals` are drawn as dots. */
export function lineChart(o: {
  title: string;
  years: number[];
  series: Array<{ name: string; values: number[] }>;
  goals?: Array<{ year: number; value: number; label?: string }>;
}): HTMLElement {
  const W = 640;
  const H = 260;
  const m = { l: 60, r: 150, t: 28, b: 24 };
  const all = [...o.series.flatMap((s) => s.values), ...(o.goals ?? []).map((g) => g.value)].filter(
    Number.isFinite,
  );
  const hi = Math.max(...all, 1) * 1.05;
  const x0 = o.years[0] ?? 0;
  const x1 = Math.max(o.years[o.years.length - 1] ?? 1, ...(o.goals ?? []).map((g) => g.year));
  const x = (yr: number) => m.l + ((yr - x0) / Math.max(1, x1 - x0)) * (W - m.l - m.r);
  const y = (v: number) => H - m.b - (v / hi) * (H - m.t - m.b);
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: "img" });
  root.append(svg("text", { x: 0, y: 16, "font-weight": 600 }, o.title));
  root.append(svg("line", { x1: m.l, x2: W - m.r, y1: y(0), y2: y(0), stroke: "#999" }));
  for (const v of [0, hi / 2, hi / 1.05]) {
    root.append(svg("text", { x: m.l - 4, y: y(v) + 4, "text-anchor": "end", "font-size": 10 }, fmt(v, 0)));
  }
  for (const yr of o.years) {
    root.append(svg("text", { x: x(yr), y: H - 6, "text-anchor": "middle", "font-size": 10 }, String(yr)));
  }
  o.series.forEach((s, i) => {
    const c = COLORS[i % COLORS.length]!;
    const d = o.years
      .map((yr, k) => `${k ? "L" : "M"}${x(yr).toFixed(1)},${y(s.values[k]!).toFixed(1)}`)
      .join("");
    root.append(svg("path", { d, fill: "none", stroke: c, "stroke-width": 2 }));
    const last = s.values[s.values.length - 1]!;
    root.append(svg("text", { x: W - m.r + 6, y: y(last) + 4, "font-size": 11, fill: c }, s.name));
  });
  for (const g of o.goals ?? []) {
    root.append(svg("circle", { cx: x(g.year), cy: y(g.value), r: 4, fill: COLORS[1]! }));
  }
  return figure(root);
}

function figure(root: SVGElement): HTMLElement {
  const f = document.createElement("figure");
  f.append(root);
  return f;
}

const lib = {
  loadScenarioText,
  check,
  project,
  valueAt,
  simulate,
  simulateCosts,
  displayName,
  fmt,
  pct,
  table,
  barChart,
  lineChart,
};
export type NotebookLib = typeof lib;

async function run(): Promise<void> {
  const source = document.getElementById("chainsim-scenario");
  const cells = document.getElementById("chainsim-cells");
  if (!source || !cells) return;
  const { text, file } = JSON.parse(source.textContent ?? "{}") as { text: string; file: string };
  let out: HTMLElement | null = null;
  const display = (...nodes: Array<Node | string>) => {
    for (const n of nodes)
      out?.append(typeof n === "string" ? Object.assign(document.createElement("p"), { textContent: n }) : n);
  };
  const cell = (i: number) => {
    out = document.querySelector<HTMLElement>(`[data-cell-output="${i}"]`);
  };
  const load = (opts: { variant?: string; set?: string[] } = {}) => loadScenarioText(text, file, opts);
  try {
    const body = JSON.parse(cells.textContent ?? '""') as string;
    const fn = new Function(
      "lib",
      "display",
      "__cell",
      "load",
      `return (async () => { const { ${Object.keys(lib).join(", ")} } = lib;\n${body}\n})();`,
    );
    await fn(lib, display, cell, load);
    document.body.dataset.notebook = "done";
  } catch (e) {
    display(
      Object.assign(document.createElement("pre"), {
        className: "error",
        textContent: e instanceof Error ? e.message : String(e),
      }),
    );
    document.body.dataset.notebook = "error";
  }
}

void run();
