/**
 * Clause structure from the document's own numbering: 一、 / (一) / （一） /
 * 1. / 1、 / (1) / 第一条 / 第一章. Levels are the order in which numbering
 * styles first appear (the usual outline: 一、 above (一) above 1.), so a
 * document that starts at (一) or uses 第X条 works the same way.
 */

/** A numbering style, and how its numbers are written in a clause label. */
type Style =
  | "circled"
  | "cn_dun"
  | "cn_paren"
  | "arabic_dot"
  | "arabic_paren"
  | "article"
  | "chapter"
  | "section";

export interface ClauseMark {
  /** Position of the number's first character. */
  start: number;
  style: Style;
  /** The number as it appears in labels: 一, (一), 1, (1), 第五条. */
  label: string;
  /** The full label: 三(一)1, 九(二十四), 第五条. */
  path: string;
}

const CN = "[一二三四五六七八九十百零〇两]+";
/** A marker stands at the start of a line or after a sentence end (001 runs all on one line). */
const LEAD = "(?<=^|[\\s。；;:：!！?？])";
const PATTERNS: ReadonlyArray<readonly [Style, RegExp]> = [
  ["chapter", new RegExp(`${LEAD}第(${CN})章`, "g")],
  ["section", new RegExp(`${LEAD}第(${CN})节`, "g")],
  ["article", new RegExp(`${LEAD}第(${CN})条`, "g")],
  ["cn_dun", new RegExp(`${LEAD}(${CN})、`, "g")],
  ["cn_paren", new RegExp(`${LEAD}[(](${CN})[)]`, "g")],
  ["arabic_paren", new RegExp(`${LEAD}[(](\\d{1,2})[)]`, "g")],
  ["circled", new RegExp(`${LEAD}([①-⑳])`, "g")],
  ["arabic_dot", new RegExp(`${LEAD}(\\d{1,2})(?:[.、](?!\\d)|\\.(?=\\s))`, "g")],
];

function labelOf(style: Style, n: string): string {
  switch (style) {
    case "cn_paren":
    case "arabic_paren":
      return `(${n})`;
    case "article":
      return `第${n}条`;
    case "chapter":
      return `第${n}章`;
    case "section":
      return `第${n}节`;
    default:
      return n;
  }
}

/**
 * Find the clause markers of a (folded) text, in order, each with its full label.
 *
 * @example
 * findClauses("一、总体要求\n(一)目标\n1.规模").map((c) => c.path) // ["一", "一(一)", "一(一)1"]
 */
export function findClauses(text: string): ClauseMark[] {
  const raw: Array<{ start: number; style: Style; label: string }> = [];
  for (const [style, re] of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (!followedByText(text, m.index + m[0].length)) continue;
      raw.push({ start: m.index, style, label: labelOf(style, m[1]!) });
    }
  }
  raw.sort((a, b) => a.start - b.start);
  const stack: Array<{ style: Style; label: string }> = [];
  const marks: ClauseMark[] = [];
  for (const r of raw) {
    if (marks.length && marks[marks.length - 1]!.start === r.start) continue;
    const at = stack.findIndex((s) => s.style === r.style);
    if (at >= 0) stack.length = at;
    // articles are numbered through the whole text: their label stands alone
    if (r.style === "article") stack.length = 0;
    stack.push({ style: r.style, label: r.label });
    marks.push({ ...r, path: stack.map((s) => s.label).join("") });
  }
  return marks;
}

/** A marker is followed by words (a heading or the clause's text), not by a number or a unit. */
function followedByText(text: string, at: number): boolean {
  const next = text.slice(at, at + 2).trimStart()[0];
  return next !== undefined && !/[\d%‰年月日号个家亿万元]/.test(next);
}

/**
 * The label of the clause a position lies in ("" before the first marker).
 *
 * @example
 * clauseAt(findClauses("一、总体\n二、任务"), 8) // "二"
 */
export function clauseAt(marks: readonly ClauseMark[], pos: number): string {
  let lo = 0;
  let hi = marks.length - 1;
  let found = "";
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (marks[mid]!.start <= pos) {
      found = marks[mid]!.path;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The start of the clause a position lies in (0 before the first marker). */
export function clauseStart(marks: readonly ClauseMark[], pos: number): number {
  let start = 0;
  for (const m of marks) {
    if (m.start > pos) break;
    start = m.start;
  }
  return start;
}

/** The start of the top-level clause a position lies in (0 before the first marker). */
export function rootStart(marks: readonly ClauseMark[], pos: number): number {
  let start = 0;
  for (const m of marks) {
    if (m.start > pos) break;
    if (m.path === m.label) start = m.start;
  }
  return start;
}
