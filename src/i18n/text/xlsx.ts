/**
 * Words of the spreadsheet outputs (report.xlsx, `--format xlsx`): sheet
 * names and column headers, in both languages. Sheet names are at most 31
 * characters and hold none of []:*?/\ (Excel's rule).
 */
import type { Bilingual } from "../lang.js";

type Words<K extends string> = Record<K, Bilingual>;

export const SHEET_NAMES: Words<
  | "readme"
  | "goals"
  | "results"
  | "verdicts"
  | "requiredGrowth"
  | "probabilities"
  | "projection"
  | "simulated"
  | "chain"
  | "chainConsistency"
  | "costs"
  | "compare"
  | "sweep"
  | "tornado"
  | "sobol"
  | "sobolSecond"
  | "morris"
  | "shapley"
  | "sensitivityInputs"
> = {
  readme: { zh: "说明", en: "README" },
  goals: { zh: "目标", en: "goals" },
  results: { zh: "目标测算", en: "goal results" },
  verdicts: { zh: "加总校验", en: "add-up verdicts" },
  requiredGrowth: { zh: "所需增速", en: "required growth" },
  probabilities: { zh: "达成概率", en: "probabilities" },
  projection: { zh: "逐年预测", en: "projection by year" },
  simulated: { zh: "模拟区间", en: "simulated ranges" },
  chain: { zh: "产业链", en: "chain" },
  chainConsistency: { zh: "产业链需求", en: "chain demand" },
  costs: { zh: "政策成本", en: "costs" },
  compare: { zh: "方案比较", en: "comparison" },
  sweep: { zh: "参数扫描", en: "sweep" },
  tornado: { zh: "敏感性龙卷风", en: "tornado" },
  sobol: { zh: "Sobol指数", en: "Sobol indices" },
  sobolSecond: { zh: "Sobol二阶指数", en: "Sobol second order" },
  morris: { zh: "Morris筛选", en: "Morris screening" },
  shapley: { zh: "Shapley效应", en: "Shapley effects" },
  sensitivityInputs: { zh: "不确定输入", en: "uncertain inputs" },
};

export const COLUMN_NAMES: Words<
  | "item"
  | "value"
  | "goal"
  | "subject"
  | "name"
  | "kind"
  | "year"
  | "fromYear"
  | "comparator"
  | "target"
  | "unit"
  | "text"
  | "group"
  | "document"
  | "clause"
  | "projected"
  | "met"
  | "gap"
  | "gapRelative"
  | "requiredCagr"
  | "startYear"
  | "startValue"
  | "parent"
  | "headline"
  | "childrenSum"
  | "overlapLow"
  | "overlapHigh"
  | "netLow"
  | "netHigh"
  | "verdict"
  | "minOverlap"
  | "requiredLow"
  | "requiredCentral"
  | "requiredHigh"
  | "assumed"
  | "shortfall"
  | "probability"
  | "ciLow"
  | "ciHigh"
  | "se"
  | "count"
  | "quantity"
  | "mean"
  | "sd"
  | "p5"
  | "p10"
  | "p50"
  | "p90"
  | "p95"
  | "sector"
  | "finalDemand"
  | "direct"
  | "indirect"
  | "total"
  | "relative"
  | "upstream"
  | "impliedDemand"
  | "ratio"
  | "instrument"
  | "column"
  | "diffProjected"
  | "diffProbability"
  | "point"
  | "input"
  | "role"
  | "lowValue"
  | "lowOutput"
  | "highValue"
  | "highOutput"
  | "first"
  | "firstLow"
  | "firstHigh"
  | "totalIndex"
  | "totalLow"
  | "totalHigh"
  | "central"
  | "low"
  | "high"
  | "outputLow"
  | "outputHigh"
  | "swing"
  | "factor"
  | "members"
  | "muStar"
  | "muStarLow"
  | "muStarHigh"
  | "mu"
  | "sigma"
  | "sigmaLow"
  | "sigmaHigh"
  | "inputA"
  | "inputB"
  | "secondIndex"
  | "shapleyEffect"
  | "flags"
> = {
  item: { zh: "项目", en: "item" },
  value: { zh: "内容", en: "value" },
  goal: { zh: "目标", en: "goal" },
  subject: { zh: "对象", en: "subject" },
  name: { zh: "名称", en: "name" },
  kind: { zh: "类型", en: "kind" },
  year: { zh: "年份", en: "year" },
  fromYear: { zh: "起始年份", en: "from year" },
  comparator: { zh: "比较方式", en: "comparator" },
  target: { zh: "目标值", en: "goal value" },
  unit: { zh: "单位", en: "unit" },
  text: { zh: "原文表述", en: "as written" },
  group: { zh: "目标组", en: "group" },
  document: { zh: "来源文件", en: "source document" },
  clause: { zh: "条款", en: "clause" },
  projected: { zh: "预测值", en: "projected" },
  met: { zh: "是否达成", en: "met" },
  gap: { zh: "差距", en: "gap" },
  gapRelative: { zh: "相对差距", en: "relative gap" },
  requiredCagr: { zh: "所需年均增速", en: "required CAGR" },
  startYear: { zh: "起点年份", en: "start year" },
  startValue: { zh: "起点数值", en: "start value" },
  parent: { zh: "总量", en: "headline" },
  headline: { zh: "总量目标", en: "headline goal" },
  childrenSum: { zh: "分项合计", en: "parts sum" },
  overlapLow: { zh: "重叠下限", en: "overlap low" },
  overlapHigh: { zh: "重叠上限", en: "overlap high" },
  netLow: { zh: "净额下限", en: "net low" },
  netHigh: { zh: "净额上限", en: "net high" },
  verdict: { zh: "结论", en: "verdict" },
  minOverlap: { zh: "所需最小重叠", en: "min overlap needed" },
  requiredLow: { zh: "所需增速下限", en: "required low" },
  requiredCentral: { zh: "所需增速", en: "required" },
  requiredHigh: { zh: "所需增速上限", en: "required high" },
  assumed: { zh: "假设增速", en: "assumed" },
  shortfall: { zh: "增速缺口", en: "shortfall" },
  probability: { zh: "达成概率", en: "probability" },
  ciLow: { zh: "95%区间下限", en: "95% low" },
  ciHigh: { zh: "95%区间上限", en: "95% high" },
  se: { zh: "标准误", en: "standard error" },
  count: { zh: "达成样本数", en: "samples met" },
  quantity: { zh: "指标", en: "quantity" },
  mean: { zh: "均值", en: "mean" },
  sd: { zh: "标准差", en: "sd" },
  p5: { zh: "P5", en: "P5" },
  p10: { zh: "P10", en: "P10" },
  p50: { zh: "P50", en: "P50" },
  p90: { zh: "P90", en: "P90" },
  p95: { zh: "P95", en: "P95" },
  sector: { zh: "行业", en: "sector" },
  finalDemand: { zh: "最终需求", en: "final demand" },
  direct: { zh: "直接影响", en: "direct" },
  indirect: { zh: "间接影响", en: "indirect" },
  total: { zh: "总影响", en: "total" },
  relative: { zh: "相对影响", en: "relative" },
  upstream: { zh: "上游行业", en: "upstream" },
  impliedDemand: { zh: "隐含本地需求", en: "implied demand" },
  ratio: { zh: "目标/需求", en: "goal / demand" },
  instrument: { zh: "政策工具", en: "instrument" },
  column: { zh: "方案", en: "column" },
  diffProjected: { zh: "预测值差异", en: "projected difference" },
  diffProbability: { zh: "概率差异", en: "probability difference" },
  point: { zh: "参数组合", en: "point" },
  input: { zh: "输入", en: "input" },
  role: { zh: "作用", en: "role" },
  lowValue: { zh: "低值", en: "low value" },
  lowOutput: { zh: "低值时差距", en: "gap at low" },
  highValue: { zh: "高值", en: "high value" },
  highOutput: { zh: "高值时差距", en: "gap at high" },
  first: { zh: "一阶指数", en: "first-order" },
  firstLow: { zh: "一阶下限", en: "first low" },
  firstHigh: { zh: "一阶上限", en: "first high" },
  totalIndex: { zh: "总效应指数", en: "total-order" },
  totalLow: { zh: "总效应下限", en: "total low" },
  totalHigh: { zh: "总效应上限", en: "total high" },
  central: { zh: "中间值", en: "central" },
  low: { zh: "下限", en: "low" },
  high: { zh: "上限", en: "high" },
  outputLow: { zh: "低值时输出", en: "output at low" },
  outputHigh: { zh: "高值时输出", en: "output at high" },
  swing: { zh: "摆幅", en: "swing" },
  factor: { zh: "因素", en: "factor" },
  members: { zh: "所含输入", en: "members" },
  muStar: { zh: "μ*（平均绝对效应）", en: "mu*" },
  muStarLow: { zh: "μ* 95%下限", en: "mu* 95% low" },
  muStarHigh: { zh: "μ* 95%上限", en: "mu* 95% high" },
  mu: { zh: "μ（平均效应）", en: "mu" },
  sigma: { zh: "σ（效应标准差）", en: "sigma" },
  sigmaLow: { zh: "σ 95%下限", en: "sigma 95% low" },
  sigmaHigh: { zh: "σ 95%上限", en: "sigma 95% high" },
  inputA: { zh: "输入甲", en: "input A" },
  inputB: { zh: "输入乙", en: "input B" },
  secondIndex: { zh: "二阶指数", en: "second-order index" },
  shapleyEffect: { zh: "Shapley效应", en: "Shapley effect" },
  flags: { zh: "提示", en: "notes" },
};

/** Rows of the README sheet. */
export const README_ROWS: Words<
  | "title"
  | "file"
  | "sha256"
  | "variant"
  | "overrides"
  | "seed"
  | "samples"
  | "method"
  | "version"
  | "findingsVersion"
  | "note"
  | "output"
  | "evaluations"
  | "parameters"
  | "correlated"
  | "analysisMethod"
  | "base"
> = {
  title: { zh: "情景", en: "scenario" },
  file: { zh: "情景文件", en: "scenario file" },
  sha256: { zh: "输入哈希 (SHA-256)", en: "input hash (SHA-256)" },
  variant: { zh: "方案", en: "variant" },
  overrides: { zh: "参数覆盖", en: "overrides" },
  seed: { zh: "随机种子", en: "seed" },
  samples: { zh: "样本数", en: "samples" },
  method: { zh: "抽样方法", en: "method" },
  version: { zh: "chainsim 版本", en: "chainsim version" },
  findingsVersion: { zh: "结果格式版本", en: "findings version" },
  output: { zh: "分析的输出", en: "output analysed" },
  evaluations: { zh: "模型计算次数", en: "model evaluations" },
  parameters: { zh: "方法参数", en: "method parameters" },
  correlated: { zh: "按相关性联合抽样的输入", en: "inputs drawn jointly (correlated)" },
  analysisMethod: { zh: "分析方法", en: "analysis method" },
  base: { zh: "基准输出（各输入取中间值）", en: "base output (every input central)" },
  note: {
    zh: "数值为实数（非文本）；增速、份额和概率为小数，按百分比格式显示。同样的输入和种子得到逐字节相同的文件。",
    en: "Numbers are real numbers (not text); growth, shares and probabilities are fractions shown with a percent format. The same inputs and seed give a byte-identical file.",
  },
};

/** Words in cells. */
export const CELL_WORDS: Words<"yes" | "no" | "unknown" | "none"> = {
  yes: { zh: "是", en: "yes" },
  no: { zh: "否", en: "no" },
  unknown: { zh: "无法判定", en: "unknown" },
  none: { zh: "无", en: "none" },
};

/** What an uncertain input is (model/inputs.ts Input.role). */
export const INPUT_ROLES: Words<"baseline" | "implied" | "growth" | "schedule" | "actual"> = {
  baseline: { zh: "基期值", en: "baseline" },
  implied: { zh: "倒推基期所用增速", en: "growth of an implied baseline" },
  growth: { zh: "增速", en: "growth" },
  schedule: { zh: "逐年增速", en: "growth schedule" },
  actual: { zh: "实际值", en: "actual" },
};
