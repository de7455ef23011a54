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
import { ChainsimError, fail } from "../../diagnostics.js";
import { suggest } from "../../messages.js";
import { scaleUncertain, type UncertainValue } from "../../model/distribution.js";
import type { Links, ValueAddedRow } from "../../model/link.js";
import { parseUnit, type Unit } from "../../model/units.js";
import { hawkinsSimon } from "../../numeric/hawkins-simon.js";
import { spectralRadius } from "../../numeric/spectral-radius.js";
import type { MagnitudeContext } from "../magnitude.js";
import type { Path } from "../parse.js";
import type { ScenarioFile } from "../schema.js";
import { readUncertain } from "../uncertain.js";
import type { NormaliseContext } from "./context.js";

type Cell = UncertainValue | null;
type ByName = Record<string, unknown> | unknown[];
type Matrix = Record<string, Record<string, unknown>> | unknown[][];

const SHARE: MagnitudeContext = { kind: "share" };

/**
 * @example
 * readLinks(ctx, { …, links: { coefficients: { terminals: { ic: "0.08~0.15" } } } })
 * // { sectors: ["ic", "terminals"], coefficients: [[null, {low: 0.08, high: 0.15, …}], [null, null]], … }
 */
export function readLinks(ctx: NormaliseContext, file: ScenarioFile): Links | undefined {
  const raw = file.links;
  if (raw === undefined) return undefined;
  const base: Path = ["links"];
  const unitOf = parseUnit(file.unit);
  const money: Unit = unitOf?.dimension === "money" ? unitOf : { symbol: "亿元", dimension: "money", exp: 8 };
  const amount: MagnitudeContext = { kind: "amount", unit: money, allowNegative: true };
  let errors = 0;
  const report: NormaliseContext["report"] = (code, params, path, key) => {
    errors++;
    ctx.report(code, params, path, key);
  };
  const attempt = <T>(path: Path, fn: () => T): T | undefined => {
    const r = ctx.attempt(path, fn);
    if (r === undefined) errors++;
    return r;
  };

  // ── the sectors of the system ─────────────────────────────────────────
  const scenarioSectors = [...ctx.quantities.values()].filter((q) => q.kind === "sector").map((q) => q.id);
  const listed = raw.sectors;
  /** Whether a name may stand in the links; reports it if not. */
  const known = (name: string, path: Path, key: boolean): boolean => {
    const q = ctx.quantities.get(name);
    if (q?.kind === "indicator") {
      report("E_LINK_UNIT", { id: name, unit: q.unit.symbol, expected: money.symbol }, path, key);
      return false;
    }
    if (!q) {
      report(
        "E_LINK_UNKNOWN_SECTOR",
        { name, suggestion: suggest(name, listed ?? scenarioSectors) },
        path,
        key,
      );
      return false;
    }
    if (listed && !listed.includes(name)) {
      report("E_LINK_UNKNOWN_SECTOR", { name, listed: true, suggestion: suggest(name, listed) }, path, key);
      return false;
    }
    return true;
  };
  let sectors: string[];
  if (listed) {
    const seen = new Set<string>();
    listed.forEach((id, i) => {
      const path = [...base, "sectors", i];
      if (!known(id, path, false)) return;
      if (seen.has(id))
        report("E_INVALID_VALUE", { detail: `"${id}" is listed twice in links.sectors` }, path);
      seen.add(id);
    });
    sectors = [...listed];
  } else {
    const mentioned = new Set<string>();
    const lists: Path[] = [];
    const mention = (m: unknown, path: Path, depth: number) => {
      if (m === undefined) return;
      if (Array.isArray(m)) {
        lists.push(path);
        return;
      }
      for (const [k, v] of Object.entries(m as Record<string, unknown>)) {
        if (known(k, [...path, k], true)) mentioned.add(k);
        if (depth > 1) mention(v, [...path, k], depth - 1);
      }
    };
    mention(raw.coefficients, [...base, "coefficients"], 2);
    mention(raw.transactions, [...base, "transactions"], 2);
    mention(raw.output, [...base, "output"], 1);
    mention(raw.local_share, [...base, "local_share"], 1);
    mention(raw.final_demand, [...base, "final_demand"], 1);
    for (const [name, row] of Object.entries(raw.value_added ?? {}))
      mention(row, [...base, "value_added", name], 1);
    for (const path of lists) report("E_MISSING_FIELD", { field: "sectors" }, path);
    sectors = scenarioSectors.filter((id) => mentioned.has(id));
  }
  const n = sectors.length;
  const index = new Map(sectors.map((id, i) => [id, i]));
  if (n === 0 && errors === 0) {
    report("E_LINK_FORM", { found: [] }, base, true);
    return undefined;
  }

  // ── coefficients, or transactions and output ─────────────────────────
  const forms = (["coefficients", "transactions"] as const).filter((k) => raw[k] !== undefined);
  if (forms.length !== 1) {
    report("E_LINK_FORM", { found: [...forms] }, base, true);
    return undefined;
  }
  const form = forms[0]!;
  const matrixPath: Path = [...base, form];
  let output: number[] | undefined;
  if (form === "transactions") {
    if (raw.output === undefined) {
      report("E_MISSING_FIELD", { field: "output" }, base, true);
      return undefined;
    }
    const cells = readBySector(raw.output, [...base, "output"], amount, "links.output");
    if (!cells) return undefined;
    output = cells.values.map((c, i) => {
      if (c && c.low === c.high && c.low > 0) return c.low;
      report(
        "E_INVALID_VALUE",
        {
          detail: c
            ? `the total output of "${sectors[i]}" must be one positive number, not ${c.text}`
            : `the transactions table needs the total output of "${sectors[i]}"`,
        },
        c ? cells.paths[i]! : [...base, "output"],
        !c,
      );
      return Number.NaN;
    });
  }
  /** Transactions and value added in amounts become shares of each column's output. */
  const perOutput = (u: Cell, j: number): Cell => (u && output ? divideUncertain(u, output[j]!) : u);
  const matrix = readMatrix(raw[form]!, matrixPath, form === "coefficients" ? SHARE : amount);
  const valueAdded: ValueAddedRow[] = [];
  for (const [name, row] of Object.entries(raw.value_added ?? {})) {
    const path = [...base, "value_added", name];
    const cells = readBySector(row, path, output ? amount : SHARE, `links.value_added.${name}`, name);
    if (cells) {
      valueAdded.push({ name, shares: cells.values.map(perOutput), line: ctx.lineOf(path) });
    }
  }
  const localCells = raw.local_share
    ? readBySector(raw.local_share, [...base, "local_share"], SHARE, "links.local_share")
    : undefined;
  let finalDemand: Cell[] | undefined;
  if (raw.final_demand !== undefined) {
    const path = [...base, "final_demand"];
    const cells = readBySector(raw.final_demand, path, amount, "links.final_demand");
    if (cells) {
      cells.values.forEach((c, i) => {
        if (!c) report("E_MISSING_FIELD", { field: `final_demand.${sectors[i]}` }, path, true);
      });
      finalDemand = cells.values;
    }
  }
  if (!matrix || errors > 0 || output?.some(Number.isNaN)) return undefined;
  const coefficients = matrix.values.map((row) => row.map(perOutput));

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
      const parts: string[] = [];
      if (va > 0) parts.push(`inputs ${fmt(inputs)} + value added ${fmt(va)}`);
      if (rowsUncertain) parts.push("at the high ends of the ranges");
      report(
        "E_LINK_COLUMN_SUM",
        { column: sectors[j]!, sum: fmt(inputs + va), detail: parts.length ? ` (${parts.join(", ")})` : "" },
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
    report(
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
  if (errors > 0) return undefined;

  const links: Links = {
    sectors,
    coefficients,
    localShare: localCells?.values ?? sectors.map(() => null),
    valueAdded,
    form,
    line: ctx.parsed.locate(base, { key: true }).line,
  };
  if (finalDemand) links.finalDemand = finalDemand;
  if (output) links.output = output;
  if (raw.note !== undefined) links.note = raw.note;
  const src = ctx.sourceOf(raw.source);
  if (src) links.source = src;
  return links;

  // ── readers ────────────────────────────────────────────────────────────

  /**
   * Read one entry. Entries of the input-output table (`at` names their row
   * and column) may not be negative: E_LINK_NEGATIVE names both.
   */
  function cell(v: unknown, path: Path, mctx: MagnitudeContext, at?: { row: string; column: string }): Cell {
    const u = attempt(path, () => {
      try {
        return readUncertain(v, mctx, ctx.lineOf(path));
      } catch (e) {
        if (!at || !(e instanceof ChainsimError) || e.code !== "E_SHARE_RANGE") throw e;
        // a negative share reads as a rate; anything else keeps its own error
        let asRate: UncertainValue | undefined;
        try {
          asRate = readUncertain(v, { kind: "rate" }, ctx.lineOf(path));
        } catch {
          throw e;
        }
        if (asRate.low < 0) return fail("E_LINK_NEGATIVE", { ...at, text: asRate.text });
        throw e;
      }
    });
    if (!u) return null;
    if (at && u.low < 0) {
      report("E_LINK_NEGATIVE", { ...at, text: u.text }, path);
      return null;
    }
    return u;
  }

  /** A matrix in either form, with the path of each column for column-sum errors. */
  function readMatrix(
    m: Matrix,
    path: Path,
    mctx: MagnitudeContext,
  ): { values: Cell[][]; columnPaths: Path[]; columnIsKey: boolean } | undefined {
    const values: Cell[][] = sectors.map(() => sectors.map(() => null));
    const what = `links.${path[path.length - 1]}`;
    if (Array.isArray(m)) {
      if (!listed) return undefined; // reported: lists need links.sectors
      if (m.length !== n) {
        report(
          "E_MATRIX_SHAPE",
          { what, found: `${m.length}×${m[0]?.length ?? 0}`, expected: `${n}×${n}` },
          path,
        );
        return undefined;
      }
      let ok = true;
      m.forEach((row, i) => {
        if (row.length !== n) {
          report(
            "E_MATRIX_SHAPE",
            {
              what: `row ${i + 1} (${sectors[i]}) of ${what}`,
              found: `${row.length} ${row.length === 1 ? "entry" : "entries"} long`,
              expected: `${n} long`,
            },
            [...path, i],
          );
          ok = false;
        }
      });
      if (!ok) return undefined;
      for (const [i, row] of m.entries()) {
        for (const [j, v] of row.entries()) {
          values[i]![j] = cell(v, [...path, i, j], mctx, { row: sectors[i]!, column: sectors[j]! });
        }
      }
      return { values, columnPaths: sectors.map((_, j) => [...path, 0, j]), columnIsKey: false };
    }
    const columnPaths: Path[] = sectors.map(() => path);
    for (const [column, rows] of Object.entries(m)) {
      const j = index.get(column);
      if (j === undefined) continue; // reported when the sectors were collected
      columnPaths[j] = [...path, column];
      for (const [row, v] of Object.entries(rows)) {
        const i = index.get(row);
        if (i === undefined) {
          if (listed) known(row, [...path, column, row], true);
          continue;
        }
        values[i]![j] = cell(v, [...path, column, row], mctx, { row, column });
      }
    }
    if (listed)
      for (const column of Object.keys(m)) if (!index.has(column)) known(column, [...path, column], true);
    return { values, columnPaths, columnIsKey: true };
  }

  /** A vector by sector in either form. */
  function readBySector(
    m: ByName,
    path: Path,
    mctx: MagnitudeContext,
    what: string,
    row?: string,
  ): { values: Cell[]; paths: Path[] } | undefined {
    const values: Cell[] = sectors.map(() => null);
    const paths: Path[] = sectors.map(() => path);
    if (Array.isArray(m)) {
      if (!listed) return undefined; // reported: lists need links.sectors
      if (m.length !== n) {
        report("E_MATRIX_SHAPE", { what, found: `a list of ${m.length}`, expected: `a list of ${n}` }, path);
        return undefined;
      }
      m.forEach((v, i) => {
        paths[i] = [...path, i];
        values[i] = cell(v, paths[i]!, mctx, row ? { row, column: sectors[i]! } : undefined);
      });
      return { values, paths };
    }
    for (const [id, v] of Object.entries(m)) {
      const i = index.get(id);
      if (i === undefined) {
        if (listed) known(id, [...path, id], true);
        continue;
      }
      paths[i] = [...path, id];
      values[i] = cell(v, paths[i]!, mctx, row ? { row, column: id } : undefined);
    }
    return { values, paths };
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
