/**
 * Scenario workbooks (issue 17): every shipped scenario survives
 * yaml → xlsx → yaml with the same `run --format json` (apart from the
 * manifest, which names the file and hashes its bytes, and each goal's `line`
 * in its own file); a workbook runs directly; each kind of mistake gets an
 * error naming its sheet and cell, exit 2, and convert writes nothing.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { scenarioWorkbook, templateWorkbook } from "../../src/report/xlsx/scenario-workbook.js";
import { readScenarioFile } from "../../src/scenario/parse.js";
import { columnLetters } from "../../src/scenario/workbook/from-sheets.js";
import { commentsOf } from "../../src/scenario/workbook/yaml-comments.js";
import { cli, SHANDONG } from "../cli/helpers.js";
import { readWorkbook, rowsOf } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "chainsim-xlsx-scenario-"));
const SCENARIOS = readdirSync("scenarios")
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => `scenarios/${f}`);

/** The comments of a YAML file: where each is attached (path and slot) and its text, sorted (keys may move). */
function commentsIn(file: string): string[] {
  return commentsOf(parseDocument(readFileSync(file, "utf8")))
    .map((c) => JSON.stringify([c.path.map(String), c.slot, c.text]))
    .sort();
}

/** run --format json without what names the file (manifest) or a line in it. */
async function runJson(file: string): Promise<unknown> {
  const r = await cli("run", file, "--format", "json");
  expect(r.code, `${file}: ${r.stderr}`).toBe(0);
  const out = JSON.parse(r.stdout);
  delete out.manifest;
  return JSON.parse(JSON.stringify(out, (k, v) => (k === "line" ? undefined : v)));
}

describe("yaml → xlsx → yaml", () => {
  it.each(SCENARIOS)(
    "%s keeps every value: the same run --format json",
    async (file) => {
      const base = join(dir, file.replace(/\W/g, "_"));
      const c1 = await cli("convert", file, "--to", "xlsx", "-o", `${base}.xlsx`);
      expect(c1.code, c1.stderr).toBe(0);
      const c2 = await cli("convert", `${base}.xlsx`, "--to", "yaml", "-o", `${base}.yaml`);
      expect(c2.code, c2.stderr).toBe(0);
      const want = await runJson(file);
      expect(await runJson(`${base}.yaml`)).toEqual(want);
      expect(await runJson(`${base}.xlsx`)).toEqual(want);
      // every comment comes back on the same field, in the same place, with the same text
      expect(commentsIn(`${base}.yaml`)).toEqual(commentsIn(file));
    },
    60_000,
  );

  it("writes the sheets the schema has, one row per item, headers in Chinese with the field", async () => {
    const wb = await readWorkbook(readFileSync(join(dir, "scenarios_shandong_it_2025_yaml.xlsx")));
    const names = wb.worksheets.map((w) => w.name);
    for (const n of ["settings", "sectors", "growth", "targets", "actuals", "links", "variants"])
      expect(names).toContain(n);
    const targets = rowsOf(wb.getWorksheet("targets")!);
    expect(targets[0]!.slice(0, 3)).toEqual(["标识 (id)", "行业 (sector)", "年份 (year)"]);
    expect(targets.length - 1).toBe(16); // the 16 goals of the file
    const first = targets[1]!;
    expect(first[0]).toBe("sd-it-2025");
    expect(first[2]).toBe(2025); // a number
    expect(first[targets[0]!.indexOf("不低于 (at_least)")]).toBe("2.2万亿"); // as the document prints it
  });

  it("a workbook with a guide sheet (the init --xlsx template) loads", async () => {
    const yaml = readFileSync(SHANDONG, "utf8");
    const file = join(dir, "template.xlsx");
    writeFileSync(file, await templateWorkbook(yaml, "template.yaml"));
    const wb = await readWorkbook(readFileSync(file));
    expect(wb.worksheets[0]!.name).toBe("填写说明");
    expect(await runJson(file)).toEqual(await runJson(SHANDONG));
  });
});

/** The Shandong workbook with one change, written to `name`. */
async function broken(name: string, change: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const data = readScenarioFile(SHANDONG).data as Record<string, unknown>;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await scenarioWorkbook(data)) as unknown as ArrayBuffer);
  change(wb);
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

/** The cell of `field` in row `row` (1-based, the header is row 1) of `sheet`. */
function cellOf(wb: ExcelJS.Workbook, sheet: string, field: string, row: number): ExcelJS.Cell {
  const ws = wb.getWorksheet(sheet)!;
  const head = (ws.getRow(1).values as unknown[])
    .slice(1)
    .map((h) => /\(([^()]+)\)\s*$/.exec(String(h))?.[1] ?? h);
  const c = head.indexOf(field);
  if (c < 0) throw new Error(`no ${field} in ${sheet}`);
  return ws.getRow(row).getCell(c + 1);
}

const address = (sheet: string, field: string, row: number, wb: ExcelJS.Workbook) =>
  `${sheet}!${columnLetters(Number(cellOf(wb, sheet, field, row).col) - 1)}${row}`;

/** Ten kinds of mistakes; each names the cell it expects. */
const MISTAKES: Array<{ what: string; cell: string; change: (wb: ExcelJS.Workbook) => string }> = [
  {
    what: "a YAML cell that does not close",
    cell: "growth!C3",
    change: (wb) => {
      wb.getWorksheet("growth")!.getCell("C3").value = "{ triangular: [2%, 8%";
      return "growth!C3";
    },
  },
  {
    what: "a sector twice",
    cell: "sectors!A4",
    change: (wb) => {
      wb.getWorksheet("sectors")!.getCell("A4").value = wb.getWorksheet("sectors")!.getCell("A3").value;
      return "sectors!A4";
    },
  },
  {
    what: "a growth row for no sector",
    cell: "growth!B2",
    change: (wb) => {
      wb.getWorksheet("growth")!.getCell("B2").value = "no_such_sector";
      return "growth!B2";
    },
  },
  {
    what: "an unknown column in targets",
    cell: "",
    change: (wb) => {
      const ws = wb.getWorksheet("targets")!;
      const col = ws.columnCount + 1;
      ws.getRow(1).getCell(col).value = "bogus";
      ws.getRow(5).getCell(col).value = 1;
      return `targets!${columnLetters(col - 1)}5`;
    },
  },
  {
    what: "a year written as words",
    cell: "",
    change: (wb) => {
      cellOf(wb, "targets", "year", 2).value = "明年";
      return address("targets", "year", 2, wb);
    },
  },
  {
    what: "a goal for a sector that does not exist",
    cell: "",
    change: (wb) => {
      cellOf(wb, "targets", "sector", 3).value = "nonexistent";
      return address("targets", "sector", 3, wb);
    },
  },
  {
    what: "an amount that is not a number",
    cell: "",
    change: (wb) => {
      cellOf(wb, "targets", "at_least", 2).value = "很多";
      return address("targets", "at_least", 2, wb);
    },
  },
  {
    what: "a horizon that is not a year",
    cell: "",
    change: (wb) => {
      const ws = wb.getWorksheet("settings")!;
      let row = 0;
      ws.eachRow((r, n) => {
        if (r.getCell(1).value === "horizon") row = n;
      });
      ws.getCell(`B${row}`).value = "soon";
      return `settings!B${row}`;
    },
  },
  {
    what: "a range written the wrong way round",
    cell: "",
    change: (wb) => {
      cellOf(wb, "sectors", "baseline", 3).value = "{ year: 2022, value: 7000~6000 }";
      return address("sectors", "baseline", 3, wb);
    },
  },
  {
    what: "a row without its key",
    cell: "",
    change: (wb) => {
      wb.getWorksheet("sectors")!.getCell("A5").value = null;
      return "sectors!A5";
    },
  },
  {
    what: "a formula with no computed value (written by a program, never opened in Excel)",
    cell: "",
    change: (wb) => {
      cellOf(wb, "targets", "year", 5).value = { formula: "2020+5", date1904: false };
      return address("targets", "year", 5, wb);
    },
  },
  {
    what: "an error value (#DIV/0!)",
    cell: "",
    change: (wb) => {
      cellOf(wb, "sectors", "baseline", 6).value = { error: "#DIV/0!" };
      return address("sectors", "baseline", 6, wb);
    },
  },
];

describe("mistakes in a workbook", () => {
  it.each(MISTAKES.map((m, i) => [i + 1, m.what, m] as const))(
    "%i. %s: the sheet and cell, exit 2, nothing written",
    async (i, _what, m) => {
      let cell = "";
      const file = await broken(`mistake-${i}.xlsx`, (wb) => {
        cell = m.change(wb);
      });
      const out = join(dir, `mistake-${i}.yaml`);
      const r = await cli("convert", file, "--to", "yaml", "-o", out);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`${file}!${cell}: error E_`);
      if (r.stderr.includes("E_WORKBOOK_CELL")) expect(r.stderr).toContain("hint:");
      expect(existsSync(out)).toBe(false);
    },
  );

  it("in Chinese: what is wrong and what to do, in Chinese", async () => {
    const file = await broken("mistake-zh.xlsx", (wb) => {
      wb.getWorksheet("sectors")!.getCell("A5").value = null;
    });
    const r = await cli("check", file, "--lang", "zh");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}!sectors!A5`);
    expect(r.stderr).toContain("此行没有标识");
    expect(r.stderr).toContain("在第一列填写该项的标识");
  });

  it("a file that is not a workbook: E_WORKBOOK_READ, exit 2", async () => {
    const file = join(dir, "not-a-workbook.xlsx");
    writeFileSync(file, "id: x\n");
    const r = await cli("run", file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("E_WORKBOOK_READ");
  });

  it("converting to the format it already has: E_CONVERT_TARGET", async () => {
    const r = await cli("convert", SHANDONG, "--to", "yaml");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("E_CONVERT_TARGET");
  });
});

/** A row appended to `sheet`: a copy of row `from` with its key replaced (null: no key). */
function appendRow(wb: ExcelJS.Workbook, sheet: string, from: number, key: string | null): string {
  const ws = wb.getWorksheet(sheet)!;
  const values = (ws.getRow(from).values as ExcelJS.CellValue[]).slice(1);
  values[0] = key;
  const n = ws.rowCount + 1;
  ws.getRow(n).values = values;
  return `${sheet}!A${n}`;
}

describe("mistakes at several loader stages in one workbook", () => {
  /**
   * The ten kinds above but the horizon (a top-level setting: next test), with the duplicate and
   * the missing key made on a pasted row rather than by overwriting a sector's id (which would
   * leave that sector's goals and links truly pointing at nothing).
   */
  const SEVERAL = [
    ...MISTAKES.filter(
      (m) =>
        ![
          "a horizon that is not a year",
          "a sector twice",
          "a row without its key",
          "an amount that is not a number",
        ].includes(m.what),
    ).map((m) => m.change),
    // the amount on a goal of its own: not the year's or the formula's (a goal with a structural
    // mistake is set aside whole), nor one of the sector with the error value (set aside too)
    (wb: ExcelJS.Workbook) => {
      const damaged = String(wb.getWorksheet("sectors")!.getCell("A6").value);
      let row = 4;
      while (
        !cellOf(wb, "targets", "at_least", row).value ||
        row === 5 ||
        cellOf(wb, "targets", "sector", row).value === damaged
      )
        row++;
      cellOf(wb, "targets", "at_least", row).value = "很多";
      return address("targets", "at_least", row, wb);
    },
    (wb: ExcelJS.Workbook) =>
      appendRow(wb, "sectors", 3, String(wb.getWorksheet("sectors")!.getCell("A3").value)),
    (wb: ExcelJS.Workbook) => appendRow(wb, "sectors", 4, null),
  ];

  it("cells, structure and meaning: every mistake reported in one run at its sheet and cell, exit 2", async () => {
    const cells: string[] = [];
    const file = await broken("several-stages.xlsx", (wb) => {
      for (const change of SEVERAL) cells.push(change(wb));
    });
    const r = await cli("check", file, "--lang", "en");
    expect(r.code, r.stderr).toBe(2);
    for (const cell of cells) expect(r.stderr, cell).toContain(`${file}!${cell}: error E_`);
    const codes = [...r.stderr.matchAll(/: error (E_\w+)/g)].map((m) => m[1]);
    expect(codes).toContain("E_WORKBOOK_CELL"); // cells
    expect(codes).toContain("E_WRONG_TYPE"); // structure
    expect(codes).toContain("E_UNKNOWN_KEY"); // structure
    expect(codes).toContain("E_UNKNOWN_REFERENCE"); // meaning
    expect(codes).toContain("E_RANGE_ORDER"); // meaning
    // one error per mistake: nothing piled on about the items set aside
    expect(codes).toHaveLength(SEVERAL.length);
    // convert refuses it the same way and writes nothing
    const out = join(dir, "several-stages.yaml");
    const c = await cli("convert", file, "--to", "yaml", "-o", out);
    expect(c.code).toBe(2);
    expect(c.stderr).toBe(r.stderr);
    expect(existsSync(out)).toBe(false);
  });

  it("a wrong top-level setting stops the meaning checks; cells and structure are still reported together", async () => {
    const cells: string[] = [];
    const file = await broken("several-stages-horizon.xlsx", (wb) => {
      for (const m of MISTAKES) cells.push(m.change(wb));
    });
    const r = await cli("check", file, "--lang", "en");
    expect(r.code).toBe(2);
    const horizon = cells[MISTAKES.findIndex((m) => m.what === "a horizon that is not a year")]!;
    expect(r.stderr).toContain(`${file}!${horizon}: error E_WRONG_TYPE`);
    expect(r.stderr).toContain("error E_WORKBOOK_CELL");
    expect(r.stderr).toContain("error E_UNKNOWN_KEY");
    expect(r.stderr).not.toContain("E_UNKNOWN_REFERENCE"); // the meaning checks need a horizon
  });
});

describe("mistakes at several loader stages in a YAML file", () => {
  it("a structural mistake and two meaning mistakes: all three, each at its line", async () => {
    const yaml = readFileSync(SHANDONG, "utf8")
      .replace("sector: it_industry, year: 2025", "sector: it_industry, year: 明年")
      .replace("id: sd-software-2025, sector: software", "id: sd-software-2025, sector: nonexistent")
      .replace("value: 11000~11300", "value: 11300~11000");
    const file = join(dir, "several-stages.yaml");
    writeFileSync(file, yaml);
    const line = (needle: string) => yaml.split("\n").findIndex((l) => l.includes(needle)) + 1;
    const r = await cli("check", file, "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:${line("year: 明年")}:`);
    expect(r.stderr).toMatch(new RegExp(`${line("sector: nonexistent")}:\\d+: error E_UNKNOWN_REFERENCE`));
    expect(r.stderr).toMatch(new RegExp(`${line("11300~11000")}:\\d+: error E_RANGE_ORDER`));
    expect([...r.stderr.matchAll(/: error E_/g)]).toHaveLength(3);
  });
});

describe("comments: yaml → xlsx → yaml", () => {
  const FIXTURE = "test/xlsx/fixtures/commented.yaml";

  it("every comment position of a commented file survives, as notes on the fields' cells, values identical", async () => {
    const xlsx = join(dir, "commented.xlsx");
    const yaml = join(dir, "commented.yaml");
    expect((await cli("convert", FIXTURE, "--to", "xlsx", "-o", xlsx)).code).toBe(0);
    expect((await cli("convert", xlsx, "--to", "yaml", "-o", yaml)).code).toBe(0);
    const want = commentsIn(FIXTURE);
    expect(want).toHaveLength(16); // the fixture's comments, one per position it shows
    expect(commentsIn(yaml)).toEqual(want);
    expect(await runJson(yaml)).toEqual(await runJson(FIXTURE));
    // in the workbook: a note on the cell each field is read from
    const wb = await readWorkbook(readFileSync(xlsx));
    const note = (sheet: string, field: string, row: number) => cellOf(wb, sheet, field, row).note;
    expect(wb.getWorksheet("sectors")!.getCell("A2").value).toBe("ic");
    expect(wb.getWorksheet("sectors")!.getCell("A2").note).toBe("# 2022 yearbook, table 3-2");
    expect(note("sectors", "baseline", 2)).toBe(
      "# source: provincial statistics bureau, 2023-02\n§ 行尾 (end)\n# assumed range",
    );
    const growth = wb.getWorksheet("growth")!;
    expect(growth.getCell("C2").note).toBe("# national IC design revenue +9.7% (2023)");
    expect(wb.getWorksheet("settings")!.getCell("A1").note).toContain("§ 文件开头 (file-start)");
  });

  it("a note typed in Excel or WPS (author in bold, no #) comes back as a comment above its field", async () => {
    const xlsx = join(dir, "commented.xlsx");
    const wb = await readWorkbook(readFileSync(xlsx));
    cellOf(wb, "targets", "reach", 3).note = {
      texts: [{ text: "张三:", font: { bold: true } }, { text: "\n来源：2023 年统计公报" }],
    };
    const edited = join(dir, "commented-edited.xlsx");
    writeFileSync(edited, Buffer.from(await wb.xlsx.writeBuffer()));
    const yaml = join(dir, "commented-edited.yaml");
    expect((await cli("convert", edited, "--to", "yaml", "-o", yaml)).code).toBe(0);
    expect(commentsIn(yaml)).toContain(
      JSON.stringify([["targets", "1", "reach"], "above", " 来源：2023 年统计公报"]),
    );
  });

  it("a second round trip changes nothing: the same YAML text and the same workbook bytes", async () => {
    const [x1, y1, x2, y2] = ["c1.xlsx", "c1.yaml", "c2.xlsx", "c2.yaml"].map((f) => join(dir, f));
    await cli("convert", FIXTURE, "--to", "xlsx", "-o", x1!);
    await cli("convert", x1!, "--to", "yaml", "-o", y1!);
    await cli("convert", y1!, "--to", "xlsx", "-o", x2!);
    await cli("convert", x2!, "--to", "yaml", "-o", y2!);
    expect(readFileSync(y2!, "utf8")).toBe(readFileSync(y1!, "utf8"));
    expect(readFileSync(x2!).equals(readFileSync(x1!))).toBe(true);
  });
});
