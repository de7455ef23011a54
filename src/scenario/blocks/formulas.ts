/**
 * Formulas in the file (`value: { formula: … }`, `growth: { formula: … }`):
 * checked against the allow-list and the quantity names when loaded, kept as
 * text with their references (each thread compiles them for itself, see
 * `formula/formula-function.ts`); then the order in which quantities are
 * computed, every formula after what it reads, and the cycles that forbid one.
 */
import type { FormulaCompiler } from "../../formula/formula-function.js";
import type { FormulaSpec, Quantity } from "../../model/quantity.js";
import { formulaSite, type Path } from "../parse.js";
import type { NormaliseContext } from "./context.js";

/**
 * Check a formula at `path` against every quantity name; undefined when a
 * problem was reported (or when no compiler was loaded: the file had no formula).
 *
 * @example
 * readFormula(ctx, compile, ["gdp", "share"], "gdp * share", path) // { text: "gdp * share", refs: ["gdp", "share"], line: 12 }
 */
export function readFormula(
  ctx: NormaliseContext,
  compile: FormulaCompiler | undefined,
  ids: readonly string[],
  text: string,
  path: Path,
): FormulaSpec | undefined {
  if (!compile) return undefined;
  const c = ctx.attempt(path, () => compile(text, new Set(ids)));
  return c ? { text, refs: c.refs, ...formulaSite(ctx.parsed, path) } : undefined;
}

/** The quantities a quantity's computation reads in the same year (its formula's references). */
export function formulaDeps(quantities: ReadonlyMap<string, Quantity>, id: string): string[] {
  const q = quantities.get(id)!;
  if (q.formula) return q.formula.refs;
  if (q.growth?.type === "formula") return q.growth.formula.refs.filter((r) => r !== id);
  return [];
}

/**
 * Report a cycle among formulas (E_FORMULA_CYCLE at the first formula in it).
 *
 * @example
 * // a: { value: { formula: b } }, b: { value: { formula: a } } → E_FORMULA_CYCLE a → b → a
 * checkFormulaCycle(ctx, ids, (id) => ["sectors", id])
 */
export function checkFormulaCycle(
  ctx: NormaliseContext,
  ids: readonly string[],
  pathOf: (id: string) => Path,
): void {
  const fcycle = findCycle(ids, (id) => formulaDeps(ctx.quantities, id));
  if (!fcycle) return;
  const at = pathOf(fcycle[0]!);
  const q = ctx.quantities.get(fcycle[0]!)!;
  ctx.report(
    "E_FORMULA_CYCLE",
    { cycle: fcycle },
    q.formula ? [...at, "value", "formula"] : [...at, "growth", "formula"],
  );
}

/** A cycle in a directed graph, as a path that returns to its start, or undefined. */
export function findCycle(
  nodes: readonly string[],
  edges: (n: string) => readonly string[],
): string[] | undefined {
  const state = new Map<string, 1 | 2>();
  const stack: string[] = [];
  const visit = (n: string): string[] | undefined => {
    state.set(n, 1);
    stack.push(n);
    for (const m of edges(n)) {
      if (state.get(m) === 1) return [...stack.slice(stack.indexOf(m)), m];
      if (!state.has(m)) {
        const c = visit(m);
        if (c) return c;
      }
    }
    stack.pop();
    state.set(n, 2);
    return undefined;
  };
  for (const n of nodes) {
    if (!state.has(n)) {
      const c = visit(n);
      if (c) return c;
    }
  }
  return undefined;
}

/** Nodes ordered so that each comes after everything it depends on (stable in input order). */
export function topoOrder(nodes: readonly string[], deps: (n: string) => readonly string[]): string[] {
  const out: string[] = [];
  const done = new Set<string>();
  const visit = (n: string) => {
    if (done.has(n)) return;
    done.add(n);
    for (const d of deps(n)) visit(d);
    out.push(n);
  };
  for (const n of nodes) visit(n);
  return out;
}
