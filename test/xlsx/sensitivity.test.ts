/**
 * `chainsim sensitivity --format xlsx -o FILE` (issue 17): each method's table
 * as a sheet named in the chosen language, read back with the library —
 * numbers are numbers with number formats, the same as the JSON of the same
 * run, and the tornado's input values are the inputs' P10 and P90 computed by
 * hand from the scenario's distributions.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cli, SHANDONG } from "../cli/helpers.js";
import { readWorkbook, rowsOf } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "chainsim-xlsx-sens-"));
const GOAL = ["--target", "sd-it-2025"];

type Pair = [number, number];
type Point = { value: number; output: number };

/** The parts of `sensitivity --format json` these tests read. */
interface SensitivityJson {
  manifest: { input_sha256: string };
  result: {
    base: number;
    bars: Array<{ input: string; low: Point; high: Point; swing: number }>;
    indices: Array<{ input: string; first: number; first_ci: Pair; total: number; total_ci: Pair }>;
    second: Array<{ inputs: string[]; value: number }>;
    rows: Array<{
      factor: string;
      input: string;
      mu_star: number;
      mu_star_ci: Pair;
      mu: number;
      sigma: number;
      sigma_ci: Pair;
      shapley: number;
      ci: Pair;
    }>;
  };
}

/** The workbook and the JSON of one sensitivity run. */
async function both(
  name: string,
  ...args: string[]
): Promise<{ wb: ExcelJS.Workbook; json: SensitivityJson }> {
  const out = join(dir, `${name}.xlsx`);
  const r = await cli("sensitivity", SHANDONG, ...GOAL, ...args, "--format", "xlsx", "-o", out);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toBe("");
  const j = await cli(
    "sensitivity",
    SHANDONG,
    ...GOAL,
    ...args.filter((a) => a !== "--lang" && a !== "zh" && a !== "en"),
    "--format",
    "json",
  );
  expect(j.code, j.stderr).toBe(0);
  return { wb: await readWorkbook(readFileSync(out)), json: JSON.parse(j.stdout) };
}

/** Rows of `sheet` keyed by their first cell, without the header. */
function byFirst(wb: ExcelJS.Workbook, sheet: string): Map<string, unknown[]> {
  const ws = wb.getWorksheet(sheet);
  expect(ws, `sheet ${sheet} in ${wb.worksheets.map((w) => w.name)}`).toBeDefined();
  return new Map(
    rowsOf(ws!)
      .slice(1)
      .map((r) => [String(r[0]), r]),
  );
}

describe("sensitivity --format xlsx", () => {
  it("tornado: Chinese sheets, inputs at P10/P90 as the hand computation gives, percent-formatted rates", async () => {
    const { wb, json } = await both("tornado", "--method", "tornado", "--lang", "zh");
    expect(wb.worksheets.map((w) => w.name)).toEqual(["说明", "不确定输入", "敏感性龙卷风"]);
    const bars = byFirst(wb, "敏感性龙卷风");
    // software.growth ~ triangular(8%, 12%, 17%): F(12%) = 4/9 > 0.1, so
    // P10 = a + √(0.1·(b−a)(c−a)) = 0.08 + √(0.1·0.09·0.04) = 0.0989737 (triangular quantile);
    // 1 − 0.9 = 0.1 < 1 − 4/9, so P90 = b − √(0.1·(b−a)(b−c)) = 0.17 − √(0.1·0.09·0.05) = 0.1487868
    const g = bars.get("software.growth")!;
    expect(g[1]).toBeCloseTo(0.08 + Math.sqrt(0.1 * 0.09 * 0.04), 9);
    expect(g[3]).toBeCloseTo(0.17 - Math.sqrt(0.1 * 0.09 * 0.05), 9);
    // software.baseline: 11000~11300 is uniform, so P10 = 11030 and P90 = 11270
    const b = bars.get("software.baseline")!;
    expect([b[1], b[3]]).toEqual([11030, 11270]);
    const ws = wb.getWorksheet("敏感性龙卷风")!;
    const row = [...bars.keys()].indexOf("software.growth") + 2;
    expect(ws.getRow(row).getCell(2).numFmt).toBe("0.0%");
    expect(ws.getRow(1).getCell(6).value).toBe("摆幅");
    // the same numbers as the JSON of the same run, as numbers
    for (const bar of json.result.bars) {
      const r = bars.get(bar.input)!;
      expect(r.slice(1)).toEqual([bar.low.value, bar.low.output, bar.high.value, bar.high.output, bar.swing]);
    }
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const readme = byFirst(wb, "说明");
    expect(readme.get("分析方法")![1]).toBe("敏感性龙卷风");
    expect(readme.get("输入哈希 (SHA-256)")![1]).toBe(json.manifest.input_sha256);
    expect(readme.get("基准输出（各输入取中间值）")![1]).toBe(json.result.base);
  });

  it("Sobol with second order, in English: indices and intervals as numbers, the JSON's values", async () => {
    const { wb, json } = await both("sobol", "--samples", "256", "--second-order", "--lang", "en");
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "README",
      "uncertain inputs",
      "Sobol indices",
      "Sobol second order",
    ]);
    const rows = byFirst(wb, "Sobol indices");
    expect(rows.size).toBe(json.result.indices.length);
    for (const x of json.result.indices) {
      const r = rows.get(x.input)!;
      expect(r.slice(1, 7)).toEqual([x.first, ...x.first_ci, x.total, ...x.total_ci]);
      for (const v of r.slice(1, 7)) expect(typeof v).toBe("number");
    }
    const second = rowsOf(wb.getWorksheet("Sobol second order")!).slice(1);
    expect(second.map((r) => r.slice(0, 3))).toEqual(json.result.second.map((x) => [...x.inputs, x.value]));
    // the inputs' ranges: software.baseline is 11000~11300 in 亿元
    const inputs = byFirst(wb, "uncertain inputs");
    expect(inputs.get("software.baseline")!.slice(3)).toEqual([11150, 11000, 11300, "亿元"]);
    expect(inputs.get("software.growth")!.slice(3)).toEqual([0.12, 0.08, 0.17, "%"]);
  }, 60_000);

  it("Morris and Shapley: one row per factor or input, the JSON's values", async () => {
    const m = await both("morris", "--method", "morris", "--trajectories", "6", "--lang", "zh");
    const morris = byFirst(m.wb, "Morris筛选");
    for (const x of m.json.result.rows) {
      const r = morris.get(x.factor)!;
      expect(r.slice(2)).toEqual([x.mu_star, ...x.mu_star_ci, x.mu, x.sigma, ...x.sigma_ci]);
    }
    const s = await both("shapley", "--method", "shapley", "--samples", "50", "--lang", "zh");
    const shapley = byFirst(s.wb, "Shapley效应");
    expect(shapley.size).toBe(s.json.result.rows.length);
    for (const x of s.json.result.rows) expect(shapley.get(x.input)!.slice(1)).toEqual([x.shapley, ...x.ci]);
  }, 120_000);

  it("without -o: exit 2, E_XLSX_NEEDS_OUT, before the analysis runs", async () => {
    const r = await cli("sensitivity", SHANDONG, ...GOAL, "--format", "xlsx");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("E_XLSX_NEEDS_OUT");
    expect(existsSync(join(dir, "sensitivity.xlsx"))).toBe(false);
  });
});
