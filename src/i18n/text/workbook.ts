/**
 * Words of scenario workbooks (`chainsim convert --to xlsx`, the template):
 * a Chinese label for each schema field shown in the header as
 * "标签 (field)" — the field in parentheses is what the reader goes by — and
 * the guide sheet's text.
 */
import type { Bilingual } from "../lang.js";

/** Chinese labels of the fields a scenario workbook's headers name. */
export const FIELD_LABELS: Record<string, string> = {
  key: "标识",
  value: "取值",
  section: "所属表",
  id: "标识",
  title: "标题",
  description: "说明",
  name: "名称",
  unit: "单位",
  base_year: "基年",
  horizon: "目标年",
  documents: "文件",
  baseline: "基数",
  growth: "增速",
  actuals: "实际值",
  year: "年份",
  children: "细分行业",
  exhaustive: "细分是否完整",
  sector: "行业",
  indicator: "指标",
  at_least: "不低于",
  at_most: "不高于",
  reach: "达到",
  about: "约为",
  below: "低于",
  no_fewer_than: "不少于",
  share: "占比",
  cumulative: "累计",
  per_year: "每年",
  source: "出处",
  group: "目标组",
  set: "参数设置",
  part: "部分",
  within: "包含于",
  outside: "不含于",
  note: "备注",
  kind: "类型",
  sectors: "行业",
  coefficients: "投入系数",
  local_share: "本地采购比例",
  final_demand: "最终需求",
};

/** The header of a field: "名称 (name)"; the reader takes the field in parentheses. */
export function fieldHeader(field: string): Bilingual {
  const zh = FIELD_LABELS[field];
  return { zh: zh ? `${zh} (${field})` : field, en: field };
}

export const GUIDE_SHEET: Bilingual = { zh: "填写说明", en: "guide" };

/** Lines of the guide sheet. */
export const GUIDE_LINES: Bilingual<string[]> = {
  zh: [
    "本工作簿就是一个 chainsim 情景文件：每个工作表对应情景文件中的一节，每行一项。",
    "settings（基本设置）：每行一个设置，如 id、title、unit、base_year、horizon。",
    "sectors / indicators（行业 / 指标）：每行一个行业或指标，第一列为标识。",
    "growth（增速）：每行一个行业的增速假设，如 8%~12% 或 { triangular: [2%, 8%, 13%] }。",
    "actuals（实际值）：每行一个已公布数值：所属表、标识、年份、数值（如 1.2万亿以上）。",
    "targets（目标）：每行一个目标，金额和比例按文件原文填写（如 2.2万亿、10%）。",
    "overlaps、links、variants：重叠、产业链系数和方案，写法与 YAML 相同。",
    "表头括号中的英文字段名是读取依据，请勿修改；中文仅作说明。",
    "以 { 或 [ 开头的单元格按 YAML 行内写法读取；以引号开头的按带引号的文本读取。",
    "检查：chainsim validate 本文件.xlsx；出错时提示会指出工作表和单元格，如 scenario.xlsx!targets!D7。",
    "转换：chainsim convert 本文件.xlsx --to yaml 得到等价的 YAML 文件。",
  ],
  en: [
    "This workbook is a chainsim scenario: each sheet is one section of the scenario file, one row per item.",
    "settings: one setting per row (id, title, unit, base_year, horizon, …).",
    "sectors / indicators: one sector or indicator per row, its id in the first column.",
    "growth: one growth assumption per row, e.g. 8%~12% or { triangular: [2%, 8%, 13%] }.",
    "actuals: one published figure per row: section, id, year, value (e.g. 1.2万亿以上).",
    "targets: one goal per row, amounts and rates as the document prints them (2.2万亿, 10%).",
    "overlaps, links, variants: written as in YAML.",
    "The field in parentheses in each header is what is read: keep it; the Chinese is for people.",
    "A cell starting with { or [ is read as YAML flow; one starting with a quote as quoted text.",
    "Check it: chainsim validate this.xlsx; errors name the sheet and cell, e.g. scenario.xlsx!targets!D7.",
    "Convert it: chainsim convert this.xlsx --to yaml gives the same scenario as YAML.",
  ],
};

/**
 * The heading of a comment in a cell note when it is not the plain case (a
 * comment above the cell's own field): "§ 行尾 (end)", "§ 上方 (above) @ [ic, software]".
 * The word in parentheses is what the reader goes by.
 */
export const NOTE_SLOT_LABELS: Record<
  "above" | "keyEnd" | "valueAbove" | "end" | "fileStart" | "fileEnd",
  string
> = {
  above: "上方 (above)",
  keyEnd: "键名之后 (key-end)",
  valueAbove: "取值上方 (value-above)",
  end: "行尾 (end)",
  fileStart: "文件开头 (file-start)",
  fileEnd: "文件末尾 (file-end)",
};

/** What is wrong with a cell of a scenario workbook, and what to do (E_WORKBOOK_CELL). */
export const CELL_PROBLEMS = {
  notYaml: (reason: string): Bilingual => ({
    zh: `此单元格以 { 或 [ 开头，但无法按 YAML 行内写法读取：${reason}`,
    en: `this cell starts like YAML but cannot be read: ${reason}`,
  }),
  notYamlFix: {
    zh: "映射写成 { 键: 值, … }，列表写成 [a, b]；若是普通文字，请勿以 { 或 [ 开头",
    en: "write a map as { key: value, … } and a list as [a, b], or start the text with another character",
  },
  noKey: { zh: "此行没有标识", en: "this row has no key" },
  noKeyFix: {
    zh: "在第一列填写该项的标识，或删除此行",
    en: "write the item's id in the first column, or delete the row",
  },
  twice: (key: string, sheet: string): Bilingual => ({
    zh: `"${key}" 在 ${sheet} 表中出现了两次`,
    en: `"${key}" appears twice in ${sheet}`,
  }),
  twiceFix: {
    zh: "每行使用不同的标识，或合并这两行",
    en: "give each row its own key, or merge the two rows",
  },
  orphan: (section: string, key: string, kind: string): Bilingual => ({
    zh: `此 ${kind} 行所指的 ${section || "表"} "${key}" 不存在`,
    en: `no ${section || "section"} "${key}" for this ${kind} row`,
  }),
  orphanFix: (sections: readonly string[]): Bilingual => ({
    zh: `第一列填写所属表（${sections.join(" 或 ")}），第二列填写该表中的一个标识`,
    en: `name a section (${sections.join(" or ")}) in the first column and one of its ids in the second`,
  }),
  noSettings: { zh: "工作簿中没有 settings 工作表", en: "the workbook has no settings sheet" },
  noSettingsFix: {
    zh: "添加名为 settings 的工作表，逐行填写 id、title、unit、base_year、horizon",
    en: "add a sheet named settings with the rows id, title, unit, base_year, horizon",
  },
  formula: (formula: string): Bilingual => ({
    zh: `此单元格是公式 =${formula}，但文件中没有它的计算结果`,
    en: `this cell is a formula, =${formula}, but the file holds no computed value for it`,
  }),
  formulaFix: {
    zh: "在 Excel 或 WPS 中打开并保存一次（会存下计算结果），或直接填写数值",
    en: "open and save the workbook once in Excel or WPS (which stores the result), or type the value",
  },
  errorValue: (error: string): Bilingual => ({
    zh: `此单元格显示错误值 ${error}`,
    en: `this cell shows the error value ${error}`,
  }),
  errorValueFix: {
    zh: "改正公式或直接填写数值",
    en: "correct the formula, or type the value",
  },
} satisfies Record<string, Bilingual | ((...a: never[]) => Bilingual)>;
