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

/** The two markers, per language: what is left to do in a draft. */
export const DRAFT_MARKERS = {
  toFill: { zh: "待填写", en: "TO FILL" },
  placeholder: { zh: "占位", en: "PLACEHOLDER" },
} as const satisfies Record<string, Bilingual>;

export const EXTRACT_TEXT = {
  header: {
    zh: [
      "# 情景草稿：由 `chainsim extract` 根据 {document}（{encoding}）生成。",
      "# 每项目标都注明了所在条款和原文数字，请逐项对照原文核对。",
      "# 标有“待填写”的行是载入器可以接受的占位值，因此现在即可运行 `chainsim check`；",
      "# 目标能否相互衔接只取决于目标本身，而增速和达成概率的结果需要真实的基期数据",
      "# 和增速假设（见 docs/extract.md）。",
    ].join("\n"),
    en: [
      "# Draft scenario written by `chainsim extract` from {document} ({encoding}).",
      "# Every target cites its clause and the figure as printed: check each against the text.",
      "# Lines marked TO FILL are placeholders the loader accepts so that `chainsim check` runs now;",
      "# the add-up verdict uses only the goals, the growth and probability results need real",
      "# baselines and growth assumptions (see docs/extract.md).",
    ].join("\n"),
  },
  noTitle: {
    zh: "# 待填写：原文未印标题，暂用文件名",
    en: "# TO FILL: the text prints no title (the file name for now)",
  },
  baseYear: {
    zh: "# 待填写：最近一个有公开数据的年份（按发文日期推断）",
    en: "# TO FILL: the last year with published figures (read from the document's date)",
  },
  noHorizon: { zh: "# 待填写：原文未写明目标年份", en: "# TO FILL: the text prints no target year" },
  noSubject: { zh: "（未识别出指标名称）", en: "(no subject found)" },
  goalInClause: { zh: "{id}（条款 {clause}）", en: "{id} (clause {clause})" },
  lead: { zh: "开头部分", en: "lead" },
  listSeparator: { zh: "、", en: ", " },
  flow: { zh: "# 数值为每年新增量", en: "# values are yearly additions" },
  printedBaseline: { zh: "# 原文：{year}年 {figure}", en: "# printed: {year}年 {figure}" },
  growthToFill: {
    zh: "# 待填写：增速假设（占位：持平）",
    en: "# TO FILL: a growth assumption (placeholder: flat)",
  },
  impliedBaseline: {
    zh: "# 由同一指标的总量目标和增速目标反推（chainsim check 会给出）",
    en: "# back-calculated from the level goal and the growth goal (chainsim check prints it)",
  },
  levelToFill: {
    zh: "# 待填写：{year}年的公开数据（写成 baseline: [[ year: {year}, value: … ]]）和增速假设。",
    en: "# TO FILL: a published {year} value, e.g. baseline: [[ year: {year}, value: … ]], and a growth assumption.",
  },
  levelPlaceholder: { zh: "# 占位：目标值保持不变", en: "# PLACEHOLDER: the goal held flat" },
  flowToFill: {
    zh: "# 待填写：{year}年的公开数据和增速假设。",
    en: "# TO FILL: a published {year} value and a growth assumption.",
  },
  noteGrowthGoal: {
    zh: "占位：增速目标取任一正值即可",
    en: "PLACEHOLDER: any positive value serves a growth goal",
  },
  noteOwnFigure: { zh: "占位：取目标本身的数值", en: "PLACEHOLDER: the goal's own figure" },
  growthPlaceholder: { zh: "# 占位", en: "# PLACEHOLDER" },
  proposedChildren: {
    zh: "# 建议作为其组成部分：{why}。不属于其组成部分的请删去。",
    en: "# proposed: {why}. Remove children that are not parts of it.",
  },
  partsOfHeadline: { zh: "本总量目标的组成部分", en: "parts of this headline" },
  notExhaustive: {
    zh: "# 原文未说明各部分即为全部",
    en: "# the text does not say the parts make up the whole",
  },
  printedComparator: { zh: "原文用词“{words}”", en: "printed {words}" },
  noComparator: {
    zh: "原文无比较用语，按“达到”理解",
    en: "no comparator printed: read as reach",
  },
  striving: { zh: "力争", en: "力争" },
  range: {
    zh: "区间 {printed}：不低于 {low}，不高于 {high}",
    en: "a range {printed}: at least {low}, at most {high}",
  },
  noYear: {
    zh: "原文未写年份，取全文目标年 {year}",
    en: "no year printed: the document's horizon {year}",
  },
  share: { zh: "占比，作为以 % 计的指标处理", en: "a share, modelled as an indicator in %" },
  noteSeparator: { zh: "；", en: "; " },
  targetComment: {
    zh: "# {id} {clause} {subject}：{printed}——{notes}（置信度 {confidence}）",
    en: "# {id} {clause} {subject}: {printed} — {notes} (confidence {confidence})",
  },
  leadClause: { zh: "（开头部分）", en: "(lead)" },
  whyOfWhich: {
    zh: "总量目标同一句中“其中”之后列出的各项",
    en: "其中 (of which) follows the headline in the same sentence",
  },
  whySiblings: {
    zh: "{parent}下的 {count} 个并列条款各设一项{year}金额目标，且均小于条款 {clause} 的更大目标",
    en: "{count} sibling clauses under {parent} each set one money goal for {year}, below the larger goal of clause {clause}",
  },
  topLevel: { zh: "全文", en: "the top level" },
  clauseRef: { zh: "条款 {clause} ", en: "{clause}" },
  theHorizon: { zh: "目标年", en: "the horizon" },
  yearOf: { zh: "{year}年", en: "{year}" },
  summary: {
    zh: "{file}（{encoding}）：{goals} 项目标，跳过 {skipped} 处数字或干扰内容{groups}",
    en: "{file} ({encoding}): {goals} goals, {skipped} figures or noise skipped{groups}",
  },
  summaryGroups: { zh: "；总量目标 {groups}", en: "; headline {groups}" },
  summaryGroup: { zh: "{headline} 含 {parts} 个组成部分", en: "{headline} with {parts} parts" },
  wrote: { zh: "已写入 {file}", en: "wrote {file}" },
  wroteDraft: {
    zh: "已写入 {file}；下一步：填写标有“待填写”的各行，然后运行 chainsim check {file}",
    en: "wrote {file}; next: fill the TO FILL lines, then chainsim check {file}",
  },
} as const satisfies Record<string, Bilingual>;

/** An encoding's name as written in each language's text: utf-8 / UTF-8. */
export function encodingName(encoding: string, lang: Lang): string {
  if (lang === "en") return encoding;
  return encoding === "big5" ? "Big5" : encoding.toUpperCase();
}

/**
 * A text of the catalogue with its `{name}` placeholders filled and `[[ ]]`
 * turned into YAML braces (which `{…}` placeholders cannot hold).
 *
 * @example
 * extractWords("levelToFill", "en", { year: 2022 }) // "# TO FILL: a published 2022 value, e.g. baseline: { year: 2022, value: … }, and a growth assumption."
 */
export function extractWords(
  key: keyof typeof EXTRACT_TEXT,
  lang: Lang,
  values: Readonly<Record<string, string | number>> = {},
): string {
  const text = EXTRACT_TEXT[key][lang] as string;
  return text
    .replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m))
    .replace(/\[\[/g, "{")
    .replace(/\]\]/g, "}");
}
