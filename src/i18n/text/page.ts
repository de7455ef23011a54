/**
 * The planner workbench's text (src/page/*), in Chinese and English: every
 * label, heading, button and note the page shows. Texts with values are
 * functions returning both languages.
 */
import type { Bilingual } from "../lang.js";

type B = Bilingual;

/** Fixed texts. */
export const PAGE = {
  title: { zh: "chainsim 规划工作台", en: "chainsim planner workbench" },
  intro: {
    zh: "拖动滑块或直接输入数字,替换某项假设(增速、基数、重叠比例、投入产出系数、本地配套率);表格和图用中值计算,概率由蒙特卡洛模拟得出(其他假设保留其分布)。可选择文件中的方案作为起点。网址保存当前方案和假设;“下载情景文件”只改动被修改的数值,其余内容(含注释)保持原样,可直接用 chainsim run 读取。",
    en: "Move a slider or type a number to replace an assumption (a growth rate, a baseline, an overlap share, an input-output coefficient or a local share); the tables and charts use central values, the probabilities a Monte Carlo in which the other assumptions keep their distributions. A variant of the file can be the starting point. The address keeps the variant and the assumptions; “Download scenario” changes only the edited values (comments and formatting kept), and chainsim run reads it.",
  },
  noscript: { zh: "本页面需要启用 JavaScript。", en: "This page needs JavaScript." },
  language: { zh: "语言", en: "Language" },
  open: { zh: "打开情景文件…", en: "Open a scenario…" },
  dropHere: {
    zh: "把情景文件(YAML 或 JSON)拖到这里,或点击“打开情景文件”。全部计算在本机浏览器中完成,不联网。",
    en: "Drop a scenario file (YAML or JSON) here, or use “Open a scenario”. Everything is computed in this browser; nothing goes over the network.",
  },
  dropping: { zh: "松开鼠标即可打开", en: "Release to open" },
  xlsxLater: {
    zh: "暂不支持 Excel 文件:请先用 chainsim convert 转为 YAML。",
    en: "Spreadsheets are not supported here yet: convert with chainsim convert to YAML first.",
  },
  reset: { zh: "恢复文件原值", en: "Reset to the file" },
  download: { zh: "下载情景文件", en: "Download scenario" },
  downloadPng: { zh: "下载当前视图(PNG)", en: "Download view (PNG)" },
  downloadCsv: { zh: "下载表格(CSV)", en: "Download tables (CSV)" },
  variant: { zh: "方案", en: "Variant" },
  asWritten: { zh: "按文件原文", en: "as written" },
  groupGrowth: { zh: "年增速", en: "Growth rates (a year)" },
  groupBaseline: { zh: "基数", en: "Baselines" },
  groupOverlap: {
    zh: "重叠(重复计算或不在总量口径内的部分)",
    en: "Overlaps (shares counted twice, or outside the headline's scope)",
  },
  localShares: {
    zh: "本地配套率(各投入在区域内采购的比例)",
    en: "Local shares (part of each input bought inside the region)",
  },
  fileRange: { zh: "文件", en: "file" },
  central: { zh: "中值", en: "central" },
  notStated: { zh: "未说明(100%)", en: "not stated (100%)" },
  mcRunning: { zh: "正在运行蒙特卡洛模拟…", en: "Running the Monte Carlo…" },
  mcUnavailable: {
    zh: "浏览器不支持 Web Worker:不计算概率。",
    en: "Web Workers are unavailable: probabilities are not computed.",
  },
  goals: { zh: "目标", en: "Goals" },
  goal: { zh: "目标", en: "goal" },
  subject: { zh: "指标", en: "subject" },
  year: { zh: "年份", en: "year" },
  goalValue: { zh: "目标值", en: "goal value" },
  projectedFile: { zh: "预测(文件)", en: "projected (file)" },
  projectedNow: { zh: "预测(当前)", en: "projected (now)" },
  met: { zh: "是否达成", en: "met" },
  yes: { zh: "达成", en: "met" },
  no: { zh: "未达成", en: "missed" },
  growthNeeded: { zh: "所需年增速", en: "growth needed" },
  probFile: { zh: "达成概率(文件)", en: "P(met), file" },
  probNow: { zh: "达成概率(当前)", en: "P(met), now" },
  probAll: { zh: "全部目标同时达成的概率:", en: "Probability that every goal is met: " },
  addUp: { zh: "分项目标能否加总为总目标?", en: "Do the goals add up?" },
  headline: { zh: "总量", en: "headline" },
  headlineGoal: { zh: "总量目标", en: "headline goal" },
  childrenGoals: { zh: "分项目标之和", en: "children's goals" },
  overlapStated: { zh: "已说明的重叠", en: "overlap stated" },
  childrenNet: { zh: "分项(扣除重叠)", en: "children (net)" },
  verdict: { zh: "结论", en: "verdict" },
  overlapNeeded: { zh: "所需重叠", en: "overlap needed" },
  probConsistent: { zh: "一致的概率", en: "P(consistent)" },
  required: { zh: "所需增速", en: "Growth needed" },
  from: { zh: "起点", en: "from" },
  assumed: { zh: "假设增速", en: "growth assumed" },
  shortfall: { zh: "缺口", en: "shortfall" },
  points: { zh: "个百分点", en: "pts" },
  projections: { zh: "预测(中值假设)", en: "Projections (central assumptions)" },
  quantity: { zh: "指标", en: "quantity" },
  legendLine: { zh: "预测(当前)", en: "projection (now)" },
  legendFileLine: { zh: "预测(文件)", en: "projection (file)" },
  legendMet: { zh: "目标(达成)", en: "goal (met)" },
  legendMissed: { zh: "目标(未达成)", en: "goal (missed)" },
  sector: { zh: "行业", en: "sector" },
  multiplier: { zh: "产出乘数", en: "output multiplier" },
  backward: { zh: "后向关联", en: "backward" },
  forward: { zh: "前向关联", en: "forward" },
  class: { zh: "类型", en: "class" },
  deltaOutput: { zh: "产出变化", en: "Δ output" },
  direct: { zh: "直接", en: "direct" },
  indirect: { zh: "间接", en: "indirect" },
  deltaPct: { zh: "变化率", en: "Δ%" },
  total: { zh: "合计", en: "total" },
  chainConsistency: {
    zh: "产业链:下游目标所隐含的本地需求",
    en: "Industry chain: local demand implied by the downstream goals",
  },
  upstream: { zh: "上游", en: "upstream" },
  impliedDemand: { zh: "隐含本地需求", en: "implied local demand" },
  ratio: { zh: "目标/需求", en: "goal/demand" },
  breakEven: { zh: "盈亏平衡本地配套率", en: "break-even local share" },
  classKey: { zh: "关键行业", en: "key sector" },
  classBackward: { zh: "后向型", en: "backward-oriented" },
  classForward: { zh: "前向型", en: "forward-oriented" },
  classWeak: { zh: "弱关联", en: "weakly linked" },
  changed: { zh: "已修改", en: "changed" },
  beforeAfter: { zh: "与文件对比", en: "Compared with the file" },
  unchanged: { zh: "与文件相同", en: "as in the file" },
  csvName: { zh: "表格", en: "tables" },
} satisfies Record<string, B>;

export type PageKey = keyof typeof PAGE;

/** Texts with values. */
export const PAGE_FMT = {
  growthLabel: (name: string): B => ({ zh: `${name} 年增速`, en: `${name} growth` }),
  baselineLabel: (name: string, year: number): B => ({
    zh: `${name} ${year}年基数`,
    en: `${name} baseline ${year}`,
  }),
  overlapWithin: (part: string, whole: string): B => ({
    zh: `${part}计入${whole}的比例`,
    en: `share of ${part} counted in ${whole}`,
  }),
  overlapOutside: (part: string, whole: string): B => ({
    zh: `${part}不在${whole}口径内的比例`,
    en: `share of ${part} outside ${whole}`,
  }),
  coefficientLabel: (row: string, column: string): B => ({
    zh: `每单位${column}产出所需${row}`,
    en: `${row} per unit of ${column}`,
  }),
  localShareLabel: (name: string): B => ({ zh: `${name}本地配套率`, en: `local share of ${name}` }),
  boughtBy: (name: string): B => ({
    zh: `${name}的投入(每单位产出)`,
    en: `bought by ${name}, per unit of its output`,
  }),
  linksSummary: (coefficients: number, shares: number): B => ({
    zh: `产业链关联:${coefficients} 个系数,${shares} 个本地配套率`,
    en: `Industry chain links: ${coefficients} coefficients, ${shares} local shares`,
  }),
  correlated: (others: string): B => ({
    zh: `与 ${others} 相关:固定此值后,这些假设在模拟中不再随之变动,相关目标的概率也会变化。`,
    en: `Correlated with ${others}: fixing this value takes it out of the correlations, so the goals that depend on those inputs change probability too.`,
  }),
  mcDone: (samples: number, seed: number): B => ({
    zh: `概率基于 ${samples.toLocaleString("zh-CN")} 次蒙特卡洛抽样(随机种子 ${seed});其他假设保留其分布。`,
    en: `Probabilities from ${samples.toLocaleString("en-US")} Monte Carlo samples (seed ${seed}); other assumptions keep their distributions.`,
  }),
  mcProgress: (done: number, total: number): B => ({
    zh: `蒙特卡洛模拟:${done} / ${total}`,
    en: `Monte Carlo: ${done} / ${total}`,
  }),
  mcFailed: (message: string): B => ({
    zh: `蒙特卡洛模拟失败:${message}`,
    en: `Monte Carlo failed: ${message}`,
  }),
  opened: (file: string): B => ({ zh: `已打开 ${file}`, en: `Opened ${file}` }),
  chainTitle: (year: number): B => ({
    zh: `${year}年产业链(中值系数与本地配套率)`,
    en: `Industry chain in ${year} (central coefficients and local shares)`,
  }),
  chainAbout: (sector: string, delta: string, unit: string, arg: string): B => ({
    zh: `区域产业体系的产出乘数与 Rasmussen 关联系数(平均为 1;前后向均大于 1 为关键行业),以及需求冲击:${sector}最终需求下降 10%(${delta} ${unit}),与 chainsim chain --shock ${arg} --samples 0 的计算一致。`,
    en: `Output multipliers and Rasmussen linkages (average 1; a key sector has both above 1) of the regional system, and a demand shock: ${sector} final demand −10% (${delta} ${unit}), as chainsim chain --shock ${arg} --samples 0 computes it.`,
  }),
  outputIn: (year: number): B => ({ zh: `${year}年产出`, en: `output ${year}` }),
  recomputed: (ms: string): B => ({ zh: `重新计算用时 ${ms} 毫秒`, en: `recomputed in ${ms} ms` }),
  changedCount: (n: number): B => ({
    zh: `已修改 ${n} 项假设`,
    en: `${n} assumption${n === 1 ? "" : "s"} changed`,
  }),
} satisfies Record<string, (...args: never[]) => B>;

/** Add-up verdicts as a policy analyst says them. */
export const VERDICT_TEXT: Record<string, B> = {
  CONSISTENT: { zh: "一致", en: "consistent" },
  OVERSHOOT: { zh: "超出", en: "overshoot" },
  GAP: { zh: "缺口", en: "gap" },
  INDETERMINATE: { zh: "无法判定", en: "cannot tell" },
};

/** Chain-consistency verdicts (analysis/chain/chain-consistency.ts). */
export const CHAIN_VERDICT_TEXT: Record<string, B> = {
  "upstream goal covers implied demand": {
    zh: "上游目标覆盖隐含需求",
    en: "upstream goal covers implied demand",
  },
  "upstream goal below implied local demand": {
    zh: "上游目标低于隐含本地需求",
    en: "upstream goal below implied local demand",
  },
  "upstream goal within implied demand range": {
    zh: "上游目标在隐含需求区间内",
    en: "upstream goal within implied demand range",
  },
};
