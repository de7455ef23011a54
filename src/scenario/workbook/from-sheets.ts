/**
 * The sheets of a scenario workbook → the plain scenario document (what the
 * YAML loader validates), with the cell each value came from, so every loader
 * error can name its sheet and cell. The reverse of toSheets.
 */
import type { Bilingual } from "../../i18n/lang.js";
import { CELL_PROBLEMS } from "../../i18n/text/workbook.js";
import type { Path } from "../parse.js";
import { type CellValue, fromCell } from "./cells.js";
import { QUANTITY_SECTIONS } from "./to-sheets.js";

export interface SheetGrid {
  name: string;
  /** Row 0 is the header. */
  rows: CellValue[][];
  /** Notes on cells (the comments of the YAML it was made from, notes.ts). */
  notes?: Array<{ row: number; col: number; text: string }>;
  /** Cells whose value cannot be used (a formula never computed, an error value). */
  unread?: CellProblem[];
}

/** A cell that could not be read, with what to do (in both languages). */
export interface CellProblem {
  cell: string;
  problem: Bilingual;
  fix: Bilingual;
}

export interface ReadDocument {
  data: Record<string, unknown>;
  /** JSON of a path → "sheet!A1". */
  cells: Map<string, string>;
  /** JSON of the paths whose value a cell holds as YAML flow (`{ … }`, `[ … ]`). */
  flow: Set<string>;
  problems: CellProblem[];
}

/** Column letters of a 0-based index: 0 → A, 26 → AA. */
export function columnLetters(i: number): string {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "sheet!B7" for a 0-based row and column. */
export const cellName = (sheet: string, row: number, col: number) =>
  `${sheet}!${columnLetters(col)}${row + 1}`;

/** The field a header names: the text in its last parentheses, else the whole header. */
export function headerField(h: CellValue): string {
  const t = String(h ?? "").trim();
  return /\(([^()]+)\)\s*$/.exec(t)?.[1]?.trim() ?? t;
}

const isMap = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

class Reader {
  readonly data: Record<string, unknown> = {};
  readonly cells = new Map<string, string>();
  readonly flow = new Set<string>();
  readonly problems: CellProblem[] = [];
  /** Cells whose value could not be used (reported already). */
  readonly unread = new Set<string>();

  at(path: Path, cell: string): void {
    this.cells.set(JSON.stringify(path), cell);
  }

  /** The value of a cell read for `path`, noting a flow cell. */
  valueFor(g: SheetGrid, r: number, c: number, path: Path): unknown {
    const raw = g.rows[r]?.[c];
    if (typeof raw === "string" && /^\s*[{[]/.test(raw)) this.flow.add(JSON.stringify(path));
    this.at(path, cellName(g.name, r, c));
    return this.value(g, r, c);
  }

  value(g: SheetGrid, r: number, c: number): unknown {
    const read = fromCell(g.rows[r]?.[c] ?? null);
    if (read.ok) return read.value;
    this.problems.push({
      cell: cellName(g.name, r, c),
      problem: CELL_PROBLEMS.notYaml(read.reason),
      fix: CELL_PROBLEMS.notYamlFix,
    });
    return String(g.rows[r]?.[c]);
  }

  key(g: SheetGrid, r: number, taken: Set<string>): string | undefined {
    const k = this.value(g, r, 0);
    const cell = cellName(g.name, r, 0);
    if (k === undefined || k === null || isMap(k) || Array.isArray(k)) {
      this.problems.push({
        cell,
        problem: CELL_PROBLEMS.noKey,
        fix: CELL_PROBLEMS.noKeyFix,
      });
      return undefined;
    }
    const key = String(k);
    if (taken.has(key)) {
      this.problems.push({
        cell,
        problem: CELL_PROBLEMS.twice(key, g.name),
        fix: CELL_PROBLEMS.twiceFix,
      });
      return undefined;
    }
    taken.add(key);
    return key;
  }

  /** The fields of row r (from column `from`) as an item. */
  item(g: SheetGrid, fields: string[], r: number, from: number, path: Path): Record<string, unknown> {
    const it: Record<string, unknown> = {};
    for (let c = from; c < fields.length; c++) {
      const empty = g.rows[r]?.[c] === null || g.rows[r]?.[c] === undefined || g.rows[r]?.[c] === "";
      // an empty cell gives no field; one whose value could not be used still locates its field
      if (empty && this.unread.has(cellName(g.name, r, c)))
        this.at([...path, fields[c]!], cellName(g.name, r, c));
      if (empty) continue;
      const v = this.valueFor(g, r, c, [...path, fields[c]!]);
      if (v === undefined) continue;
      it[fields[c]!] = v;
    }
    return it;
  }

  sheet(g: SheetGrid): void {
    const fields = (g.rows[0] ?? []).map(headerField);
    const rows = g.rows
      .map((_, i) => i)
      .filter((i) => i > 0 && (g.rows[i] ?? []).some((c) => c !== null && c !== ""));
    const taken = new Set<string>();
    if (g.name === "settings" || (fields[0] === "key" && fields[1] === "value" && fields.length === 2)) {
      const target: Record<string, unknown> = g.name === "settings" ? this.data : {};
      if (g.name !== "settings") this.data[g.name] = target;
      const base: Path = g.name === "settings" ? [] : [g.name];
      if (g.name !== "settings") this.at(base, cellName(g.name, 0, 0));
      for (const r of rows) {
        const k = this.key(g, r, taken);
        if (k === undefined) continue;
        target[k] = this.valueFor(g, r, 1, [...base, k]);
      }
      return;
    }
    this.at([g.name], cellName(g.name, 0, 0));
    if (fields[0] === "key") {
      const out: Record<string, unknown> = {};
      for (const r of rows) {
        const k = this.key(g, r, taken);
        if (k === undefined) continue;
        this.at([g.name, k], cellName(g.name, r, 0));
        out[k] = this.item(g, fields, r, 1, [g.name, k]);
      }
      this.data[g.name] = out;
      return;
    }
    this.data[g.name] = rows.map((r, i) => {
      this.at([g.name, i], cellName(g.name, r, 0));
      return this.item(g, fields, r, 0, [g.name, i]);
    });
  }

  /** growth and actuals rows back into their sector or indicator. */
  attach(g: SheetGrid, kind: "growth" | "actuals"): void {
    g.rows.forEach((row, r) => {
      if (r === 0 || !row.some((c) => c !== null && c !== "")) return;
      const section = String(this.value(g, r, 0) ?? "");
      const key = String(this.value(g, r, 1) ?? "");
      const items = this.data[section];
      const item = isMap(items) ? items[key] : undefined;
      if (!QUANTITY_SECTIONS.includes(section) || !isMap(item)) {
        this.problems.push({
          cell: cellName(g.name, r, QUANTITY_SECTIONS.includes(section) ? 1 : 0),
          problem: CELL_PROBLEMS.orphan(section, key, kind),
          fix: CELL_PROBLEMS.orphanFix(QUANTITY_SECTIONS),
        });
        return;
      }
      if (kind === "growth") {
        item.growth = this.valueFor(g, r, 2, [section, key, "growth"]);
        return;
      }
      const year = this.value(g, r, 2);
      if (!isMap(item.actuals)) item.actuals = {};
      const actuals = item.actuals as Record<string, unknown>;
      this.at([section, key, "actuals"], cellName(g.name, r, 2));
      actuals[String(year)] = this.valueFor(g, r, 3, [section, key, "actuals", String(year)]);
    });
  }
}

/**
 * The document of a workbook's sheets (sheets named like the guide are
 * skipped).
 *
 * @example
 * fromSheets([{ name: "settings", rows: [["key", "value"], ["id", "x"]] }]).data // { id: "x" }
 */
export function fromSheets(sheets: readonly SheetGrid[], skip: readonly string[] = []): ReadDocument {
  const rd = new Reader();
  const own = sheets.filter((g) => !skip.includes(g.name));
  for (const p of own.flatMap((g) => g.unread ?? [])) {
    rd.problems.push(p);
    rd.unread.add(p.cell);
  }
  for (const g of own) if (g.name !== "growth" && g.name !== "actuals") rd.sheet(g);
  for (const g of own) if (g.name === "growth" || g.name === "actuals") rd.attach(g, g.name);
  return { data: rd.data, cells: rd.cells, flow: rd.flow, problems: rd.problems };
}
