/**
 * Magnitudes as the documents print them. Every expected value is worked out
 * by hand in the comment next to it; exact values use `toBe`, because the
 * reader promises decimal exactness (1.1万亿 is 11000, not 11000.000000000002).
 */
import { describe, expect, it } from "vitest";
import { ChainsimError } from "../../src/diagnostics.js";
import { parseUnit, type Unit } from "../../src/model/units.js";
import { centre, type MagnitudeContext, parseMagnitude } from "../../src/scenario/magnitude.js";

function unit(symbol: string): Unit {
  const u = parseUnit(symbol);
  if (!u) throw new Error(`test setup: unknown unit ${symbol}`);
  return u;
}

const yi: MagnitudeContext = { kind: "amount", unit: unit("亿元") };
const wanyuan: MagnitudeContext = { kind: "amount", unit: unit("万元") };
const firms: MagnitudeContext = { kind: "amount", unit: unit("家") };
const pieces: MagnitudeContext = { kind: "amount", unit: unit("个") };
const points: MagnitudeContext = { kind: "amount", unit: unit("点") };
const rate: MagnitudeContext = { kind: "rate" };
const share: MagnitudeContext = { kind: "share" };

/** The ChainsimError a call throws (fails the test if it throws nothing or something else). */
function thrown(fn: () => unknown): ChainsimError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ChainsimError) return e;
    throw e;
  }
  throw new Error("expected a ChainsimError, nothing was thrown");
}

describe("parseMagnitude: amounts in 亿元", () => {
  it("reads 2.2万亿 as 22000 (2.2 × 10^12 元 / 10^8 元 = 2.2 × 10^4), exactly", () => {
    const m = parseMagnitude("2.2万亿", yi);
    expect(m.low).toBe(22000);
    expect(m.high).toBe(22000);
    expect(m.qualifier).toBeUndefined();
    expect(m.text).toBe("2.2万亿");
  });

  it("reads 1.1万亿 as exactly 11000", () => {
    expect(parseMagnitude("1.1万亿", yi).low).toBe(11000);
  });

  it("is exact where binary arithmetic is not: 1.13万亿 = 11300, 0.57万亿 = 5700, 0.07万亿 = 700", () => {
    // 1.13 * 10000 = 11299.999999999998, 0.57 * 10000 = 5699.999999999999, 0.07 * 10000 = 700.0000000000001
    expect(1.13 * 10_000).not.toBe(11300);
    expect(parseMagnitude("1.13万亿", yi).low).toBe(11300);
    expect(parseMagnitude("0.57万亿", yi).low).toBe(5700);
    expect(parseMagnitude("0.07万亿", yi).low).toBe(700);
    // the same in a range: 1.13万亿~1.15万亿
    expect(parseMagnitude("1.13万亿~1.15万亿", yi)).toMatchObject({ low: 11300, high: 11500 });
  });

  it("reads 14000亿 as 14000 and 50亿 as 50 (亿 is the context unit: factor 1)", () => {
    expect(parseMagnitude("14000亿", yi).low).toBe(14000);
    expect(parseMagnitude("50亿", yi).low).toBe(50);
    expect(parseMagnitude("50亿元", yi).low).toBe(50);
  });

  it("reads a bare number as already in the context unit", () => {
    expect(parseMagnitude("11000", yi).low).toBe(11000);
    expect(parseMagnitude(11000, yi).low).toBe(11000);
  });

  it("reads 过千亿 as 1000 with the qualifier at_least (千亿 = 10^11 元 = 10^3 亿元; 过 = more than)", () => {
    const m = parseMagnitude("过千亿", yi);
    expect(m.low).toBe(1000);
    expect(m.high).toBe(1000);
    expect(m.qualifier).toBe("at_least");
  });

  it("reads 2000万 as 0.2 亿元 (2000 × 10^4 元 = 2 × 10^7 元 = 0.2 × 10^8 元)", () => {
    expect(parseMagnitude("2000万", yi).low).toBe(0.2);
    expect(parseMagnitude("2000万元", yi).low).toBe(0.2);
  });

  it("converts into a smaller context unit: 50亿元 in 万元 is 500000 (50 × 10^8 / 10^4)", () => {
    expect(parseMagnitude("50亿元", wanyuan).low).toBe(500_000);
    expect(parseMagnitude("50亿", wanyuan).low).toBe(500_000);
  });

  it("reads the qualifiers the documents use", () => {
    const q = (text: string) => parseMagnitude(text, yi);
    expect(q("突破2.2万亿")).toMatchObject({ low: 22000, qualifier: "at_least" });
    expect(q("超过1000亿")).toMatchObject({ low: 1000, qualifier: "at_least" });
    expect(q("1.2万亿以上")).toMatchObject({ low: 12000, qualifier: "at_least" });
    expect(q("达到14000亿")).toMatchObject({ low: 14000, qualifier: "reach" });
    expect(q("不少于30")).toMatchObject({ low: 30, qualifier: "no_fewer_than" });
    expect(q("不超过500亿")).toMatchObject({ low: 500, qualifier: "at_most" });
    expect(q("约2000亿")).toMatchObject({ low: 2000, qualifier: "about" });
  });

  it("does not take the 到 of 达到 (reach) for a range separator", () => {
    const m = parseMagnitude("达到2000亿元", yi);
    expect(m).toMatchObject({ low: 2000, high: 2000, qualifier: "reach" });
    // while 到 alone still separates a range
    expect(parseMagnitude("1800到2000亿", yi)).toMatchObject({ low: 1800, high: 2000 });
  });

  it("reads a Chinese digit before a multiplier: 两千亿 = 2 × 10^11 元 = 2000 亿元", () => {
    expect(parseMagnitude("两千亿", yi).low).toBe(2000);
  });
});

describe("parseMagnitude: counts", () => {
  it("reads 2000万 in a 家 context as 2 × 10^7 firms", () => {
    expect(parseMagnitude("2000万", firms).low).toBe(20_000_000);
  });

  it("reads 1.1万 firms as exactly 11000", () => {
    expect(parseMagnitude("1.1万", firms).low).toBe(11000);
    expect(parseMagnitude("1.1万家", firms).low).toBe(11000);
  });

  it("reads 125左右 as 125 with the qualifier about", () => {
    const m = parseMagnitude("125左右", points);
    expect(m.low).toBe(125);
    expect(m.qualifier).toBe("about");
  });

  it("reads 3家 in a 万家 context as 0.0003 (3 / 10^4)", () => {
    expect(parseMagnitude("3家", { kind: "amount", unit: unit("万家") }).low).toBe(0.0003);
  });

  it("refuses firms where patents are counted (家 and 件 do not convert)", () => {
    expect(thrown(() => parseMagnitude("30件", firms)).code).toBe("E_UNIT_MISMATCH");
  });
});

describe("parseMagnitude: rates and shares", () => {
  it("reads 10%以上 as 0.1 at_least", () => {
    const m = parseMagnitude("10%以上", rate);
    expect(m.low).toBe(0.1);
    expect(m.qualifier).toBe("at_least");
  });

  it("reads 5‰ as 0.005 (5 / 1000) and 12.5% as 0.125", () => {
    expect(parseMagnitude("5‰", rate).low).toBe(0.005);
    expect(parseMagnitude("12.5%", rate).low).toBe(0.125);
  });

  it("reads a fraction without a sign as the rate itself: 0.12 = 12%", () => {
    expect(parseMagnitude("0.12", rate).low).toBe(0.12);
    expect(parseMagnitude(0.12, rate).low).toBe(0.12);
  });

  it("accepts a negative growth above -100%: -5% = -0.05", () => {
    expect(parseMagnitude("-5%", rate).low).toBe(-0.05);
  });

  it("reads shares within 0..1", () => {
    expect(parseMagnitude("60%", share).low).toBe(0.6);
    expect(parseMagnitude("100%", share).low).toBe(1);
    expect(parseMagnitude("0%", share).low).toBe(0);
  });

  it("reads % and ‰ in an indicator whose unit is % (5‰ = 0.5%)", () => {
    const pct: MagnitudeContext = { kind: "amount", unit: unit("%") };
    expect(parseMagnitude("10%", pct).low).toBe(10);
    expect(parseMagnitude("5‰", pct).low).toBe(0.5);
  });
});

describe("parseMagnitude: ranges", () => {
  it("reads 11000~11300 with centre 11150 ((11000 + 11300) / 2)", () => {
    const m = parseMagnitude("11000~11300", yi);
    expect(m.low).toBe(11000);
    expect(m.high).toBe(11300);
    expect(m.qualifier).toBeUndefined();
    expect(centre(m)).toBe(11150);
  });

  it("reads 8%~12% as 0.08..0.12", () => {
    const m = parseMagnitude("8%~12%", rate);
    expect(m.low).toBe(0.08);
    expect(m.high).toBe(0.12);
    expect(centre(m)).toBeCloseTo(0.1, 15);
  });

  it("reads 14万~18万 in 个 as 140000..180000", () => {
    const m = parseMagnitude("14万~18万", pieces);
    expect(m.low).toBe(140_000);
    expect(m.high).toBe(180_000);
  });

  it("lends the right end's unit to a bare left end: 8~12% and 14~18万", () => {
    expect(parseMagnitude("8~12%", rate)).toMatchObject({ low: 0.08, high: 0.12 });
    expect(parseMagnitude("14~18万", pieces)).toMatchObject({ low: 140_000, high: 180_000 });
  });

  it("accepts the other separators: 至, full-width ～, and spaces around them", () => {
    expect(parseMagnitude("11000至11300", yi)).toMatchObject({ low: 11000, high: 11300 });
    expect(parseMagnitude("11000～11300", yi)).toMatchObject({ low: 11000, high: 11300 });
    expect(parseMagnitude("11000 ~ 11300", yi)).toMatchObject({ low: 11000, high: 11300 });
  });

  it("centre of a point is the point", () => {
    expect(centre(parseMagnitude("14000", yi))).toBe(14000);
  });
});

describe("parseMagnitude: how numbers are typed", () => {
  it("reads full-width digits, full-width point, percent and tilde", () => {
    expect(parseMagnitude("１２０００", yi).low).toBe(12000);
    expect(parseMagnitude("１０．５％", rate).low).toBe(0.105);
    expect(parseMagnitude("８％～１２％", rate)).toMatchObject({ low: 0.08, high: 0.12 });
  });

  it("reads thousands separators: 1,200 = 1200; 12,000亿 = 12000; full-width comma too", () => {
    expect(parseMagnitude("1,200", yi).low).toBe(1200);
    expect(parseMagnitude("12,000亿", yi).low).toBe(12000);
    expect(parseMagnitude("1，200", yi).low).toBe(1200);
    expect(parseMagnitude("1,234,567", firms).low).toBe(1_234_567);
  });

  it("reads exponent notation in the context unit: 12e3 = 12000", () => {
    expect(parseMagnitude("12e3", yi).low).toBe(12000);
  });

  it("reads exponent notation followed by a multiplier: 1.5e3亿 in 万元 = 1.5 × 10^3 × 10^8 / 10^4 = 1.5 × 10^7", () => {
    expect(parseMagnitude("1.5e3亿", wanyuan).low).toBe(15_000_000);
  });
});

describe("parseMagnitude: errors", () => {
  const cases: Array<[string, unknown, MagnitudeContext, string]> = [
    ["a repeated multiplier", "2.2万万", yi, "E_BAD_MAGNITUDE"],
    ["no number at all", "abc", yi, "E_BAD_MAGNITUDE"],
    ["empty text", "", yi, "E_BAD_MAGNITUDE"],
    ["a percentage where money is expected", "10%", yi, "E_UNIT_MISMATCH"],
    ["firms where money is expected", "30家", yi, "E_UNIT_MISMATCH"],
    ["money where a rate is expected", "50亿", rate, "E_UNIT_MISMATCH"],
    ["a rate written 12 (text)", "12", rate, "E_RATE_AS_NUMBER"],
    ["a rate written 12 (number)", 12, rate, "E_RATE_AS_NUMBER"],
    ["a growth of -100%", "-100%", rate, "E_GROWTH_TOO_LOW"],
    ["a growth of -150%", "-150%", rate, "E_GROWTH_TOO_LOW"],
    ["NaN as text", "NaN", yi, "E_NOT_FINITE"],
    ["YAML's .inf as text", ".inf", yi, "E_NOT_FINITE"],
    ["-Infinity as text", "-Infinity", yi, "E_NOT_FINITE"],
    ["NaN as a number", Number.NaN, yi, "E_NOT_FINITE"],
    ["Infinity as a number", Number.POSITIVE_INFINITY, yi, "E_NOT_FINITE"],
    ["1e30亿 (10^38 元, limit 10^16 元)", "1e30亿", yi, "E_TOO_LARGE"],
    ["1e30 in 亿元", "1e30", yi, "E_TOO_LARGE"],
    ["1e30 as a number", 1e30, yi, "E_TOO_LARGE"],
    ["a growth of 5000% (limit 1000%)", "5000%", rate, "E_TOO_LARGE"],
    ["a range written high to low", "12000~11000", yi, "E_RANGE_ORDER"],
    ["a negative amount", "-100", yi, "E_NEGATIVE"],
    ["a negative amount as a number", -100, yi, "E_NEGATIVE"],
    ["a share of 120%", "120%", share, "E_SHARE_RANGE"],
    ["a share of -1%", "-1%", share, "E_SHARE_RANGE"],
    ["a list", [1, 2], yi, "E_WRONG_TYPE"],
    ["nothing", null, yi, "E_WRONG_TYPE"],
  ];
  it.each(cases)("refuses %s", (_what, input, ctx, code) => {
    const e = thrown(() => parseMagnitude(input, ctx));
    expect(e).toBeInstanceOf(ChainsimError);
    expect(e.code).toBe(code);
    expect(e.diagnostics).toHaveLength(1);
    expect(e.diagnostics[0]!.code).toBe(code);
    expect(e.diagnostics[0]!.severity).toBe("error");
    expect(e.diagnostics[0]!.message.length).toBeGreaterThan(0);
  });

  it("names the input in the message", () => {
    expect(thrown(() => parseMagnitude("2.2万万", yi)).diagnostics[0]!.message).toContain("2.2万万");
    expect(thrown(() => parseMagnitude("30家", yi)).diagnostics[0]!.message).toContain("30家");
    expect(thrown(() => parseMagnitude("12000~11000", yi)).diagnostics[0]!.message).toContain("12000~11000");
  });

  it("says what 12 as a rate would mean (1200%) and how to write it (12% or 0.12)", () => {
    const d = thrown(() => parseMagnitude("12", rate)).diagnostics[0]!;
    expect(d.message).toContain("1200%");
    expect(d.hint).toContain("12%");
    expect(d.hint).toContain("0.12");
  });

  it("allows a negative amount where the context allows it", () => {
    expect(parseMagnitude("-100", { ...yi, allowNegative: true }).low).toBe(-100);
  });
});
