/**
 * Numbers as printed (issue 16): the magnitude reader reads traditional
 * characters, full-width digits and punctuation, and scale classes (千亿级);
 * the shipped scenarios' `source.figure` quotes of document 001 parse; and a
 * scenario written with 001's own figures validates and runs. Expected values
 * are worked out by hand in the comments.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ChainsimError } from "../../src/diagnostics.js";
import { foldForMatching } from "../../src/extract/script.js";
import { tokenize } from "../../src/extract/tokens.js";
import { parseUnit } from "../../src/model/units.js";
import { parseMagnitude } from "../../src/scenario/magnitude.js";
import { toSimplifiedNumerals } from "../../src/scenario/numerals.js";
import { cli } from "../cli/helpers.js";

const yi = { kind: "amount", unit: parseUnit("亿元")! } as const;
const ge = { kind: "amount", unit: parseUnit("个")! } as const;

describe("magnitude reader: numbers as printed", () => {
  it("reads traditional characters: 100億元 = 100 亿元, 8.7萬億 = 87000 亿元, 超過50% = at least 0.5, 50個 = 50 个", () => {
    expect(parseMagnitude("100億元", yi).low).toBe(100);
    expect(parseMagnitude("8.7萬億", yi).low).toBe(87000); // 8.7 × 10^12 / 10^8
    const share = parseMagnitude("超過50%", { kind: "share" });
    expect(share.low).toBe(0.5);
    expect(share.qualifier).toBe("at_least");
    expect(parseMagnitude("50個", ge).low).toBe(50);
    expect(parseMagnitude("達到25%", { kind: "share" }).qualifier).toBe("reach");
  });

  it("reads full-width digits and punctuation: ２．２万亿 = 22000, １０％以上 = 0.1 at least, ３～５个 = 3..5", () => {
    expect(parseMagnitude("２．２万亿", yi).low).toBe(22000);
    const r = parseMagnitude("１０％以上", { kind: "rate" });
    expect(r.low).toBe(0.1);
    expect(r.qualifier).toBe("at_least");
    const range = parseMagnitude("３～５个", ge);
    expect([range.low, range.high]).toEqual([3, 5]);
    expect(parseMagnitude("3-5个", ge).high).toBe(5);
  });

  it("reads scale classes as an order of magnitude: 千亿级 ≥ 1000亿 and < 1万亿; 千萬級 ≥ 10^7 and < 10^8", () => {
    const q = parseMagnitude("千亿级", yi);
    expect([q.low, q.high, q.qualifier]).toEqual([1000, 1000, "at_least"]);
    expect(q.orderOfMagnitude).toEqual({ ceiling: 10000 });
    const n = parseMagnitude("千萬級", ge);
    expect([n.low, n.orderOfMagnitude?.ceiling]).toEqual([10_000_000, 100_000_000]);
    expect(parseMagnitude("百亿级", yi).low).toBe(100);
    expect(parseMagnitude("万亿级", yi).orderOfMagnitude?.ceiling).toBe(100000);
  });

  it("refuses 级 after anything but a multiplier word (TB级, 三级), naming the text", () => {
    for (const bad of ["TB级", "三级"]) {
      try {
        parseMagnitude(bad, yi);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(ChainsimError);
        expect((e as ChainsimError).code).toBe("E_BAD_MAGNITUDE");
        expect((e as ChainsimError).message).toContain(bad);
      }
    }
  });

  it("folds one character for one, so positions in the folded text are positions in the original", () => {
    const s = "到２０２５年，數字經濟總量佔比重超過５０％";
    expect(toSimplifiedNumerals(s)).toHaveLength(s.length);
    expect(toSimplifiedNumerals(s)).toBe("到2025年,数字經濟总量占比重超过50%");
  });

  it("reports every figure it cannot read with its position", () => {
    // 99999999万亿元 is 10^20 元, above the reader's 1亿亿元 limit: refused, and reported where it stands
    const text = "规模达到99999999万亿元。另有5项。";
    const t = tokenize(foldForMatching(text), text);
    expect(t.figures.map((f) => f.low)).toEqual([5]);
    expect(t.skipped.some((s) => s.span.start === 4 && /cannot read/.test(s.reason))).toBe(true);
  });
});

describe("the shipped scenarios' source.figure quotes of document 001 parse", () => {
  const dir = new URL("../../scenarios/", import.meta.url);
  const quotes: Array<{ file: string; figure: string; expected: number }> = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".yaml"))) {
    const y = parse(readFileSync(new URL(f, dir), "utf8")) as {
      documents?: Record<string, string | { file: string }>;
      targets?: Array<Record<string, unknown> & { source?: { doc: string; figure?: string | number } }>;
    };
    // a document is its file name, or { file, number, issuer, date, title }
    const docs = Object.fromEntries(
      Object.entries(y.documents ?? {}).map(([k, v]) => [k, typeof v === "string" ? v : v.file]),
    );
    for (const t of y.targets ?? []) {
      const src = t.source;
      if (!src?.figure || !docs[src.doc]?.startsWith("001_")) continue;
      // the target's own value, as the scenario states it: the number the quote must contain
      const block = (["share", "per_year", "cumulative", "growth"].map((k) => t[k]).find(Boolean) ??
        t) as Record<string, unknown>;
      const cmp = ["at_least", "reach", "about", "no_fewer_than", "below", "at_most"].find(
        (k) => block[k] !== undefined,
      )!;
      quotes.push({ file: f, figure: String(src.figure), expected: Number.parseFloat(String(block[cmp])) });
    }
  }

  it("finds the quotes (the digital-economy scenario cites 001 nine times)", () => {
    expect(quotes.length).toBeGreaterThanOrEqual(9);
  });

  it.each(quotes.map((q) => [q.figure, q.expected] as const))(
    "%s holds the figure %d",
    (figure, expected) => {
      const t = tokenize(foldForMatching(figure), figure);
      expect(t.skipped.filter((s) => /cannot read/.test(s.reason))).toEqual([]);
      expect(t.figures.map((f) => f.low)).toContain(expected);
    },
  );
});

describe("a scenario written with 001's own figures (100億元, 超過50%, 50個, 千萬級)", () => {
  const file = "test/fixtures/extract/own-figures-001.yaml";

  it("validates", async () => {
    const r = await cli("validate", file);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2 sectors, 3 indicators, 4 goals");
  });

  it("runs, with every 2025 value as worked out by hand", async () => {
    const r = await cli("run", file, "--format", "json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      targets: Array<{ id: string; value: number; projected: number; met: boolean }>;
    };
    const by = new Map(out.targets.map((t) => [t.id, t]));
    // digital economy 39000 × 1.1³ = 51909; GDP 87000 × 1.05³ = 100713.375; share 0.51541…
    expect(by.get("de-share")!.value).toBe(0.5);
    expect(by.get("de-share")!.projected).toBeCloseTo(51909 / 100713.375, 10);
    // fund 80 × 1.1³ = 106.48 against 100億元
    expect(by.get("de-fund")!.value).toBe(100);
    expect(by.get("de-fund")!.projected).toBeCloseTo(106.48, 10);
    // labs 30 × 1.2³ = 51.84 against 50個
    expect(by.get("de-labs")!.projected).toBeCloseTo(51.84, 10);
    // sensing nodes 800萬 × 1.1³ = 10,648,000 against 千萬級 (at least 10^7)
    expect(by.get("de-nodes")!.value).toBe(10_000_000);
    expect(by.get("de-nodes")!.projected).toBeCloseTo(10_648_000, 4);
    expect(out.targets.every((t) => t.met)).toBe(true);
  });
});
