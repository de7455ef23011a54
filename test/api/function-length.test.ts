/**
 * scripts/check-function-length.ts: no function in src/ longer than ~150 lines
 * outside the commented allow-list of today's offenders.
 */
import { describe, expect, it } from "vitest";
import {
  ALLOWED,
  checkFunctionLengths,
  longFunctions,
  MAX_LINES,
} from "../../scripts/check-function-length.js";
import { readSources } from "../../scripts/check-layers.js";

/** A function `name` spanning exactly `lines` lines (its header and closing brace included). */
const fn = (name: string, lines: number) => `function ${name}() {\n${"  x++;\n".repeat(lines - 2)}}\n`;

describe("check-function-length", () => {
  it("passes on the source tree (with today's allow-list)", () => {
    const report = checkFunctionLengths(readSources("."));
    expect(report.offenders).toEqual([]);
    expect(report.functionsChecked).toBeGreaterThan(500);
  });

  it("counts lines from the header to the closing brace, and fails one line over the limit", () => {
    expect(longFunctions("a.ts", fn("ok", MAX_LINES))).toEqual([]);
    expect(longFunctions("a.ts", fn("long", MAX_LINES + 1))).toEqual([
      { file: "a.ts", name: "long", line: 1, lines: MAX_LINES + 1 },
    ]);
    const report = checkFunctionLengths(new Map([["engine/a.ts", `\n${fn("long", 200)}`]]));
    expect(report.offenders).toEqual([{ file: "engine/a.ts", name: "long", line: 2, lines: 200 }]);
  });

  it("names arrows, methods and callbacks as a reader would search for them", () => {
    const body = "\n  x++;".repeat(10);
    const source = [
      `const arrow = () => {${body}\n};`,
      `class K { method() {${body}\n} }`,
      `function outer() { list.forEach((d) => {${body}\n}); }`,
    ].join("\n");
    expect(longFunctions("a.ts", source, 5).map((f) => f.name)).toEqual([
      "arrow",
      "K.method",
      "outer",
      "list.forEach callback in outer",
    ]);
  });

  it("lets allow-listed functions through and reports stale entries", () => {
    const files = new Map([["report/a.ts", fn("big", 200)]]);
    const report = checkFunctionLengths(files, { "report/a.ts: big": 200, "report/b.ts: gone": 300 });
    expect(report.offenders).toEqual([]);
    expect(report.stale).toEqual(["report/b.ts: gone"]);
  });

  it("allow-lists only functions over the limit", () => {
    for (const [key, lines] of Object.entries(ALLOWED)) expect(lines, key).toBeGreaterThan(MAX_LINES);
  });
});
