/**
 * `chainsim extract`, the library call: a policy text's bytes in, its goals
 * (with clauses, spans, comparators, kinds, years, subjects and baselines),
 * the figures left out and why, and the proposed headline/children groupings out.
 */

import { findClauses } from "./clauses.js";
import { cleanText } from "./clean.js";
import { type DecodedText, decodeDocument } from "./decode.js";
import { type DocumentFrame, documentFrame, type Goal, readGoals } from "./goals.js";
import { type Grouping, groupGoals } from "./group.js";
import { sentences } from "./sentences.js";
import { documentTitle } from "./title.js";
import { tokenize } from "./tokens.js";
import type { ExtractedGoal, Extraction, SkippedFigure } from "./types.js";

export interface ExtractResult {
  document: string;
  encoding: DecodedText["encoding"];
  /** The decoded text. */
  text: string;
  goals: Goal[];
  skipped: SkippedFigure[];
  groups: Grouping[];
  frame: DocumentFrame;
  /** The title the document prints at its head (noise removed; title.ts), "" when none. */
  title: string;
}

/**
 * Extract the goals of a document from its bytes.
 *
 * @example
 * extractDocument(new TextEncoder().encode("到2025年，全省软件业务收入达到14000亿元。"), "a.txt").goals[0]
 * // { clause: "", subject: "软件业务收入", year: 2025, comparator: { type: "reach", words: "达到", … }, value: "14000", unit: "亿元", kind: "level", … }
 */
export function extractDocument(bytes: Uint8Array, document: string): ExtractResult {
  const { text, encoding } = decodeDocument(bytes, document);
  return extractText(text, document, encoding);
}

/** Extract the goals of a decoded text. */
export function extractText(
  text: string,
  document: string,
  encoding: DecodedText["encoding"] = "utf-8",
): ExtractResult {
  const c = cleanText(text);
  const clauses = findClauses(c.text);
  const sents = sentences(c.text, clauses);
  const tokens = tokenize(c.text, text);
  const frame = documentFrame(c.text, tokens.years);
  const { goals, skipped } = readGoals(c, clauses, sents, tokens, frame);
  const all = [...c.noise, ...tokens.skipped, ...skipped].sort((a, b) => a.span.start - b.span.start);
  const title = documentTitle(c);
  return { document, encoding, text, goals, skipped: all, groups: groupGoals(goals), frame, title };
}

/** The JSON the issue specifies: `{document, goals, skipped}`. */
export function extractionJson(r: ExtractResult): Extraction {
  const goals: ExtractedGoal[] = r.goals.map((g) => {
    const out: ExtractedGoal = {
      id: g.id,
      clause: g.clause,
      span: g.span,
      text: g.text,
      subject: g.subject,
      year: g.year,
      comparator: g.comparator,
      value: g.value,
      unit: g.unit,
      kind: g.kind,
      confidence: g.confidence,
    };
    if (g.baseline) out.baseline = g.baseline;
    return out;
  });
  return { document: r.document, goals, skipped: r.skipped };
}
