/**
 * The title a policy text prints at its head, as printed (noise removed), for
 * the draft's `title:`. The rules, one per layout of the seed documents:
 *
 * - the first line is the title (000), cut before a date in brackets or the
 *   body on the same line (001: `…的意見 (2023年12月28日) 為深入…`);
 * - a title broken over lines continues up to the blank line, the 征求意见稿
 *   marker, a document number, or a line that ends a sentence; it stops once
 *   it ends in its kind (意见, 行动计划, 方案 …) or its period (002:
 *   `关于加快新一代信息技术产业高质量` + `发展的意见（2023-2025年）`);
 * - a cover letter (a first line that is a document number, 鲁科字〔2023〕4号)
 *   issues a document it names in 《…》 before 印发: that is the title (003);
 * - a first line that is a sentence (ends in 。, 004) or a clause heading (一、…)
 *   is no title: "".
 */

import type { CleanText } from "./clean.js";

/** A year range in brackets, part of a title: （2023-2025年）. */
const PERIOD = /^[(（]\s*\d{4}\s*[-—–~至]\s*\d{4}\s*年?\s*[)）]$/;
/** Where a first line stops being the title: a sentence end, wide spacing, a bracket that is not a period. */
const TITLE_END = /。|\s{2,}|\s*[(（](?!\s*\d{4}\s*[-—–~至]\s*\d{4}\s*年?\s*[)）])/;
/** The kinds of document a title ends with. */
const KIND_END = /(?:意见|通知|方案|计划|规划|办法|决定|细则|纲要|措施|规定|条例|政策|[)）])$/;
/** A document number: 鲁政发〔2023〕11号. */
const DOC_NUMBER = /[〔[]\d{4}[〕\]]\s*\d+\s*号$/;
/** The draft-for-comment marker: （征求意见稿）. */
const DRAFT_MARK = /^[(（]?\s*征求意见稿\s*[)）]?$/;
/** A clause heading (一、 (一) 第一条): the text starts with its body, no title. */
const HEADING = /^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十]+[条章])/;
/** The longest title kept. */
const MAX_TITLE = 80;

interface Line {
  /** Folded and cleaned, for matching. */
  folded: string;
  /** As printed, noise removed. */
  printed: string;
}

/**
 * The document's printed title, or "" when it prints none.
 *
 * @example
 * const t = "关于加快新一代信息技术产业高质量\n发展的意见（2023-2025年）\n（征求意见稿）\n\n正文。";
 * documentTitle({ original: t, text: t.replace(/（/g, "(").replace(/）/g, ")"), noise: [] })
 * // "关于加快新一代信息技术产业高质量发展的意见（2023-2025年）"
 */
export function documentTitle(c: CleanText): string {
  const lines = linesOf(c);
  const start = lines.findIndex((l) => l.folded !== "");
  if (start < 0) return "";
  const first = lines[start]!;
  if (DOC_NUMBER.test(first.folded)) return issuedTitle(c) ?? continued(lines, start + 1);
  return continued(lines, start);
}

/** The title starting at line `i`, joined with the lines that continue it. */
function continued(lines: readonly Line[], i: number): string {
  const first = lines[i];
  if (
    !first ||
    /[。；;:：]$/.test(first.folded) ||
    DOC_NUMBER.test(first.folded) ||
    HEADING.test(first.folded)
  )
    return "";
  let folded = first.folded;
  let title = first.printed;
  for (let j = i + 1; j < lines.length; j++) {
    const next = lines[j]!.folded;
    if (next === "" || DRAFT_MARK.test(next) || DOC_NUMBER.test(next)) break;
    if (PERIOD.test(next)) {
      folded += next;
      title += lines[j]!.printed;
      break;
    }
    if (KIND_END.test(folded) || TITLE_END.test(folded) || /[。；;:：,，]/.test(next) || next.length > 40)
      break;
    folded += next;
    title += lines[j]!.printed;
  }
  return cut(folded, title);
}

/** The title cut where the folded text stops being one, at most MAX_TITLE characters. */
function cut(folded: string, printed: string): string {
  const m = TITLE_END.exec(folded);
  const end = m ? m.index : folded.length;
  return printed.slice(0, end).trim().slice(0, MAX_TITLE);
}

/** The 《…》 a cover letter issues (…制定了《X》，现印发给你们), as printed. */
function issuedTitle(c: CleanText): string | undefined {
  const at = c.text.indexOf("印发");
  if (at < 0) return undefined;
  const close = c.text.lastIndexOf("》", at);
  const open = c.text.lastIndexOf("《", close);
  if (close < 0 || open < 0 || at - close > 12) return undefined;
  return c.original
    .slice(open + 1, close)
    .trim()
    .slice(0, MAX_TITLE);
}

/** The lines of the text, folded and as printed, noise dropped (the folded text has the same positions). */
function linesOf(c: CleanText): Line[] {
  const out: Line[] = [];
  let at = 0;
  for (const line of c.text.split("\n")) {
    let folded = "";
    let printed = "";
    for (let i = 0; i < line.length; i++) {
      if (line[i] === " " && c.original[at + i] !== " ") continue; // blanked noise
      folded += line[i]!;
      printed += c.original[at + i]!;
    }
    const lead = folded.length - folded.trimStart().length;
    const end = folded.trimEnd().length;
    out.push({ folded: folded.slice(lead, end), printed: printed.slice(lead, end) });
    at += line.length + 1;
  }
  return out;
}
