/**
 * Compile a formula once: parse with the restricted mathjs instance, walk the
 * tree against the allow-list, check every name, then compile.
 */
import type { MathNode } from "mathjs";
import { fail } from "../diagnostics.js";
import { FORMULA, formulaSyntax } from "../i18n/text/formula.js";
import { suggest } from "../messages.js";
import {
  ALLOWED_FUNCTIONS,
  ALLOWED_OPERATORS,
  BUILTIN_NAMES,
  CONSTANTS,
  FORBIDDEN_NODES,
  FORMULA_LIMITS,
} from "./allow.js";
import { generateFormula, withCode } from "./codegen.js";
import { parseFormula } from "./math.js";

export interface CompiledFormula {
  text: string;
  /** Names of quantities the formula reads, sorted. */
  refs: string[];
  /** Evaluate with values for the referenced names (and year, t). Returns a number (booleans as 1/0). */
  evaluate: (scope: Record<string, number>) => number;
}

/**
 * @example
 * const f = compileFormula("gdp * share", new Set(["gdp", "share"]));
 * f.refs // ["gdp", "share"]
 * f.evaluate({ gdp: 100, share: 0.5 }) // 50
 */
export function compileFormula(text: string, known: ReadonlySet<string>): CompiledFormula {
  if (text.length > FORMULA_LIMITS.length) {
    fail("E_FORMULA_TOO_LONG", { length: text.length, max: FORMULA_LIMITS.length });
  }
  if (text.trim() === "") fail("E_FORMULA_SYNTAX", { detail: FORMULA.empty });
  checkNesting(text);
  let root: MathNode;
  try {
    root = parseFormula(text);
  } catch (e) {
    return fail("E_FORMULA_SYNTAX", { detail: formulaSyntax((e as Error).message) });
  }
  const refs = new Set<string>();
  let nodes = 0;
  root.traverse((node, _path, parent) => {
    nodes++;
    checkNode(node, parent, known, refs);
  });
  if (nodes > FORMULA_LIMITS.nodes) fail("E_FORMULA_TOO_COMPLEX", { nodes, max: FORMULA_LIMITS.nodes });
  const code = root.compile();
  const sorted = [...refs].sort();
  const generated = generateFormula(root, sorted);
  return {
    text,
    refs: sorted,
    // mathjs evaluates (the reference); `evaluate.code` is the same formula as JavaScript (codegen.ts)
    evaluate: withCode((scope) => {
      // a Map, so no name can reach Object.prototype
      const full = new Map<string, number>(Object.entries(scope));
      for (const [k, v] of CONSTANTS) full.set(k, v);
      const r: unknown = code.evaluate(full);
      if (typeof r === "boolean") return r ? 1 : 0;
      if (typeof r !== "number") throw new Error(`the result is not a number (${typeof r})`);
      return r;
    }, generated),
  };
}

function checkNode(
  node: MathNode,
  parent: MathNode | null,
  known: ReadonlySet<string>,
  refs: Set<string>,
): void {
  const forbidden = FORBIDDEN_NODES[node.type];
  if (forbidden) fail("E_FORMULA_FORBIDDEN", { construct: forbidden });
  switch (node.type) {
    case "ConstantNode": {
      const v = (node as unknown as { value: unknown }).value;
      if (typeof v === "string") fail("E_FORMULA_FORBIDDEN", { construct: FORMULA.textStrings });
      if (typeof v !== "number" && typeof v !== "boolean") {
        fail("E_FORMULA_FORBIDDEN", { construct: FORMULA.constantOfType(typeof v) });
      }
      return;
    }
    case "ParenthesisNode":
    case "ConditionalNode":
      return;
    case "OperatorNode": {
      const fn = (node as unknown as { fn: string; op: string }).fn;
      if (!ALLOWED_OPERATORS.has(fn)) {
        fail("E_FORMULA_FORBIDDEN", { construct: FORMULA.operator((node as unknown as { op: string }).op) });
      }
      return;
    }
    case "FunctionNode": {
      const f = node as unknown as { fn: MathNode; args: MathNode[] };
      if (f.fn.type !== "SymbolNode") fail("E_FORMULA_FORBIDDEN", { construct: FORMULA.callResult });
      const name = (f.fn as unknown as { name: string }).name;
      const arity = ALLOWED_FUNCTIONS.get(name);
      if (!arity) fail("E_FORMULA_FORBIDDEN", { construct: FORMULA.fn(name) });
      if (f.args.length < arity[0] || f.args.length > arity[1]) {
        fail("E_FORMULA_SYNTAX", { detail: FORMULA.arity(name, arity[0], arity[1], f.args.length) });
      }
      return;
    }
    case "SymbolNode": {
      const name = (node as unknown as { name: string }).name;
      // a function's own name is checked by its FunctionNode
      if (parent?.type === "FunctionNode" && (parent as unknown as { fn: MathNode }).fn === node) return;
      if (CONSTANTS.has(name) || BUILTIN_NAMES.has(name)) return;
      if (known.has(name)) {
        refs.add(name);
        return;
      }
      fail("E_FORMULA_UNKNOWN_NAME", {
        name,
        suggestion: suggest(name, [...known, ...BUILTIN_NAMES, ...CONSTANTS.keys()]),
      });
      return;
    }
    default:
      fail("E_FORMULA_FORBIDDEN", { construct: FORMULA.construct(node.type) });
  }
}

function checkNesting(text: string): void {
  let depth = 0;
  for (const ch of text) {
    if (ch === "(" || ch === "[" || ch === "{") depth++;
    else if (ch === ")" || ch === "]" || ch === "}") depth--;
    if (depth > FORMULA_LIMITS.nesting) {
      fail("E_FORMULA_TOO_DEEP", { depth, max: FORMULA_LIMITS.nesting });
    }
  }
}
