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
  amountFormat,
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
/** The most sectors a chart draws: a larger chain shows the sectors that matter most (top k). */
export const TOP_SECTORS = 12;

/**
 * Indices of the k largest scores, in their original order (ties: the earlier sector).
 *
 * @example
 * topIndices([3, 9, 1, 7], 2) // [1, 3]
 */
export function topIndices(scores: readonly number[], k: number): number[] {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  return order.slice(0, k).sort((a, b) => a - b);
}

/** Smallest and largest of values and 0, by a loop (no spread: chains may have a million cells). */
function extent(values: Iterable<number>): [number, number] {
  let lo = 0;
  let hi = 0;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/**
 * The multipliers chart's matrix: all sectors up to `TOP_SECTORS`, else the
 * top k by total multiplier pull (column sum plus row sum of the inverse).
 */
function topMatrix(input: MultipliersInput): { sectors: string[]; matrix: number[][]; of: number } {
  const n = input.sectors.length;
  if (n <= TOP_SECTORS) return { sectors: input.sectors, matrix: input.matrix, of: n };
  const score = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    const row = input.matrix[i]!;
    for (let j = 0; j < n; j++) {
      score[i]! += row[j]!;
      score[j]! += row[j]!;
    }
  }
  const keep = topIndices(score, TOP_SECTORS);
  return {
    sectors: keep.map((i) => input.sectors[i]!),
    matrix: keep.map((i) => keep.map((j) => input.matrix[i]![j]!)),
    of: n,
  };
}

/** The sector whose final demand pulls most upstream output (column sum of the inverse less its own unit). */
function strongestPull(sectors: string[], matrix: number[][]): { sector: string; pull: number } {
  let best = { sector: sectors[0] ?? "", pull: Number.NEGATIVE_INFINITY };
  for (let j = 0; j < sectors.length; j++) {
    let pull = 0;
    for (let i = 0; i < sectors.length; i++) if (i !== j) pull += matrix[i]![j]!;
    if (pull > best.pull) best = { sector: sectors[j]!, pull };
  }
  return best;
}

/** Cells below this are left blank: they round to 0.00 and say nothing. */
const SHOWN = 0.005;

export function multipliersChart(
  input: MultipliersInput,
  dom: ChartDom,
  L: Labels,
  name = "chain-multipliers",
): ChartSvg {
  const C = L.charts.chain;
  const top = topMatrix(input);
  const fit = fitLabels(top.sectors, 200);
  const names = fit.labels;
  const cells = top.matrix.flatMap((row, i) =>
    row.map((v, j) => ({ up: names[i]!, down: names[j]!, value: v, diagonal: i === j })),
  );
  const n = names.length;
  // the same width as every other figure; cells as large as fit, at most CELL
  const cell = Math.min(CELL, Math.floor((FULL_WIDTH - fit.margin - 40) / Math.max(n, 1)));
  const width = FULL_WIDTH;
  const gridW = cell * n;
  const marginLeft = fit.margin + Math.max(0, Math.floor((FULL_WIDTH - fit.margin - 20 - gridW) / 2));
  // column labels stand upright (a slanted label's box overlaps its neighbours' when names are long)
  const marginTop = Math.max(96, fit.margin + 24);
  const height = marginTop + cell * n + 20;
  const max = Math.max(extent(cells.filter((c) => !c.diagonal).map((c) => c.value))[1], 0.01);
  type Cell = (typeof cells)[number];
  const shown = cells.filter((c) => c.diagonal || c.value >= SHOWN);
  const el = Plot.plot({
    document: dom.document,
    width,
    height,
    marginLeft,
    marginRight: width - marginLeft - gridW,
    marginTop,
    marginBottom: 20,
    padding: 0.04,
    style: { fontSize: `${TYPE.tick}px`, background: "transparent", overflow: "visible" },
    x: { domain: names, axis: "top", label: `${C.downstream} →`, tickRotate: -90 },
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
      Plot.text(shown, {
        x: "down",
        y: "up",
        text: (c: Cell) => c.value.toFixed(c.value >= 10 ? 1 : 2),
        fill: (c: Cell) => (!c.diagonal && c.value > max * 0.6 ? "white" : COLORS.text),
        fontSize: TYPE.label,
      } as Plot.TextOptions),
    ],
  });
  const pull = strongestPull(top.sectors, top.matrix);
  const scope = top.of > top.sectors.length ? `; top ${top.sectors.length} / ${top.of}` : "";
  return frame({
    name,
    title: L.charts.say.multipliers(pull.sector, pull.pull.toFixed(2)),
    subtitle: `${C.multipliersTitle} (${input.year}${scope})${L.lang === "zh" ? "：" : ": "}${C.multipliersSubtitle}`,
    panels: [{ svg: plotSvg(dom, el), width, height }],
    ...(input.note ? { note: input.note } : {}),
  });
}

export function shockChart(input: ShockInput, dom: ChartDom, L: Labels, name = "chain-shock"): ChartSvg {
  const C = L.charts.chain;
  const all = input.rows;
  const shown =
    all.length <= TOP_SECTORS
      ? all
      : topIndices(
          all.map((r) => Math.abs(r.total)),
          TOP_SECTORS,
        ).map((i) => all[i]!);
  const sorted = [...shown].sort(
    (a, b) => a.indirect - b.indirect || a.direct - b.direct || a.sector.localeCompare(b.sector),
  );
  const fit = fitLabels(
    sorted.map((r) => r.sector),
    220,
  );
  const rows = sorted.map((r, i) => ({ ...r, sector: fit.labels[i]! }));
  const height = 20 + 26 * rows.length + 34;
  // two panels side by side, each on its own scale: the direct change would hide the indirect ones
  const panelW = Math.floor((FULL_WIDTH - SPACE_GAP) / 2);
  const part = (key: "direct" | "indirect", withNames: boolean, fill: string): string => {
    const [lo, hi] = extent(rows.map((r) => r[key]));
    const span = hi - lo || 1;
    const label = amountFormat(
      rows.map((r) => r[key]),
      input.unit,
    );
    const el = Plot.plot({
      document: dom.document,
      width: panelW,
      height,
      marginLeft: withNames ? fit.margin : 12,
      marginRight: 12,
      marginTop: 10,
      marginBottom: 34,
      style: { fontSize: `${TYPE.tick}px`, background: "transparent", overflow: "visible" },
      x: {
        domain: [lo - span * 0.3, hi + span * 0.3],
        tickFormat: tickFormat(input.unit),
        label: `${input.unit.symbol} →`,
        grid: true,
        ticks: 4,
      },
      y: { domain: fit.labels, label: null, padding: 0.25, axis: withNames ? "left" : null },
      marks: [
        Plot.barX(rows, { y: "sector", x1: 0, x2: key, fill } as Plot.BarXOptions),
        Plot.ruleX([0], { stroke: COLORS.text, strokeWidth: 1.2 }),
        ...[-1, 1].map((sign) =>
          Plot.text(
            rows.filter((r) => Math.sign(r[key]) === sign),
            {
              y: "sector",
              x: key,
              text: (r: ShockRow) => label(r[key]),
              textAnchor: sign < 0 ? "end" : "start",
              dx: sign * 4,
              fill: COLORS.text,
              fontSize: TYPE.label,
              stroke: "white",
              strokeWidth: 3,
              paintOrder: "stroke",
            } as Plot.TextOptions,
          ),
        ),
      ],
    });
    return plotSvg(dom, el);
  };
  const indirect = all.reduce((a, r) => a + r.indirect, 0);
  const most = [...all].sort((a, b) => Math.abs(b.indirect) - Math.abs(a.indirect))[0];
  const scope = all.length > shown.length ? `; top ${shown.length} / ${all.length}` : "";
  return frame({
    name,
    title: L.charts.say.shock(
      input.shock,
      formatAmount(indirect, input.unit),
      input.unit.symbol,
      most?.sector ?? "",
    ),
    subtitle: `${C.shockTitle} (${input.year}${scope})${L.lang === "zh" ? "：" : ": "}${C.shockSubtitle}`,
    legend: [
      { label: C.direct, color: COLORS.low, shape: "bar" },
      { label: C.indirect, color: COLORS.high, shape: "bar" },
    ],
    panels: [
      { svg: part("direct", true, COLORS.low), width: panelW, height, title: L.charts.say.directPanel },
      { svg: part("indirect", false, COLORS.high), width: panelW, height, title: L.charts.say.indirectPanel },
    ],
    columns: 2,
    ...(input.note ? { note: input.note } : {}),
  });
}

const SPACE_GAP = 14;
