/**
 * The "what it is" column of `chainsim sensitivity`'s tables: when a table
 * lists a firm population's inputs (`firms.entry.new_electronics.per_year`,
 * docs/firms.md "Which assumption matters"), each row also gets its name as a
 * reader says it (新电子企业 每年新进入企业数), in the reader's language; the
 * id stays in the first column (it is what `--inputs` takes). Tables with
 * quantity inputs only are unchanged.
 */
import type { Lang } from "../i18n/lang.js";
import { inLang } from "../i18n/text/tables.js";
import { SENS } from "../i18n/text/tables-sensitivity.js";
import type { Scenario } from "../model/scenario.js";
import { labels } from "./labels.js";
import { inputName } from "./report-figures.js";
import type { Column } from "./table.js";

/**
 * Each input's name in `lang`, or null when none of `names` is a population
 * input (then the table keeps its columns); "" for a name that is no input
 * (a Morris group).
 *
 * @example
 * inputLabels(liaocheng, ["firms.entry.new_electronics.per_year", "lc_it_industry.growth"], "zh")
 * // ["电子信息制造业 每年新进入企业数", "新一代信息技术产业营业收入(规上) 增速"]
 * inputLabels(shandong, ["software.growth"], "zh") // null
 */
export function inputLabels(s: Scenario | undefined, names: readonly string[], lang: Lang): string[] | null {
  if (!s?.firms || !names.some((n) => n.startsWith("firms."))) return null;
  const L = labels(lang);
  return names.map((n) => {
    const shown = inputName(s, n, L);
    return shown === n ? "" : shown;
  });
}

/**
 * The table's columns and rows with the names beside the ids (after the first
 * column), or as they are when `names` is null.
 *
 * @example
 * withInputLabels([{ header: "输入参数" }], [["firms.x.count"]], ["x 企业数"], "zh")
 * // { columns: [{ header: "输入参数" }, { header: "含义" }], rows: [["firms.x.count", "x 企业数"]] }
 */
export function withInputLabels(
  columns: Column[],
  rows: string[][],
  names: string[] | null,
  lang: Lang,
): { columns: Column[]; rows: string[][] } {
  if (!names) return { columns, rows };
  return {
    columns: [columns[0]!, { header: inLang(SENS, lang).inputMeaning }, ...columns.slice(1)],
    rows: rows.map((r, i) => [r[0]!, names[i] ?? "", ...r.slice(1)]),
  };
}

/**
 * An input as a sentence names it: a firm population's with what it is
 * beside its id, any other by its id.
 *
 * @example
 * inputInSentence(liaocheng, "firms.entry.new_electronics.per_year", "zh")
 * // "firms.entry.new_electronics.per_year（电子信息制造业 每年新进入企业数）"
 * inputInSentence(shandong, "software.growth", "zh") // "software.growth"
 */
export function inputInSentence(s: Scenario | undefined, name: string, lang: Lang): string {
  const meaning = inputLabels(s, [name], lang)?.[0];
  return meaning ? inLang(SENS, lang).inputWithMeaning(name, meaning) : name;
}
