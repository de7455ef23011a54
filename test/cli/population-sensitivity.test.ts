/**
 * `chainsim sensitivity` on Liaocheng's firm goals (docs/firms.md, "Which
 * assumption matters"): the population's parameters are the inputs, the
 * output is the same bytes for the same seed, and the report's tornado shows
 * a grouped input's ends as quantiles (P10, P90) under its bilingual name.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sensitivityFindings } from "../../src/analysis/findings/sensitivity-findings.js";
import { labels } from "../../src/report/labels.js";
import { sensitivityFigures } from "../../src/report/report-analyses.js";
import { inputName } from "../../src/report/report-figures.js";
import { loadScenario } from "../../src/scenario/load.js";
import { readWorkbook, rowsOf } from "../xlsx/helpers.js";
import { cli } from "./helpers.js";

const LIAOCHENG = "scenarios/liaocheng-it-2025.yaml";
const GOAL = "lc-above-scale-firms-2025";

describe("sensitivity of Liaocheng's firm goals", () => {
  it("tornado and Morris JSON: the population's inputs, byte-identical for the same seed", async () => {
    for (const method of ["tornado", "morris"]) {
      const args = ["sensitivity", LIAOCHENG, "--target", GOAL, "--method", method, "--format", "json"];
      const a = await cli(...args);
      const b = await cli(...args);
      expect(a.code).toBe(0);
      expect(a.stdout).toBe(b.stdout);
      // the reader is told how the population's randomness is held (the central population)
      expect(a.stderr).toContain("W_SENSITIVITY_POPULATION");
      const out = JSON.parse(a.stdout);
      const names: string[] = out.inputs.map((i: { name: string }) => i.name);
      expect(names).toContain("firms.sectors.electronics.growth");
      expect(names).toContain("firms.entry.new_electronics.per_year");
      // the count's own baseline and growth move nothing (the population is authoritative)
      expect(names.some((n) => n.startsWith("lc_above_scale_firms."))).toBe(false);
    }
  });

  it("the report's tornado: P10/P90 for a group, names in both languages, the same findings twice", async () => {
    const s = await loadScenario(LIAOCHENG);
    const a = await sensitivityFindings(s, GOAL, { samples: 64, seed: 1 });
    const b = await sensitivityFindings(s, GOAL, { samples: 64, seed: 1 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const figures = sensitivityFigures(s, a, labels("zh"));
    const rows = figures.tornado![0]!.rows;
    const group = rows.find((r) => r.input === "firms.sectors.electronics.named_revenue")!;
    expect([group.lowLabel, group.highLabel]).toEqual(["P10", "P90"]);
    expect(inputName(s, "firms.sectors.electronics.growth", labels("zh"))).toBe("电子信息制造业 企业增速");
    // an entry cohort the scenario gives no name is said by its sector
    expect(inputName(s, "firms.entry.new_electronics.per_year", labels("en"))).toBe(
      "electronic-information manufacturing: new firms a year",
    );
    expect(inputName(s, "firms.entry.new_electronics.per_year", labels("zh"))).toBe(
      "电子信息制造业 每年新进入企业数",
    );
  });

  it("the text tables name every population input in the reader's language beside its id", async () => {
    const s = await loadScenario(LIAOCHENG);
    for (const method of ["tornado", "sobol", "morris", "shapley"]) {
      for (const lang of ["zh", "en"] as const) {
        const extra = method === "sobol" || method === "shapley" ? ["--samples", "32"] : [];
        const r = await cli(
          "sensitivity",
          LIAOCHENG,
          "--target",
          GOAL,
          "--method",
          method,
          "--lang",
          lang,
          ...extra,
        );
        expect(r.code, r.stderr).toBe(0);
        const lines = r.stdout.split("\n");
        const head = lines.findIndex(
          (l) => l.startsWith(lang === "zh" ? "输入参数" : "input") || /^(因素|factor) /.test(l),
        );
        expect(lines[head], `${method} ${lang}`).toContain(lang === "zh" ? "含义" : "what it is");
        const rows = lines.slice(head + 2).filter((l) => l.startsWith("firms."));
        expect(rows.length, `${method} ${lang}`).toBeGreaterThan(3);
        for (const row of rows) {
          const id = row.split(/\s+/)[0]!;
          // the label the catalogue gives (src/i18n/text/population-inputs.ts), after the id
          expect(
            row
              .slice(id.length)
              .trimStart()
              .startsWith(inputName(s, id, labels(lang))),
            row,
          ).toBe(true);
          if (lang === "zh") expect(inputName(s, id, labels(lang))).toMatch(/[\u4e00-\u9fff]/);
        }
      }
    }
  }, 120_000);

  it("discover's box names each population input beside its id", async () => {
    const s = await loadScenario(LIAOCHENG);
    for (const lang of ["zh", "en"] as const) {
      const r = await cli("discover", LIAOCHENG, "--target", GOAL, "--samples", "300", "--lang", lang);
      expect(r.code, r.stderr).toBe(0);
      const limits = r.stdout.split("\n").filter((l) => l.startsWith("  firms."));
      expect(limits.length).toBeGreaterThan(0);
      for (const l of limits) {
        const id = l.trim().split(/[ （]/)[0]!;
        const meaning = inputName(s, id, labels(lang));
        expect(l).toContain(lang === "zh" ? `${id}（${meaning}）` : `${id} (${meaning})`);
      }
    }
  }, 120_000);

  it("a table of quantity inputs only keeps its columns (no name column)", async () => {
    const r = await cli(
      "sensitivity",
      "scenarios/shandong-it-2025.yaml",
      "--target",
      "sd-software-2025",
      "--method",
      "tornado",
      "--lang",
      "zh",
    );
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("含义");
  });

  it("solve searches a population input, with a range in its own terms", async () => {
    // one named firm's base-year revenue in 万元: the revenue goal's central gap
    // (−7.449亿 at 2025, from the tornado's base) closed by ΔR × 1.11³ (electronics at its
    // central 11% for three years): ΔR = 74493.95 / 1.367631 = 54469.3万 over its central 11亿
    const t = await cli(
      "sensitivity",
      LIAOCHENG,
      "--target",
      "lc-it-revenue-2025",
      "--method",
      "tornado",
      "--format",
      "json",
    );
    const gap = JSON.parse(t.stdout).result.base as number;
    const r = await cli(
      "solve",
      LIAOCHENG,
      "--target",
      "lc-it-revenue-2025",
      "--for",
      "firms.named.pacific_fibre.revenue",
      "--range",
      "1亿:40亿",
      "--format",
      "json",
    );
    expect(r.code).toBe(0);
    const value = JSON.parse(r.stdout).result.value as number;
    expect(value).toBeCloseTo(110000 + (-gap * 1e4) / 1.11 ** 3, 0);
    // entrants: a median new electronics firm (3000万) is above scale from its first year, so
    // one more entrant a year over 2023-2025 adds 3 firms; the central 1~4 is 2.5, drawn as 3
    // (29 firms): 4 a year gives 32, the first whole number that reaches 30
    const c = await cli(
      "solve",
      LIAOCHENG,
      "--target",
      GOAL,
      "--for",
      "firms.entry.new_electronics.per_year",
      "--range",
      "0:10",
    );
    expect(c.code).toBe(0);
    expect(c.stdout).toMatch(/must be 4 to just meet/);
    // the sentence says what the input is, in the reader's language
    expect(c.stdout).toContain(
      "firms.entry.new_electronics.per_year (electronic-information manufacturing: new firms a year) must be 4",
    );
  });

  it("the workbook's input sheet names the population's parameters and says what they are", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chainsim-pop-"));
    const out = join(dir, "tornado.xlsx");
    const r = await cli(
      "sensitivity",
      LIAOCHENG,
      "--target",
      GOAL,
      "--method",
      "tornado",
      "--lang",
      "zh",
      "--format",
      "xlsx",
      "-o",
      out,
    );
    expect(r.code, r.stderr).toBe(0);
    const wb = await readWorkbook(readFileSync(out));
    const rows = rowsOf(wb.getWorksheet("不确定输入")!);
    const growth = rows.find((row) => row[0] === "firms.sectors.electronics.growth")!;
    expect(growth.slice(1, 3)).toEqual(["电子信息制造业 企业增速", "企业群体参数"]);
    // an unnamed entry cohort is named by its sector, not by its id
    const entry = rows.find((row) => row[0] === "firms.entry.new_electronics.per_year")!;
    expect(entry.slice(1, 3)).toEqual(["电子信息制造业 每年新进入企业数", "企业群体参数"]);
    rmSync(dir, { recursive: true, force: true });
  });

  it("the report's workbook names the population's parameters in its tornado sheet, in each language", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chainsim-pop-report-"));
    const s = await loadScenario(LIAOCHENG);
    for (const lang of ["zh", "en"] as const) {
      const out = join(dir, lang);
      const r = await cli(
        "report",
        LIAOCHENG,
        "-o",
        out,
        "--samples",
        "0",
        "--sensitivity",
        GOAL,
        "--sensitivity-samples",
        "32",
        "--lang",
        lang,
      );
      expect(r.code, r.stderr).toBe(0);
      const wb = await readWorkbook(readFileSync(join(out, "report.xlsx")));
      const sheet = wb.worksheets.find((w) => w.name === (lang === "zh" ? "敏感性龙卷风" : "tornado"))!;
      const [, ...rows] = rowsOf(sheet);
      expect(rows.length).toBeGreaterThan(3);
      for (const row of rows) {
        const id = String(row[0]);
        expect(id.startsWith("firms.")).toBe(true);
        // the catalogue's name (src/i18n/text/population-inputs.ts) and what the input is
        expect(row.slice(1, 3)).toEqual([
          inputName(s, id, labels(lang)),
          lang === "zh" ? "企业群体参数" : "firm-population parameter",
        ]);
      }
    }
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it("the workbook's input sheet gives every population parameter its unit, in each language", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chainsim-pop-unit-"));
    const s = await loadScenario(LIAOCHENG);
    const inputs = [
      "firms.entry.new_electronics.per_year",
      "firms.generated.small_electronics.count",
      "firms.named.pacific_fibre.revenue",
      "firms.sectors.software.named_revenue",
      "firms.sectors.electronics.growth",
    ];
    // what each is, by its definition: entrants and a group's size in firms, one firm's
    // revenue in the firms' money unit (firms.unit), a group of revenues as a quantile
    const want = {
      zh: ["家", "家", s.firms!.unit.symbol, "分位数（0–1）", "%"],
      en: ["firms", "firms", s.firms!.unit.symbol, "quantile (0–1)", "%"],
    };
    expect(s.firms!.unit.symbol).toBe("万元");
    for (const lang of ["zh", "en"] as const) {
      const out = join(dir, `${lang}.xlsx`);
      const r = await cli(
        "sensitivity",
        LIAOCHENG,
        "--target",
        "lc-it-revenue-2025",
        "--method",
        "tornado",
        "--inputs",
        inputs.join(","),
        "--lang",
        lang,
        "--format",
        "xlsx",
        "-o",
        out,
      );
      expect(r.code, r.stderr).toBe(0);
      const wb = await readWorkbook(readFileSync(out));
      const sheet = wb.worksheets[1]!;
      const [head, ...rows] = rowsOf(sheet);
      const unitCol = head!.length - 1;
      expect(String(head![unitCol])).toBe(lang === "zh" ? "单位" : "unit");
      expect(inputs.map((name) => rows.find((row) => row[0] === name)?.[unitCol])).toEqual(want[lang]);
    }
    rmSync(dir, { recursive: true, force: true });
  });
});
