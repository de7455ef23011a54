/**
 * The restricted mathjs instance (src/formula/math.ts) is built from the
 * factories of exactly what the allow-list admits. Every allowed operator,
 * function and constant must work in a compiled formula, with the value of
 * JavaScript's Math (the closed form) — so the instance and allow.ts cannot
 * drift apart — and what the allow-list refuses does not exist to be reached.
 */
import { describe, expect, it } from "vitest";
import { ALLOWED_FUNCTIONS, ALLOWED_OPERATORS, CONSTANTS } from "../../src/formula/allow.js";
import { compileFormula } from "../../src/formula/compile.js";

const x = 0.7;
const y = 2.5;

/** Each allowed function at x (and y), with its value from Math. */
const FUNCTIONS: Record<string, [string, number]> = {
  abs: ["abs(-x)", x],
  sign: ["sign(-x)", -1],
  min: ["min(x, y, 3)", x],
  max: ["max(x, y, 3)", 3],
  exp: ["exp(x)", Math.exp(x)],
  expm1: ["expm1(x)", Math.expm1(x)],
  log: ["log(y, 2)", Math.log(y) / Math.log(2)],
  log10: ["log10(y)", Math.log10(y)],
  log2: ["log2(y)", Math.log2(y)],
  log1p: ["log1p(x)", Math.log1p(x)],
  sqrt: ["sqrt(y)", Math.sqrt(y)],
  cbrt: ["cbrt(y)", Math.cbrt(y)],
  pow: ["pow(y, x)", y ** x],
  hypot: ["hypot(x, y)", Math.hypot(x, y)],
  floor: ["floor(y)", 2],
  ceil: ["ceil(y)", 3],
  round: ["round(y * 1.01, 1)", 2.5],
  sin: ["sin(x)", Math.sin(x)],
  cos: ["cos(x)", Math.cos(x)],
  tan: ["tan(x)", Math.tan(x)],
  asin: ["asin(x)", Math.asin(x)],
  acos: ["acos(x)", Math.acos(x)],
  atan: ["atan(x)", Math.atan(x)],
  atan2: ["atan2(x, y)", Math.atan2(x, y)],
  sinh: ["sinh(x)", Math.sinh(x)],
  cosh: ["cosh(x)", Math.cosh(x)],
  tanh: ["tanh(x)", Math.tanh(x)],
};

/** Each allowed operator, by the name mathjs gives its function. */
const OPERATORS: Record<string, [string, number]> = {
  add: ["x + y", x + y],
  subtract: ["x - y", x - y],
  multiply: ["x * y", x * y],
  divide: ["x / y", x / y],
  pow: ["y ^ x", y ** x],
  mod: ["7 mod 3", 1],
  unaryMinus: ["-x", -x],
  unaryPlus: ["+x", x],
  smaller: ["x < y", 1],
  smallerEq: ["y <= x", 0],
  larger: ["x > y", 0],
  largerEq: ["y >= x", 1],
  equal: ["x == x", 1],
  unequal: ["x != y", 1],
  and: ["x and y", 1],
  or: ["0 or y", 1],
  xor: ["x xor y", 0],
  not: ["not x", 0],
};

function value(text: string): number {
  return compileFormula(text, new Set(["x", "y"])).evaluate({ x, y, year: 2025, t: 3 });
}

describe("the restricted mathjs instance", () => {
  it("has every function of the allow-list, with Math's value", () => {
    expect(Object.keys(FUNCTIONS).sort()).toEqual([...ALLOWED_FUNCTIONS.keys()].sort());
    for (const [name, [text, expected]] of Object.entries(FUNCTIONS)) {
      expect(value(text), name).toBeCloseTo(expected, 14);
    }
  });

  it("has every operator of the allow-list", () => {
    expect(Object.keys(OPERATORS).sort()).toEqual([...ALLOWED_OPERATORS].sort());
    for (const [name, [text, expected]] of Object.entries(OPERATORS)) {
      expect(value(text), name).toBeCloseTo(expected, 14);
    }
  });

  it("has the allowed constants, with Math's values", () => {
    for (const [name, v] of CONSTANTS) expect(value(name), name).toBe(v);
  });

  it("refuses functions mathjs has but the allow-list does not name", () => {
    for (const text of ["det([[1]])", "inv(2)", "factorial(3)", "random()", "cube(2)"]) {
      expect(() => value(text), text).toThrow();
    }
  });
});
