/**
 * A scenario workbook → YAML text (`chainsim convert FILE.xlsx --to yaml`):
 * the values the loader reads, the cells' notes as comments on the fields
 * they were written on (notes.ts), and values a cell held as `{ … }` or
 * `[ … ]` written inline again, as they were in the YAML the workbook came from.
 */
import { Document, isMap, isSeq } from "yaml";
import { GUIDE_SHEET } from "../../i18n/text/workbook.js";
import { LIMITS } from "../parse.js";
import { readRegularFile } from "../read-file.js";
import { cellName, fromSheets } from "./from-sheets.js";
import { type CellNote, commentsOfNotes } from "./notes.js";
import { grids } from "./read.js";
import { applyComments, type DataPath } from "./yaml-comments.js";

/**
 * The YAML of a workbook's sheets and notes (check the workbook with the
 * loader first: this reads what it can).
 *
 * @example
 * writeFileSync("plan.yaml", await workbookYaml("plan.xlsx"));
 */
export async function workbookYaml(file: string): Promise<string> {
  const sheets = await grids(readRegularFile(file, LIMITS.fileBytes), file);
  const skip = [GUIDE_SHEET.zh, GUIDE_SHEET.en];
  const doc = fromSheets(sheets, skip);
  const notes: CellNote[] = sheets
    .filter((g) => !skip.includes(g.name))
    .flatMap((g) => (g.notes ?? []).map((n) => ({ cell: cellName(g.name, n.row, n.col), text: n.text })));
  const comments = commentsOfNotes(notes, doc.cells);
  const yaml = new Document(doc.data, { aliasDuplicateObjects: false });
  // inline as in the cell, unless a comment sits inside (comments need the block form)
  const inside = comments.map((c) => c.path.map(String));
  for (const p of doc.flow) {
    const path = JSON.parse(p) as DataPath;
    const node = yaml.getIn(path, true);
    const commented = inside.some((c) => c.length > path.length && path.every((s, i) => String(s) === c[i]));
    if ((isMap(node) || isSeq(node)) && !commented) node.flow = true;
  }
  applyComments(yaml, comments);
  return yaml.toString({ lineWidth: 0 });
}
