/**
 * How a `source:` is cited: a document by its number (文号) when the scenario
 * gives one, else its title, else its file, with the clause; a published statistic by its
 * publisher and date; an assumption by its reason.
 */
import type { SourceRef } from "./quantity.js";

/**
 * @example
 * citeSource({ document: "000.txt", number: "鲁政发〔2023〕11号", clause: "一" }) // "鲁政发〔2023〕11号 一"
 * citeSource({ document: "", publisher: "大众日报", published: "2023-01-15", figure: "10115" }) // "大众日报 2023-01-15 10115"
 * citeSource({ document: "", assumed: "no 2022 figure published" }) // "no 2022 figure published"
 */
export function citeSource(ref: SourceRef, withFigure = false): string {
  const parts =
    ref.document || ref.number
      ? [ref.number ?? (ref.title ? `《${ref.title}》` : ref.document), ref.clause]
      : ref.publisher
        ? [ref.publisher, ref.published]
        : [ref.assumed];
  if (withFigure || (!ref.document && !ref.number && ref.publisher)) parts.push(ref.figure);
  return parts.filter(Boolean).join(" ");
}
