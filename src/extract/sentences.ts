/**
 * Sentences and segments of a folded text. A sentence ends at 。；！？ or at a
 * line break that ends a line (after punctuation, before a clause number or a
 * dash bullet, or after a short heading); other line breaks are broken lines
 * of a scraped text and do not end anything.
 */
import type { ClauseMark } from "./clauses.js";
import type { Span } from "./types.js";

const END = /[。;!?！？]/;

/**
 * The sentences of a text, as spans.
 *
 * @example
 * sentences("一、目标\n到2025年,收入达到\n100亿元。其次", []).length // 3
 */
export function sentences(text: string, clauses: readonly ClauseMark[]): Span[] {
  const markAt = new Set(clauses.map((c) => c.start));
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    if (text.slice(start, end).trim() !== "") out.push({ start, end });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (markAt.has(i) && i > start) push(i);
    if (END.test(c)) push(i + 1);
    else if (c === "\n" && lineEnds(text, start, i, markAt)) push(i + 1);
  }
  push(text.length);
  return out;
}

function lineEnds(text: string, sentenceStart: number, i: number, marks: Set<number>): boolean {
  const lineStart = text.lastIndexOf("\n", i - 1) + 1;
  const line = text.slice(lineStart, i).trim();
  if (line === "") return true;
  if (/[。;!?！？:：)）]$/.test(line)) return true;
  let j = i + 1;
  while (j < text.length && /[ \t\r\u3000]/.test(text[j]!)) j++;
  if (marks.has(j) || text.startsWith("——", j) || text[j] === "\n") return true;
  // a short line that starts a sentence is a heading or a title line
  return lineStart === sentenceStart && line.length <= 16;
}

/**
 * The segment (between commas, 、 and colons) of a sentence that holds a position.
 *
 * @example
 * segmentAt("到2025年,收入达到100亿元", { start: 0, end: 18 }, 12) // { start: 8, end: 18 }
 */
export function segmentAt(text: string, sentence: Span, pos: number): Span {
  let start = sentence.start;
  for (let i = pos - 1; i >= sentence.start; i--) {
    if (/[,、:：]/.test(text[i]!)) {
      start = i + 1;
      break;
    }
  }
  let end = sentence.end;
  for (let i = pos; i < sentence.end; i++) {
    if (/[,、:：]/.test(text[i]!)) {
      end = i;
      break;
    }
  }
  return { start, end };
}

/** The sentence holding a position. */
export function sentenceAt(list: readonly Span[], pos: number): Span {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return { start: pos, end: pos };
}
