/**
 * An old Excel workbook (.xls) or a WPS spreadsheet (.et) given as a scenario
 * gets its own error (E_OLD_WORKBOOK) naming the file, with the fix — save it
 * as .xlsx — instead of the YAML loader's "NUL bytes" error; exit code 2 and
 * nothing written. The fixtures are the first 512 bytes of an OLE2 compound
 * file (the container both formats use: signature D0 CF 11 E0 A1 B1 1A E1).
 */
import { copyFileSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, cliEnv } from "../cli/helpers.js";

const XLS = "test/xlsx/fixtures/old-format.xls";
const ET = "test/xlsx/fixtures/wps-sheet.et";

describe("E_OLD_WORKBOOK: .xls and .et files", () => {
  for (const [file, ext] of [
    [XLS, ".xls"],
    [ET, ".et"],
  ] as const) {
    it(`${ext}: the file named, the save-as-.xlsx hint, exit 2, in either language`, async () => {
      const en = await cli("check", file, "--lang", "en");
      expect(en.code).toBe(2);
      expect(en.stdout).toBe("");
      expect(en.stderr).toContain("E_OLD_WORKBOOK");
      expect(en.stderr).toContain(`"${file}" is a ${ext} spreadsheet, which chainsim cannot read`);
      expect(en.stderr).toContain("save it as an .xlsx workbook");
      expect(en.stderr).not.toContain("E_BINARY");
      const zh = await cliEnv({ LANG: "zh_CN.UTF-8" }, "check", file);
      expect(zh.code).toBe(2);
      expect(zh.stderr).toContain(`"${file}" 是 ${ext} 格式的表格，chainsim 无法读取`);
      expect(zh.stderr).toContain("另存为 .xlsx 工作簿");
    });
  }

  it("an upper-case extension too; convert writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chainsim-old-workbook-"));
    const upper = join(dir, "PLAN.XLS");
    copyFileSync(XLS, upper);
    const c = await cli("check", upper, "--lang", "en");
    expect(c.stderr).toContain(`is a .xls spreadsheet`);
    const out = join(dir, "x.xlsx");
    const r = await cli("convert", XLS, "--to", "xlsx", "-o", out, "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("E_OLD_WORKBOOK");
    expect(existsSync(out)).toBe(false);
  });

  it("a missing .xls file is still 'not found', not this error", async () => {
    const r = await cli("check", "no/such/plan.XLS", "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("E_FILE_NOT_FOUND");
  });
});
