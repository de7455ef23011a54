/**
 * Properties of the loader (thousands of cases each): any input gives either
 * a scenario or a typed, positioned ChainsimError — never another exception,
 * a stack trace or a hang.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { ChainsimError } from "../../src/diagnostics.js";
import { loadScenarioText } from "../../src/scenario/load.js";

const SCENARIOS = [
  "shandong-it-2025",
  "guangdong-it-2025",
  "liaocheng-it-2025",
  "shandong-digital-economy-2025",
  "shandong-innovation-2025",
].map((id) => ({ id, text: readFileSync(`scenarios/${id}.yaml`, "utf8") }));

/** How often each outcome was seen, to show the fuzzing reaches many kinds of error. */
const seen = new Map<string, number>();

/** Load text; return "ok" or the error's code, failing on anything that is not a ChainsimError. */
async function outcome(text: string, file = "fuzz.yaml"): Promise<string> {
  try {
    await loadScenarioText(text, file);
    seen.set("ok", (seen.get("ok") ?? 0) + 1);
    return "ok";
  } catch (e) {
    if (!(e instanceof ChainsimError)) throw new Error(`not a ChainsimError: ${(e as Error)?.stack ?? e}`);
    for (const d of e.diagnostics) {
      expect(d.code).toMatch(/^[EW]_[A-Z0-9_]+$/);
      expect(d.message.length).toBeGreaterThan(0);
      expect(d.message).not.toMatch(/\n\s+at /); // no stack trace
      // positioned: a file (or a --set argument) and, for file problems, a line within the text
      expect(d.loc?.file).toBeTruthy();
      if (d.loc!.file === file && d.loc!.line > 0) {
        expect(d.loc!.line).toBeLessThanOrEqual(text.split("\n").length + 1);
      }
    }
    seen.set(e.code, (seen.get(e.code) ?? 0) + 1);
    return e.code;
  }
}

/** A random edit of a text: delete, insert, duplicate, swap or truncate. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), len: fc.integer({ min: 1, max: 20 }) }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom(
        ":",
        "- ",
        "{",
        "}",
        "[",
        "]",
        "\t",
        "\n",
        "&a ",
        "*a",
        "%",
        "万",
        "亿",
        "~",
        "#",
        '"',
        "!!str ",
        "1e999",
        "-",
      ),
    ),
  }),
  fc.record({ kind: fc.constant("duplicate" as const), line: fc.nat() }),
  fc.record({ kind: fc.constant("swap" as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, ms: Mutation[]): string {
  let s = text;
  for (const m of ms) {
    const lines = s.split("\n");
    switch (m.kind) {
      case "delete": {
        const at = m.at % (s.length + 1);
        s = s.slice(0, at) + s.slice(at + m.len);
        break;
      }
      case "insert": {
        const at = m.at % (s.length + 1);
        s = s.slice(0, at) + m.text + s.slice(at);
        break;
      }
      case "duplicate": {
        const i = m.line % lines.length;
        lines.splice(i, 0, lines[i]!);
        s = lines.join("\n");
        break;
      }
      case "swap": {
        const a = m.a % lines.length;
        const b = m.b % lines.length;
        [lines[a], lines[b]] = [lines[b]!, lines[a]!];
        s = lines.join("\n");
        break;
      }
      case "truncate":
        s = s.slice(0, m.at % (s.length + 1));
        break;
    }
  }
  return s;
}

describe("loader properties", () => {
  it("random mutations of every shipped scenario give a result or a positioned error (fuzz, bounded)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SCENARIOS),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        async (sc, ms) => {
          await outcome(mutate(sc.text, ms));
        },
      ),
      { numRuns: 3000, seed: 20261123, interruptAfterTimeLimit: 60_000 },
    );
    // the mutations reach both valid files and many different errors
    expect(seen.get("ok") ?? 0).toBeGreaterThan(0);
    expect(seen.size).toBeGreaterThan(10);
  }, 120_000);

  it("random scenario-shaped objects give a result or a positioned error", async () => {
    const magnitude = fc.oneof(
      fc.double({ noNaN: false }),
      fc.integer(),
      fc.constantFrom(
        "2.2万亿",
        "10%",
        "过千亿",
        "1~2",
        "abc",
        "",
        "-5%",
        "1e400",
        "NaN",
        "30家",
        "5‰",
        "2.2万万",
      ),
    );
    const sector = fc.record(
      {
        name: fc.oneof(fc.string(), fc.record({ zh: fc.string(), en: fc.string() })),
        baseline: fc.oneof(
          magnitude,
          fc.constant("implied"),
          fc.record({ year: fc.integer({ min: 1900, max: 2200 }), value: magnitude }),
        ),
        growth: fc.oneof(
          magnitude,
          fc.record({ triangular: fc.tuple(magnitude, magnitude, magnitude) }),
          fc.record({ normal: fc.tuple(magnitude, magnitude) }),
          fc.record({ formula: fc.string({ maxLength: 30 }) }),
        ),
        children: fc.array(fc.constantFrom("a", "b", "c", "zz"), { maxLength: 3 }),
        exhaustive: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    const target = fc.record(
      {
        sector: fc.constantFrom("a", "b", "c", "zz"),
        year: fc.integer({ min: 2000, max: 2040 }),
        at_least: magnitude,
        about: magnitude,
        growth: fc.record({
          from: fc.integer({ min: 2000, max: 2040 }),
          to: fc.integer({ min: 2000, max: 2040 }),
          at_least: magnitude,
        }),
      },
      { requiredKeys: ["sector"] },
    );
    const scenario = fc.record(
      {
        id: fc.constantFrom("t", "T!", "ok-id"),
        title: fc.string(),
        unit: fc.constantFrom("亿元", "万元", "家", "%", "furlongs"),
        base_year: fc.integer({ min: 1900, max: 2200 }),
        horizon: fc.integer({ min: 1900, max: 2200 }),
        sectors: fc.dictionary(fc.constantFrom("a", "b", "c", "Bad Id", "e", "constructor"), sector, {
          maxKeys: 4,
        }),
        targets: fc.array(target, { maxLength: 4 }),
        overlaps: fc.array(
          fc.record({
            part: fc.constantFrom("a", "b", "q"),
            within: fc.constantFrom("a", "b"),
            share: magnitude,
          }),
          { maxLength: 2 },
        ),
        extra_key: fc.anything(),
      },
      { requiredKeys: ["id", "title", "unit", "base_year", "horizon", "sectors"] },
    );
    await fc.assert(
      fc.asyncProperty(scenario, async (obj) => {
        await outcome(stringify(obj));
      }),
      { numRuns: 2000, seed: 7 },
    );
  }, 120_000);

  it("arbitrary bytes as text never crash the loader", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), async (text) => {
        await outcome(text);
      }),
      { numRuns: 2000, seed: 11 },
    );
  }, 60_000);
});
