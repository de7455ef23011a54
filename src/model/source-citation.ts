/**
 * How a `source:` is cited: a document by its number (文号) when the scenario
 * gives one, else its title, else its file, with the clause; a published statistic by its
 * publisher and date; an assumption by its reason, in the reader's language
 * when the file gives it as `{ zh, en }`.
 */
import { type Bilingual, type Lang, pick } from "../i18n/lang.js";
import type { SourceRef } from "./quantity.js";

/**
 * An assumption's reason in `lang`: a single text is the same in both languages.
 *
 * @example
 * assumedIn({ zh: "无公开数据", en: "no published figure" }, "zh") // "无公开数据"
 * assumedIn("no published figure", "zh") // "no published figure"
 */
export function assumedIn(a: string | Bilingual | undefined, lang: Lang): string | undefined {
  return a === undefined || typeof a === "string" ? a : pick(a, lang);
}

/**
 * The citation in `lang` (only an assumption's reason differs between languages).
 *
 * @example
 * citeSource({ document: "000.txt", number: "鲁政发〔2023〕11号", clause: "一" }, "zh") // "鲁政发〔2023〕11号 一"
 * citeSource({ document: "", publisher: "大众日报", published: "2023-01-15", figure: "10115" }, "en") // "大众日报 2023-01-15 10115"
 * citeSource({ document: "", assumed: { zh: "无 2022 年数据", en: "no 2022 figure published" } }, "zh") // "无 2022 年数据"
 */
export function citeSource(ref: SourceRef, lang: Lang, withFigure = false): string {
  const parts =
    ref.document || ref.number
      ? [ref.number ?? (ref.title ? `《${ref.title}》` : ref.document), ref.clause]
      : ref.publisher
        ? [ref.publisher, ref.published]
        : [assumedIn(ref.assumed, lang)];
  if (withFigure || (!ref.document && !ref.number && ref.publisher)) parts.push(ref.figure);
  return parts.filter(Boolean).join(" ");
}

/**
 * The citation as data: one text, or `{ zh, en }` when the file gives the
 * assumption's reason in both languages (so JSON keeps what the file wrote).
 *
 * @example
 * citeSourceData({ document: "", assumed: "no 2022 figure" }) // "no 2022 figure"
 * citeSourceData({ document: "", assumed: { zh: "无数据", en: "no figure" } }) // { zh: "无数据", en: "no figure" }
 */
export function citeSourceData(ref: SourceRef, withFigure = false): string | Bilingual {
  const zh = citeSource(ref, "zh", withFigure);
  const en = citeSource(ref, "en", withFigure);
  return zh === en ? zh : { zh, en };
}
