/**
 * A formula's function in this thread. A loaded scenario holds its formulas
 * as data (text, references, line; a `sum:` value as its terms), so it can be
 * cloned to worker threads; each thread compiles a formula the first time it
 * evaluates it and keeps the function for that formula object.
 *
 * `sum:` values are evaluated directly. Other formulas need the formula
 * compiler (mathjs, most of a second to import): `loadFormulaCompiler()` loads
 * it once per thread — the loader does so when a file has formulas, a worker
 * when the scenario it receives has them.
 */
import type { FormulaSpec, Quantity } from "../model/quantity.js";

/** Evaluate with values for the referenced names (and `year`, `t`); booleans as 1/0. */
export type FormulaFunction = (scope: Record<string, number>) => number;

/** Checks a formula against the allow-list and the known names; compiles it. */
export type FormulaCompiler = (
  text: string,
  known: ReadonlySet<string>,
) => { refs: string[]; evaluate: FormulaFunction };

let compiler: FormulaCompiler | undefined;
const compiled = new WeakMap<FormulaSpec, FormulaFunction>();

/**
 * Load the formula compiler in this thread (once).
 *
 * @example
 * if (needsFormulaCompiler(scenario.quantities.values())) await loadFormulaCompiler();
 */
export async function loadFormulaCompiler(): Promise<FormulaCompiler> {
  // imported by this path (formula/compile.js) so the page's build can stub it (scripts/build-page.mjs)
  compiler ??= (await import("../formula/compile.js")).compileFormula;
  return compiler;
}

/** Whether any of these quantities has a formula that needs the compiler (not a `sum:`). */
export function needsFormulaCompiler(quantities: Iterable<Quantity>): boolean {
  for (const q of quantities) {
    const f = q.formula ?? (q.growth?.type === "formula" ? q.growth.formula : undefined);
    if (f && !f.sum) return true;
  }
  return false;
}

/**
 * The function of a formula, compiled on first use in this thread.
 *
 * @example
 * // a `sum:` value: software (亿元) + cloud (万元) held in 亿元
 * formulaFunction({ text: "software + cloud", refs: ["cloud", "software"], line: 9,
 *   sum: [{ ref: "software", scale: 1 }, { ref: "cloud", scale: 1e-4 }] })({ software: 2, cloud: 10000 }) // 3
 */
export function formulaFunction(f: FormulaSpec): FormulaFunction {
  let fn = compiled.get(f);
  if (!fn) {
    fn = f.sum ? sumFunction(f.sum) : compileInThread(f);
    compiled.set(f, fn);
  }
  return fn;
}

function sumFunction(terms: NonNullable<FormulaSpec["sum"]>): FormulaFunction {
  return (scope) => terms.reduce((a, t) => a + scope[t.ref]! * t.scale, 0);
}

function compileInThread(f: FormulaSpec): FormulaFunction {
  if (!compiler) {
    throw new Error(
      `the formula compiler is not loaded in this thread (await loadFormulaCompiler()): ${f.text}`,
    );
  }
  // checked against every quantity name when loaded: its references are all it may read
  return compiler(f.text, new Set(f.refs)).evaluate;
}
