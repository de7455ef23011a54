/**
 * Formulas as data, compiled by the thread that evaluates them.
 */
import { describe, expect, it } from "vitest";
import {
  formulaFunction,
  loadFormulaCompiler,
  needsFormulaCompiler,
} from "../../src/formula/formula-function.js";
import type { FormulaSpec, Quantity } from "../../src/model/quantity.js";

describe("formulaFunction", () => {
  it("adds a sum's terms with their unit factors (no compiler needed)", () => {
    // software 2 亿元 + cloud 10,000 万元 = 2 + 10,000 × 10⁻⁴ = 3 亿元
    const f: FormulaSpec = {
      text: "software + cloud",
      refs: ["cloud", "software"],
      sum: [
        { ref: "software", scale: 1 },
        { ref: "cloud", scale: 1e-4 },
      ],
      line: 9,
    };
    expect(formulaFunction(f)({ software: 2, cloud: 10000 })).toBe(3);
  });

  it("compiles a formula once per object, from its text and references", async () => {
    await loadFormulaCompiler();
    const f: FormulaSpec = { text: "gdp * share + t", refs: ["gdp", "share"], line: 3 };
    const fn = formulaFunction(f);
    // 100 × 0.4 + 3 = 43
    expect(fn({ gdp: 100, share: 0.4, t: 3, year: 2025 })).toBe(43);
    expect(formulaFunction(f)).toBe(fn);
    // a clone is another object: compiled again, same result
    const g = structuredClone(f);
    expect(formulaFunction(g)).not.toBe(fn);
    expect(formulaFunction(g)({ gdp: 100, share: 0.4, t: 3, year: 2025 })).toBe(43);
  });

  it("knows when a scenario needs the compiler (a formula that is not a sum)", () => {
    const q = (formula?: FormulaSpec) => ({ id: "x", formula }) as unknown as Quantity;
    expect(needsFormulaCompiler([q()])).toBe(false);
    expect(needsFormulaCompiler([q({ text: "a + b", refs: ["a", "b"], sum: [], line: 1 })])).toBe(false);
    expect(needsFormulaCompiler([q({ text: "a * 2", refs: ["a"], line: 1 })])).toBe(true);
  });
});
