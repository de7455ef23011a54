import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseMagnitude } from "../../src/scenario/magnitude.js";
import { cli } from "../cli/helpers.js";

const FIXTURE = "test/fixtures/doc001-figures.yaml";
const SHIPPED = "scenarios/shandong-digital-economy-2025.yaml";
const YI = { symbol: "亿元", dimension: "money", exp: 8 } as const;
const GE = { symbol: "个", dimension: "count:个", exp: 0 } as const;

describe("document 001's own numbers (traditional characters)", () => {
  it("read as the documents mean them: 億, 萬億, 超過, 個, 達到, 佔, 千萬級, full-width digits", () => {
    const amount = (t: string) => parseMagnitude(t, { kind: "amount", unit: YI });
    expect(amount("100億元")).toMatchObject({ low: 100, high: 100 });
    expect(amount("1萬億")).toMatchObject({ low: 10000, high: 10000 }); // 1万亿 = 10,000亿
    expect(amount("達到１００億元")).toMatchObject({ low: 100, qualifier: "reach" });
    expect(parseMagnitude("50個", { kind: "amount", unit: GE })).toMatchObject({ low: 50, high: 50 });
    expect(parseMagnitude("超過50%", { kind: "rate" })).toMatchObject({ low: 0.5, qualifier: "at_least" });
    expect(parseMagnitude("佔５０％", { kind: "rate" })).toMatchObject({ low: 0.5, high: 0.5 });
    expect(parseMagnitude("占比超过50%", { kind: "rate" })).toMatchObject({
      low: 0.5,
      qualifier: "at_least",
    });
    // a scale qualifier is an order of magnitude: 千万级 = at least 1000万 and below 1亿 (yuan)
    const yuan = { symbol: "元", dimension: "money", exp: 0 } as const;
    for (const t of ["千萬級", "千万级"])
      expect(parseMagnitude(t, { kind: "amount", unit: yuan })).toMatchObject({
        low: 1e7,
        qualifier: "at_least",
        orderOfMagnitude: { ceiling: 1e8 },
      });
  });

  it("every source.figure of 001 in the shipped scenarios parses to the goal's own value", () => {
    const doc = parse(readFileSync(SHIPPED, "utf8")) as {
      targets: Array<{ source: { doc: string; figure: string }; [k: string]: unknown }>;
    };
    const quotes = doc.targets.filter((t) => t.source.doc === "sd-de");
    expect(quotes.length).toBeGreaterThan(5);
    for (const t of quotes) {
      // the figure within the quote: an optional comparator word, the number, its unit and a trailing 以上/左右
      const m = /(超過|達到|低于)?[0-9.]+(萬|億)?(%|個|家)?(以上|左右)?/.exec(t.source.figure);
      expect(m, t.source.figure).not.toBeNull();
      const text = m![0];
      const rate = text.includes("%");
      const word = text.includes("家") ? "家" : "个";
      const unit = { symbol: word, dimension: `count:${word}`, exp: 0 } as const;
      const v = parseMagnitude(text, rate ? { kind: "rate" } : { kind: "amount", unit });
      const goal = JSON.stringify(t);
      const stated = /"(?:at_least|reach|about|below)":"?([0-9.]+)(%?)/.exec(goal)!;
      const expected = Number(stated[1]) / (stated[2] === "%" ? 100 : 1);
      expect(v.low, t.source.figure).toBeCloseTo(expected, 12);
    }
  });

  it("a scenario written with 001's figures validates and runs, with the shipped scenario's results", async () => {
    const v = await cli("validate", FIXTURE);
    expect(v.stderr).toBe("");
    expect(v.code).toBe(0);
    const a = JSON.parse((await cli("run", FIXTURE, "--format", "json")).stdout);
    const b = JSON.parse((await cli("run", SHIPPED, "--format", "json")).stdout);
    const strip = (j: unknown) =>
      JSON.stringify(j, (k, x) =>
        [
          "line",
          "id",
          "file",
          "text",
          "figure",
          "path",
          "scenario",
          "column",
          "col",
          "input_sha256",
        ].includes(k)
          ? undefined
          : x,
      );
    expect(strip(a)).toBe(strip(b));
  });
});
