/**
 * Money that formulas make negative (issue 22): refused on central
 * assumptions at the formula (E_FORMULA_NEGATIVE, file, line, column, caret,
 * hint; exit 2), allowed with `may_be_negative: true`; Monte Carlo draws
 * below zero are kept in the statistics and reported as W_NEGATIVE_DRAWS with
 * their share of the samples (docs/negative-amounts.md).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/analysis/analyse.js";
import { formatDiagnostic } from "../../src/diagnostics.js";
import { project, valueAt } from "../../src/engine/project.js";
import { simulate } from "../../src/engine/simulate.js";
import { loadScenarioText } from "../../src/scenario/load.js";
import { cli } from "../cli/helpers.js";
import { HEAD, rejected } from "./helpers.js";

const BASE = "  a:\n    baseline: { year: 2022, value: 100 }\n    growth: 5%\n";
// the formula is on line 11 (value) and line 12 (growth)
const LEVEL = `${HEAD}sectors:\n${BASE}  d:\n    value: { formula: "-5" }\n`;
const GROWTH = `${HEAD}sectors:\n${BASE}  g:\n    baseline: { year: 2022, value: 100 }\n    growth: { formula: "-2" }\n`;

function thrown(f: () => unknown) {
  return rejected(async () => f());
}

describe("a formula that makes money negative", () => {
  it("a value formula -5 is refused at its line and column, with a caret and the hint", async () => {
    const s = await loadScenarioText(LEVEL, "neg.yaml");
    const e = await thrown(() => project(s));
    expect(e.code).toBe("E_FORMULA_NEGATIVE");
    const d = e.diagnostics[0]!;
    // line 11: "    value: { formula: "-5" }"; the formula starts at column 23
    expect(d.loc).toEqual({ file: "neg.yaml", line: 11, col: 23 });
    expect(d.message).toBe('formula of "d" gives -5 亿元 in 2022: an amount cannot be negative');
    expect(d.hint).toContain("may_be_negative: true");
    const shown = formatDiagnostic(d).split("\n");
    expect(shown[1]).toBe('  11 |     value: { formula: "-5" }');
    expect(shown[2]).toBe(`     | ${" ".repeat(22)}^`);
  });
  it("a growth formula -2 is refused in the first year it turns the value negative", async () => {
    const s = await loadScenarioText(GROWTH, "g.yaml");
    const e = await thrown(() => project(s));
    expect(e.code).toBe("E_FORMULA_NEGATIVE");
    // 2023 = 100 × (1 + (−2)) = −100 (the baseline year 2022 is 100)
    expect(e.message).toContain('"g" gives -100 亿元 in 2023');
    expect(e.diagnostics[0]!.loc).toMatchObject({ line: 12, col: 24 });
    expect(e.diagnostics[0]!.excerpt).toBe('    growth: { formula: "-2" }');
  });
  it("a count (家) indicator is held to the same rule; a plain number may be negative", async () => {
    const count = `${HEAD}sectors:\n${BASE}indicators:\n  firms:\n    unit: 家\n    value: { formula: a - 200 }\n`;
    const e = await thrown(async () => project(await loadScenarioText(count, "c.yaml")));
    expect(e.code).toBe("E_FORMULA_NEGATIVE");
    const index = count.replace("unit: 家", "unit: number");
    const s = await loadScenarioText(index, "i.yaml");
    // 100 − 200 = −100 in 2022
    expect(valueAt(project(s), "firms", 2022)).toBe(-100);
  });
  it("may_be_negative: true allows it, and the values are the formula's", async () => {
    const s = await loadScenarioText(LEVEL.replace("  d:\n", "  d:\n    may_be_negative: true\n"), "ok.yaml");
    expect(valueAt(project(s), "d", 2025)).toBe(-5);
    const g = await loadScenarioText(
      GROWTH.replace("  g:\n", "  g:\n    may_be_negative: true\n"),
      "ok.yaml",
    );
    // 100, then × (1 − 2) each year: −100, 100, −100
    expect([2023, 2024, 2025].map((y) => valueAt(project(g), "g", y))).toEqual([-100, 100, -100]);
  });
  it("on the command line: validate, check and simulate exit 2 with the position; nothing on stdout", async () => {
    const f = join(mkdtempSync(join(tmpdir(), "chainsim-neg-")), "neg.yaml");
    writeFileSync(f, LEVEL);
    for (const cmd of [["validate"], ["check"], ["simulate", "--samples", "100"]]) {
      const r = await cli(cmd[0]!, f, ...cmd.slice(1));
      expect(r.code, cmd[0]).toBe(2);
      expect(r.stderr).toContain(`${f}:11:23: error E_FORMULA_NEGATIVE`);
      expect(r.stdout).toBe("");
    }
  });
  it("validate checks every variant too", async () => {
    const f = join(mkdtempSync(join(tmpdir(), "chainsim-negv-")), "v.yaml");
    writeFileSync(
      f,
      `${HEAD}sectors:\n${BASE}variants:\n  crash:\n    set: { a.growth: { formula: "-3" } }\n`,
    );
    const r = await cli("validate", f);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("E_FORMULA_NEGATIVE");
    expect(r.stderr).toContain('variant "crash"');
  });
});

describe("Monte Carlo draws below zero", () => {
  // growth ~ normal(0, 100%), drawn once: 2023 = 100 × (1 + r) < 0 exactly when r < −1,
  // probability Φ(−1) = 0.158655 (standard normal table, e.g. Abramowitz & Stegun 26.2)
  const WIDE = `${HEAD}sectors:\n  w:\n    baseline: { year: 2022, value: 100 }\n    growth: { normal: [0%, 100%] }\n`;
  const N = 20_000;
  it("are counted and reported with their share of the samples (W_NEGATIVE_DRAWS), not refused", async () => {
    const s = await loadScenarioText(WIDE, "w.yaml");
    const r = await simulate(s, { samples: N, seed: 3 });
    const w = r.warnings?.find((x) => x.code === "W_NEGATIVE_DRAWS");
    expect(w).toBeDefined();
    const p = w!.params as { id: string; year: number; count: number; samples: number };
    expect(p).toMatchObject({ id: "w", year: 2023, samples: N });
    const se = Math.sqrt((0.158655 * (1 - 0.158655)) / N);
    expect(Math.abs(p.count / N - 0.158655)).toBeLessThan(4 * se);
    // the statistics keep the draws as drawn: the 5th percentile in 2023 is below zero
    expect(r.quantities[0]!.stats.p5[1]).toBeLessThan(0);
  });
  it("reach the findings' warnings and simulate's stderr, not its stdout", async () => {
    const s = await loadScenarioText(WIDE, "w.yaml");
    const seen: string[] = [];
    const f = await analyse(s, {
      parts: ["simulation"],
      samples: 2000,
      seed: 1,
      onWarning: (d) => seen.push(d.code),
    });
    expect(seen).toEqual(["W_NEGATIVE_DRAWS"]);
    expect(f.warnings.map((x) => x.code)).toContain("W_NEGATIVE_DRAWS");
    const file = join(mkdtempSync(join(tmpdir(), "chainsim-negmc-")), "w.yaml");
    writeFileSync(file, WIDE);
    const r = await cli("simulate", file, "--samples", "2000");
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /warning W_NEGATIVE_DRAWS: "w" is negative in 1\d(\.\d)?% of the samples in 2023/,
    );
    expect(r.stdout).not.toContain("W_NEGATIVE_DRAWS");
  });
  it("are not reported for a quantity with may_be_negative: true, nor when no draw is negative", async () => {
    const allowed = WIDE.replace("  w:\n", "  w:\n    may_be_negative: true\n");
    expect(
      (await simulate(await loadScenarioText(allowed, "w.yaml"), { samples: 2000, seed: 1 })).warnings,
    ).toBeUndefined();
    const narrow = WIDE.replace("[0%, 100%]", "[5%, 2%]");
    expect(
      (await simulate(await loadScenarioText(narrow, "w.yaml"), { samples: 2000, seed: 1 })).warnings,
    ).toBeUndefined();
  });
});
