/**
 * Chart 8: the industry chain — a heat map of the Leontief inverse (how much
 * upstream output one more unit of each downstream sector's final demand
 * calls for), and the propagation of a demand shock: each sector's change in
 * output, split into the direct change and the indirect one along the chain.
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
  plotSvg,
  TYPE,
  tickFormat,
} from "./style.js";

export interface MultipliersInput {
  /** Sector names, in the matrix's order. */
  sectors: string[];
  /** matrix[i][j]: output of sector i per unit of final demand of sector j (the Leontief inverse). */
  matrix: number[][];
  year: number;
  note?: string;
}

export interface ShockRow {
  sector: string;
  /** The change applied (final demand). */
  direct: number;
  /** The change passed along the chain. */
  indirect: number;
  /** direct + indirect. */
  total: number;
}

export interface ShockInput {
  /** The shock as written: "终端设备 −10%". */
  shock: string;
  unit: Unit;
  rows: ShockRow[];
  year: number;
  note?: string;
}

const CELL = 44;

export function multipliersChart(
  input: MultipliersInput,
  dom: ChartDom,
  L: Labels,
  name = "chain-multipliers",
): ChartSvg {
  const C = L.charts.chain;
  const fit = fitLabels(input.sectors, 200);
  const names = fit.labels;
  const cells = input.matrix.flatMap((row, i) =>
    row.map((v, j) => ({ up: names[i]!, down: names[j]!, value: v, diagonal: i === j })),
  );
  const n = names.length;
  const width = Math.min(FULL_WIDTH, fit.margin + CELL * n + 20);
  const height = 96 + CELL * n + 20;
  const max = Math.max(...cells.filter((c) => !c.diagonal).map((c) => c.value), 0.01);
  type Cell = (typeof cells)[number];
  const el = Plot.plot({
    document: dom.document,
    width,
    height,
    marginLeft: fit.margin,
    marginRight: 20,
    marginTop: 96,
    marginBottom: 20,
    padding: 0.04,
    style: { fontSize: `${TYPE.tick}px`, background: "transparent", overflow: "visible" },
    x: { domain: names, axis: "top", label: `${C.downstream} →`, tickRotate: -45 },
    y: { domain: names, label: `${C.upstream} ↓` },
    color: { type: "linear", domain: [0, max], range: ["#ffffff", COLORS.projection] },
    marks: [
      Plot.cell(
        cells.filter((c) => !c.diagonal),
        { x: "down", y: "up", fill: "value" },
      ),
      Plot.cell(
        cells.filter((c) => c.diagonal),
        { x: "down", y: "up", fill: "#eeeeee" },
      ),
      Plot.text(cells, {
        x: "down",
        y: "up",
        text: (c: Cell) => c.value.toFixed(c.value >= 10 ? 1 : 2),
        fill: (c: Cell) => (!c.diagonal && c.value > max * 0.6 ? "white" : COLORS.text),
        fontSize: TYPE.label,
      } as Plot.TextOptions),
    ],
  });
  return frame({
    name,
    title: `${C.multipliersTitle} (${input.year})`,
    subtitle: C.multipliersSubtitle,
    panels: [{ svg: plotSvg(dom, el), width, height }],
    ...(input.note ? { note: input.note } : {}),
  });
}

export function shockChart(input: ShockInput, dom: ChartDom, L: Labels, name = "chain-shock"): ChartSvg {
  const C = L.charts.chain;
  const sorted = [...input.rows].sort((a, b) => a.total - b.total || a.sector.localeCompare(b.sector));
  const fit = fitLabels(
    sorted.map((r) => r.sector),
    260,
  );
  const rows = sorted.map((r, i) => ({ ...r, sector: fit.labels[i]! }));
  const parts = rows.flatMap((r) => [
    { sector: r.sector, part: "direct", x1: 0, x2: r.direct },
    { sector: r.sector, part: "indirect", x1: r.direct, x2: r.direct + r.indirect },
  ]);
  const values = parts.flatMap((p) => [p.x1, p.x2]);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const span = hi - lo || 1;
  const height = 20 + 26 * rows.length + 34;
  type P = (typeof parts)[number];
  const el = Plot.plot({
    document: dom.document,
    width: FULL_WIDTH,
    height,
    marginLeft: fit.margin,
    marginRight: 64,
    marginTop: 10,
    marginBottom: 34,
    style: { fontSize: `${TYPE.tick}px`, background: "transparent", overflow: "visible" },
    x: {
      domain: [lo - span * 0.15, hi + span * 0.15],
      tickFormat: tickFormat(input.unit),
      label: `${C.effect} (${input.unit.symbol}) →`,
      grid: true,
    },
    y: { domain: fit.labels, label: null, padding: 0.25 },
    marks: [
      Plot.barX(parts, {
        y: "sector",
        x1: "x1",
        x2: "x2",
        fill: (p: P) => (p.part === "direct" ? COLORS.low : COLORS.high),
      } as Plot.BarXOptions),
      Plot.ruleX([0], { stroke: COLORS.text, strokeWidth: 1.2 }),
      Plot.text(rows, {
        y: "sector",
        x: (r: ShockRow) => Math.min(0, r.direct, r.total),
        text: (r: ShockRow) => formatAmount(r.total, input.unit),
        textAnchor: "end",
        dx: -6,
        fill: COLORS.text,
        fontSize: TYPE.label,
      } as Plot.TextOptions),
    ],
  });
  return frame({
    name,
    title: `${C.shockTitle}: ${input.shock} (${input.year})`,
    subtitle: C.shockSubtitle,
    legend: [
      { label: C.direct, color: COLORS.low, shape: "bar" },
      { label: C.indirect, color: COLORS.high, shape: "bar" },
    ],
    panels: [{ svg: plotSvg(dom, el), width: FULL_WIDTH, height }],
    ...(input.note ? { note: input.note } : {}),
  });
}
