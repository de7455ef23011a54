/**
 * Load a scenario: read with positions, apply a variant and --set overrides,
 * validate the structure, normalise units and compile formulas.
 *
 * mathjs is imported only when the file has formulas.
 */
import { createHash } from "node:crypto";
import { realpathSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { cwd } from "node:process";
import { ChainsimError, diagnostic, fail, sortDiagnostics } from "../diagnostics.js";
import { loadFormulaCompiler } from "../formula/formula-function.js";
import type { Scenario } from "../model/scenario.js";
import { laterStageProblems } from "./later-stages.js";
import { normalise } from "./normalise.js";
import { applyOverrides, type Override, parseSetArgs, variantOverrides } from "./overrides.js";
import {
  LIMITS,
  type ParseBudget,
  type ParsedFile,
  type Path,
  parseScenarioText,
  readScenarioFile,
} from "./parse.js";
import { loadRegions } from "./regions.js";
import { validateStructure } from "./validate.js";
import { isWorkbookFile } from "./workbook/is-workbook.js";

export interface LoadOptions {
  /** A variant defined in the file. */
  variant?: string;
  /** `PATH=VALUE` overrides, applied after the variant. */
  set?: readonly string[];
  /**
   * The texts of the files the scenario includes (`regions:`), by path
   * relative to the scenario's folder with "/" separators
   * (`cities/liaocheng.yaml`), for callers that cannot read files (the
   * browser page). Without it, included files are read from disk.
   */
  files?: Readonly<Record<string, string>>;
  /**
   * Let included files lie outside the including file's folder
   * (`--allow-outside-includes`). Only the caller can grant this; a file's
   * own `allow_outside_includes: true` is ignored with a warning.
   */
  allowOutsideIncludes?: boolean;
  /**
   * Read the scenario as it stood on this date (YYYY-MM or YYYY-MM-DD):
   * actuals published after it are ignored (`--as-of`, docs/actuals.md).
   */
  asOf?: string;
}

/** Reads .xlsx scenarios; set by the CLI (setWorkbookReader) so the browser page never bundles the xlsx library. */
let workbookReader: ((file: string) => Promise<ParsedFile>) | undefined;

/**
 * Let loadScenario read workbooks (.xlsx) with `reader`
 * (src/scenario/workbook/read.ts readWorkbookScenario, loaded lazily).
 *
 * @example
 * setWorkbookReader(async (f) => (await import("./workbook/read.js")).readWorkbookScenario(f));
 */
export function setWorkbookReader(reader: (file: string) => Promise<ParsedFile>): void {
  workbookReader = reader;
}

async function readWorkbook(file: string): Promise<ParsedFile> {
  if (!workbookReader)
    return fail("E_WORKBOOK_READ", { reason: "this build reads no workbooks" }, { file, line: 0, col: 0 });
  return workbookReader(file);
}

/** Load a scenario file from disk (with the regions it includes). */
export async function loadScenario(file: string, opts: LoadOptions = {}): Promise<Scenario> {
  // one budget of entries for the file and everything it includes (LIMITS.entries)
  const budget: ParseBudget = { entries: LIMITS.entries };
  const parsed = isWorkbookFile(file) ? await readWorkbook(file) : readScenarioFile(file, budget);
  return loadParsed(parsed, opts, [real(resolve(file))], budget);
}

/** A scenario file read and parsed once, to be loaded under several options. */
export interface OpenedScenario {
  /** Load with these options (a variant, --set …) from a fresh copy of the parsed file. */
  load(opts?: LoadOptions): Promise<Scenario>;
}

/**
 * Read and parse a scenario file once, for callers that load it under several
 * options (validate's variants, sweep's grid, compare's variants, backtest):
 * each `load` works on its own copy of the parsed document, so the file is
 * neither read nor parsed again, and one load's overrides never reach another.
 *
 * @example
 * const opened = await openScenario("scenarios/shandong-it-2025.yaml");
 * const base = await opened.load();
 * const low = await opened.load({ variant: "low" }); // same as loadScenario(file, { variant: "low" })
 */
export async function openScenario(file: string): Promise<OpenedScenario> {
  const budget: ParseBudget = { entries: LIMITS.entries };
  const parsed = isWorkbookFile(file) ? await readWorkbook(file) : readScenarioFile(file, budget);
  const chain = [real(resolve(file))];
  // what the top file left of the budget, for each load's included files
  const left = budget.entries;
  return { load: (opts = {}) => loadParsed(copyParsed(parsed), opts, chain, { entries: left }) };
}

/**
 * A copy of `parsed` whose data overrides may change: positions of paths it
 * overrides come from the copy, every other position from the original. The
 * YAML document is shared: overrides (`applyOverrides`) change only the data.
 */
function copyParsed(parsed: ParsedFile): ParsedFile {
  const overridden: ParsedFile["overridden"] = [];
  const override = (path: Path) =>
    overridden.find((x) => x.path.every((seg, i) => String(path[i]) === String(seg)));
  const locate: ParsedFile["locate"] = (path, opts) => {
    const o = override(path);
    return o ? { ...o.loc } : parsed.locate(path, opts);
  };
  return {
    ...parsed,
    data: structuredClone(parsed.data),
    overridden,
    warnings: [...parsed.warnings],
    locate,
    at(d, path, opts) {
      const o = override(path);
      if (!o) return parsed.at(d, path, opts);
      if (!d.loc || d.loc.line === 0) d.loc = { ...o.loc };
      // a position in a file: the original adds its excerpt; a --set argument (line 0) has none
      return d.loc.line > 0 ? parsed.at(d, path, opts) : d;
    },
  };
}

/** Load a scenario from text (for tests, the browser page and tools); included files come from `opts.files`. */
export async function loadScenarioText(
  text: string,
  file: string,
  opts: LoadOptions = {},
): Promise<Scenario> {
  const budget: ParseBudget = { entries: LIMITS.entries };
  return loadParsed(parseScenarioText(text, file, budget), opts, [], budget);
}

/** An included file's key in `LoadOptions.files`: its path from the top scenario's folder, with "/". */
export function includeKey(top: string, file: string): string {
  return relative(dirname(resolve(top)), resolve(file))
    .split(sep)
    .join("/");
}

async function loadParsed(
  parsed: ParsedFile,
  opts: LoadOptions,
  chain: readonly string[] = [],
  budget: ParseBudget = { entries: LIMITS.entries },
): Promise<Scenario> {
  const sha256 = createHash("sha256").update(parsed.text).digest("hex");
  const overrides: Override[] = [];
  if (opts.variant) overrides.push(...variantOverrides(parsed, opts.variant));
  overrides.push(...parseSetArgs(opts.set ?? []));
  applyOverrides(parsed, overrides);
  const data = parsed.data as Record<string, unknown>;
  if (Object.hasOwn(data, "allow_outside_includes") && data.allow_outside_includes !== false) {
    parsed.warnings.push(
      parsed.at(diagnostic("W_ALLOW_OUTSIDE_IGNORED", {}, undefined, "warning"), ["allow_outside_includes"], {
        key: true,
      }),
    );
  }
  const v = validateStructure(parsed);
  if (!v.ok)
    throw new ChainsimError(
      sortDiagnostics([...v.diagnostics, ...(await laterStageProblems(parsed, v.diagnostics))]),
    );
  const compile = hasFormula(parsed.data) ? await loadFormulaCompiler() : undefined;
  const scenario = normalise(
    parsed,
    v.file,
    {
      file: parsed.file,
      sha256,
      variant: opts.variant ?? null,
      overrides: overrides.map((o) => o.label),
    },
    compile,
    opts.asOf !== undefined ? { asOf: opts.asOf } : {},
  );
  if (v.file.regions?.length) {
    const top = chain[0] ?? resolve(parsed.file);
    const files = opts.files;
    const read = (f: string): ParsedFile => {
      const name = relative(cwd(), f) || f;
      if (!files) return readScenarioFile(name, budget);
      const text = files[includeKey(top, f)];
      if (text === undefined) throw new ChainsimError([diagnostic("E_FILE_NOT_FOUND", { file: name })]);
      return parseScenarioText(text, name, budget);
    };
    const inner: LoadOptions = {};
    if (files) inner.files = files;
    if (opts.allowOutsideIncludes) inner.allowOutsideIncludes = true;
    if (opts.asOf !== undefined) inner.asOf = opts.asOf;
    scenario.regions = await loadRegions(
      parsed,
      scenario,
      v.file.regions,
      opts.allowOutsideIncludes === true,
      chain.length ? chain : [files ? top : real(top)],
      (f, c) => loadParsed(read(f), inner, c, budget),
      files ? (p) => p : real,
    );
  }
  return scenario;
}

/** The path with symbolic links resolved; the path itself where it does not exist (reported as not found when read). */
function real(p: string): string {
  try {
    return realpathSync(p);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return p;
    throw e;
  }
}

function hasFormula(data: unknown): boolean {
  if (data === null || typeof data !== "object") return false;
  if (Array.isArray(data)) return data.some(hasFormula);
  for (const [k, v] of Object.entries(data)) {
    if (k === "formula" || hasFormula(v)) return true;
  }
  return false;
}
