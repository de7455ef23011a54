/**
 * Reading firms: and instruments: — every problem positioned, with its own code.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ChainsimError } from "../../src/diagnostics.js";
import { loadScenarioText } from "../../src/scenario/load.js";

const SMALL = readFileSync("test/fixtures/policy/small.yaml", "utf8");

async function refused(text: string): Promise<ChainsimError> {
  try {
    await loadScenarioText(text, "policy.yaml");
  } catch (e) {
    if (e instanceof ChainsimError) return e;
    throw e;
  }
  throw new Error("the scenario loaded");
}

/** The small fixture with one line replaced. */
function edit(from: string, to: string): string {
  expect(SMALL).toContain(from);
  return SMALL.replace(from, to);
}

/** 1-based line and column of `needle` in `text`. */
function position(text: string, needle: string): { line: number; col: number } {
  const i = text.indexOf(needle);
  const before = text.slice(0, i);
  return { line: before.split("\n").length, col: i - before.lastIndexOf("\n") };
}

describe("firms and instruments", () => {
  it("the small fixture and the Liaocheng scenario load", async () => {
    const s = await loadScenarioText(SMALL, "small.yaml");
    expect(s.firms!.threshold).toBe(2000);
    expect(s.firms!.unit.symbol).toBe("万元");
    expect(s.instruments!.map((i) => i.type)).toEqual(["rate_with_cap", "milestone_ladder", "tapering"]);
    const lc = await loadScenarioText(readFileSync("scenarios/liaocheng-it-2025.yaml", "utf8"), "lc.yaml");
    expect(lc.instruments).toHaveLength(22);
    expect(new Set(lc.instruments!.map((i) => i.type)).size).toBe(5);
  });

  it("the Liaocheng rules are the seeds' rules: same ids, clauses and figures", async () => {
    const { parse } = await import("yaml");
    const seeds = parse(readFileSync("seeds/liaocheng-subsidies.yaml", "utf8")) as {
      rules: Array<{ id: string; clause: string; type: string }>;
    };
    const lc = await loadScenarioText(readFileSync("scenarios/liaocheng-it-2025.yaml", "utf8"), "lc.yaml");
    const byId = new Map(lc.instruments!.map((i) => [i.id, i]));
    for (const r of seeds.rules) {
      const inst = byId.get(r.id);
      expect(inst, r.id).toBeDefined();
      expect(inst!.source?.clause).toBe(r.clause);
      expect(inst!.type).toBe(r.type);
    }
  });

  it("the above-scale threshold can be changed with --set", async () => {
    const s = await loadScenarioText(SMALL, "small.yaml", { set: ["firms.above_scale_threshold=500万"] });
    expect(s.firms!.threshold).toBe(500);
  });

  const cases: Array<[string, string, string, string, string]> = [
    // [code, replaced, replacement, text at the position, words in the message]
    [
      "E_CAP_NEGATIVE",
      "cap: { cumulative: 1000万 }",
      "cap: { cumulative: -1000万 }",
      "-1000万",
      "below zero",
    ],
    [
      "E_LADDER_ORDER",
      "{ revenue: 3亿, award: 30万 }",
      "{ revenue: 1亿, award: 30万 }",
      "1亿, award: 30万",
      "threshold 2 (1亿) is not above the one before it (1亿)",
    ],
    [
      "E_UNKNOWN_FIRM_ATTRIBUTE",
      "eligible: { in_park: true, entrant: true }",
      "eligible: { in_prak: true, entrant: true }",
      "in_prak",
      'did you mean "in_park"',
    ],
    ["E_UNKNOWN_FIRM_ATTRIBUTE", "base: rent", "base: rnet", "rnet", 'did you mean "rent"'],
    ["E_BASE_NOT_AMOUNT", "base: rent", "base: growth", "growth\n    rates", "not an amount"],
    [
      "E_FIRMS_UNKNOWN_REFERENCE",
      "- { id: beta, sector: electronics,",
      "- { id: beta, sector: electronic,",
      "electronic,",
      'unknown firm sector "electronic"; did you mean "electronics"',
    ],
    [
      "E_FIRMS_UNKNOWN_REFERENCE",
      "eligible: { investment: { at_least: 5000万 } }",
      "eligible: { sector: softwear, investment: { at_least: 5000万 } }",
      "softwear",
      "unknown firm sector",
    ],
    [
      "E_DUPLICATE_POLICY_ID",
      "- id: rent\n",
      "- id: investment\n",
      "investment\n    type: tapering",
      "first on line",
    ],
    [
      "E_FIRM_NO_GROWTH",
      "      growth: { triangular: [0%, 10%, 20%] }\n",
      "",
      "{ id: alpha",
      "no growth assumption",
    ],
    ["E_SHARE_RANGE", "rates: [70%, 50%, 30%]", "rates: [70%, 150%, 30%]", "150%", "outside 0%..100%"],
    [
      "E_UNKNOWN_REFERENCE",
      "aggregates: { count: firms_above,",
      "aggregates: { count: firm_above,",
      "firm_above",
      'did you mean "firms_above"',
    ],
  ];
  for (const [code, from, to, at, words] of cases) {
    it(`${code}: ${words}`, async () => {
      const text = edit(from, to);
      const e = await refused(text);
      const d = e.diagnostics.find((x) => x.code === code);
      expect(d, e.message).toBeDefined();
      expect(d!.message).toContain(words);
      const pos = position(text, at);
      expect(d!.loc).toMatchObject({ file: "policy.yaml", line: pos.line, col: pos.col });
    });
  }

  it("an event happening to firms cannot pay an organisation (E_EVENT_RECIPIENTS)", async () => {
    const text = SMALL.replace(
      "  entry:\n",
      "  events:\n    listed: { probability: 5% }\n  organisations:\n    park: { count: 2 }\n  entry:\n",
    ).concat(
      "  - { id: park-award, type: event_award, recipients: park, awards: [{ event: listed, award: 10万 }] }\n",
    );
    const e = await refused(text);
    expect(e.code).toBe("E_EVENT_RECIPIENTS");
    expect(e.diagnostics[0]!.loc!.line).toBe(text.split("\n").length - 1);
  });

  it("instruments without firms (E_INSTRUMENTS_WITHOUT_FIRMS)", async () => {
    const start = SMALL.indexOf("firms:\n");
    const end = SMALL.indexOf("instruments:\n");
    const e = await refused(SMALL.slice(0, start) + SMALL.slice(end));
    expect(e.code).toBe("E_INSTRUMENTS_WITHOUT_FIRMS");
  });

  it("an unknown rule type is refused at the type, and a field of another type is an unknown key", async () => {
    const bad = edit("type: tapering", "type: tapring");
    const e = await refused(bad);
    expect(e.diagnostics[0]!.loc!.line).toBe(position(bad, "tapring").line);
    const other = edit("    rates: [70%, 50%, 30%]\n", "    rates: [70%, 50%, 30%]\n    same_year: all\n");
    const e2 = await refused(other);
    expect(e2.code).toBe("E_UNKNOWN_KEY");
    expect(e2.diagnostics[0]!.loc!.line).toBe(position(other, "same_year").line);
  });
});
