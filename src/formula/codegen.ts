/**
 * Formulas compiled to plain JavaScript. A formula that passed the
 * allow-list (`compile.ts`, `allow.ts`) is translated once into a function
 * of one `Float64Array` — the referenced quantities in the order of `refs`,
 * then `year` and `t` — that evaluates without allocating and without
 * mathjs' dispatch on types.
 *
 * Safety: the function's text is built only from the node types the
 * allow-list admits, each from a fixed template; numbers are written as
 * numeric literals, references as array indices, functions and operators
 * through fixed tables. No text the user wrote reaches the generated code.
 *
 * Semantics are those of the restricted mathjs instance (`math.ts`:
 * `number: "number"`, `predictable: true`), which stays the parser and the
 * reference (a property test compares both): booleans are 1 and 0;
 * comparisons use mathjs' tolerance (relTol 1e-12, absTol 1e-15:
 * `nearlyEqual`); `min`/`max` return NaN if an argument is NaN and keep the
 * first of nearly equal values; `x ^ y` with x < 0 and y not an integer,
 * `mod`, `floor`, `ceil`, `round` and `hypot` call mathjs' own functions
 * (a small instance with the same configuration).
 */
import {
  ceilDependencies,
  create,
  floorDependencies,
  hypotDependencies,
  type MathNode,
  modDependencies,
  powDependencies,
  roundDependencies,
} from "mathjs";

/**
 * A row of samples at once: for j < n, with v_k = rows[offs[k] + j] · scale[k]
 * for each reference k (`refs` order) and `year`, `t` fixed, the formula's
 * value y is written to rows[o + j] as y / outScale (a level), or as
 * prev · (1 + y) with prev = rows[p + j] (`growth`). A sample with a NaN
 * reference (or prev) gets NaN. Returns −1, or the first j whose y is not
 * finite (the row is then incomplete).
 */
export type FormulaRow = (
  rows: Float64Array,
  offs: Int32Array,
  scale: Float64Array,
  n: number,
  year: number,
  t: number,
  o: number,
  p: number,
  growth: boolean,
  outScale: number,
) => number;

/** A generated formula: `run(v)` with v = [...refs values, year, t], and `row` for many samples. */
export interface GeneratedFormula {
  /** The names whose values come first in `v`, in this order (then year, then t). */
  refs: readonly string[];
  run: (v: Float64Array) => number;
  row: FormulaRow;
  /** The generated expression of `run` (for tests and diagnostics). */
  source: string;
}

const math = create(
  {
    ceilDependencies: ceilDependencies!,
    floorDependencies: floorDependencies!,
    hypotDependencies: hypotDependencies!,
    modDependencies: modDependencies!,
    powDependencies: powDependencies!,
    roundDependencies: roundDependencies!,
  },
  { number: "number", predictable: true },
);
const REL_TOL = 1e-12;
const ABS_TOL = 1e-15;

/** mathjs' `nearlyEqual(a, b, relTol, absTol)` for numbers (utils/number.js). */
function near(a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  if (a === b) return true;
  return Math.abs(a - b) <= Math.max(REL_TOL * Math.max(Math.abs(a), Math.abs(b)), ABS_TOL);
}

/** The run-time helpers the generated code calls (each with mathjs' semantics for numbers). */
const HELPERS = {
  lt: (x: number, y: number) => (x < y && !near(x, y) ? 1 : 0),
  le: (x: number, y: number) => (x <= y || near(x, y) ? 1 : 0),
  gt: (x: number, y: number) => (x > y && !near(x, y) ? 1 : 0),
  ge: (x: number, y: number) => (x >= y || near(x, y) ? 1 : 0),
  eq: (x: number, y: number) => (near(x, y) ? 1 : 0),
  ne: (x: number, y: number) => (near(x, y) ? 0 : 1),
  // mathjs evaluates both operands of and/or (no short circuit)
  and: (x: number, y: number) => (x && y ? 1 : 0),
  or: (x: number, y: number) => (x || y ? 1 : 0),
  xor: (x: number, y: number) => ((x || y) && !(x && y) ? 1 : 0),
  /** max's step: NaN wins, then a value larger beyond tolerance. */
  max: (res: number, x: number) => (Number.isNaN(x) || (x > res && !near(x, res)) ? x : res),
  min: (res: number, x: number) => (Number.isNaN(x) || (x < res && !near(x, res)) ? x : res),
  pow: (x: number, y: number): number => {
    if (x < 0 && !Number.isInteger(y)) return math.pow(x, y) as number;
    if ((x * x < 1 && y === Number.POSITIVE_INFINITY) || (x * x > 1 && y === Number.NEGATIVE_INFINITY))
      return 0;
    return x ** y;
  },
  mod: (x: number, y: number) => math.mod(x, y) as number,
  floor: (x: number) => math.floor(x) as number,
  ceil: (x: number) => math.ceil(x) as number,
  round: (x: number, n?: number) => (n === undefined ? math.round(x) : math.round(x, n)) as number,
  hypot: (...xs: number[]) => math.hypot(...xs) as number,
};
type Helper = keyof typeof HELPERS;

/** Binary operators by mathjs function name: a JavaScript operator or a helper. */
const BINARY: Readonly<Record<string, { op: string } | { helper: Helper }>> = {
  add: { op: "+" },
  subtract: { op: "-" },
  multiply: { op: "*" },
  divide: { op: "/" },
  pow: { helper: "pow" },
  mod: { helper: "mod" },
  smaller: { helper: "lt" },
  smallerEq: { helper: "le" },
  larger: { helper: "gt" },
  largerEq: { helper: "ge" },
  equal: { helper: "eq" },
  unequal: { helper: "ne" },
  and: { helper: "and" },
  or: { helper: "or" },
  xor: { helper: "xor" },
};

/** Functions that are `Math` functions with the same results in mathjs (number config, predictable). */
const MATH_FUNCTIONS: Readonly<Record<string, string>> = {
  abs: "Math.abs",
  sign: "Math.sign",
  exp: "Math.exp",
  expm1: "Math.expm1",
  log10: "Math.log10",
  log2: "Math.log2",
  log1p: "Math.log1p",
  sqrt: "Math.sqrt",
  cbrt: "Math.cbrt",
  sin: "Math.sin",
  cos: "Math.cos",
  tan: "Math.tan",
  asin: "Math.asin",
  acos: "Math.acos",
  atan: "Math.atan",
  atan2: "Math.atan2",
  sinh: "Math.sinh",
  cosh: "Math.cosh",
  tanh: "Math.tanh",
};

/** Functions computed by a helper. */
const HELPER_FUNCTIONS: Readonly<Record<string, Helper>> = {
  pow: "pow",
  floor: "floor",
  ceil: "ceil",
  round: "round",
  hypot: "hypot",
};

/** Constants by name (the allow-list's CONSTANTS), as literals. */
const CONSTANT_LITERALS: Readonly<Record<string, string>> = { pi: "Math.PI", e: "Math.E" };

/** A number as a JavaScript literal. */
function literal(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (v === Number.POSITIVE_INFINITY) return "Infinity";
  if (v === Number.NEGATIVE_INFINITY) return "(-Infinity)";
  if (Object.is(v, -0)) return "(-0)";
  return `(${String(v)})`;
}

/**
 * Translate a formula's checked tree into a function of its references'
 * values (in the order of `refs`), then `year` and `t`.
 *
 * @example
 * const g = generateFormula(parseFormula("gdp * share + t"), ["gdp", "share"]);
 * g.run(Float64Array.of(100, 0.5, 2025, 3)) // 53
 * const rows = Float64Array.of(100, 200, 0.5, 0.25, 0, 0);
 * g.row(rows, Int32Array.of(0, 2), Float64Array.of(1, 1), 2, 2025, 3, 4, 0, false, 1) // −1
 * rows.subarray(4) // [53, 53]
 */
export function generateFormula(root: MathNode, refs: readonly string[]): GeneratedFormula {
  const slots = new Map<string, number>();
  for (let i = 0; i < refs.length; i++) slots.set(refs[i]!, i);
  slots.set("year", refs.length);
  slots.set("t", refs.length + 1);
  const source = emit(root, slots, (k) => `v[${k}]`);
  const local = emit(root, slots, (k) => `v${k}`);
  const R = refs.length;
  const ks = Array.from({ length: R }, (_, k) => k);
  const names = Object.keys(HELPERS) as Helper[];
  const body = [
    '"use strict";',
    `const {${names.join(", ")}} = h;`,
    `function run(v) {
  return ${source};
}`,
    "function row(rows, offs, scale, n, year, t, o, p, growth, outScale) {",
    `  const v${R} = year, v${R + 1} = t;`,
    ...ks.map((k) => `  const o${k} = offs[${k}], s${k} = scale[${k}];`),
    "  for (let j = 0; j < n; j++) {",
    "    const prev = growth ? rows[p + j] : 0;",
    ...ks.map((k) => `    const v${k} = rows[o${k} + j] * s${k};`),
    `    if (${["prev", ...ks.map((k) => `v${k}`)].map((x) => `${x} !== ${x}`).join(" || ")}) {`,
    "      rows[o + j] = NaN;",
    "      continue;",
    "    }",
    `    const y = ${local};`,
    "    if (!Number.isFinite(y)) return j;",
    "    rows[o + j] = growth ? prev * (1 + y) : y / outScale;",
    "  }",
    "  return -1;",
    "}",
    "return { run, row };",
  ].join("\n");
  const make = new Function("h", body) as (h: typeof HELPERS) => Pick<GeneratedFormula, "run" | "row">;
  return { refs, source, ...make(HELPERS) };
}

/** The expression text for a node (every sub-expression parenthesised). */
function emit(node: MathNode, slots: ReadonlyMap<string, number>, slot: (k: number) => string): string {
  const n = node as unknown as {
    type: string;
    value?: unknown;
    content?: MathNode;
    condition?: MathNode;
    trueExpr?: MathNode;
    falseExpr?: MathNode;
    fn?: string | MathNode;
    args?: MathNode[];
    name?: string;
  };
  const sub = (x: MathNode) => emit(x, slots, slot);
  switch (n.type) {
    case "ConstantNode":
      if (typeof n.value === "boolean") return n.value ? "1" : "0";
      if (typeof n.value === "number") return literal(n.value);
      break;
    case "ParenthesisNode":
      return sub(n.content!);
    case "ConditionalNode":
      return `(${sub(n.condition!)} ? ${sub(n.trueExpr!)} : ${sub(n.falseExpr!)})`;
    case "SymbolNode": {
      const c = CONSTANT_LITERALS[n.name!];
      if (c !== undefined) return c;
      const i = slots.get(n.name!);
      if (i !== undefined) return slot(i);
      break;
    }
    case "OperatorNode":
      return operator(n.fn as string, n.args!.map(sub));
    case "FunctionNode":
      return call((n.fn as unknown as { name: string }).name, n.args!.map(sub));
  }
  throw new Error(`internal: no code for a ${n.type} node`);
}

/** An operator applied to its arguments' texts. */
function operator(fn: string, a: string[]): string {
  if (a.length === 1) {
    if (fn === "unaryMinus") return `(-${a[0]})`;
    if (fn === "unaryPlus") return `(+${a[0]})`;
    if (fn === "not") return `(${a[0]} ? 0 : 1)`;
  }
  const b = BINARY[fn];
  if (!b || a.length < 2) throw new Error(`internal: no code for the operator ${fn}`);
  // mathjs applies n-ary operators left to right: f(f(a, b), c)
  return a
    .slice(1)
    .reduce((acc, x) => ("op" in b ? `(${acc} ${b.op} ${x})` : `${b.helper}(${acc}, ${x})`), a[0]!);
}

/** A function call on its arguments' texts. */
function call(name: string, a: string[]): string {
  const m = MATH_FUNCTIONS[name];
  if (m !== undefined) return `${m}(${a.join(", ")})`;
  if (name === "log") return a.length === 1 ? `Math.log(${a[0]})` : `(Math.log(${a[0]}) / Math.log(${a[1]}))`;
  if (name === "max" || name === "min") return a.slice(1).reduce((acc, x) => `${name}(${acc}, ${x})`, a[0]!);
  const h = HELPER_FUNCTIONS[name];
  if (h !== undefined) return `${h}(${a.join(", ")})`;
  throw new Error(`internal: no code for the function ${name}`);
}

/** An `evaluate` function that also carries its generated code (see `withCode`). */
export type EvaluateWithCode = ((scope: Record<string, number>) => number) & { code?: GeneratedFormula };

/**
 * Attach generated code to a formula's `evaluate`, so it travels with the
 * formula wherever `evaluate` does (the kernel reads `evaluate.code`).
 *
 * @example
 * const ev = withCode((s) => s.a! * 2, generateFormula(parseFormula("a * 2"), ["a"]));
 * ev.code?.run(Float64Array.of(3, 2025, 0)) // 6, as ev({ a: 3 })
 */
export function withCode(
  evaluate: (scope: Record<string, number>) => number,
  code: GeneratedFormula,
): EvaluateWithCode {
  return Object.assign(evaluate, { code });
}
