/**
 * The starting value that grows to a goal: goal / (1 + rate)^years.
 */
import { describe, expect, it } from "vitest";
import { discount } from "../../src/numeric/discount.js";

/**
 * 2.2万亿 in 2025 at 10% a year from 2022: 22000 / 1.1³ = 22000000 / 1331 = 16528.92561983471074…
 * (the brief's 16528.925619834708 is the same number to the precision of a double).
 */
const IMPLIED_2022 = 16528.92561983471;

describe("discount", () => {
  it("2.2万亿 in 2025 at 10% a year from 2022 implies 16528.925619834708 in 2022", () => {
    // 22000 / 1.1³ = 22000 / 1.331 = 16528.9256198347…
    const v = discount(22000, 0.1, 3);
    expect(Math.abs(v / IMPLIED_2022 - 1)).toBeLessThan(1e-12);
    expect(Math.abs(v / (22000 / 1.331) - 1)).toBeLessThan(1e-12);
  });

  it("121 at 10% over 2 years is 100", () => {
    expect(discount(121, 0.1, 2)).toBeCloseTo(100, 12);
  });

  it("zero years or zero growth leaves the goal unchanged", () => {
    expect(discount(500, 0.2, 0)).toBe(500);
    expect(discount(500, 0, 10)).toBe(500);
  });

  it("a negative rate implies a larger start: 81 at −10% over 2 years is 100 (81 / 0.81)", () => {
    expect(discount(81, -0.1, 2)).toBeCloseTo(100, 12);
  });
});
