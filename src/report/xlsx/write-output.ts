/**
 * `--format xlsx -o FILE`: the workbook of a command's Findings, written
 * atomically (a half-written workbook never replaces a good one).
 */
import { fail } from "../../diagnostics.js";
import type { Lang } from "../../i18n/lang.js";
import type { Findings } from "../../model/findings.js";
import { writeFileAtomic } from "../atomic-write.js";

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
  if (!out) return fail("E_XLSX_NEEDS_OUT", { command });
  const { findingsXlsx } = await import("./findings-workbook.js"); // the xlsx library loads only here
  writeFileAtomic(out, await findingsXlsx(f, lang));
}
