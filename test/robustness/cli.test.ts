/**
 * Command-line holes of issue 22: --workers capped at the cores with a
 * warning, integer option ranges in words, Sobol runs too large refused with
 * an estimate before they start, and control characters in names escaped
 * on the terminal.
 */
import { describe, expect, it } from "vitest";
import { intOption, workersOption } from "../../src/cli/options.js";
import { sobolEstimate } from "../../src/cli/progress.js";
import { diagnostic, formatDiagnostic, terminalSafe } from "../../src/diagnostics.js";
import { wholeNumberRange } from "../../src/i18n/text/usage.js";
import { loadScenarioText } from "../../src/scenario/load.js";
import { cli, SHANDONG } from "../cli/helpers.js";
import { HEAD, rejected } from "./helpers.js";

describe("--workers", () => {
  it("256 on a 2-core machine runs 2, with a warning", () => {
    let err = "";
    const w = workersOption("256", { stderr: (s) => (err += s) }, 2);
    expect(w).toBe(2);
    expect(err).toContain("W_WORKERS_CAPPED");
    expect(err).toContain("--workers 256 is more than the 2 cores");
  });
  it("a number within the cores is kept silently; nonsense is refused", () => {
    let err = "";
    expect(workersOption("2", { stderr: (s) => (err += s) }, 4)).toBe(2);
    expect(err).toBe("");
    expect(() => workersOption("0", { stderr: () => {} }, 4)).toThrow(/from 1 to 256/);
  });
});

describe("integer option ranges", () => {
  it("say the range in words, without a pretend lower bound", () => {
    expect(wholeNumberRange(2, 10_000_000)).toEqual({
      en: "a whole number from 2 to 10,000,000",
      zh: "2 到 10,000,000 之间的整数",
    });
    expect(wholeNumberRange(-1e9, 100)).toEqual({ en: "a whole number up to 100", zh: "不大于 100 的整数" });
    expect(() => intOption("--samples", "-5", 2, 10_000_000)).toThrow(
      '--samples must be a whole number from 2 to 10,000,000, not "-5"',
    );
  });
  it("sensitivity --samples says 'from 2 to 10,000,000', not 'from -1000000000'", async () => {
    const r = await cli(
      "sensitivity",
      SHANDONG,
      "--method",
      "sobol",
      "--target",
      "sd-it-2025",
      "--samples",
      "20000000",
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("from 2 to 10,000,000");
    expect(r.stderr).not.toContain("-1000000000");
  });
});

describe("long runs", () => {
  it("the Sobol estimate counts Saltelli's evaluations and arrays (N(k+2); 3k+2 doubles per row)", () => {
    // N = 1000, k = 3: 1000 × 5 evaluations; 1000 × (6 + 2 + 3) doubles + two Uint32 index arrays
    expect(sobolEstimate(1000, 3, { bootstrap: 0, secondOrder: false, secondsPerEvaluation: 0 })).toEqual({
      evaluations: 5000,
      bytes: 1000 * 11 * 8 + 1000 * 8,
      seconds: 0,
    });
    // second order: N(2k+2) evaluations and k more arrays
    expect(
      sobolEstimate(1000, 3, { bootstrap: 0, secondOrder: true, secondsPerEvaluation: 0 }).evaluations,
    ).toBe(8000);
  });
  it("N = 10^7 is refused before it starts, with the estimate", async () => {
    const r = await cli(
      "sensitivity",
      SHANDONG,
      "--method",
      "sobol",
      "--target",
      "sd-it-2025",
      "--samples",
      "10000000",
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("E_RUN_TOO_LARGE");
    expect(r.stderr).toMatch(/about [\d,]+ model evaluations and [\d.]+ GB of memory/);
    expect(r.stderr).toMatch(/more than the 20,000,000 evaluations allowed|GB of memory allowed/);
  });
});

describe("control characters on the terminal", () => {
  it("ESC and BEL in a key are shown as escapes, and the caret still lines up", async () => {
    const key = "bad\u001b]0;pwned\u0007key";
    const e = await rejected(loadScenarioText(`${HEAD}sectors:\n  a:\n    ${key}: 1\n`, "c.yaml"));
    const shown = e.diagnostics.map((d) => formatDiagnostic(d)).join("\n");
    expect(shown).not.toMatch(/[\u0007\u001b]/);
    expect(shown).toContain("bad\\x1b]0;pwned\\x07key");
  });
  it("terminalSafe escapes C0, C1 and bidirectional controls, keeping newlines and tabs", () => {
    expect(terminalSafe("a\u001b[2Jb\u0008c\u009bd\u202ee\n\tf")).toBe("a\\x1b[2Jb\\x08c\\x9bd\\u202ee\n\tf");
  });
  it("a caret after an escaped character points at the same character", () => {
    const d = diagnostic("E_YAML_SYNTAX", { detail: { zh: "x", en: "x" } }, { file: "f", line: 1, col: 3 });
    d.excerpt = "\u0007ab";
    const [, line, caret] = formatDiagnostic(d).split("\n");
    expect(line).toBe("  1 | \\x07ab");
    // column 3 is "b": after the 4 characters of \x07 and "a"
    expect(caret!.indexOf("^")).toBe(line!.indexOf("b"));
  });
});

describe("validate checks every variant", () => {
  it("a variant with a forbidden formula fails validate, at the variant's line", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const f = join(mkdtempSync(join(tmpdir(), "chainsim-variants-")), "v.yaml");
    writeFileSync(
      f,
      `${HEAD}sectors:\n  a:\n    baseline: { year: 2022, value: 100 }\n    growth: 5%\nvariants:\n  ok:\n    set:\n      a.growth: 6%\n  evil:\n    set:\n      a.growth: { formula: "import('fs')" }\n`,
    );
    const r = await cli("validate", f);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('variant "evil"');
    expect(r.stderr).toMatch(/:16:17: error E_FORMULA_FORBIDDEN/);
    expect(r.stderr).not.toContain('variant "ok"');
  });
});
