/**
 * Scenario workbooks: a scenario document as a workbook (`chainsim convert
 * FILE.yaml --to xlsx`) and the filled-in template with Chinese headers and a
 * guide sheet (`chainsim init --xlsx`). The YAML's comments become notes on
 * the cells of the fields they annotate. Read back by src/scenario/workbook.
 */
import type { Document } from "yaml";
import { parseScenarioText } from "../../scenario/parse.js";
import { fromSheets } from "../../scenario/workbook/from-sheets.js";
import { notesOf } from "../../scenario/workbook/notes.js";
import { guideSheet, type ScenarioSheet, toSheets } from "../../scenario/workbook/to-sheets.js";
import { commentsOf } from "../../scenario/workbook/yaml-comments.js";
import { writeWorkbook } from "./workbook.js";

/** `sheets` with the comments of `yaml` as notes on the cells their fields are read from. */
function withNotes(sheets: ScenarioSheet[], yaml: Document): ScenarioSheet[] {
  const comments = commentsOf(yaml);
  if (comments.length === 0) return sheets;
  const grids = sheets.map((s) => ({
    name: s.name.zh,
    rows: [s.columns.map((c) => c.header.zh), ...s.rows],
  }));
  const notes = notesOf(comments, fromSheets(grids).cells, yaml.toJS());
  return sheets.map((s) => {
    const own = [...notes].filter(([cell]) => cell.startsWith(`${s.name.zh}!`));
    return own.length
      ? { ...s, notes: Object.fromEntries(own.map(([c, t]) => [c.slice(s.name.zh.length + 1), t])) }
      : s;
  });
}

/**
 * The workbook of a scenario document (the plain data of a YAML file),
 * headers "中文 (field)", optionally with the guide sheet first and with the
 * comments of the YAML it was read from as cell notes.
 *
 * @example
 * const parsed = readScenarioFile("s.yaml");
 * const bytes = await scenarioWorkbook(parsed.data as Record<string, unknown>, { yaml: parsed.doc });
 */
export async function scenarioWorkbook(
  doc: Record<string, unknown>,
  opts: { guide?: boolean; yaml?: Document } = {},
): Promise<Uint8Array> {
  const sheets = opts.yaml ? withNotes(toSheets(doc), opts.yaml) : toSheets(doc);
  return writeWorkbook(opts.guide ? [guideSheet(), ...sheets] : sheets, "zh");
}

/**
 * The template workbook for `chainsim init --xlsx`: the YAML template text
 * (e.g. templateText("zh", file) of src/cli/commands/init.ts) as sheets with
 * Chinese headers and its comments as notes, after a guide sheet saying how
 * to fill them in.
 *
 * @example
 * writeFileSync("plan.xlsx", await templateWorkbook(templateText("zh", "plan.xlsx"), "plan.xlsx"));
 */
export async function templateWorkbook(yamlText: string, file: string): Promise<Uint8Array> {
  const parsed = parseScenarioText(yamlText, file);
  return scenarioWorkbook(parsed.data as Record<string, unknown>, { guide: true, yaml: parsed.doc });
}
