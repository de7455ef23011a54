/**
 * The words of `chainsim extract` (issue 16): the draft scenario's comments and
 * notes, the proposed groupings' reasons, and the summary it prints. Errors and
 * warnings are in src/messages.ts.
 *
 * The markers a reader greps for (docs/extract.md): TO FILL / 待填写 marks a
 * line to replace with a published figure or an assumption; PLACEHOLDER / 占位
 * marks a value that only lets the loader run.
 */
import type { Bilingual, Lang } from "../lang.js";
import type { Catalogue } from "./tables.js";

/** The two markers, per language: what is left to do in a draft. */
export const DRAFT_MARKERS = {
  toFill: { zh: "待填写", en: "TO FILL" },
  placeholder: { zh: "占位", en: "PLACEHOLDER" },
} as const satisfies Record<string, Bilingual>;

const bi = <T>(zh: T, en: T): Bilingual<T> => ({ zh, en });

/** What the comment above a drafted goal says: its id, clause, subject, printed figure, notes and confidence. */
export interface TargetComment {
  id: string;
  clause: string;
  subject: string;
  printed: string;
  notes: string;
  confidence: string | number;
}

export const EXTRACT_TEXT = {
  header: bi(
    (document: string, encoding: string) =>
      [
        `# 情景草稿：由 \`chainsim extract\` 根据 ${document}（${encoding}）生成。`,
        "# 每项目标都注明了所在条款和原文数字，请逐项对照原文核对。",
        "# 标有“待填写”的行是载入器可以接受的占位值，因此现在即可运行 `chainsim check`；",
        "# 目标能否相互衔接只取决于目标本身，而增速和达成概率的结果需要真实的基期数据",
        "# 和增速假设（见 docs/extract.md）。",
      ].join("\n"),
    (document: string, encoding: string) =>
      [
        `# Draft scenario written by \`chainsim extract\` from ${document} (${encoding}).`,
        "# Every target cites its clause and the figure as printed: check each against the text.",
        "# Lines marked TO FILL are placeholders the loader accepts so that `chainsim check` runs now;",
        "# the add-up verdict uses only the goals, the growth and probability results need real",
        "# baselines and growth assumptions (see docs/extract.md).",
      ].join("\n"),
  ),
  noTitle: bi(
    "# 待填写：原文未印标题，暂用文件名",
    "# TO FILL: the text prints no title (the file name for now)",
  ),
  baseYear: bi(
    "# 待填写：最近一个有公开数据的年份（按发文日期推断）",
    "# TO FILL: the last year with published figures (read from the document's date)",
  ),
  noHorizon: bi("# 待填写：原文未写明目标年份", "# TO FILL: the text prints no target year"),
  noSubject: bi("（未识别出指标名称）", "(no subject found)"),
  goalInClause: bi(
    (id: string, clause: string) => `${id}（条款 ${clause}）`,
    (id: string, clause: string) => `${id} (clause ${clause})`,
  ),
  lead: bi("开头部分", "lead"),
  listSeparator: bi("、", ", "),
  flow: bi("# 数值为每年新增量", "# values are yearly additions"),
  printedBaseline: bi(
    (year: number, figure: string) => `# 原文：${year}年 ${figure}`,
    (year: number, figure: string) => `# printed: ${year}年 ${figure}`,
  ),
  growthToFill: bi("# 待填写：增速假设（占位：持平）", "# TO FILL: a growth assumption (placeholder: flat)"),
  impliedBaseline: bi(
    "# 由同一指标的总量目标和增速目标反推（chainsim check 会给出）",
    "# back-calculated from the level goal and the growth goal (chainsim check prints it)",
  ),
  levelToFill: bi(
    (year: number) =>
      `# 待填写：${year}年的公开数据（写成 baseline: { year: ${year}, value: … }）和增速假设。`,
    (year: number) =>
      `# TO FILL: a published ${year} value, e.g. baseline: { year: ${year}, value: … }, and a growth assumption.`,
  ),
  levelPlaceholder: bi("# 占位：目标值保持不变", "# PLACEHOLDER: the goal held flat"),
  flowToFill: bi(
    (year: number) => `# 待填写：${year}年的公开数据和增速假设。`,
    (year: number) => `# TO FILL: a published ${year} value and a growth assumption.`,
  ),
  noteGrowthGoal: bi("占位：增速目标取任一正值即可", "PLACEHOLDER: any positive value serves a growth goal"),
  noteOwnFigure: bi("占位：取目标本身的数值", "PLACEHOLDER: the goal's own figure"),
  growthPlaceholder: bi("# 占位", "# PLACEHOLDER"),
  proposedChildren: bi(
    (why: string) => `# 建议作为其组成部分：${why}。不属于其组成部分的请删去。`,
    (why: string) => `# proposed: ${why}. Remove children that are not parts of it.`,
  ),
  partsOfHeadline: bi("本总量目标的组成部分", "parts of this headline"),
  notExhaustive: bi("# 原文未说明各部分即为全部", "# the text does not say the parts make up the whole"),
  printedComparator: bi(
    (words: string) => `原文用词“${words}”`,
    (words: string) => `printed ${words}`,
  ),
  noComparator: bi("原文无比较用语，按“达到”理解", "no comparator printed: read as reach"),
  striving: bi("力争", "力争"),
  range: bi(
    (printed: string, low: number, high: number) => `区间 ${printed}：不低于 ${low}，不高于 ${high}`,
    (printed: string, low: number, high: number) => `a range ${printed}: at least ${low}, at most ${high}`,
  ),
  noYear: bi(
    (year: number | string) => `原文未写年份，取全文目标年 ${year}`,
    (year: number | string) => `no year printed: the document's horizon ${year}`,
  ),
  share: bi("占比，作为以 % 计的指标处理", "a share, modelled as an indicator in %"),
  noteSeparator: bi("；", "; "),
  targetComment: bi(
    (c: TargetComment) =>
      `# ${c.id} ${c.clause} ${c.subject}：${c.printed}——${c.notes}（置信度 ${c.confidence}）`,
    (c: TargetComment) =>
      `# ${c.id} ${c.clause} ${c.subject}: ${c.printed} — ${c.notes} (confidence ${c.confidence})`,
  ),
  leadClause: bi("（开头部分）", "(lead)"),
  whyOfWhich: bi(
    "总量目标同一句中“其中”之后列出的各项",
    "其中 (of which) follows the headline in the same sentence",
  ),
  whySiblings: bi(
    (count: number, parent: string, year: string, clause: string) =>
      `${parent}下的 ${count} 个并列条款各设一项${year}金额目标，且均小于条款 ${clause} 的更大目标`,
    (count: number, parent: string, year: string, clause: string) =>
      `${count} sibling clauses under ${parent} each set one money goal for ${year}, below the larger goal of clause ${clause}`,
  ),
  topLevel: bi("全文", "the top level"),
  clauseRef: bi(
    (clause: string) => `条款 ${clause} `,
    (clause: string) => clause,
  ),
  theHorizon: bi("目标年", "the horizon"),
  yearOf: bi(
    (year: number) => `${year}年`,
    (year: number) => String(year),
  ),
  summary: bi(
    (file: string, encoding: string, goals: number, skipped: number, groups: string) =>
      `${file}（${encoding}）：${goals} 项目标，跳过 ${skipped} 处数字或干扰内容${groups}`,
    (file: string, encoding: string, goals: number, skipped: number, groups: string) =>
      `${file} (${encoding}): ${goals} goals, ${skipped} figures or noise skipped${groups}`,
  ),
  summaryGroups: bi(
    (groups: string) => `；总量目标 ${groups}`,
    (groups: string) => `; headline ${groups}`,
  ),
  summaryGroup: bi(
    (headline: string, parts: number) => `${headline} 含 ${parts} 个组成部分`,
    (headline: string, parts: number) => `${headline} with ${parts} parts`,
  ),
  wrote: bi(
    (file: string) => `已写入 ${file}`,
    (file: string) => `wrote ${file}`,
  ),
  wroteDraft: bi(
    (file: string) => `已写入 ${file}；下一步：填写标有“待填写”的各行，然后运行 chainsim check ${file}`,
    (file: string) => `wrote ${file}; next: fill the TO FILL lines, then chainsim check ${file}`,
  ),
} satisfies Catalogue;

/** An encoding's name as written in each language's text: utf-8 / UTF-8. */
export function encodingName(encoding: string, lang: Lang): string {
  if (lang === "en") return encoding;
  return encoding === "big5" ? "Big5" : encoding.toUpperCase();
}
