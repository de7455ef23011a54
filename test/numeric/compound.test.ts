/**
 * Growth over years: value × (1 + rate)^years.
 */
import { describe, expect, it } from "vitest";
import { cagr } from "../../src/numeric/cagr.js";
import { compound } from "../../src/numeric/compound.js";
import { discount } from "../../src/numeric/discount.js";

describe("compound", () => {
  it("100 at 10% for 2 years is 121 (1.1² = 1.21)", () => {
    expect(compound(100, 0.1, 2)).toBeCloseTo(121, 12);
  });

  it("11150 at 12% for 3 years is 15664.9472 (1.12³ = 1.404928)", () => {
    expect(compound(11150, 0.12, 3)).toBeCloseTo(11150 * 1.404928, 9);
    expect(compound(11150, 0.12, 3)).toBeCloseTo(15664.9472, 9);
  });

  it("zero years returns the value; −100% for a year wipes it out", () => {
    expect(compound(42, 0.3, 0)).toBe(42);
    expect(compound(42, -1, 1)).toBe(0);
  });

  it("undoes discount and agrees with cagr", () => {
    expect(compound(discount(22000, 0.1, 3), 0.1, 3)).toBeCloseTo(22000, 9);
    expect(cagr(3500, compound(3500, 0.07, 10), 10)).toBeCloseTo(0.07, 14);
  });
});
