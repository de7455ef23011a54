/**
 * A scenario workbook (.xlsx) → the ParsedFile the YAML loader works on: the
 * sheets become the plain document, written as YAML and parsed, so variants,
 * --set and every loader check apply unchanged; positions are mapped back so
 * each error names its sheet and cell (`scenario.xlsx!targets!D7`).
 */
import ExcelJS from "exceljs";
import { stringify } from "yaml";
import {
  ChainsimError,
  capDiagnostics,
  type Diagnostic,
  diagnostic,
  type SourceLocation,
  sortDiagnostics,
} from "../../diagnostics.js";
import { CELL_PROBLEMS, GUIDE_SHEET } from "../../i18n/text/workbook.js";
import { laterStageProblems } from "../later-stages.js";
import { LIMITS, type ParsedFile, type Path, parseScenarioText } from "../parse.js";
import { readRegularFile } from "../read-file.js";
import { validateStructure } from "../validate.js";
import type { CellValue } from "./cells.js";
import { type CellProblem, cellName, fromSheets, type SheetGrid } from "./from-sheets.js";

/** Text the writers neutralised against formula injection (src/report/csv.ts): the apostrophe is theirs. */
const NEUTRALISED = /^'[\s\u3000]*[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/;

/** A cell as a plain value: rich text joined, a formula's result, a date as yyyy-mm-dd, our apostrophe removed. */
function plain(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (typeof v === "string") return NEUTRALISED.test(v) ? v.slice(1) : v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ("richText" in v) return v.richText.map((t) => t.text).join("");
  if ("formula" in v || "sharedFormula" in v)
    return plain((v as { result?: ExcelJS.CellValue }).result ?? null);
  if ("text" in v) return String(v.text);
  return null;
}

/** Why a cell's value cannot be used: a formula never computed, or an error value (#DIV/0!, #REF!…). */
function unreadable(v: ExcelJS.CellValue): Omit<CellProblem, "cell"> | undefined {
  if (v === null || typeof v !== "object" || v instanceof Date) return undefined;
  if ("error" in v)
    return { problem: CELL_PROBLEMS.errorValue(String(v.error)), fix: CELL_PROBLEMS.errorValueFix };
  if (!("formula" in v || "sharedFormula" in v)) return undefined;
  const result = (v as { result?: ExcelJS.CellValue }).result;
  const formula = String(
    (v as { formula?: string; sharedFormula?: string }).formula ??
      (v as { sharedFormula?: string }).sharedFormula,
  );
  if (result === undefined || result === null)
    return { problem: CELL_PROBLEMS.formula(formula), fix: CELL_PROBLEMS.formulaFix };
  return typeof result === "object" && "error" in result
    ? { problem: CELL_PROBLEMS.errorValue(String(result.error)), fix: CELL_PROBLEMS.errorValueFix }
    : undefined;
}

/**
 * A note's text. Excel and WPS start a note typed in them with its author in
 * bold ("张三:"): that run is not part of the comment.
 */
function noteText(note: string | ExcelJS.Comment): string {
  if (typeof note === "string") return note;
  const runs = note.texts ?? [];
  const author = runs[0]?.font?.bold && /:\s*$/.test(runs[0].text) && runs.length > 1;
  return runs
    .slice(author ? 1 : 0)
    .map((r) => r.text)
    .join("")
    .replace(author ? /^\r?\n/ : /^/, "");
}

/** The workbook's sheets as grids of plain values, with their cells' notes. */
export async function grids(bytes: Uint8Array, file: string): Promise<SheetGrid[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch (e) {
    throw new ChainsimError([
      diagnostic("E_WORKBOOK_READ", { reason: (e as Error).message }, { file, line: 0, col: 0 }),
    ]);
  }
  return wb.worksheets.map((ws) => {
    const rows: CellValue[][] = [];
    const notes: NonNullable<SheetGrid["notes"]> = [];
    const unread: CellProblem[] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: CellValue[] = [];
      for (let c = 1; c <= row.cellCount; c++) {
        const cell = row.getCell(c);
        cells.push(plain(cell.value));
        const bad = unreadable(cell.value);
        if (bad) unread.push({ cell: cellName(ws.name, n - 1, c - 1), ...bad });
        const text = cell.note === undefined ? "" : noteText(cell.note);
        if (text.trim()) notes.push({ row: n - 1, col: c - 1, text });
      }
      rows[n - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    return { name: ws.name, rows, notes, unread };
  });
}

/** `parsed` with positions that are the cells its values came from. */
function withCells(parsed: ParsedFile, cells: ReadonlyMap<string, string>, file: string): ParsedFile {
  const at = (cell: string): SourceLocation => ({ file: `${file}!${cell}`, line: 0, col: 0 });
  const locate = (path: Path): SourceLocation => {
    const o = parsed.overridden.find((x) => x.path.every((seg, i) => String(path[i]) === String(seg)));
    if (o) return { ...o.loc };
    for (let n = path.length; n >= 0; n--) {
      const cell = cells.get(JSON.stringify(path.slice(0, n)));
      if (cell) return at(cell);
    }
    return at("settings!A1");
  };
  parsed.locate = locate;
  parsed.at = (d: Diagnostic, path: Path) => {
    if (!d.loc || d.loc.line === 0) d.loc = locate(path);
    delete d.excerpt;
    return d;
  };
  return parsed;
}

/**
 * The cells' problems with what the structure and meaning checks find in the
 * rest of the workbook, so one run shows them all (a cell that cannot be read
 * is reported once, as a cell).
 */
async function allProblems(
  parsed: ParsedFile,
  cellErrors: Diagnostic[],
  cells: ReadonlyMap<string, string>,
): Promise<Diagnostic[]> {
  const reported = new Set(cellErrors.map((d) => d.loc?.file));
  // the paths read from an unreadable cell: their items are left out of the later checks
  const damaged = [...cells]
    .filter(([, cell]) => reported.has(`${parsed.file}!${cell}`))
    .map(([path]) => JSON.parse(path) as Path);
  const v = validateStructure(parsed);
  const structure = v.ok ? [] : v.diagnostics.filter((d) => !reported.has(d.loc?.file));
  const earlier = [...cellErrors, ...structure];
  return [...earlier, ...(await laterStageProblems(parsed, earlier, damaged))];
}

/**
 * Parse the workbook `bytes` (named `file`) into a ParsedFile whose
 * positions are cells. A workbook with cells that cannot be read is refused
 * with those cells and every other problem the loader finds in it.
 *
 * @example
 * const parsed = await parseWorkbookBytes(readFileSync("s.xlsx"), "s.xlsx");
 * parsed.locate(["targets", 2, "year"]) // { file: "s.xlsx!targets!C4", line: 0, col: 0 }
 */
export async function parseWorkbookBytes(bytes: Uint8Array, file: string): Promise<ParsedFile> {
  const sheets = await grids(bytes, file);
  const doc = fromSheets(sheets, [GUIDE_SHEET.zh, GUIDE_SHEET.en]);
  const cellErrors = doc.problems.map((p) =>
    diagnostic(
      "E_WORKBOOK_CELL",
      { problem: p.problem, fix: p.fix },
      { file: `${file}!${p.cell}`, line: 0, col: 0 },
    ),
  );
  if (!sheets.some((g) => g.name === "settings"))
    throw new ChainsimError([
      ...cellErrors,
      diagnostic(
        "E_WORKBOOK_CELL",
        {
          problem: CELL_PROBLEMS.noSettings,
          fix: CELL_PROBLEMS.noSettingsFix,
        },
        { file, line: 0, col: 0 },
      ),
    ]);
  const parsed = withCells(parseScenarioText(stringify(doc.data, { lineWidth: 0 }), file), doc.cells, file);
  if (cellErrors.length)
    throw new ChainsimError(
      capDiagnostics(sortDiagnostics(await allProblems(parsed, cellErrors, doc.cells))),
    );
  return parsed;
}

/** Read and parse a scenario workbook from disk. */
export async function readWorkbookScenario(file: string): Promise<ParsedFile> {
  return parseWorkbookBytes(readRegularFile(file, LIMITS.fileBytes), file);
}
