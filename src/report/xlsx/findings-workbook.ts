/**
 * Findings → a workbook: a README sheet, then one sheet per table the
 * findings hold (goals with their source clause, results, add-up verdicts,
 * required growth, probabilities with intervals, projections by year,
 * simulated ranges, chain, costs, comparison, sweep, sensitivity), in the
 * chosen language. A renderer like the others: it reads Findings only.
 */
import type { Lang } from "../../i18n/lang.js";
import type { Findings } from "../../model/findings.js";
import {
  chainSheet,
  compareSheet,
  costsSheet,
  sobolSheet,
  sweepSheet,
  tornadoSheet,
} from "./analysis-sheets.js";
import { chainConsistencySheet, requiredGrowthSheet, verdictsSheet } from "./check-sheets.js";
import { goalsSheet, projectionSheet, readmeSheet, resultsSheet } from "./goal-sheets.js";
import { probabilitiesSheet, simulatedSheet } from "./simulation-sheets.js";
import type { SheetTable } from "./table.js";
import { writeWorkbook } from "./workbook.js";

/**
 * The sheets of `f`, in order; parts that are absent give no sheet.
 *
 * @example
 * findingsSheets(await analyse(s, { parts: ["projection", "targets"] }), "zh").map((t) => t.key)
 * // ["readme", "goals", "results", "projection"]
 */
export function findingsSheets(f: Findings, lang: Lang): SheetTable[] {
  const sheets = [
    readmeSheet(f, lang),
    goalsSheet(f, lang),
    resultsSheet(f, lang),
    verdictsSheet(f, lang),
    requiredGrowthSheet(f, lang),
    probabilitiesSheet(f, lang),
    projectionSheet(f, lang),
    simulatedSheet(f, lang),
    chainConsistencySheet(f, lang),
    chainSheet(f, lang),
    costsSheet(f, lang),
    compareSheet(f),
    sweepSheet(f),
    tornadoSheet(f, lang),
    sobolSheet(f),
  ];
  return sheets.filter((t): t is SheetTable => t !== null);
}

/**
 * The workbook of `f` as bytes: the same findings give the same bytes.
 *
 * @example
 * writeFileSync("run.xlsx", await findingsXlsx(f, "zh"));
 */
export async function findingsXlsx(f: Findings, lang: Lang): Promise<Uint8Array> {
  return writeWorkbook(findingsSheets(f, lang), lang);
}
