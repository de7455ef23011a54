/**
 * Bounded work for any input (issue 22): nesting, entries, key length and
 * the number of diagnostics are limited with clear errors; "did you mean"
 * gives up on long words; positions are found through an index. Work is
 * asserted by counting (accesses, diagnostics), never by the clock.
 */

import { describe, expect, it } from "vitest";
import { isMap } from "yaml";
import { MAX_DIAGNOSTICS } from "../../src/diagnostics.js";
import { SUGGEST_MAX_LENGTH, suggest } from "../../src/messages.js";
import { loadScenarioText } from "../../src/scenario/load.js";
import { LIMITS, parseScenarioText, scanDepth } from "../../src/scenario/parse.js";
import { scanEntries } from "../../src/scenario/scan-entries.js";
import { HEAD, rejected, SECTOR } from "./helpers.js";

describe("nesting depth", () => {
  it("1,500 open brackets give E_TOO_DEEP at the bracket past the limit, not a stack overflow", async () => {
    const e = await rejected(() => parseScenarioText(`${HEAD}x: ${"[".repeat(1500)}\n`, "deep.yaml"));
    expect(e.diagnostics).toHaveLength(1);
    expect(e.code).toBe("E_TOO_DEEP");
    expect(e.message).not.toMatch(/call stack/i);
    // line 6 is "x: [[[…"; the brackets start at column 4 and the document is one level already
    expect(e.diagnostics[0]!.loc).toEqual({ file: "deep.yaml", line: 6, col: 4 + LIMITS.depth - 1 });
  });
  it("100 lines of 5,000 brackets stop at the first line", async () => {
    const e = await rejected(() =>
      parseScenarioText(HEAD + `x: ${"[".repeat(5000)}\n`.repeat(100), "deep2.yaml"),
    );
    expect(e.code).toBe("E_TOO_DEEP");
    expect(e.diagnostics[0]!.loc?.line).toBe(6);
  });
  it("deep block nesting (indentation and '- - -') is caught the same way", async () => {
    let block = "x:\n";
    for (let i = 1; i < 200; i++) block += `${" ".repeat(i)}k${i}:\n`;
    expect((await rejected(() => parseScenarioText(HEAD + block, "b.yaml"))).code).toBe("E_TOO_DEEP");
    const dashes = `x:\n${"- ".repeat(300)}1\n`;
    expect((await rejected(() => parseScenarioText(`${HEAD}${dashes}`, "d.yaml"))).code).toBe("E_TOO_DEEP");
  });
  it("scanDepth counts brackets, indentation and list markers, skipping quotes, comments and block scalars", () => {
    expect(scanDepth("a: [[[1]]]", 2)).toEqual({ depth: 3, offset: 4 });
    expect(scanDepth("a: '[[[[['\nb: 1 # [[[[[\n", 2)).toBeUndefined();
    expect(scanDepth("a: |\n        [[[[[\n          [[[[\nb: 1\n", 2)).toBeUndefined();
    expect(scanDepth("a:\n  b:\n    c: 1\n", 2)).toEqual({ depth: 3, offset: 12 });
  });
});

describe("entries and key length", () => {
  it("a key longer than the limit is refused with its position", async () => {
    const long = "a".repeat(LIMITS.keyLength + 1);
    const e = await rejected(() => parseScenarioText(`${HEAD}sectors:\n  ${long}: {}\n`, "k.yaml"));
    expect(e.code).toBe("E_ID_TOO_LONG");
    expect(e.diagnostics[0]!.loc).toMatchObject({ line: 7, col: 3 });
  });
  it("duplicate keys are still found (by a set per mapping), each at its second occurrence", async () => {
    const e = await rejected(() =>
      parseScenarioText(`${HEAD}sectors:\n  a: {}\n  b: {}\n  a: {}\n  b: {}\n`, "dup.yaml"),
    );
    expect(e.diagnostics.map((d) => [d.code, d.loc?.line, d.loc?.col])).toEqual([
      ["E_DUPLICATE_KEY", 9, 3],
      ["E_DUPLICATE_KEY", 10, 3],
    ]);
    expect(e.diagnostics[0]!.message).toContain('"a"');
  });
});

describe("the number of diagnostics", () => {
  it("20,000 unknown keys print the first errors and '19,950 more errors not shown'", async () => {
    let text = `${HEAD}${SECTOR}`;
    for (let i = 0; i < 20_000; i++) text += `    k${i}: 1\n`;
    const e = await rejected(loadScenarioText(text, "many.yaml"));
    expect(e.diagnostics).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(e.diagnostics.slice(0, MAX_DIAGNOSTICS).every((d) => d.code === "E_UNKNOWN_KEY")).toBe(true);
    const last = e.diagnostics[MAX_DIAGNOSTICS]!;
    expect(last.code).toBe("E_MORE_ERRORS");
    expect(last.message).toBe(`${20_000 - MAX_DIAGNOSTICS} more errors not shown`);
    // the ones shown are the first in the file (sorted by position): k0 on line 10
    expect(e.diagnostics[0]!.loc?.line).toBe(10);
  });
});

describe("did you mean", () => {
  it("gives up on words longer than the cut-off (no quadratic comparison of long ids)", () => {
    const a = `${"a".repeat(500)}1`;
    expect(suggest(a, [`${"a".repeat(500)}2`])).toBeUndefined();
    expect(a.length).toBeGreaterThan(SUGGEST_MAX_LENGTH);
  });
  it("still suggests typos: swaps, edits within a third of the length, prefixes", () => {
    expect(suggest("gpd", ["gdp", "software"])).toBe("gdp");
    expect(suggest("sofware", ["software", "services"])).toBe("software");
    expect(suggest("triangul", ["normal", "triangular"])).toBe("triangular");
    expect(suggest("xyz", ["software"])).toBeUndefined();
  });
});

describe("positions are found by an index", () => {
  it("locating every key of a 20,000-key mapping reads each entry a bounded number of times", () => {
    const n = 20_000;
    let text = `${HEAD}sectors:\n`;
    for (let i = 0; i < n; i++) text += `  s${i}: {}\n`;
    const parsed = parseScenarioText(text, "idx.yaml");
    const sectors = (parsed.doc.contents as { items: Array<{ value: unknown }> }).items.find(
      (p) => isMap(p.value) && (p.value as { items: unknown[] }).items.length === n,
    )!.value as { items: unknown[] };
    // count reads of the mapping's entries
    let reads = 0;
    const items = sectors.items;
    sectors.items = new Proxy(items, {
      get(target, prop, receiver) {
        if (typeof prop === "string" && /^\d+$/.test(prop)) reads++;
        return Reflect.get(target, prop, receiver);
      },
    });
    for (let i = 0; i < n; i++) {
      const loc = parsed.locate(["sectors", `s${i}`], { key: true });
      if (i % 5000 === 0) expect(loc).toEqual({ file: "idx.yaml", line: 7 + i, col: 3 });
    }
    // a scan per lookup would read n²/2 = 200,000,000 entries
    expect(reads).toBeLessThanOrEqual(2 * n);
  });
});

describe("line endings", () => {
  it("a file with CR-only line endings loads like its LF twin", async () => {
    const lf = `${HEAD}${SECTOR}`;
    const s = await loadScenarioText(lf.replace(/\n/g, "\r"), "cr.yaml");
    expect([...s.quantities.keys()]).toEqual(["a"]);
  });
  it("positions in a CR-only file are counted in lines", async () => {
    const e = await rejected(
      loadScenarioText(`${HEAD}${SECTOR}    bogus: 1\n`.replace(/\n/g, "\r"), "cr.yaml"),
    );
    expect(e.diagnostics[0]!.loc).toMatchObject({ line: 10, col: 5 });
  });
});

describe("entries counted before the parser", () => {
  it("scanEntries counts lines, brackets and commas in brackets, skipping quotes and comments", () => {
    // a, b, [, and two commas: 5
    expect(scanEntries("a: 1\nb: [1, 2, 3]\n", 10)).toEqual({ count: 5, offset: -1 });
    // the fourth entry is the first comma, at offset 10
    expect(scanEntries("a: 1\nb: [1, 2, 3]\n", 3)).toEqual({ count: 4, offset: 10 });
    expect(scanEntries('a: "x, [y"\n# c, [\nb: 1 # [,\n', 10).count).toBe(2);
  });
  it("a file past LIMITS.entries is refused at the line where the count passes it, before parsing", async () => {
    const lines = LIMITS.entries + 10;
    const text = `${HEAD}x:\n${"  - 1\n".repeat(lines)}`;
    const e = await rejected(() => parseScenarioText(text, "many.yaml"));
    expect(e.code).toBe("E_TOO_MANY_ENTRIES");
    // HEAD is 5 lines and "x:" the 6th: entry LIMITS.entries + 1 is on line LIMITS.entries + 1
    expect(e.diagnostics[0]!.loc).toEqual({ file: "many.yaml", line: LIMITS.entries + 1, col: 3 });
  });
  it("the budget is shared with included files", async () => {
    // a note of LIMITS.entries / 2 lines: valid alone, too many with a second one
    const half = `${HEAD.replace("id: t", "id: r")}${SECTOR}    note: |\n${"      l\n".repeat(LIMITS.entries / 2)}`;
    const top = `${HEAD}${SECTOR}regions:\n  - { id: r1, file: r1.yaml }\n  - { id: r2, file: r2.yaml }\n`;
    const e = await rejected(
      loadScenarioText(top, "top.yaml", { files: { "r1.yaml": half, "r2.yaml": half } }),
    );
    expect(e.code).toBe("E_TOO_MANY_ENTRIES");
    expect(e.diagnostics[0]!.loc?.file).toBe("r2.yaml");
  });
});
