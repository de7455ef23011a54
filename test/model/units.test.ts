/**
 * Units: dimension and power of ten against the dimension's base unit.
 * 元 = 10^0 元, 万元 = 10^4 元, 亿元 = 10^8 元, 万亿元 = 10^12 元;
 * % = 10^-2, ‰ = 10^-3; counts keep their measure word.
 */
import { describe, expect, it } from "vitest";
import {
  convert,
  convertible,
  describeDimension,
  parseUnit,
  scaleDecimal,
  type Unit,
} from "../../src/model/units.js";

function u(symbol: string): Unit {
  const r = parseUnit(symbol);
  if (!r) throw new Error(`test setup: unknown unit ${symbol}`);
  return r;
}

describe("parseUnit", () => {
  it.each([
    ["元", "money", 0],
    ["万元", "money", 4],
    ["亿元", "money", 8],
    ["万亿元", "money", 12],
    ["千元", "money", 3],
    ["百万元", "money", 6],
    ["%", "ratio", -2],
    ["‰", "ratio", -3],
    ["share", "ratio", 0],
    ["家", "count:家", 0],
    ["万家", "count:家", 4],
    ["个", "count:个", 0],
    ["件", "count:件", 0],
    ["万个", "count:个", 4],
  ])("reads %s as %s × 10^%i", (symbol, dimension, exp) => {
    const r = parseUnit(symbol);
    expect(r).toBeDefined();
    expect(r!.dimension).toBe(dimension);
    expect(r!.exp).toBe(exp);
  });

  it("keeps the symbol as written for money and counts", () => {
    expect(parseUnit("亿元")!.symbol).toBe("亿元");
    expect(parseUnit("万家")!.symbol).toBe("万家");
  });

  it("ignores surrounding spaces", () => {
    expect(parseUnit("  亿元 ")).toEqual({ symbol: "亿元", dimension: "money", exp: 8 });
  });

  it("reads English names", () => {
    expect(parseUnit("yuan")).toEqual({ symbol: "元", dimension: "money", exp: 0 });
    expect(parseUnit("firms")!.dimension).toBe("count:家");
    expect(parseUnit("Firms")!.dimension).toBe("count:家");
    expect(parseUnit("percent")!.exp).toBe(-2);
    expect(parseUnit("permille")!.exp).toBe(-3);
  });

  it.each(["美元", "kg", "", "万", "亿", "万亿", "元元", "亿美元", "tons"])(
    "returns undefined for the unknown unit %j",
    (symbol) => {
      expect(parseUnit(symbol)).toBeUndefined();
    },
  );
});

describe("dimensions and conversion", () => {
  it("converts only within a dimension", () => {
    expect(convertible(u("亿元"), u("万元"))).toBe(true);
    expect(convertible(u("家"), u("万家"))).toBe(true);
    expect(convertible(u("家"), u("件"))).toBe(false);
    expect(convertible(u("亿元"), u("%"))).toBe(false);
    expect(convertible(u("亿元"), u("家"))).toBe(false);
  });

  it("converts 1 万亿元 to 10^4 亿元 and 3 万家 to 30000 家", () => {
    expect(convert(1, u("万亿元"), u("亿元"))).toBe(10_000);
    expect(convert(3, u("万家"), u("家"))).toBe(30_000);
    expect(convert(5, u("亿元"), u("亿元"))).toBe(5);
  });

  it("describes dimensions for messages", () => {
    expect(describeDimension("money").en).toContain("元");
    expect(describeDimension("money").zh).toBe("金额（元）");
    expect(describeDimension("ratio").en).toContain("%");
    expect(describeDimension("count:家").zh).toContain("家");
  });
});

describe("scaleDecimal (decimal-exact scaling)", () => {
  it("scales 2.2 × 10^12 into 10^8 units exactly: 22000", () => {
    expect(scaleDecimal("2.2", 12, 8)).toBe(22000);
  });

  it("scales 2000 × 10^4 into 10^8 units exactly: 0.2", () => {
    expect(scaleDecimal("2000", 4, 8)).toBe(0.2);
  });

  it("folds an exponent already in the digits: 1e30 × 10^8 into 10^8 units = 10^30", () => {
    expect(scaleDecimal("1e30", 8, 8)).toBe(1e30);
    expect(scaleDecimal("1.5e3", 8, 4)).toBe(1.5e7);
    expect(scaleDecimal("-2E-2", 0, -2)).toBe(-2);
  });
});
