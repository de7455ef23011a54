/**
 * The shared number formats: thousands separators and the number of
 * decimals as Intl.NumberFormat's own definition gives them (ECMA-402),
 * one object per pair of bounds.
 */
import { describe, expect, it } from "vitest";
import { grouped } from "../../src/report/number-format.js";

describe("grouped", () => {
  it("prints exactly `max` decimals by default, with thousands separators", () => {
    expect(grouped(1).format(22000)).toBe("22,000.0");
    expect(grouped(0).format(1234567.5)).toBe("1,234,568"); // ECMA-402 rounds half away from zero
    expect(grouped(2).format(-0.125)).toBe("-0.13");
  });

  it("drops trailing zeros down to `min` decimals", () => {
    expect(grouped(2, 0).format(1.25)).toBe("1.25");
    expect(grouped(2, 0).format(3)).toBe("3");
    expect(grouped(2, 1).format(3)).toBe("3.0");
  });

  it("builds each format once and hands out the same object after", () => {
    expect(grouped(1)).toBe(grouped(1, 1));
    expect(grouped(2, 0)).toBe(grouped(2, 0));
    expect(grouped(2, 0)).not.toBe(grouped(2));
  });
});
