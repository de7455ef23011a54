/**
 * Load a scenario: read with positions, apply a variant and --set overrides,
 * validate the structure, normalise units and compile formulas.
 *
 * mathjs is imported only when the file has formulas.
 */
import { createHash } from "node:crypto";
import { ChainsimError } from "../diagnostics.js";
import type { Scenario } from "../model/scenario.js";
import type { FormulaCompiler } from "./normalise.js";
import { normalise } from "./normalise.js";
import { applyOverrides, type Override, parseSetArgs, variantOverrides } from "./overrides.js";
import { type ParsedFile, parseScenarioText, readScenarioFile } from "./parse.js";
import { validateStructure } from "./validate.js";

export interface LoadOptions {
  /** A variant defined in the file. */
  variant?: string;
  /** `PATH=VALUE` overrides, applied after the variant. */
  set?: readonly string[];
}

/** Load a scenario file from disk. */
export async function loadScenario(file: string, opts: LoadOptions = {}): Promise<Scenario> {
  return loadParsed(readScenarioFile(file), opts);
}

/** Load a scenario from text (for tests, the browser page and tools). */
export async function loadScenarioText(
  text: string,
  file: string,
  opts: LoadOptions = {},
): Promise<Scenario> {
  return loadParsed(parseScenarioText(text, file), opts);
}

async function loadParsed(parsed: ParsedFile, opts: LoadOptions): Promise<Scenario> {
  const sha256 = createHash("sha256").update(parsed.text).digest("hex");
  const overrides: Override[] = [];
  if (opts.variant) overrides.push(...variantOverrides(parsed, opts.variant));
  overrides.push(...parseSetArgs(opts.set ?? []));
  applyOverrides(parsed, overrides);
  const v = validateStructure(parsed);
  if (!v.ok) throw new ChainsimError(v.diagnostics);
  const compile = hasFormula(parsed.data) ? await formulaCompiler() : undefined;
  return normalise(
    parsed,
    v.file,
    {
      file: parsed.file,
      sha256,
      variant: opts.variant ?? null,
      overrides: overrides.map((o) => o.label),
    },
    compile,
  );
}

function hasFormula(data: unknown): boolean {
  if (data === null || typeof data !== "object") return false;
  if (Array.isArray(data)) return data.some(hasFormula);
  for (const [k, v] of Object.entries(data)) {
    if (k === "formula" || hasFormula(v)) return true;
  }
  return false;
}

async function formulaCompiler(): Promise<FormulaCompiler> {
  const { compileFormula } = await import("../formula/compile.js");
  return compileFormula;
}
