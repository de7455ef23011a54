/**
 * From figures to goals: for each figure, the rules decide whether it is a
 * goal (a quantity with a comparator, a year or a unit, in a goal sentence) or
 * not (a subsidy or award, a condition, a past figure, a plain number), and
 * read its comparator, kind, year and subject.
 */
import { findBaselinePairs } from "./baseline.js";
import { type ClauseMark, clauseAt, clauseStart, rootStart } from "./clauses.js";
import { type CleanText, printed } from "./clean.js";
import { AFTER, BEFORE, combine } from "./comparators.js";
import { segmentAt, sentenceAt } from "./sentences.js";
import { subjectSpan } from "./subject.js";
import type { FigureToken, Tokens, YearToken } from "./tokens.js";
import type { ExtractedGoal, GoalKind, SkippedFigure, Span } from "./types.js";

/** A goal with what the draft needs beyond the JSON. */
export interface Goal extends ExtractedGoal {
  /** The value in `canonicalUnit` (亿元 for money, percent, the measure word), low and high ends. */
  low: number;
  high: number;
  canonicalUnit: string;
  dimension: FigureToken["dimension"];
  /** A year was printed for it (else `year` is the document's horizon). */
  yearStated: boolean;
  /** A printed period (2023-2025年) for per-year goals. */
  from?: number;
  /** 其中: the goal stands after 其中 in the sentence of another goal. */
  ofWhich?: string;
  /** Baseline value in canonical units. */
  baselineValue?: number;
}

export interface DocumentFrame {
  /** The latest target year the document names (its horizon). */
  horizon: number | undefined;
  /** The year the document was issued, when printed. */
  issued: number | undefined;
  /** A printed period (2023-2025年), from the first one found. */
  period: { from: number; to: number } | undefined;
}

const INSTRUMENT = /给予|奖励|补贴|补助|奖补|资助|贴息|扶持资金|资金支持|活动经费|经费补贴|后补助|一次性/g;
const GOAL_FRAME = /到\s*\d{4}\s*年|力争|目标/g;

/**
 * Read the goals among a document's figures.
 *
 * @example
 * // see extract.ts: extractDocument("…到2025年，全省软件业务收入达到14000亿元。")
 */
export function readGoals(
  c: CleanText,
  clauses: readonly ClauseMark[],
  sents: readonly Span[],
  tokens: Tokens,
  frame: DocumentFrame,
): { goals: Goal[]; skipped: SkippedFigure[] } {
  const t = c.text;
  const skipped: SkippedFigure[] = [];
  const goals: Goal[] = [];
  const pairs = findBaselinePairs(t, tokens.figures);
  const starting = new Map(pairs.map((p) => [p.from, p]));
  const goalOf = new Map(pairs.map((p) => [p.to, p]));
  const marks = new Set(clauses.map((m) => m.start));
  for (const [index, f] of tokens.figures.entries()) {
    if (marks.has(f.start)) continue; // a clause number (1.), not a figure
    const sent = sentenceAt(sents, f.start);
    const seg = segmentAt(t, sent, f.start);
    const skip = (reason: string) =>
      skipped.push({ span: { start: f.start, end: f.end }, text: c.original.slice(f.start, f.end), reason });
    if (starting.has(index)) {
      skip("a starting value (由…年的X提高到Y): kept as the next goal's baseline");
      continue;
    }
    const pre = t.slice(seg.start, f.start).replace(/\s+$/, "");
    const before = BEFORE.find(([w]) => pre.endsWith(w))?.[0] ?? "";
    const postRaw = t.slice(f.end, seg.end);
    const after = f.approx ?? AFTER.find(([w]) => postRaw.startsWith(w))?.[0] ?? "";
    const sentPre = t.slice(sent.start, f.start);
    const reason =
      countedProperty(t, f, tokens.figures[index - 1], seg, postRaw) ??
      notAGoal(
        t,
        f,
        sent,
        before,
        after,
        postRaw.slice(f.approx ? 0 : after.length),
        sentPre,
        tokens.years,
        frame,
      );
    if (reason) {
      skip(reason);
      continue;
    }
    const kind = kindOf(f, pre);
    const yr = yearOf(f, sent, clauses, tokens.years, frame);
    const start = f.start - before.length;
    const end = f.end + (f.approx ? 0 : after.length);
    const striving = /力争|争取|努力/.test(sentPre);
    const comparator = combine(before, after, striving, f.scaleClass);
    const previous = goals[goals.length - 1];
    const sameSentence = previous !== undefined && previous.span.start >= sent.start;
    const subject = goalSubject(c, seg, sent, start, end, kind, sameSentence ? previous : undefined);
    const goal: Goal = {
      id: "",
      clause: clauseAt(clauses, f.start),
      span: { start, end },
      text: printed(c, sent.start, sent.end),
      subject,
      year: yr.year,
      comparator,
      value: c.original.slice(f.start, f.numEnd).trim(),
      unit: c.original.slice(f.numEnd, f.end).trim(),
      kind,
      confidence: 0,
      low: f.low,
      high: f.high,
      canonicalUnit: f.canonicalUnit,
      dimension: f.dimension,
      yearStated: yr.stated,
    };
    if (yr.from !== undefined) goal.from = yr.from;
    const pair = goalOf.get(index);
    if (pair) {
      const b = tokens.figures[pair.from]!;
      goal.baseline = {
        year: pair.year,
        value: c.original.slice(b.start, b.numEnd).trim(),
        unit: c.original.slice(b.numEnd, b.end).trim(),
      };
      goal.baselineValue = b.low;
    }
    const ofWhich = /其中/.exec(sentPre);
    if (ofWhich) {
      const at = sent.start + ofWhich.index;
      const head = [...goals].reverse().find((h) => h.span.start >= sent.start && h.span.end <= at);
      if (head) goal.ofWhich = head.id;
    }
    goal.confidence = confidenceOf(goal);
    goal.id = `g${goals.length + 1}`;
    goals.push(goal);
  }
  return { goals, skipped };
}

/**
 * A figure that describes the things counted just before it, not a goal of its own:
 * 培育10个以上产值超百亿元的数字产业集群 (the goal is 10个), 两家百亿级企业 (the goal is 两家).
 */
function countedProperty(
  t: string,
  f: FigureToken,
  prev: FigureToken | undefined,
  seg: Span,
  postRaw: string,
): string | undefined {
  if (prev?.dimension !== "count" || prev.end < seg.start) return undefined;
  if (f.dimension !== "count" && /^\s*(?:以上|左右)?的/.test(postRaw))
    return "a property of the things counted before it (10个产值超百亿元的集群), not a goal";
  if (
    f.scaleClass &&
    /^\s*$/.test(t.slice(prev.end, f.start)) &&
    /^(?:企业|公司|龙头|项目|园区)/.test(t.slice(f.end, f.end + 2))
  )
    return "a size class of the firms or projects counted just before it (两家百亿级企业), not a goal";
  return undefined;
}

/**
 * The subject of a goal, as printed. A growth goal names the quantity that grows
 * (地区生产总值年均增长 → 地区生产总值), or takes the previous goal's in its sentence
 * (营收突破2.2万亿元，年均增长10%以上); 占…比重 with the quantity elided takes it from
 * the previous goal (增加值达到1200亿元…，占GDP比重达到15%).
 */
function goalSubject(
  c: CleanText,
  seg: Span,
  sent: Span,
  start: number,
  end: number,
  kind: GoalKind,
  previous: Goal | undefined,
): string {
  const t = c.text;
  const subj = subjectSpan(t, seg, start, end, sent.end);
  if (!subj) return kind === "growth" && previous ? previous.subject : "";
  const words = t.slice(subj.start, subj.end);
  if (kind === "growth") {
    if (/^(?:年均)?(?:复合)?(?:增长率?|增速|增幅)/.test(words)) return previous?.subject ?? "";
    const cut = /(?:年均)?(?:复合)?(?:增长率?|增速|增幅)$/.exec(words);
    if (cut && cut.index >= 2) return printed(c, subj.start, subj.start + cut.index);
  }
  const subject = printed(c, subj.start, subj.end);
  return words.startsWith("占") && previous?.subject ? previous.subject + subject : subject;
}

function notAGoal(
  t: string,
  f: FigureToken,
  sent: Span,
  before: string,
  after: string,
  post: string,
  sentPre: string,
  years: readonly YearToken[],
  frame: DocumentFrame,
): string | undefined {
  const sentence = t.slice(sent.start, sent.end);
  const instrument = instrumentAround(sentPre, t.slice(f.end, sent.end));
  if (instrument) return instrument;
  if (/首次(?:突破|超过|达到)?$/.test(sentPre.replace(/\s+$/, "").slice(0, sentPre.length - before.length)))
    return "a condition (首次…), not a goal";
  if (/^\s*对/.test(sentence) && /^\s*的/.test(post)) return "a condition (对…的), not a goal";
  if (f.bare && !before && !after) return "a plain number with no unit or comparator";
  if (f.dimension === "none" && !before && !after && !f.scaleClass)
    return "a number with no unit or comparator";
  const lastYear = [...years].reverse().find((y) => y.end <= f.start && y.start >= sent.start);
  const horizon = frame.horizon;
  if (
    lastYear &&
    !lastYear.target &&
    !lastYear.endOf &&
    !lastYear.baseline &&
    lastYear.from === undefined &&
    horizon !== undefined
  ) {
    const between = t.slice(lastYear.end, f.start);
    if (
      lastYear.year < horizon &&
      (frame.issued === undefined || lastYear.year <= frame.issued) &&
      !/(?<!达)到|至/.test(between)
    )
      return `a figure for ${lastYear.year} (a past value), not a goal`;
  }
  return undefined;
}

/**
 * A figure is part of a policy instrument (a subsidy, an award, its rate or cap, its
 * condition) when an instrument word stands before it in the sentence with no goal
 * frame (到YYYY年, 力争) in between, or after it within its own or the next two
 * comma-separated parts (对…首次突破1亿元…的企业，给予…).
 */
function instrumentAround(sentPre: string, rest: string): string | undefined {
  const why = "a policy instrument (a subsidy, award or its cap), not a goal";
  let lastInstrument = -1;
  INSTRUMENT.lastIndex = 0;
  for (let m = INSTRUMENT.exec(sentPre); m; m = INSTRUMENT.exec(sentPre)) lastInstrument = m.index;
  if (lastInstrument >= 0) {
    let framed = false;
    GOAL_FRAME.lastIndex = 0;
    for (let m = GOAL_FRAME.exec(sentPre); m; m = GOAL_FRAME.exec(sentPre))
      if (m.index > lastInstrument) framed = true;
    if (!framed) return why;
  }
  const parts = rest.split(/[,;]/).slice(0, 3).join(",");
  GOAL_FRAME.lastIndex = 0;
  const frameAt = GOAL_FRAME.exec(parts)?.index ?? Number.POSITIVE_INFINITY;
  INSTRUMENT.lastIndex = 0;
  const ahead = INSTRUMENT.exec(parts);
  INSTRUMENT.lastIndex = 0;
  GOAL_FRAME.lastIndex = 0;
  if (ahead && ahead.index < frameAt) return why;
  return undefined;
}

function kindOf(f: FigureToken, pre: string): GoalKind {
  if (f.dimension === "ratio") return /年均|增长|增速|增幅|复合/.test(pre) ? "growth" : "share";
  if (/每年|年均新增|每年度/.test(pre)) return "per_year";
  if (/累计/.test(pre)) return "cumulative";
  if (f.dimension === "count") return "count";
  return "level";
}

function yearOf(
  f: FigureToken,
  sent: Span,
  clauses: readonly ClauseMark[],
  years: readonly YearToken[],
  frame: DocumentFrame,
): { year: number | null; stated: boolean; from?: number } {
  const floor = frame.issued ?? 0;
  const usable = (y: YearToken) =>
    !y.baseline && (y.target || y.endOf || y.from !== undefined || y.year > floor);
  const inSentence = [...years].reverse().find((y) => y.end <= f.start && y.start >= sent.start && usable(y));
  const inClause = (from: number) =>
    [...years].reverse().find((y) => y.end <= f.start && y.start >= from && y.target && !y.baseline);
  const found =
    inSentence ?? inClause(clauseStart(clauses, f.start)) ?? inClause(rootStart(clauses, f.start));
  if (found) {
    const r: { year: number | null; stated: boolean; from?: number } = { year: found.year, stated: true };
    if (found.from !== undefined) r.from = found.from;
    return r;
  }
  return { year: frame.horizon ?? null, stated: false };
}

function confidenceOf(g: Goal): number {
  let c = 0.95;
  if (!g.yearStated) c -= 0.15;
  if (g.comparator.implied) c -= 0.1;
  if (!g.subject) c -= 0.25;
  if (g.dimension === "none" || g.dimension === "other") c -= 0.1;
  return Math.max(0.1, Math.round(c * 100) / 100);
}

/**
 * The document's frame: its horizon (the latest 到YYYY年), its date of issue, a printed period.
 *
 * @example
 * documentFrame("到2025年…2023年12月26日", years) // { horizon: 2025, issued: 2023, period: undefined }
 */
export function documentFrame(t: string, years: readonly YearToken[]): DocumentFrame {
  const targets = years.filter((y) => y.target || y.from !== undefined).map((y) => y.year);
  const date = /(\d{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/.exec(t) ?? /〔\s*(\d{4})\s*〕/.exec(t);
  const issued = date ? Number(date[1]) : undefined;
  const p = years.find((y) => y.from !== undefined);
  const later = years.filter((y) => issued === undefined || y.year > issued).map((y) => y.year);
  const horizon = targets.length ? Math.max(...targets) : later.length ? Math.max(...later) : undefined;
  return { horizon, issued, period: p ? { from: p.from!, to: p.year } : undefined };
}
