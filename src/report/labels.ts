/**
 * Every string the report (HTML page, charts, summary.md) shows, in Chinese
 * and English. Sentences with numbers are functions of already formatted
 * values, so both languages say the same thing.
 */

import type { Verdict } from "../analysis/consistency.js";
import type { TrackingStatus } from "../analysis/tracking.js";
import type { Comparator } from "../model/comparator.js";

export type Lang = "zh" | "en";

export interface Labels {
  lang: Lang;
  /** The html lang attribute. */
  htmlLang: string;
  report: string;
  /** "Figure 3" */
  figure: (n: number) => string;
  table: string;
  sections: {
    summary: string;
    findings: string;
    goals: string;
    projection: string;
    simulation: string;
    addup: string;
    growth: string;
    pairs: string;
    tracking: string;
    regions: string;
    sensitivity: string;
    chain: string;
    costs: string;
    manifest: string;
    contents: string;
    /** Goals of the documents the scenario deliberately leaves out. */
    outOfScope: string;
  };
  meta: {
    scenario: string;
    file: string;
    sha256: string;
    variant: string;
    overrides: string;
    none: string;
    unit: string;
    period: string;
    simulation: (samples: string, seed: string, method: string) => string;
    deterministic: string;
    version: string;
    commit: string;
    files: string;
    path: string;
    bytes: string;
  };
  columns: {
    goal: string;
    subject: string;
    year: string;
    goalValue: string;
    asWritten: string;
    projected: string;
    status: string;
    probability: string;
    interval: string;
    source: string;
    /** Why a goal is left out of the scenario. */
    reason: string;
    line: string;
    quantity: string;
    unit: string;
    child: string;
    value: string;
    basis: string;
    share: string;
    amount: string;
    overlap: string;
    required: string;
    assumed: string;
    shortfall: string;
    from: string;
    latest: string;
    needsNow: string;
    reforecast: string;
    region: string;
    verdict: string;
    headline: string;
    childrenSum: string;
    net: string;
    minOverlap: string;
    input: string;
  };
  status: { met: string; missed: string; unknown: string };
  tracking: Record<TrackingStatus, string>;
  verdict: Record<Verdict, string>;
  comparator: Record<Comparator, string>;
  basis: { goal: string; projection: string };
  goalKind: {
    level: (sign: string, value: string, year: number) => string;
    growth: (sign: string, value: string, from: number, to: number) => string;
    share: (sign: string, value: string, of: string, year: number) => string;
    flow: (sign: string, value: string, from: number, to: number) => string;
    cumulative: (sign: string, value: string, from: number, to: number) => string;
  };
  charts: {
    projection: { title: string; subtitle: string; line: string; actual: string; baseline: string };
    goalMet: string;
    goalMissed: string;
    goalUnknown: string;
    goalShort: (value: string) => string;
    fan: {
      title: string;
      subtitle: (samples: string) => string;
      outer: string;
      inner: string;
      median: string;
      likely: string;
      unlikely: string;
    };
    fanGoal: (value: string, p: string) => string;
    /** A goal over several years drawn on a yearly fan (the dashed line spans its years): its total, then the yearly average it needs. */
    fanCumulative: (goal: string, perYear: string) => string;
    addup: {
      title: (parent: string, year: number) => string;
      children: string;
      net: string;
      headline: string;
      residual: string;
      excess: string;
      overlapRange: string;
      noOverlaps: string;
      residualLabel: (range: string) => string;
      excessLabel: (range: string) => string;
      headlineLabel: (sign: string, value: string) => string;
    };
    waterfall: {
      title: (parent: string, year: number) => string;
      start: string;
      within: (part: string, within: string) => string;
      outside: (part: string, parent: string) => string;
      residual: string;
      excess: string;
      end: string;
      overlap: string;
      outsideLegend: string;
      total: string;
      interval: string;
    };
    growth: { title: string; subtitle: string; required: string; assumed: string; axis: string };
    probability: {
      title: string;
      subtitle: (samples: string) => string;
      goal: string;
      all: string;
      interval: string;
      axis: string;
      allRow: string;
    };
    tornado: { title: string; subtitle: string; low: string; high: string; axis: string };
    sobol: { title: string; subtitle: string; first: string; total: string; axis: string; interval: string };
    chain: {
      multipliersTitle: string;
      multipliersSubtitle: string;
      shockTitle: string;
      shockSubtitle: string;
      upstream: string;
      downstream: string;
      effect: string;
      direct: string;
      indirect: string;
    };
    costs: {
      fanTitle: string;
      breakdownTitle: string;
      axis: string;
      fanSubtitle: (samples: string) => string;
      breakdownSubtitle: string;
      band: string;
      median: string;
      expected: string;
    };
    units: (unit: string) => string;
    percentPerYear: string;
    /** Titles that state what a chart shows, and the text the briefing charts added. */
    say: ChartSay;
  };
  captions: {
    projection: string;
    fan: string;
    addup: string;
    waterfall: string;
    growth: string;
    probability: string;
    tornado: string;
    sobol: string;
    chain: string;
    chainShock: string;
    costs: string;
    costsBreakdown: string;
    sourcesChain: (file: string, lines: string) => string;
    sourcesInstruments: (file: string, lines: string) => string;
    sourcesScenario: (file: string, lines: string) => string;
    sourcesGoals: (list: string) => string;
    sourcesOverlaps: (file: string, lines: string) => string;
    sourcesSimulation: (samples: string, seed: string) => string;
    sourcesActuals: (lines: string) => string;
    data: string;
    chartFile: string;
    noteShort: (file: string) => string;
  };
  sentences: {
    goalsMet: (met: number, total: number) => string;
    allGoals: (p: string, ci: string) => string;
    verdict: (v: VerdictSentence) => string;
    unknownPairs: (n: number) => string;
    withoutGoals: (list: string) => string;
    impliedBaseline: (sector: string, level: string, growth: string, year: number, value: string) => string;
    binding: (b: BindingSentence) => string;
    shortfall: (goal: string, required: string, assumed: string, points: string) => string;
    hardest: string;
    probabilityLow: (list: string) => string;
    tracking: (goal: string, status: string, needs: string) => string;
    regionShare: (
      region: string,
      theirs: string,
      year: number,
      value: string,
      share: string,
      ours: string,
      goal: string,
    ) => string;
    regionSum: (ours: string, year: number, sum: string, goal: string, verdict: string) => string;
    ratio: (region: string, year: number, amount: string, count: string, perUnit: string) => string;
    noSimulation: string;
    central: string;
    howToView: string;
  };
  summary: { title: (title: string) => string; generated: string; charts: string };
  list: string;
}

/** Chart titles that state the finding, and the other chart text of the briefing charts. */
export interface ChartSay {
  projection: (met: number, total: number, unknown: number) => string;
  goalBars: string;
  goalPerYear: (v: string) => string;
  goalCumulative: (v: string) => string;
  /** A share goal's panel: the subject as a share of the whole. */
  shareName: (part: string, whole: string) => string;
  /** Legend entry, and the label beside the rule, of a scope break (the series redefined from a year on). */
  scopeBreak: string;
  scopeBreakShort: (year: number) => string;
  /** How the central value of each kind of distribution is taken. */
  centralRule: Record<string, string>;
  centralNote: (rules: string) => string;
  fan: (list: string, n: number) => string;
  fanAllLikely: string;
  addupOver: (n: number, pct: string) => string;
  addupUnder: (n: number, pct: string) => string;
  slack: string;
  waterfallSlack: (amount: string) => string;
  waterfallResidual: (amount: string) => string;
  waterfallExcess: (amount: string) => string;
  waterfallGap: (amount: string) => string;
  growth: (n: number, total: number, worst: string, required: string, assumed: string) => string;
  growthNone: (total: number) => string;
  growthGoal: string;
  probability: (below: number, total: number, all: string | null) => string;
  multipliers: (sector: string, pull: string) => string;
  shock: (shock: string, indirect: string, unit: string, top: string) => string;
  directPanel: string;
  indirectPanel: string;
  tornado: (output: string, input: string) => string;
  /** Cost fan: the expected total over the years, and the costliest year with its P10–P90. */
  costsFan: (years: string, total: string, peak: number, p10: string, p90: string) => string;
  /** Cost breakdown: the instrument with the largest share of the expected cost. */
  costsBreakdown: (instrument: string, share: string, total: string) => string;
  sobol: (output: string, input: string, share: string) => string;
  param: Record<string, string>;
  unit: (u: string) => string;
}

export interface VerdictSentence {
  parent: string;
  year: number;
  unit: string;
  sum: string;
  net: string;
  sign: string;
  headline: string;
  verdict: Verdict;
  minOverlap: string;
  minShare: string;
  statedHigh: string | null;
  statedRange: string;
  residual: string;
  residualCagr: string | null;
  maxAllowed: string | null;
}

export interface BindingSentence {
  year: number;
  kind: "actual" | "baseline";
  value: string;
  levelNeeds: string;
  growthNeeds: string;
  reaches: string;
  binding: "level" | "growth" | "both";
  margin: string;
}

const zhSay: ChartSay = {
  projection: (met, total, unknown) =>
    `按中心假设，图中 ${total} 个目标有 ${met} 个达成${unknown ? `，${unknown} 个无法判断` : ""}`,
  goalBars: "每年或累计目标（柱）",
  goalPerYear: (v) => `每年目标 ${v}`,
  goalCumulative: (v) => `累计目标 ${v}`,
  shareName: (part, whole) => `${part}占${whole}比重`,
  scopeBreak: "统计口径调整（前后不可比）",
  scopeBreakShort: (y) => `${y}年起新口径`,
  centralRule: {
    point: "给定值取该值",
    uniform: "区间取中点",
    triangular: "三角分布取众数",
    pert: "PERT 分布取众数",
    normal: "正态分布取均值",
    truncnormal: "截尾正态分布取均值",
    lognormal: "对数正态分布取中位数",
    choice: "离散取值取加权平均",
    empirical: "经验分布取中位数",
  },
  centralNote: (rules) => `中心假设：${rules}`,
  fan: (list, n) => `达成概率不足一半的目标有 ${n} 个：${list}`,
  fanAllLikely: "各目标达成概率均在一半以上",
  addupOver: (n, pct) => `${n} 个子目标合计超出总目标 ${pct}`,
  addupUnder: (n, pct) => `${n} 个子目标合计比总目标少 ${pct}`,
  slack: "子目标超出总目标的余量",
  waterfallSlack: (a) => `扣除重叠后，子目标仍比总目标多 ${a}，属余量`,
  waterfallResidual: (a) => `总目标中有 ${a} 须由子目标以外的活动完成`,
  waterfallExcess: (a) => `扣除已列重叠后仍有 ${a} 的超出无法解释`,
  waterfallGap: (a) => `扣除重叠后子目标合计比总目标少 ${a}（缺口）`,
  growth: (n, total, worst, req, ass) =>
    `${total} 个目标中 ${n} 个所需增速高于假设；差距最大：${worst}（需 ${req}，假设 ${ass}）`,
  growthNone: (total) => `${total} 个目标所需增速均不高于假设增速`,
  growthGoal: "增速目标",
  probability: (below, total, all) =>
    `${total} 个目标中 ${below} 个达成概率不足 50%${all === null ? "" : `；全部同时达成的概率 ${all}`}`,
  costsFan: (years, total, peak, p10, p90) =>
    `${years} 年政策成本期望合计 ${total}；${peak} 年最高，P10–P90 为 ${p10}–${p90}`,
  costsBreakdown: (instrument, share, total) =>
    `${instrument}占期望成本（合计 ${total}）的 ${share}，居各政策工具之首`,
  multipliers: (sector, pull) => `${sector}对上游拉动最大：每单位最终需求带动上游产出 ${pull}`,
  shock: (shock, indirect, unit, top) => `${shock}：沿产业链的间接影响合计 ${indirect} ${unit}，最大在${top}`,
  directPanel: "直接影响（最终需求变化）",
  indirectPanel: "间接影响（沿产业链传导，单独刻度）",
  tornado: (output, input) => `${output}：影响最大的假设是${input}`,
  sobol: (output, input, share) => `${output}：方差的 ${share} 来自${input}`,
  param: {
    baseline: "基数",
    growth: "增速",
    rate: "增速",
    share: "比例",
    coefficient: "系数",
    value: "取值",
  },
  unit: (u) => u,
};

const zh: Labels = {
  lang: "zh",
  htmlLang: "zh-CN",
  report: "情景分析报告",
  figure: (n) => `图${n}`,
  table: "表",
  sections: {
    summary: "摘要",
    findings: "主要结论",
    goals: "各项目标",
    projection: "逐年预测",
    simulation: "不确定性：蒙特卡洛模拟",
    addup: "子目标能否加总为总目标",
    growth: "所需增速与假设增速",
    pairs: "规模目标与增速目标",
    tracking: "中期跟踪",
    regions: "地区",
    sensitivity: "敏感性",
    chain: "产业链",
    costs: "政策成本",
    manifest: "可复现信息（清单）",
    contents: "目录",
    outOfScope: "原文中有、本情景有意未纳入的目标",
  },
  meta: {
    scenario: "情景",
    file: "情景文件",
    sha256: "文件 SHA-256",
    variant: "变体",
    overrides: "命令行覆盖",
    none: "无",
    unit: "单位",
    period: "期间",
    simulation: (n, seed, method) => `蒙特卡洛模拟 ${n} 次，随机种子 ${seed}（${method}）`,
    deterministic: "未做蒙特卡洛模拟（--samples 0）",
    version: "chainsim 版本",
    commit: "构建所用代码提交",
    files: "输出文件",
    path: "路径",
    bytes: "字节",
  },
  columns: {
    goal: "目标",
    subject: "对象",
    year: "年份",
    goalValue: "目标值",
    asWritten: "原文",
    projected: "预测值（中值假设）",
    status: "状态",
    probability: "达成概率",
    interval: "95% 区间",
    source: "出处",
    reason: "未纳入的理由",
    line: "情景文件行",
    quantity: "指标",
    unit: "单位",
    child: "子领域",
    value: "数值",
    basis: "依据",
    share: "比例",
    amount: "金额",
    overlap: "重叠",
    required: "所需年均增速",
    assumed: "假设年均增速",
    shortfall: "差距（百分点/年）",
    from: "起点",
    latest: "最新实际值",
    needsNow: "此后所需年均增速",
    reforecast: "重新预测",
    region: "地区",
    verdict: "判断",
    headline: "总目标",
    childrenSum: "子目标之和",
    net: "扣除重叠后",
    minOverlap: "至少需要的重叠",
    input: "输入",
  },
  status: { met: "达成", missed: "未达成", unknown: "无法判断" },
  tracking: { "already met": "已达成", "on track": "按计划", behind: "落后" },
  verdict: {
    CONSISTENT: "一致（CONSISTENT）",
    OVERSHOOT: "超出（OVERSHOOT）",
    GAP: "缺口（GAP）",
    INDETERMINATE: "取决于重叠（INDETERMINATE）",
  },
  comparator: {
    at_least: "不低于",
    reach: "达到",
    no_fewer_than: "不少于",
    about: "左右",
    below: "低于",
    at_most: "不超过",
  },
  basis: { goal: "目标", projection: "预测" },
  goalKind: {
    level: (sign, v, y) => `${y}年 ${sign} ${v}`,
    growth: (sign, v, from, to) => `${from}–${to}年年均增速 ${sign} ${v}`,
    share: (sign, v, of, y) => `${y}年占${of} ${sign} ${v}`,
    flow: (sign, v, from, to) => `${from}–${to}年每年 ${sign} ${v}`,
    cumulative: (sign, v, from, to) => `${from}–${to}年累计 ${sign} ${v}`,
  },
  charts: {
    projection: {
      title: "各部门逐年预测与目标",
      subtitle: "各部门逐年预测；圆点为达成的目标，叉号为未达成的目标",
      line: "预测（中心假设）",
      actual: "已公布实际值",
      baseline: "基期值范围",
    },
    goalMet: "目标：达成",
    goalMissed: "目标：未达成",
    goalUnknown: "目标：无法判断",
    goalShort: (v) => `目标 ${v}`,
    fan: {
      title: "预测的不确定性（扇形图）",
      subtitle: (n) => `${n} 次模拟的分位数；菱形为目标，旁注为达成概率`,
      outer: "P5–P95",
      inner: "P25–P75",
      median: "中位数",
      likely: "目标：达成概率 ≥ 50%",
      unlikely: "目标：达成概率 < 50%",
    },
    fanGoal: (v, p) => `${v} · ${p}`,
    fanCumulative: (goal, perYear) => `累计 ${goal}，年均 ${perYear}`,
    addup: {
      title: (parent, year) => `${parent} ${year}年：子目标能否加总为总目标`,
      children: "子目标之和",
      net: "扣除已列重叠",
      headline: "总目标",
      residual: "余量（其他活动）",
      excess: "超出总目标",
      overlapRange: "重叠范围",
      noOverlaps: "未列明任何重叠",
      residualLabel: (r) => `余量 ${r}`,
      excessLabel: (r) => `超出 ${r}`,
      headlineLabel: (sign, v) => `总目标 ${sign} ${v}`,
    },
    waterfall: {
      title: (parent, year) => `${parent} ${year}年：从子目标之和到总目标`,
      start: "子目标之和",
      within: (part, within) => `${part} 与 ${within} 重复`,
      outside: (part, parent) => `${part} 不在${parent}统计范围内`,
      residual: "余量（其他活动）",
      excess: "无法解释的超出部分",
      end: "总目标",
      overlap: "重复计算（中值）",
      outsideLegend: "统计范围外（中值）",
      total: "合计",
      interval: "所列比例的范围",
    },
    growth: {
      title: "所需年均增速与假设增速",
      subtitle: "从最新已知值（基期或实际值）到目标年；线段为起点或假设的范围",
      required: "所需增速",
      assumed: "假设增速",
      axis: "年均增速",
    },
    probability: {
      title: "各目标的达成概率",
      subtitle: (n) => `${n} 次模拟；误差线为 95% Wilson 区间`,
      goal: "单个目标",
      all: "全部目标同时达成",
      interval: "95% 区间",
      axis: "概率",
      allRow: "全部目标同时达成",
    },
    tornado: {
      title: "龙卷风图：各假设对结果的影响",
      subtitle: "每个输入取低值与高值、其余取中值时的结果",
      low: "输入取低值",
      high: "输入取高值",
      axis: "结果",
    },
    sobol: {
      title: "Sobol 指数：结果方差的来源",
      subtitle: "一阶指数与总效应指数，误差线为区间",
      first: "一阶指数",
      total: "总效应指数",
      axis: "方差占比",
      interval: "区间",
    },
    chain: {
      multipliersTitle: "产业链乘数",
      multipliersSubtitle: "下游每增加一单位产出，上游产出的增加",
      shockTitle: "冲击的传导",
      shockSubtitle: "各部门因冲击而变化的产出",
      upstream: "上游",
      downstream: "下游",
      effect: "影响",
      direct: "直接（最终需求变化）",
      indirect: "间接（沿产业链传导）",
    },
    costs: {
      fanTitle: "政策成本的不确定性",
      breakdownTitle: "政策成本构成",
      axis: "成本",
      fanSubtitle: (n) => `逐年总成本，${n} 次模拟`,
      breakdownSubtitle: "各政策工具逐年的期望成本",
      band: "P10–P90",
      median: "中位数",
      expected: "期望值",
    },
    units: (u) => u,
    percentPerYear: "%/年",
    say: zhSay,
  },
  captions: {
    projection:
      "中值假设下各部门与指标的逐年预测。预测从基期值（或最新实际值）按增长假设逐年复利计算；目标标在其年份上。",
    fan: "蒙特卡洛模拟中各部门与指标逐年的分布：深色带为 P25–P75，浅色带为 P5–P95，线为中位数。",
    addup: "各子目标之和与总目标的比较：已列明的重叠按其比例范围扣除，余量为总目标减去扣除后的和。",
    waterfall: "从子目标之和出发，依次扣除各项已列明的重叠（取比例中值，误差线为比例范围），得到总目标。",
    growth: "每个目标从最新已知值出发所需的年均增速，与情景假设的增速比较。",
    probability: "模拟中各目标达成的比例，以及全部目标在同一次模拟中同时达成的比例。",
    tornado: "每个输入取其低值和高值时的结果，其余输入保持中值。",
    sobol: "各输入对结果方差的贡献。",
    chain:
      "列昂惕夫逆矩阵（取系数中值）：下游部门最终需求每增加一单位，所需上游部门产出。对角线为部门自身（含本身一单位）。",
    chainShock:
      "最终需求冲击沿投入产出关联的传导（取系数中值）：直接部分为冲击本身，间接部分为沿产业链对上游的影响。",
    costs: "政策工具逐年总成本的模拟分布：带为 P10–P90，线为中位数。",
    costsBreakdown: "各政策工具逐年的期望成本（堆叠）。",
    sourcesChain: (file, lines) => `投入产出系数：${file} ${lines}`,
    sourcesInstruments: (file, lines) => `政策工具：${file} ${lines}`,
    sourcesScenario: (file, lines) => `假设：${file} ${lines}`,
    sourcesGoals: (list) => `目标出处：${list}`,
    sourcesOverlaps: (file, lines) => `重叠比例：${file} ${lines}`,
    sourcesSimulation: (n, seed) => `模拟：${n} 次，随机种子 ${seed}`,
    sourcesActuals: (lines) => `实际值：${lines}`,
    data: "数据",
    chartFile: "图",
    noteShort: (file) => `来源：${file}；chainsim report`,
  },
  sentences: {
    goalsMet: (met, total) => `中值假设下 ${total} 个目标中 ${met} 个达成。`,
    allGoals: (p, ci) => `全部目标同时达成的概率为 ${p}（95% 区间 ${ci}）。`,
    verdict: (v) => {
      const head = `${v.parent} ${v.year}年：各子目标之和 ${v.sum} ${v.unit}，扣除已列重叠后 ${v.net}，总目标 ${v.sign} ${v.headline}。`;
      switch (v.verdict) {
        case "OVERSHOOT":
          return `${head}判断：超出——至少需要 ${v.minOverlap}（子目标之和的 ${v.minShare}）的重复计算才能一致；${v.statedHigh === null ? "未列明任何重叠。" : `已列重叠最多解释 ${v.statedHigh}。`}`;
        case "GAP":
          return `${head}判断：缺口——子目标合计比总目标少 ${v.residual}${v.residualCagr ? `，这部分需要自基期起每年增长 ${v.residualCagr}` : ""}。`;
        case "INDETERMINATE":
          return `${head}判断：取决于重叠——只有在所列重叠比例的一部分范围内才一致（至少需要 ${v.minOverlap} 的重叠，已列 ${v.statedRange}）。`;
        case "CONSISTENT":
          return v.maxAllowed !== null
            ? `${head}判断：一致，只要重叠总额不超过 ${v.maxAllowed}。`
            : `${head}判断：一致，余下 ${v.residual} 为所列子领域以外的活动。`;
      }
    },
    unknownPairs: (n) => `${n} 对子领域之间未列明重叠（不视为零）。`,
    withoutGoals: (list) => `该年没有目标的子领域：${list}。`,
    impliedBaseline: (sector, level, growth, year, value) =>
      `${sector}：${level} 与 ${growth} 共同隐含 ${year} 年基期值 ${value}；低于此值时规模目标更难，高于此值时增速目标更难。`,
    binding: (b) =>
      `从 ${b.year} 年${b.kind === "actual" ? "实际值" : "基期值"} ${b.value} 出发：规模目标需年均 ${b.levelNeeds}，增速目标为 ${b.growthNeeds}（到期达到 ${b.reaches}）→ ${b.binding === "both" ? "两者同样约束" : `${b.binding === "level" ? "规模目标" : "增速目标"}更难，每年高 ${b.margin} 个百分点`}。`,
    shortfall: (goal, req, ass, pts) => `${goal}：需年均 ${req}，假设 ${ass}（差 ${pts} 个百分点/年）`,
    hardest: "所需增速比假设增速高出最多的目标：",
    probabilityLow: (list) => `达成概率低于 50% 的目标：${list}。`,
    tracking: (goal, status, needs) => `${goal}：${status}，此后需年均 ${needs}。`,
    regionShare: (region, theirs, year, value, share, ours, goal) =>
      `${region}.${theirs} ${year}年：${value}，占 ${ours} 目标 ${goal} 的 ${share}。`,
    regionSum: (ours, year, sum, goal, verdict) =>
      `各地区 ${ours} ${year}年目标之和 ${sum}，对比 ${goal}：${verdict}。`,
    ratio: (region, year, amount, count, per) => `${region} ${year}年：${amount} ÷ ${count} = 每家 ${per}。`,
    noSimulation: "未做蒙特卡洛模拟，因此没有扇形图和概率图（用 --samples N 运行）。",
    central: "中值假设：区间取中点，三角分布取众数，正态分布取均值。",
    howToView: "用浏览器打开 report.html 即可查看（无需联网，不含脚本）。",
  },
  summary: {
    title: (t) => `${t}：主要结论`,
    generated: "由 chainsim report 生成",
    charts: "图表",
  },
  list: "、",
};

const enSay: ChartSay = {
  projection: (met, total, unknown) =>
    `On central assumptions ${met} of the ${total} goals shown are met${unknown ? ` (${unknown} cannot be judged)` : ""}`,
  goalBars: "yearly or cumulative goal (bars)",
  goalPerYear: (v) => `goal ${v}/yr`,
  goalCumulative: (v) => `goal ${v} in total`,
  shareName: (part, whole) => `${part} as a share of ${whole}`,
  scopeBreak: "scope change (not comparable across it)",
  scopeBreakShort: (y) => `new scope from ${y}`,
  centralRule: {
    point: "given values as they are",
    uniform: "ranges at their midpoint",
    triangular: "triangular distributions at their mode",
    pert: "PERT distributions at their mode",
    normal: "normal distributions at their mean",
    truncnormal: "truncated normals at their mean",
    lognormal: "lognormals at their median",
    choice: "discrete choices at their weighted mean",
    empirical: "empirical distributions at their median",
  },
  centralNote: (rules) => `central assumptions: ${rules}`,
  fan: (list, n) => `${n === 1 ? "1 goal is" : `${n} goals are`} less likely than not: ${list}`,
  fanAllLikely: "Every goal is more likely than not",
  addupOver: (n, pct) => `The ${n} sub-goals add up to ${pct} more than the headline`,
  addupUnder: (n, pct) => `The ${n} sub-goals add up to ${pct} less than the headline`,
  slack: "slack: sub-goals above the headline",
  waterfallSlack: (a) => `Net of overlaps the sub-goals still exceed the headline by ${a} (slack)`,
  waterfallResidual: (a) => `${a} of the headline must come from activity outside the sub-goals`,
  waterfallExcess: (a) => `${a} of excess remains that no stated overlap explains`,
  waterfallGap: (a) => `Net of overlaps the sub-goals fall ${a} short of the headline (gap)`,
  growth: (n, total, worst, req, ass) =>
    `${n} of ${total} goals need faster growth than assumed; widest gap: ${worst} (needs ${req}, assumed ${ass})`,
  growthNone: (total) => `None of the ${total} goals needs faster growth than assumed`,
  growthGoal: "growth goal",
  probability: (below, total, all) =>
    `${below} of ${total} goals have less than a 50% chance${all === null ? "" : `; all together: ${all}`}`,
  costsFan: (years, total, peak, p10, p90) =>
    `Expected policy cost over ${years}: ${total}; highest in ${peak} (P10–P90 ${p10}–${p90})`,
  costsBreakdown: (instrument, share, total) =>
    `${instrument} accounts for ${share} of the expected cost (${total} in all), the most of any instrument`,
  multipliers: (sector, pull) =>
    `${sector} pulls most upstream: ${pull} of upstream output per unit of final demand`,
  shock: (shock, indirect, unit, top) =>
    `${shock}: ${indirect} ${unit} of indirect effects along the chain, most in ${top}`,
  directPanel: "direct effect (change in final demand)",
  indirectPanel: "indirect effect (along the chain, own scale)",
  tornado: (output, input) => `${output}: ${input} moves it most`,
  sobol: (output, input, share) => `${output}: ${share} of its variance comes from ${input}`,
  param: {
    baseline: "baseline",
    growth: "growth",
    rate: "growth",
    share: "share",
    coefficient: "coefficient",
    value: "value",
  },
  unit: (u) => u,
};

const en: Labels = {
  lang: "en",
  htmlLang: "en",
  report: "Scenario report",
  figure: (n) => `Figure ${n}`,
  table: "Table",
  sections: {
    summary: "Summary",
    findings: "Key findings",
    goals: "Goals",
    projection: "Projection by year",
    simulation: "Uncertainty: Monte Carlo simulation",
    addup: "Do the sub-goals add up to the headline?",
    growth: "Required versus assumed growth",
    pairs: "Level and growth goals",
    tracking: "Mid-term tracking",
    regions: "Regions",
    sensitivity: "Sensitivity",
    chain: "Industry chain",
    costs: "Policy costs",
    manifest: "Reproducibility (manifest)",
    contents: "Contents",
    outOfScope: "Goals of the documents this scenario deliberately leaves out",
  },
  meta: {
    scenario: "Scenario",
    file: "Scenario file",
    sha256: "File SHA-256",
    variant: "Variant",
    overrides: "Command-line overrides",
    none: "none",
    unit: "Unit",
    period: "Period",
    simulation: (n, seed, method) => `Monte Carlo: ${n} samples, seed ${seed} (${method})`,
    deterministic: "No Monte Carlo simulation (--samples 0)",
    version: "chainsim version",
    commit: "Built from commit",
    files: "Files written",
    path: "Path",
    bytes: "Bytes",
  },
  columns: {
    goal: "Goal",
    subject: "Subject",
    year: "Year",
    goalValue: "Goal value",
    asWritten: "As written",
    projected: "Projected (central)",
    status: "Status",
    probability: "Probability",
    interval: "95% interval",
    source: "Source",
    reason: "Why it is left out",
    line: "Scenario line",
    quantity: "Quantity",
    unit: "Unit",
    child: "Sub-sector",
    value: "Value",
    basis: "Basis",
    share: "Share",
    amount: "Amount",
    overlap: "Overlap",
    required: "Required growth/yr",
    assumed: "Assumed growth/yr",
    shortfall: "Gap (points/yr)",
    from: "From",
    latest: "Latest actual",
    needsNow: "Needs/yr from now",
    reforecast: "Re-forecast",
    region: "Region",
    verdict: "Verdict",
    headline: "Headline",
    childrenSum: "Children's sum",
    net: "Net of overlaps",
    minOverlap: "Least overlap needed",
    input: "Input",
  },
  status: { met: "met", missed: "missed", unknown: "n/a" },
  tracking: { "already met": "already met", "on track": "on track", behind: "behind" },
  verdict: {
    CONSISTENT: "CONSISTENT",
    OVERSHOOT: "OVERSHOOT",
    GAP: "GAP",
    INDETERMINATE: "INDETERMINATE",
  },
  comparator: {
    at_least: "at least",
    reach: "reach",
    no_fewer_than: "no fewer than",
    about: "about",
    below: "below",
    at_most: "at most",
  },
  basis: { goal: "goal", projection: "projection" },
  goalKind: {
    level: (sign, v, y) => `${sign} ${v} in ${y}`,
    growth: (sign, v, from, to) => `${sign} ${v}/yr ${from}–${to}`,
    share: (sign, v, of, y) => `${sign} ${v} of ${of} in ${y}`,
    flow: (sign, v, from, to) => `${sign} ${v} each year ${from}–${to}`,
    cumulative: (sign, v, from, to) => `${sign} ${v} in total ${from}–${to}`,
  },
  charts: {
    projection: {
      title: "Projection of each sector, with its goals",
      subtitle: "Each sector year by year; dots are goals met, crosses goals missed",
      line: "projection (central)",
      actual: "published actual",
      baseline: "baseline range",
    },
    goalMet: "goal met",
    goalMissed: "goal missed",
    goalUnknown: "goal: n/a",
    goalShort: (v) => `goal ${v}`,
    fan: {
      title: "How uncertain the projections are (fan chart)",
      subtitle: (n) =>
        `Percentiles of ${n} samples; diamonds are goals, with the probability of meeting them`,
      outer: "P5–P95",
      inner: "P25–P75",
      median: "median",
      likely: "goal: probability ≥ 50%",
      unlikely: "goal: probability < 50%",
    },
    fanGoal: (v, p) => `${v} · ${p}`,
    fanCumulative: (goal, perYear) => `${goal} in total, ${perYear}/yr`,
    addup: {
      title: (parent, year) => `${parent} ${year}: do the sub-goals add up to the headline?`,
      children: "children's goals",
      net: "net of stated overlaps",
      headline: "headline goal",
      residual: "residual (other activity)",
      excess: "above the headline",
      overlapRange: "overlap range",
      noOverlaps: "no overlaps stated",
      residualLabel: (r) => `residual ${r}`,
      excessLabel: (r) => `excess ${r}`,
      headlineLabel: (sign, v) => `headline ${sign} ${v}`,
    },
    waterfall: {
      title: (parent, year) => `${parent} ${year}: from the children's sum to the headline`,
      start: "children's sum",
      within: (part, within) => `${part} counted in ${within}`,
      outside: (part, parent) => `${part} outside ${parent}`,
      residual: "residual (other activity)",
      excess: "unexplained excess",
      end: "headline goal",
      overlap: "double counting (central)",
      outsideLegend: "out of scope (central)",
      total: "total",
      interval: "range of the stated shares",
    },
    growth: {
      title: "Required versus assumed average growth",
      subtitle: "From the latest known value (baseline or actual) to the goal year; lines span the range",
      required: "required",
      assumed: "assumed",
      axis: "average growth a year",
    },
    probability: {
      title: "Probability of meeting each goal",
      subtitle: (n) => `${n} samples; whiskers are 95% Wilson intervals`,
      goal: "one goal",
      all: "all goals together",
      interval: "95% interval",
      axis: "probability",
      allRow: "all goals together",
    },
    tornado: {
      title: "Tornado: how much each assumption moves the result",
      subtitle: "Each input at its low and high value, the others at their central value",
      low: "input low",
      high: "input high",
      axis: "result",
    },
    sobol: {
      title: "Sobol indices: where the variance comes from",
      subtitle: "First-order and total-effect indices, with intervals",
      first: "first order",
      total: "total effect",
      axis: "share of variance",
      interval: "interval",
    },
    chain: {
      multipliersTitle: "Chain multipliers",
      multipliersSubtitle: "Upstream output per unit of downstream output",
      shockTitle: "How a shock propagates",
      shockSubtitle: "Change in each sector's output",
      upstream: "upstream",
      downstream: "downstream",
      effect: "effect",
      direct: "direct (final demand change)",
      indirect: "indirect (along the chain)",
    },
    costs: {
      fanTitle: "Uncertainty of policy costs",
      breakdownTitle: "Policy costs by instrument",
      axis: "cost",
      fanSubtitle: (n) => `Total cost by year, ${n} samples`,
      breakdownSubtitle: "Expected cost of each instrument by year",
      band: "P10–P90",
      median: "median",
      expected: "expected",
    },
    units: (u) => u,
    percentPerYear: "%/yr",
    say: enSay,
  },
  captions: {
    projection:
      "Each sector and indicator year by year on central assumptions, compounded from its baseline (or latest actual) with its growth assumption; goals are marked in their year.",
    fan: "Each quantity's distribution by year across the Monte Carlo samples: the dark band is P25–P75, the light band P5–P95, the line the median.",
    addup:
      "The children's goals against the headline: stated overlaps are deducted over their range of shares; the residual is the headline less the net sum.",
    waterfall:
      "From the children's sum, each stated overlap is deducted (at its central share; whiskers span the stated range) to reach the headline.",
    growth:
      "The average annual growth each goal needs from its latest known value, beside the growth the scenario assumes.",
    probability:
      "The share of samples in which each goal is met, and in which every goal is met in the same sample.",
    tornado: "The result with each input at its low and high value, the others at their central value.",
    sobol: "How much of the result's variance each input explains.",
    chain:
      "The Leontief inverse at central coefficients: the output each upstream sector needs per unit of a downstream sector's final demand (the diagonal includes the unit itself).",
    chainShock:
      "A final-demand shock travelling along the input-output links (central coefficients): the direct part is the shock itself, the indirect part its effect upstream.",
    costs:
      "The simulated distribution of the instruments' total cost by year: the band is P10–P90, the line the median.",
    costsBreakdown: "Expected cost of each instrument by year, stacked.",
    sourcesChain: (file, lines) => `Input-output coefficients: ${file} ${lines}`,
    sourcesInstruments: (file, lines) => `Instruments: ${file} ${lines}`,
    sourcesScenario: (file, lines) => `Assumptions: ${file} ${lines}`,
    sourcesGoals: (list) => `Goals: ${list}`,
    sourcesOverlaps: (file, lines) => `Overlap shares: ${file} ${lines}`,
    sourcesSimulation: (n, seed) => `Simulation: ${n} samples, seed ${seed}`,
    sourcesActuals: (lines) => `Actuals: ${lines}`,
    data: "data",
    chartFile: "chart",
    noteShort: (file) => `Source: ${file}; chainsim report`,
  },
  sentences: {
    goalsMet: (met, total) => `${met} of ${total} goals met on central assumptions.`,
    allGoals: (p, ci) => `Probability that every goal is met together: ${p} (95% interval ${ci}).`,
    verdict: (v) => {
      const head = `${v.parent} ${v.year}: the children's goals sum to ${v.sum} ${v.unit}, ${v.net} net of stated overlaps, against a headline of ${v.sign} ${v.headline}.`;
      switch (v.verdict) {
        case "OVERSHOOT":
          return `${head} OVERSHOOT: double counting of at least ${v.minOverlap} (${v.minShare} of the children's sum) would be needed; ${v.statedHigh === null ? "no overlaps are stated." : `the stated overlaps explain at most ${v.statedHigh}.`}`;
        case "GAP":
          return `${head} GAP: the children fall short by ${v.residual}${v.residualCagr ? `, which needs ${v.residualCagr} a year from the base year` : ""}.`;
        case "INDETERMINATE":
          return `${head} INDETERMINATE: consistent only for part of the stated overlap range (it needs at least ${v.minOverlap} of overlap; stated ${v.statedRange}).`;
        case "CONSISTENT":
          return v.maxAllowed !== null
            ? `${head} CONSISTENT while total overlap stays below ${v.maxAllowed}.`
            : `${head} CONSISTENT, leaving ${v.residual} for activity outside the listed children.`;
      }
    },
    unknownPairs: (n) => `${n} pairs of children have no stated overlap (not taken as zero).`,
    withoutGoals: (list) => `Children without a goal in that year: ${list}.`,
    impliedBaseline: (sector, level, growth, year, value) =>
      `${sector}: ${level} and ${growth} together imply a ${year} baseline of ${value}; below it the level goal binds, above it the growth goal.`,
    binding: (b) =>
      `From the ${b.year} ${b.kind} ${b.value}: the level goal needs ${b.levelNeeds} a year, the growth goal ${b.growthNeeds} (reaching ${b.reaches}) → ${b.binding === "both" ? "both bind equally" : `the ${b.binding} goal binds by ${b.margin} points a year`}.`,
    shortfall: (goal, req, ass, pts) =>
      `${goal}: needs ${req} a year, assumed ${ass} (${pts} points a year apart)`,
    hardest: "Goals whose required growth most exceeds the assumed growth:",
    probabilityLow: (list) => `Goals with a probability below 50%: ${list}.`,
    tracking: (goal, status, needs) => `${goal}: ${status}; needs ${needs} a year from now.`,
    regionShare: (region, theirs, year, value, share, ours, goal) =>
      `${region}.${theirs} ${year}: ${value} is ${share} of ${ours}'s goal ${goal}.`,
    regionSum: (ours, year, sum, goal, verdict) =>
      `Regions' goals for ${ours} ${year} sum to ${sum} against ${goal}: ${verdict}.`,
    ratio: (region, year, amount, count, per) => `${region} ${year}: ${amount} over ${count} is ${per} each.`,
    noSimulation:
      "No Monte Carlo simulation was run, so there is no fan chart and no probabilities (run with --samples N).",
    central:
      "Central assumptions: midpoints of ranges, modes of triangular distributions, means of normal ones.",
    howToView: "Open report.html in a browser (works offline, no scripts).",
  },
  summary: {
    title: (t) => `${t}: key findings`,
    generated: "Written by chainsim report",
    charts: "Charts",
  },
  list: ", ",
};

export function labels(lang: Lang): Labels {
  return lang === "en" ? en : zh;
}
