/**
 * Read the `links:` block — input-output links between sectors — into a
 * `Links` system (see `model/link.ts`). Two forms:
 *
 * ```yaml
 * links:
 *   coefficients:                      # column = buying sector, rows = its inputs
 *     terminals: { ic: 0.08~0.15, materials: 0.02~0.05 }
 *   local_share: { ic: 10%~30% }       # share of purchases sourced in the region
 *
 * links:
 *   sectors: [agriculture, manufacturing]
 *   transactions: [[150, 500], [200, 100]]   # z_ij: sales of row i to column j
 *   output: [1000, 2000]                      # a_ij = z_ij / x_j
 * ```
 *
 * Optional: `final_demand` (amounts by sector; default derived from the
 * projected output), `value_added` rows (shares of output, or amounts with
 * transactions). Every problem is reported with its position: unknown sectors
 * and indicators named as sectors, matrices of the wrong shape, negative
 * entries, columns whose inputs reach 1 per unit of output (or exceed it
 * with value added),
 * and systems that are not productive (Hawkins–Simon), checked at the high
 * ends of uncertain entries so that every draw is valid.
 */

import type { Bilingual } from "../../i18n/lang.js";
import { COLUMN_SUM, INVALID, linkSumParts, needsOutput } from "../../i18n/text/loader.js";
import { scaleUncertain, type UncertainValue } from "../../model/distribution.js";
import type { Links, ValueAddedRow } from "../../model/link.js";
import { hawkinsSimon } from "../../numeric/hawkins-simon.js";
import { spectralRadius } from "../../numeric/spectral-radius.js";
import type { MagnitudeContext } from "../magnitude.js";
import type { Path } from "../parse.js";
import type { ScenarioFile } from "../schema.js";
import type { NormaliseContext } from "./context.js";
import { type Cell, readBySector, readMatrix } from "./links-cells.js";
import { type LinkSystem, linkSystem } from "./links-system.js";

const SHARE: MagnitudeContext = { kind: "share" };

/** The tables of `links:` read into shares of each column's output. */
interface LinkTables {
  form: "coefficients" | "transactions";
  output: number[] | undefined;
  coefficients: Cell[][];
  columnPaths: Path[];
  columnIsKey: boolean;
  valueAdded: ValueAddedRow[];
  localShare: Cell[] | undefined;
  finalDemand: Cell[] | undefined;
}

/**
 * @example
 * readLinks(ctx, { …, links: { coefficients: { terminals: { ic: "0.08~0.15" } } } })
 * // { sectors: ["ic", "terminals"], coefficients: [[null, {low: 0.08, high: 0.15, …}], [null, null]], … }
 */
export function readLinks(ctx: NormaliseContext, file: ScenarioFile): Links | undefined {
  const raw = file.links;
  if (raw === undefined) return undefined;
  const sys = linkSystem(ctx, raw, file.unit);
  const { base, sectors } = sys;
  if (sys.n === 0 && sys.errors === 0) {
    sys.report("E_LINK_FORM", { found: [] }, base, true);
    return undefined;
  }
  const t = readTables(sys);
  if (!t) return undefined;
  checkColumns(sys, t);
  if (sys.errors > 0) return undefined;

  const links: Links = {
    sectors,
    coefficients: t.coefficients,
    localShare: t.localShare ?? sectors.map(() => null),
    valueAdded: t.valueAdded,
    form: t.form,
    line: ctx.parsed.locate(base, { key: true }).line,
  };
  if (t.finalDemand) links.finalDemand = t.finalDemand;
  if (t.output) links.output = t.output;
  if (raw.note !== undefined) links.note = raw.note;
  const src = ctx.sourceOf(raw.source);
  if (src) links.source = src;
  return links;
}

/** Coefficients, or transactions with total output; value added, local shares, final demand. */
function readTables(sys: LinkSystem): LinkTables | undefined {
  const { ctx, raw, base, sectors, amount } = sys;
  // ── coefficients, or transactions and output ─────────────────────────
  const forms = (["coefficients", "transactions"] as const).filter((k) => raw[k] !== undefined);
  if (forms.length !== 1) {
    sys.report("E_LINK_FORM", { found: [...forms] }, base, true);
    return undefined;
  }
  const form = forms[0]!;
  const matrixPath: Path = [...base, form];
  let output: number[] | undefined;
  if (form === "transactions") {
    if (raw.output === undefined) {
      sys.report("E_MISSING_FIELD", { field: "output" }, base, true);
      return undefined;
    }
    const cells = readBySector(sys, raw.output, [...base, "output"], amount, "links.output");
    if (!cells) return undefined;
    output = cells.values.map((c, i) => {
      if (c && c.low === c.high && c.low > 0) return c.low;
      sys.report(
        "E_INVALID_VALUE",
        {
          detail: c ? INVALID.totalOutput(sectors[i]!, c.text) : needsOutput(sectors[i]!),
        },
        c ? cells.paths[i]! : [...base, "output"],
        !c,
      );
      return Number.NaN;
    });
  }
  /** Transactions and value added in amounts become shares of each column's output. */
  const perOutput = (u: Cell, j: number): Cell => (u && output ? divideUncertain(u, output[j]!) : u);
  const matrix = readMatrix(sys, raw[form]!, matrixPath, form === "coefficients" ? SHARE : amount);
  const valueAdded: ValueAddedRow[] = [];
  for (const [name, row] of Object.entries(raw.value_added ?? {})) {
    const path = [...base, "value_added", name];
    const cells = readBySector(sys, row, path, output ? amount : SHARE, `links.value_added.${name}`, name);
    if (cells) {
      valueAdded.push({ name, shares: cells.values.map(perOutput), line: ctx.lineOf(path) });
    }
  }
  const localCells = raw.local_share
    ? readBySector(sys, raw.local_share, [...base, "local_share"], SHARE, "links.local_share")
    : undefined;
  let finalDemand: Cell[] | undefined;
  if (raw.final_demand !== undefined) {
    const path = [...base, "final_demand"];
    const cells = readBySector(sys, raw.final_demand, path, amount, "links.final_demand");
    if (cells) {
      cells.values.forEach((c, i) => {
        if (!c) sys.report("E_MISSING_FIELD", { field: `final_demand.${sectors[i]}` }, path, true);
      });
      finalDemand = cells.values;
    }
  }
  if (!matrix || sys.errors > 0 || output?.some(Number.isNaN)) return undefined;
  return {
    form,
    output,
    coefficients: matrix.values.map((row) => row.map(perOutput)),
    columnPaths: matrix.columnPaths,
    columnIsKey: matrix.columnIsKey,
    valueAdded,
    localShare: localCells?.values,
    finalDemand,
  };
}

/** Column sums below 1 and a productive system (Hawkins–Simon), at the high ends of the ranges. */
function checkColumns(sys: LinkSystem, t: LinkTables): void {
  const { sectors, n } = sys;
  const { coefficients, valueAdded } = t;
  const matrix = { columnPaths: t.columnPaths, columnIsKey: t.columnIsKey };

  // ── column sums and productivity, at the high ends ───────────────────
  const high = coefficients.map((row) => row.map((c) => c?.high ?? 0));
  const uncertain = coefficients.some((row) => row.some((c) => c !== null && c.low !== c.high));
  for (let j = 0; j < n; j++) {
    const inputs = high.reduce((s, row) => s + row[j]!, 0);
    const va = valueAdded.reduce((s, r) => s + (r.shares[j]?.high ?? 0), 0);
    // inputs alone must stay below 1; with value added (which may close the column) at most 1
    if (inputs >= 1 - 1e-12 || inputs + va > 1 + 1e-9) {
      const rowsUncertain =
        uncertain || valueAdded.some((r) => r.shares[j] !== null && r.shares[j]!.low !== r.shares[j]!.high);
      const parts: Bilingual[] = [];
      if (va > 0) parts.push(COLUMN_SUM.inputsPlusValueAdded(fmt(inputs), fmt(va)));
      if (rowsUncertain) parts.push(COLUMN_SUM.highEnds);
      sys.report(
        "E_LINK_COLUMN_SUM",
        { column: sectors[j]!, sum: fmt(inputs + va), detail: linkSumParts(parts) },
        matrix.columnPaths[j]!,
        matrix.columnIsKey,
      );
    }
  }
  const hs = hawkinsSimon(high);
  if (!hs.productive) {
    // the first k sectors alone already need more of each other's output than they make
    const k = hs.failsAt;
    const radius = spectralRadius(high);
    sys.report(
      "E_NOT_PRODUCTIVE",
      {
        radius: `${fmt(radius)}${uncertain ? " at the high ends of the ranges" : ""}`,
        column: sectors[k - 1]!,
        sectors: k === 1 ? "no other" : sectors.slice(0, k - 1).join(", "),
      },
      matrix.columnPaths[k - 1]!,
      matrix.columnIsKey,
    );
  }
}

/** Four significant digits, without trailing zeros: 1.05, 0.3291. */
function fmt(x: number): string {
  return String(Number(x.toPrecision(4)));
}

/**
 * An uncertain value divided by a positive number (an amount by a total output).
 *
 * @example
 * divideUncertain(readUncertain("150~200", amountCtx, 3), 1000) // uniform 0.15..0.2
 */
export function divideUncertain(u: UncertainValue, divisor: number): UncertainValue {
  return scaleUncertain(u, (x) => x / divisor);
}
