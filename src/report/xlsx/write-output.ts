/**
 * `--format xlsx -o FILE`: the workbook of a command's Findings (or of a
 * sensitivity run), written atomically (a half-written workbook never
 * replaces a good one).
 */
import type { SensitivityRun } from "../../analysis/sensitivity/analyse.js";
import { fail } from "../../diagnostics.js";
import type { Lang } from "../../i18n/lang.js";
import type { Findings } from "../../model/findings.js";
import type { Scenario } from "../../model/scenario.js";
import { writeFileAtomic } from "../atomic-write.js";

/**
 * `out`, or a usage error naming `command` (before any work is done).
 *
 * @example
 * xlsxOut(undefined, "run") // throws E_XLSX_NEEDS_OUT
 */
export function xlsxOut(out: string | undefined, command: string): string {
  return out ?? fail("E_XLSX_NEEDS_OUT", { command });
}

/**
 * Write the workbook of `f` to `out`; a usage error without `out`.
 *
 * @example
 * await writeFindingsXlsx(f, "run.xlsx", "zh", "run")
 */
export async function writeFindingsXlsx(
  f: Findings,
  out: string | undefined,
  lang: Lang,
  command: string,
): Promise<void> {
  const file = xlsxOut(out, command);
  const { findingsXlsx } = await import("./findings-workbook.js"); // the xlsx library loads only here
  writeFileAtomic(file, await findingsXlsx(f, lang));
}

/**
 * Write the workbook of a sensitivity run to `out`.
 *
 * @example
 * await writeSensitivityXlsx(s, run, "sobol.xlsx", "zh")
 */
export async function writeSensitivityXlsx(
  s: Scenario,
  run: SensitivityRun,
  out: string | undefined,
  lang: Lang,
): Promise<void> {
  const file = xlsxOut(out, "sensitivity");
  const { sensitivitySheets } = await import("./sensitivity-sheets.js");
  const { writeWorkbook } = await import("./workbook.js");
  writeFileAtomic(file, await writeWorkbook(sensitivitySheets(s, run, lang), lang));
}
