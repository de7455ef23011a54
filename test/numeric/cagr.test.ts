/**
 * Compound average annual growth: (end / start)^(1 / years) − 1.
 */
import { describe, expect, it } from "vitest";
import { cagr } from "../../src/numeric/cagr.js";

describe("cagr", () => {
  it("3500 → 10000 over 10 years is 0.1106908537107528", () => {
    // (10000 / 3500)^(1/10) − 1 = (20/7)^(0.1) − 1; ln(20/7) = 1.0498221244986778, /10 → e^0.10498… − 1
    const closedForm = (10000 / 3500) ** (1 / 10) - 1;
    expect(cagr(3500, 10000, 10)).toBeCloseTo(0.1106908537107528, 15);
    expect(Math.abs(cagr(3500, 10000, 10) - closedForm)).toBeLessThanOrEqual(1e-15);
    expect(Math.abs(Math.exp(Math.log(20 / 7) / 10) - 1 - 0.1106908537107528)).toBeLessThan(1e-14);
  });

  it("doubling in one year is 100%; no change is 0%", () => {
    expect(cagr(100, 200, 1)).toBe(1);
    expect(cagr(100, 100, 7)).toBe(0);
  });

  it("100 → 121 over 2 years is exactly 10% (1.1² = 1.21)", () => {
    expect(cagr(100, 121, 2)).toBeCloseTo(0.1, 14);
  });

  it("16528.93 → 22000 over 3 years is 10% (22000 / 1.1³ = 16528.925619834708)", () => {
    expect(cagr(22000 / 1.331, 22000, 3)).toBeCloseTo(0.1, 14);
  });

  it("a fall: 200 → 50 over 2 years is −50% ((1/4)^(1/2) − 1)", () => {
    expect(cagr(200, 50, 2)).toBeCloseTo(-0.5, 15);
  });

  it("falling to zero is −100%", () => {
    expect(cagr(100, 0, 3)).toBe(-1);
  });

  it("is NaN when the start is not positive, the end is negative, or no time passes", () => {
    expect(cagr(0, 100, 3)).toBeNaN();
    expect(cagr(-1, 100, 3)).toBeNaN();
    expect(cagr(100, -1, 3)).toBeNaN();
    expect(cagr(100, 200, 0)).toBeNaN();
    expect(cagr(100, 200, -2)).toBeNaN();
    expect(cagr(Number.NaN, 200, 2)).toBeNaN();
    expect(cagr(100, Number.NaN, 2)).toBeNaN();
  });
});
