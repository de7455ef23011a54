/**
 * Every stage's problems in one run. The loader checks a file in stages —
 * cells (workbooks), structure (the schema), meaning (references, ranges,
 * formulas: normalise) — and a stage cannot run on what an earlier one
 * rejected. So that a file with mistakes of several kinds shows them all at
 * once, the meaning checks also run on the file without the rejected items
 * (src/scenario/prune-invalid.ts); what they find about the rest is reported
 * too, at the positions of the original file. Problems that only follow from
 * a removed item (a goal naming a removed sector) are left out, as are any at
 * a position already reported.
 */
import { ChainsimError, type Diagnostic } from "../diagnostics.js";
import { loadFormulaCompiler } from "../formula/formula-function.js";
import { normalise } from "./normalise.js";
import type { ParsedFile, Path } from "./parse.js";
import { pruneInvalid } from "./prune-invalid.js";

const position = (d: Diagnostic) => `${d.loc?.file}:${d.loc?.line}:${d.loc?.col}`;

/** Whether a diagnostic's parameters name a removed item (`software`, `software.growth`). */
function namesRemoved(d: Diagnostic, removed: ReadonlySet<string>): boolean {
  const strings = (v: unknown): string[] =>
    typeof v === "string" ? [v] : Array.isArray(v) ? v.flatMap(strings) : [];
  const params = d.params !== null && typeof d.params === "object" ? Object.values(d.params) : [];
  // an input name starts with its quantity's id: software.growth.2024 → software, software.growth, …
  const named = (s: string) =>
    s.split(".").some((_, i, parts) => removed.has(parts.slice(0, i + 1).join(".")));
  return params.flatMap(strings).some(named);
}

function hasFormula(data: unknown): boolean {
  if (data === null || typeof data !== "object") return false;
  return Object.entries(data).some(([k, v]) => k === "formula" || hasFormula(v));
}

/**
 * The errors the meaning checks find in `parsed` once the items behind
 * `earlier` (the structure's errors) and the `damaged` ones (a workbook's
 * unreadable cells) are set aside: none when a top-level setting is wrong
 * (nothing can stand in for it).
 *
 * @example
 * // a goal's year is "明年" (structure) and another goal names sector "nonexistent" (meaning)
 * await laterStageProblems(parsed, structureErrors) // [E_UNKNOWN_SECTOR at the second goal]
 */
export async function laterStageProblems(
  parsed: ParsedFile,
  earlier: readonly Diagnostic[],
  damaged: readonly Path[] = [],
): Promise<Diagnostic[]> {
  const pruned = pruneInvalid(parsed.data, damaged);
  if (!pruned) return [];
  const view: ParsedFile = {
    ...parsed,
    data: pruned.data,
    warnings: [],
    locate: (path: Path, opts) => parsed.locate(pruned.original(path), opts),
    at: (d, path: Path, opts) => parsed.at(d, pruned.original(path), opts),
  };
  const seen = new Set(earlier.map(position));
  try {
    const compile = hasFormula(pruned.data) ? await loadFormulaCompiler() : undefined;
    normalise(view, pruned.file, { file: parsed.file, sha256: "", variant: null, overrides: [] }, compile);
    return [];
  } catch (e) {
    if (!(e instanceof ChainsimError)) return []; // the file's own errors are reported; a stray failure here is not one
    return e.diagnostics.filter(
      (d) =>
        d.severity === "error" &&
        d.code !== "E_MORE_ERRORS" &&
        !seen.has(position(d)) &&
        !namesRemoved(d, pruned.removed),
    );
  }
}
