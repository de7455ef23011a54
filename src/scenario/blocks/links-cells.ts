/**
 * Reading the cells of `links:` — one entry, a matrix (by column mapping or
 * as a list of rows), a vector by sector — with the positions of each, for
 * `links.ts`.
 */
import { ChainsimError, fail } from "../../diagnostics.js";
import { MATRIX, same } from "../../i18n/text/loader.js";
import type { UncertainValue } from "../../model/distribution.js";
import type { MagnitudeContext } from "../magnitude.js";
import type { Path } from "../parse.js";
import { readUncertain } from "../uncertain.js";
import type { LinkSystem } from "./links-system.js";

/** One entry: a value, or null when absent (or unreadable: reported). */
export type Cell = UncertainValue | null;
/** A vector by sector: a mapping sector → value, or a list in the order of `links.sectors`. */
export type ByName = Record<string, unknown> | unknown[];
/** A matrix: a mapping column → row → value, or a list of rows in the order of `links.sectors`. */
export type Matrix = Record<string, Record<string, unknown>> | unknown[][];

/**
 * Read one entry. Entries of the input-output table (`at` names their row
 * and column) may not be negative: E_LINK_NEGATIVE names both.
 */
export function cell(
  sys: LinkSystem,
  v: unknown,
  path: Path,
  mctx: MagnitudeContext,
  at?: { row: string; column: string },
): Cell {
  const u = sys.attempt(path, () => {
    try {
      return readUncertain(v, mctx, sys.ctx.lineOf(path));
    } catch (e) {
      if (!at || !(e instanceof ChainsimError) || e.code !== "E_SHARE_RANGE") throw e;
      // a negative share reads as a rate; anything else keeps its own error
      let asRate: UncertainValue | undefined;
      try {
        asRate = readUncertain(v, { kind: "rate" }, sys.ctx.lineOf(path));
      } catch {
        throw e;
      }
      if (asRate.low < 0) return fail("E_LINK_NEGATIVE", { ...at, text: asRate.text });
      throw e;
    }
  });
  if (!u) return null;
  if (at && u.low < 0) {
    sys.report("E_LINK_NEGATIVE", { ...at, text: u.text }, path);
    return null;
  }
  return u;
}

/** A matrix in either form, with the path of each column for column-sum errors. */
export function readMatrix(
  sys: LinkSystem,
  m: Matrix,
  path: Path,
  mctx: MagnitudeContext,
): { values: Cell[][]; columnPaths: Path[]; columnIsKey: boolean } | undefined {
  const values: Cell[][] = sys.sectors.map(() => sys.sectors.map(() => null));
  const what = `links.${path[path.length - 1]}`;
  if (Array.isArray(m)) {
    if (!sys.listed) return undefined; // reported: lists need links.sectors
    if (m.length !== sys.n) {
      sys.report(
        "E_MATRIX_SHAPE",
        {
          what: same(what),
          found: MATRIX.square(m.length, m[0]?.length ?? 0),
          expected: MATRIX.square(sys.n, sys.n),
        },
        path,
      );
      return undefined;
    }
    let ok = true;
    m.forEach((row, i) => {
      if (row.length !== sys.n) {
        sys.report(
          "E_MATRIX_SHAPE",
          {
            what: MATRIX.rowOf(i + 1, sys.sectors[i]!, same(what)),
            found: MATRIX.entries(row.length),
            expected: MATRIX.long(sys.n),
          },
          [...path, i],
        );
        ok = false;
      }
    });
    if (!ok) return undefined;
    for (const [i, row] of m.entries()) {
      for (const [j, v] of row.entries()) {
        values[i]![j] = cell(sys, v, [...path, i, j], mctx, {
          row: sys.sectors[i]!,
          column: sys.sectors[j]!,
        });
      }
    }
    return { values, columnPaths: sys.sectors.map((_, j) => [...path, 0, j]), columnIsKey: false };
  }
  const columnPaths: Path[] = sys.sectors.map(() => path);
  for (const [column, rows] of Object.entries(m)) {
    const j = sys.index.get(column);
    if (j === undefined) continue; // reported when the sectors were collected
    columnPaths[j] = [...path, column];
    for (const [row, v] of Object.entries(rows)) {
      const i = sys.index.get(row);
      if (i === undefined) {
        if (sys.listed) sys.known(row, [...path, column, row], true);
        continue;
      }
      values[i]![j] = cell(sys, v, [...path, column, row], mctx, { row, column });
    }
  }
  if (sys.listed)
    for (const column of Object.keys(m))
      if (!sys.index.has(column)) sys.known(column, [...path, column], true);
  return { values, columnPaths, columnIsKey: true };
}

/** A vector by sector in either form. */
export function readBySector(
  sys: LinkSystem,
  m: ByName,
  path: Path,
  mctx: MagnitudeContext,
  what: string,
  row?: string,
): { values: Cell[]; paths: Path[] } | undefined {
  const values: Cell[] = sys.sectors.map(() => null);
  const paths: Path[] = sys.sectors.map(() => path);
  if (Array.isArray(m)) {
    if (!sys.listed) return undefined; // reported: lists need links.sectors
    if (m.length !== sys.n) {
      sys.report(
        "E_MATRIX_SHAPE",
        { what: same(what), found: MATRIX.listOf(m.length), expected: MATRIX.listOf(sys.n) },
        path,
      );
      return undefined;
    }
    m.forEach((v, i) => {
      paths[i] = [...path, i];
      values[i] = cell(sys, v, paths[i]!, mctx, row ? { row, column: sys.sectors[i]! } : undefined);
    });
    return { values, paths };
  }
  for (const [id, v] of Object.entries(m)) {
    const i = sys.index.get(id);
    if (i === undefined) {
      if (sys.listed) sys.known(id, [...path, id], true);
      continue;
    }
    paths[i] = [...path, id];
    values[i] = cell(sys, v, paths[i]!, mctx, row ? { row, column: id } : undefined);
  }
  return { values, paths };
}
