/**
 * report.xlsx (issue 17): the Shandong report's workbook opens, its sheet
 * names are the Chinese words (read back as UTF-8), numbers are numbers with
 * number formats, headers are frozen, the same inputs and seed give the same
 * bytes; every CSV of the report starts with the UTF-8 byte-order mark.
 *
 * Expected values come from the source document (000_4bf4d86db3557302.txt:
 * 到2025年 信息技术产业营业收入 2.2万亿元 = 22,000 亿元; the ten sub-sector goals
 * 1000+14000+3500+6000+600+2000+800+5000+2000+800 = 35,700 亿元) and from the
 * scenario's published 2022 actual (17,650 亿元).
 */
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, SHANDONG } from "../cli/helpers.js";
import { readWorkbook, rowsOf } from "./helpers.js";

let root: string;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "chainsim-xlsx-report-"));
  for (const d of ["a", "b"]) {
    const r = await cli(
      "report",
      "--lang",
      "zh",
      SHANDONG,
      "-o",
      join(root, d),
      "--samples",
      "500",
      "--seed",
      "3",
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  }
}, 120_000);

describe("report.xlsx", () => {
  it("is byte-identical for the same inputs and seed, and listed in the manifest", () => {
    const a = readFileSync(join(root, "a", "report.xlsx"));
    const b = readFileSync(join(root, "b", "report.xlsx"));
    expect(a.length).toBeGreaterThan(1000);
    expect(a.equals(b)).toBe(true);
    const manifest = JSON.parse(readFileSync(join(root, "a", "manifest.json"), "utf8"));
    expect(manifest.files.map((f: { path: string }) => f.path)).toContain("report.xlsx");
  });

  it("opens with Chinese sheet names, frozen headers and the README facts", async () => {
    const wb = await readWorkbook(readFileSync(join(root, "a", "report.xlsx")));
    const names = wb.worksheets.map((w) => w.name);
    expect(names.slice(0, 3)).toEqual(["说明", "目标", "目标测算"]);
    for (const n of ["加总校验", "所需增速", "达成概率", "逐年预测", "产业链"]) expect(names).toContain(n);
    for (const ws of wb.worksheets) {
      expect(ws.views[0], ws.name).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(ws.getRow(1).font?.bold, ws.name).toBe(true);
    }
    const readme = rowsOf(wb.getWorksheet("说明")!);
    const manifest = JSON.parse(readFileSync(join(root, "a", "manifest.json"), "utf8"));
    const value = (item: string) => readme.find((r) => r[0] === item)?.[1];
    expect(value("情景文件")).toBe("shandong-it-2025.yaml");
    expect(value("输入哈希 (SHA-256)")).toBe(manifest.input_sha256);
    expect(value("随机种子")).toBe(3);
    expect(value("样本数")).toBe(500);
    expect(value("chainsim 版本")).toBe(manifest.version);
  });

  it("holds real numbers with number formats: goals with their clause, verdicts, probabilities, projections", async () => {
    const wb = await readWorkbook(readFileSync(join(root, "a", "report.xlsx")));
    const goals = wb.getWorksheet("目标")!;
    const head = rowsOf(goals)[0]!;
    expect(head).toEqual(expect.arrayContaining(["目标", "目标值", "单位", "来源文件", "条款"]));
    const row = rowsOf(goals).find((r) => r[0] === "sd-it-2025")!;
    const at = (h: string) => row[head.indexOf(h)];
    expect(at("目标值")).toBe(22000); // 2.2万亿元, a number, not text
    expect(at("单位")).toBe("亿元");
    expect(at("原文表述")).toBe("2.2万亿");
    expect(at("来源文件")).toBe("000_4bf4d86db3557302.txt");

    const verdicts = rowsOf(wb.getWorksheet("加总校验")!);
    const v = verdicts.find((r) => r[0] === "it_industry")!;
    expect(v[verdicts[0]!.indexOf("分项合计")]).toBe(35700);
    expect(v[verdicts[0]!.indexOf("总量目标")]).toBe(22000);

    const probs = wb.getWorksheet("达成概率")!;
    const pHead = rowsOf(probs)[0]!;
    const pCol = pHead.indexOf("达成概率") + 1;
    const cell = probs.getRow(2).getCell(pCol);
    expect(typeof cell.value).toBe("number");
    expect(cell.value as number).toBeGreaterThanOrEqual(0);
    expect(cell.value as number).toBeLessThanOrEqual(1);
    expect(cell.numFmt).toBe("0.0%");
    const lo = probs.getRow(2).getCell(pHead.indexOf("95%区间下限") + 1).value as number;
    const hi = probs.getRow(2).getCell(pHead.indexOf("95%区间上限") + 1).value as number;
    expect(lo).toBeLessThanOrEqual(cell.value as number);
    expect(hi).toBeGreaterThanOrEqual(cell.value as number);

    const proj = rowsOf(wb.getWorksheet("逐年预测")!);
    expect(proj[0]!.slice(3)).toEqual(["2022", "2023", "2024", "2025"]);
    const it2022 = proj.find((r) => r[0] === "it_industry")![3];
    expect(it2022).toBe(17650); // the published 2022 actual
  });

  it("fits column widths to Chinese text (two units per character)", async () => {
    const wb = await readWorkbook(readFileSync(join(root, "a", "report.xlsx")));
    const goals = wb.getWorksheet("目标")!;
    const nameCol = rowsOf(goals)[0]!.indexOf("名称") + 1;
    // 信息技术产业 is 6 characters: 12 units, plus a margin
    expect(goals.getColumn(nameCol).width).toBeGreaterThanOrEqual(14);
  });

  it("every CSV of the report starts with the UTF-8 byte-order mark", () => {
    const dir = join(root, "a", "data");
    const csvs = readdirSync(dir).filter((n) => n.endsWith(".csv"));
    expect(csvs.length).toBeGreaterThan(3);
    for (const n of csvs)
      expect([...readFileSync(join(dir, n)).subarray(0, 3)], n).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("every sheet of report.xlsx is also a CSV (data/table-*.csv), with the BOM and the sheet's headers and numbers", async () => {
    const wb = await readWorkbook(readFileSync(join(root, "a", "report.xlsx")));
    const dir = join(root, "a", "data");
    const csvs = readdirSync(dir).filter((n) => n.startsWith("table-") && n.endsWith(".csv"));
    expect(csvs).toHaveLength(wb.worksheets.length);
    const goals = readFileSync(join(dir, "table-goals.csv"), "utf8");
    expect(goals.startsWith("\uFEFF")).toBe(true);
    const sheet = rowsOf(wb.getWorksheet("目标")!);
    const [head, first] = goals.slice(1).split("\n");
    expect(head).toBe((sheet[0] as string[]).join(","));
    // sd-it-2025: 2.2万亿元 = 22,000 亿元 (the source document), the same number in both
    expect(first!.split(",")[0]).toBe("sd-it-2025");
    expect(first!.split(",")).toContain("22000");
  });
});
