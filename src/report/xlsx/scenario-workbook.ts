/**
 * Scenario workbooks: a scenario document as a workbook (`chainsim convert
 * FILE.yaml --to xlsx`) and the filled-in template with Chinese headers and a
 * guide sheet (`chainsim init --xlsx`). Read back by src/scenario/workbook.
 */
import { parseScenarioText } from "../../scenario/parse.js";
import { guideSheet, toSheets } from "../../scenario/workbook/to-sheets.js";
import { writeWorkbook } from "./workbook.js";

/**
 * The workbook of a scenario document (the plain data of a YAML file),
 * headers "中文 (field)", optionally with the guide sheet first.
 *
 * @example
 * const bytes = await scenarioWorkbook(readScenarioFile("s.yaml").data as Record<string, unknown>);
 */
export async function scenarioWorkbook(
  doc: Record<string, unknown>,
  opts: { guide?: boolean } = {},
): Promise<Uint8Array> {
  const sheets = toSheets(doc);
  return writeWorkbook(opts.guide ? [guideSheet(), ...sheets] : sheets, "zh");
}

/**
 * The template workbook for `chainsim init --xlsx`: the YAML template text
 * (e.g. templateText("zh", file) of src/cli/commands/init.ts) as sheets with
 * Chinese headers, after a guide sheet saying how to fill them in.
 *
 * @example
 * writeFileSync("plan.xlsx", await templateWorkbook(templateText("zh", "plan.xlsx"), "plan.xlsx"));
 */
export async function templateWorkbook(yamlText: string, file: string): Promise<Uint8Array> {
  const data = parseScenarioText(yamlText, file).data as Record<string, unknown>;
  return scenarioWorkbook(data, { guide: true });
}
