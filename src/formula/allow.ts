/**
 * The allow-list for formulas: which syntax, operators, functions and
 * constants a formula may use. Anything else is refused at load time.
 */
import type { Bilingual } from "../i18n/lang.js";
import { FORBIDDEN_CONSTRUCTS } from "../i18n/text/formula.js";

/** Operators by their mathjs function name. */
export const ALLOWED_OPERATORS: ReadonlySet<string> = new Set([
  "add",
  "subtract",
  "multiply",
  "divide",
  "pow",
  "mod",
  "unaryMinus",
  "unaryPlus",
  "smaller",
  "smallerEq",
  "larger",
  "largerEq",
  "equal",
  "unequal",
  "and",
  "or",
  "xor",
  "not",
]);

/** Functions of numbers a formula may call, with their arity (min, max). */
export const ALLOWED_FUNCTIONS: ReadonlyMap<string, readonly [number, number]> = new Map([
  ["abs", [1, 1]],
  ["sign", [1, 1]],
  ["min", [1, 16]],
  ["max", [1, 16]],
  ["exp", [1, 1]],
  ["expm1", [1, 1]],
  ["log", [1, 2]],
  ["log10", [1, 1]],
  ["log2", [1, 1]],
  ["log1p", [1, 1]],
  ["sqrt", [1, 1]],
  ["cbrt", [1, 1]],
  ["pow", [2, 2]],
  ["hypot", [1, 16]],
  ["floor", [1, 1]],
  ["ceil", [1, 1]],
  ["round", [1, 2]],
  ["sin", [1, 1]],
  ["cos", [1, 1]],
  ["tan", [1, 1]],
  ["asin", [1, 1]],
  ["acos", [1, 1]],
  ["atan", [1, 1]],
  ["atan2", [2, 2]],
  ["sinh", [1, 1]],
  ["cosh", [1, 1]],
  ["tanh", [1, 1]],
] as const);

/** Constants every formula may use. */
export const CONSTANTS: ReadonlyMap<string, number> = new Map([
  ["pi", Math.PI],
  ["e", Math.E],
]);

/** Names every formula may read besides quantities: the year being computed and t = year - base_year. */
export const BUILTIN_NAMES: ReadonlySet<string> = new Set(["year", "t"]);

export const FORMULA_LIMITS = {
  /** Characters in one formula. */
  length: 1000,
  /** Nodes in the parsed tree. */
  nodes: 500,
  /** Nesting of parentheses (bounds the parser's recursion). */
  nesting: 40,
} as const;

/** What the user is told a node type is, when it is refused (in both languages: src/i18n/text/formula.ts). */
export const FORBIDDEN_NODES: Readonly<Record<string, Bilingual>> = FORBIDDEN_CONSTRUCTS;

/** Names no sector or indicator may take: they would shadow formula names or reach object internals. */
export const RESERVED_IDS: ReadonlySet<string> = new Set([
  ...BUILTIN_NAMES,
  ...CONSTANTS.keys(),
  ...ALLOWED_FUNCTIONS.keys(),
  "true",
  "false",
  "constructor",
  "prototype",
  "__proto__",
  "tostring",
  "valueof",
  "hasownproperty",
]);
