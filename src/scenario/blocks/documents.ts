/**
 * `documents:` — short names of the source documents: a file name, or
 * `{ file, title, number, issuer, date }` so reports cite 鲁政发〔2023〕11号
 * where a reader expects it rather than the file name.
 *
 * ```yaml
 * documents:
 *   sd-it: { file: 000_4bf4d86db3557302.txt, number: 鲁政发〔2023〕11号, issuer: 山东省人民政府, date: 2023-12-26 }
 *   lc-it: 002_a108ca76e60ef7cf.txt
 * ```
 */
import type { DocumentInfo } from "../../model/scenario.js";
import type { ScenarioFile } from "../schema.js";

/**
 * Short name → file, whichever form each entry takes.
 *
 * @example
 * documentFiles({ documents: { a: "x.txt", b: { file: "y.txt", number: "鲁政发〔2023〕11号" } } }) // { a: "x.txt", b: "y.txt" }
 */
export function documentFiles(file: Pick<ScenarioFile, "documents">): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(file.documents ?? {})) out[k] = typeof v === "string" ? v : v.file;
  return out;
}

/**
 * Short name → the document as cited, for the entries written as objects (undefined when there are none).
 *
 * @example
 * documentInfo({ documents: { b: { file: "y.txt", number: "鲁政发〔2023〕11号" } } }) // { b: { file: "y.txt", number: "鲁政发〔2023〕11号" } }
 */
export function documentInfo(
  file: Pick<ScenarioFile, "documents">,
): Record<string, DocumentInfo> | undefined {
  let out: Record<string, DocumentInfo> | undefined;
  for (const [k, v] of Object.entries(file.documents ?? {})) {
    if (typeof v === "string") continue;
    const d: DocumentInfo = { file: v.file };
    if (v.title !== undefined) d.title = v.title;
    if (v.number !== undefined) d.number = v.number;
    if (v.issuer !== undefined) d.issuer = v.issuer;
    if (v.date !== undefined) d.date = String(v.date);
    out = { ...out, [k]: d };
  }
  return out;
}
