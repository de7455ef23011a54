/**
 * The restricted formula language: what it computes (closed forms by hand)
 * and everything it must refuse before anything is evaluated.
 */
import { describe, expect, it } from "vitest";
import { ChainsimError } from "../../src/diagnostics.js";
import { FORMULA_LIMITS } from "../../src/formula/allow.js";
import { compileFormula } from "../../src/formula/compile.js";

const known = new Set(["gdp", "share", "software", "cloud", "a", "x"]);

function thrown(fn: () => unknown): ChainsimError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ChainsimError) return e;
    throw e;
  }
  throw new Error("expected a ChainsimError, nothing was thrown");
}

const run = (text: string, scope: Record<string, number> = {}) =>
  compileFormula(text, known).evaluate({ year: 2025, t: 3, ...scope });

describe("allowed formulas evaluate to their closed forms", () => {
  it("sin(pi/2) = 1, cos(0) = 1, atan2(1, 1) = pi/4", () => {
    expect(run("sin(pi/2)")).toBe(1);
    expect(run("cos(0)")).toBe(1);
    expect(run("atan2(1, 1)")).toBeCloseTo(Math.PI / 4, 15);
  });

  it("max(2, 3) = 3, min(2, 3) = 2, max of one argument is itself", () => {
    expect(run("max(2, 3)")).toBe(3);
    expect(run("min(2, 3)")).toBe(2);
    expect(run("max(7)")).toBe(7);
  });

  it("arithmetic: 2^10 = 1024, 7 % 3 = 1, 7 mod 3 = 1, -(2) + +3 = 1, (1 + 2) * 3 = 9", () => {
    expect(run("2^10")).toBe(1024);
    expect(run("7 % 3")).toBe(1);
    expect(run("7 mod 3")).toBe(1);
    expect(run("-(2) + +3")).toBe(1);
    expect(run("(1 + 2) * 3")).toBe(9);
  });

  it("logs and roots: log(100, 10) = 2, log(e) = 1, sqrt(16) = 4, hypot(3, 4) = 5, exp(0) = 1", () => {
    expect(run("log(100, 10)")).toBeCloseTo(2, 15);
    expect(run("log(e)")).toBe(1);
    expect(run("sqrt(16)")).toBe(4);
    expect(run("hypot(3, 4)")).toBe(5);
    expect(run("exp(0)")).toBe(1);
  });

  it("round(2.567, 2) = 2.57, floor(-1.5) = -2, ceil(1.2) = 2, abs(-3) = 3", () => {
    expect(run("round(2.567, 2)")).toBe(2.57);
    expect(run("floor(-1.5)")).toBe(-2);
    expect(run("ceil(1.2)")).toBe(2);
    expect(run("abs(-3)")).toBe(3);
  });

  it("conditional: a > 1 ? 10 : 20 gives 10 when a = 2 and 20 when a = 1", () => {
    expect(run("a > 1 ? 10 : 20", { a: 2 })).toBe(10);
    expect(run("a > 1 ? 10 : 20", { a: 1 })).toBe(20);
  });

  it("comparisons and logic return 1/0", () => {
    expect(run("1 < 2 and 2 < 3")).toBe(1);
    expect(run("not (1 > 2)")).toBe(1);
    expect(run("a == 1", { a: 1 })).toBe(1);
    expect(run("a != 1", { a: 1 })).toBe(0);
    expect(run("1 > 2 or 0")).toBe(0);
  });

  it("year and t: year - 2000 = 25 in 2025; t * 2 = 6 three years after the base", () => {
    expect(run("year - 2000")).toBe(25);
    expect(run("t * 2")).toBe(6);
  });

  it("names of quantities: gdp * share = 80000 × 0.4 = 32000", () => {
    const f = compileFormula("gdp * share", known);
    expect(f.refs).toEqual(["gdp", "share"]);
    expect(f.evaluate({ gdp: 80_000, share: 0.4 })).toBe(32_000);
  });

  it("lists each referenced quantity once, sorted, and not year, t or constants", () => {
    const f = compileFormula("software + cloud * (1 + t) + software / year + pi + e", known);
    expect(f.refs).toEqual(["cloud", "software"]);
  });

  it("keeps the text", () => {
    expect(compileFormula("gdp * 0.5", known).text).toBe("gdp * 0.5");
  });

  it("evaluates many times with different scopes (compiled once)", () => {
    const f = compileFormula("gdp * 1.1", known);
    expect(f.evaluate({ gdp: 100 })).toBeCloseTo(110, 12);
    expect(f.evaluate({ gdp: 200 })).toBeCloseTo(220, 12);
  });

  it("the constants cannot be replaced through the scope", () => {
    expect(compileFormula("pi", known).evaluate({ pi: 3 })).toBe(Math.PI);
  });
});

describe("hostile constructs are refused at compile time", () => {
  // [formula, code, words that must appear in the message]
  const cases: Array<[string, string, RegExp]> = [
    ["a.constructor", "E_FORMULA_FORBIDDEN", /property access/],
    ['a["constructor"]', "E_FORMULA_FORBIDDEN", /property access|indexing/],
    ['cos["constructor"]', "E_FORMULA_FORBIDDEN", /property access|indexing/],
    ['gdp.constructor("return process")', "E_FORMULA_FORBIDDEN", /property access|calling/],
    ["import({}, {})", "E_FORMULA_FORBIDDEN", /import/],
    ['createUnit("x")', "E_FORMULA_FORBIDDEN", /createUnit/],
    ['evaluate("1")', "E_FORMULA_FORBIDDEN", /evaluate/],
    ['parse("1")', "E_FORMULA_FORBIDDEN", /parse/],
    ['simplify("x")', "E_FORMULA_FORBIDDEN", /simplify/],
    ['derivative("x", "x")', "E_FORMULA_FORBIDDEN", /derivative/],
    ['compile("1")', "E_FORMULA_FORBIDDEN", /compile/],
    ["f(x) = 1", "E_FORMULA_FORBIDDEN", /function definitions/],
    ["a = 1", "E_FORMULA_FORBIDDEN", /assignments/],
    ["f = cos", "E_FORMULA_FORBIDDEN", /assignments/],
    ["[1, 2]", "E_FORMULA_FORBIDDEN", /list|matrix/],
    ["{a: 1}", "E_FORMULA_FORBIDDEN", /object/],
    ["1:1e9", "E_FORMULA_FORBIDDEN", /range/],
    ["ones(1e5, 1e5)", "E_FORMULA_FORBIDDEN", /ones/],
    ["zeros(1e9)", "E_FORMULA_FORBIDDEN", /zeros/],
    ['"abc"', "E_FORMULA_FORBIDDEN", /text strings/],
    ["x[1]", "E_FORMULA_FORBIDDEN", /indexing/],
    ["1; 2", "E_FORMULA_FORBIDDEN", /several statements/],
    ["1\n2", "E_FORMULA_FORBIDDEN", /several statements/],
    ["2!", "E_FORMULA_FORBIDDEN", /"!"/],
    ["factorial(170)", "E_FORMULA_FORBIDDEN", /factorial/],
    ["a < x < 2", "E_FORMULA_FORBIDDEN", /chained comparisons/],
    ["x to cm", "E_FORMULA_FORBIDDEN", /"to"/],
    ["a & 1", "E_FORMULA_FORBIDDEN", /"&"/],
    ["a << 1", "E_FORMULA_FORBIDDEN", /"<<"/],
    ["a'", "E_FORMULA_FORBIDDEN", /"'"/],
    ["x .* 2", "E_FORMULA_FORBIDDEN", /"\.\*"/],
    ["mean(1, 2)", "E_FORMULA_FORBIDDEN", /mean/],
    ["gdp(1)", "E_FORMULA_FORBIDDEN", /gdp/],
    ["null", "E_FORMULA_FORBIDDEN", /constants/],
    ["2 cm", "E_FORMULA_UNKNOWN_NAME", /"cm"/],
    ["5 m", "E_FORMULA_UNKNOWN_NAME", /"m"/],
    ["constructor", "E_FORMULA_UNKNOWN_NAME", /"constructor"/],
    ["__proto__", "E_FORMULA_UNKNOWN_NAME", /"__proto__"/],
    ["import", "E_FORMULA_UNKNOWN_NAME", /"import"/],
    ["sin + 1", "E_FORMULA_UNKNOWN_NAME", /"sin"/],
  ];
  it.each(cases)("refuses %j with %s", (text, code, named) => {
    const e = thrown(() => compileFormula(text, known));
    expect(e.code).toBe(code);
    expect(e.diagnostics[0]!.message).toMatch(named);
    expect(e.diagnostics[0]!.hint).toBeTruthy();
  });

  it('refuses cos.constructor("return 1")() before evaluating anything', () => {
    // mathjs cannot parse calling a call's result, so this is a syntax error rather than a named construct
    const e = thrown(() => compileFormula('cos.constructor("return 1")()', known));
    expect(["E_FORMULA_FORBIDDEN", "E_FORMULA_UNKNOWN_NAME", "E_FORMULA_SYNTAX"]).toContain(e.code);
  });

  it("refuses an unknown name with a did-you-mean for a one-letter slip", () => {
    const e = thrown(() => compileFormula("gdpp * 2", known));
    expect(e.code).toBe("E_FORMULA_UNKNOWN_NAME");
    expect(e.diagnostics[0]!.message).toContain('did you mean "gdp"?');
  });

  it("refuses without evaluating: a forbidden call is never run", () => {
    // if evaluate ran, the disabled function would throw a plain Error, not a ChainsimError
    expect(thrown(() => compileFormula('evaluate("while(true){}")', known)).code).toBe("E_FORMULA_FORBIDDEN");
  });
});

describe("limits and syntax", () => {
  it(`refuses a formula longer than ${FORMULA_LIMITS.length} characters`, () => {
    const text = `1${"+1".repeat(FORMULA_LIMITS.length / 2)}`; // 1 + 2 × 500 = 1001 characters
    expect(text.length).toBe(FORMULA_LIMITS.length + 1);
    const e = thrown(() => compileFormula(text, known));
    expect(e.code).toBe("E_FORMULA_TOO_LONG");
    expect(e.diagnostics[0]!.message).toContain(String(FORMULA_LIMITS.length + 1));
  });

  it("accepts a formula of exactly the maximum length (length is checked, not complexity)", () => {
    const text = `gdp * 2${" ".repeat(FORMULA_LIMITS.length - 7)}`;
    expect(text.length).toBe(FORMULA_LIMITS.length);
    expect(run(text, { gdp: 21 })).toBe(42);
  });

  it(`refuses more than ${FORMULA_LIMITS.nodes} parts even when short enough`, () => {
    // "1" followed by 299 × "+1": 299 additions and 300 constants = 599 nodes
    const e = thrown(() => compileFormula(`1${"+1".repeat(299)}`, known));
    expect(e.code).toBe("E_FORMULA_TOO_COMPLEX");
    expect(e.diagnostics[0]!.message).toContain("599");
  });

  it(`refuses parentheses nested more than ${FORMULA_LIMITS.nesting} deep`, () => {
    const n = FORMULA_LIMITS.nesting + 1;
    const e = thrown(() => compileFormula(`${"(".repeat(n)}1${")".repeat(n)}`, known));
    expect(e.code).toBe("E_FORMULA_TOO_DEEP");
    // the user should be told the problem is nesting, not the number of parts
    expect(e.diagnostics[0]!.message).toMatch(/nest|deep/);
  });

  it(`accepts parentheses nested exactly ${FORMULA_LIMITS.nesting} deep: (((…1…))) = 1`, () => {
    const n = FORMULA_LIMITS.nesting;
    expect(run(`${"(".repeat(n)}1${")".repeat(n)}`)).toBe(1);
  });

  it("refuses a very long chain of unary minus without overflowing the stack", () => {
    const e = thrown(() => compileFormula(`${"-".repeat(999)}1`, known));
    expect(e.code).toBe("E_FORMULA_TOO_COMPLEX");
  });

  it.each([
    ["max()", "takes 1 to 16 arguments, not 0"],
    ["atan2(1)", "takes 2 arguments, not 1"],
    ["pow(1, 2, 3)", "takes 2 arguments, not 3"],
    ["sqrt(1, 2)", "takes 1 arguments, not 2"],
    [`max(${Array(17).fill(1).join(", ")})`, "not 17"],
  ])("refuses the wrong number of arguments: %s", (text, words) => {
    const e = thrown(() => compileFormula(text, known));
    expect(e.code).toBe("E_FORMULA_SYNTAX");
    expect(e.diagnostics[0]!.message).toContain(words);
  });

  it.each(["1 +", "(1", "gdp * (0.4 +", "a ? : 1", "1 ? 2", "", "   ", "*"])(
    "refuses the syntax error %j",
    (text) => {
      expect(thrown(() => compileFormula(text, known)).code).toBe("E_FORMULA_SYNTAX");
    },
  );
});
