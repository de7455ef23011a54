/**
 * The words of `chainsim init` (issue 23): what it prints and the header it
 * puts on a scenario made from an `extract` draft. Errors are in src/messages.ts.
 */
import type { Bilingual } from "../lang.js";

export const INIT_TEXT = {
  describe: {
    zh: "新建情景文件：带注释的模板（一个可直接运行的小规划），或由 extract 草稿（--from）生成",
    en: "start a scenario file: an annotated template (a small plan that runs as written), or one made from an extract draft (--from)",
  },
  fileArg: { zh: "要新建的情景文件（.yaml）", en: "the scenario file to create (.yaml)" },
  fromOption: {
    zh: "由 chainsim extract 写出的草稿生成情景",
    en: "make the scenario from a draft written by chainsim extract",
  },
  forceOption: { zh: "覆盖已有文件", en: "replace the file if it exists" },
  xlsxOption: {
    zh: "写成 Excel/WPS 工作簿（带填写说明页）；文件名以 .xlsx 结尾时自动如此",
    en: "write an Excel/WPS workbook (with a guide sheet); implied when the file name ends in .xlsx",
  },
  wroteTemplate: {
    zh: "已写入 {file}（模板：{sectors} 个产业、{goals} 项目标）；下一步：chainsim check {file}",
    en: "wrote {file} (template: {sectors} sectors, {goals} goals); next: chainsim check {file}",
  },
  wroteDraft: {
    zh: "已写入 {file}（由 {from} 生成：{sectors} 个产业、{goals} 项目标、{todo} 处待填写）；下一步：填写标有“待填写”（TO FILL）的各行，然后 chainsim check {file}",
    en: "wrote {file} (from {from}: {sectors} sectors, {goals} goals, {todo} lines to fill); next: fill the TO FILL lines, then chainsim check {file}",
  },
  draftHeader: {
    zh: [
      "# chainsim init --from {from}：由 extract 草稿生成的情景。",
      "# 逐项对照原文核对目标；把每个标有“待填写”（TO FILL）的行换成注明来源的公开数据和增速假设",
      "# （docs/guide.md 有分步说明），然后：chainsim check {file} --lang zh",
    ].join("\n"),
    en: [
      "# chainsim init --from {from}: a scenario made from an extract draft.",
      "# Check every goal against the text; replace each TO FILL line with a published figure",
      "# (with its source) and a growth assumption (docs/guide.md), then: chainsim check {file} --lang en",
    ].join("\n"),
  },
} satisfies Record<string, Bilingual>;

/**
 * Fill `{name}` placeholders of a text.
 *
 * @example
 * fillText("wrote {file}", { file: "a.yaml" }) // "wrote a.yaml"
 */
export function fillText(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
