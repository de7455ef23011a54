/**
 * Text of the evaluation of plans against what happened: the tracking table
 * (statuses, headers) and the backtest (docs/tracking.md, docs/backtest.md).
 */
import type { Bilingual } from "../lang.js";

/** Progress statuses, as a mid-term review would word them. */
export const STATUS_TEXT: Record<string, Bilingual> = {
  achieved: { zh: "已达成", en: "achieved" },
  "on track": { zh: "进度正常", en: "on track" },
  "moderately behind": { zh: "略有滞后", en: "moderately behind" },
  "off track": { zh: "明显滞后", en: "off track" },
  "moving away": { zh: "背离目标", en: "moving away" },
};

export const KIND_TEXT: Record<string, Bilingual> = {
  level: { zh: "规模", en: "level" },
  growth: { zh: "增速", en: "growth" },
  share: { zh: "比重", en: "share" },
  flow: { zh: "每年", en: "per year" },
  cumulative: { zh: "累计", en: "cumulative" },
};

export const TRACKING_TEXT = {
  title: {
    zh: "目标评估（对照已公布数据，定义见 docs/tracking.md）",
    en: "Evaluation against published outcomes (definitions: docs/tracking.md)",
  },
  goal: { zh: "目标", en: "goal" },
  kind: { zh: "类型", en: "kind" },
  latest: { zh: "最新实际", en: "latest" },
  observed: { zh: "实际年均", en: "observed/yr" },
  required: { zh: "需年均", en: "required/yr" },
  remaining: { zh: "此后需年均", en: "needs/yr now" },
  progress: { zh: "完成进度", en: "progress" },
  projected: { zh: "重新预测", en: "re-forecast" },
  probability: { zh: "达成概率", en: "probability" },
  status: { zh: "状态", en: "status" },
} satisfies Record<string, Bilingual>;

export const BACKTEST_TEXT = {
  title: {
    zh: (asOf: string) => `回测：以 ${asOf} 时点的预测对照此后公布的数据`,
    en: (asOf: string) => `Backtest: the projection as of ${asOf} against what was published after`,
  },
  none: {
    zh: (asOf: string) => `${asOf} 之后没有公布的实际值可供回测（请在 actuals 中注明 published 日期）。`,
    en: (asOf: string) =>
      `no actual was published after ${asOf} (give actuals a published: date to backtest them).`,
  },
  quantity: { zh: "指标", en: "quantity" },
  year: { zh: "年份", en: "year" },
  published: { zh: "公布值", en: "published" },
  on: { zh: "公布日期", en: "published on" },
  percentile: { zh: "所处分位", en: "percentile" },
  band: { zh: "预测 P5–P95", en: "projected P5–P95" },
  inside: { zh: "区间内比例", en: "share inside" },
  calibration: { zh: "校准", en: "calibration" },
  expected: { zh: "应有比例", en: "expected" },
  observedShare: { zh: "实际比例", en: "observed" },
  wrongSide: {
    zh: "概率判断方向错误的目标（概率在 50% 的错误一侧）",
    en: "goals whose probability was on the wrong side of 50%",
  },
  goal: { zh: "目标", en: "goal" },
  probability: { zh: "当时概率", en: "probability then" },
  outcome: { zh: "实际结果", en: "outcome" },
  met: { zh: "达成", en: "met" },
  missed: { zh: "未达成", en: "missed" },
  noneWrong: { zh: "无", en: "none" },
};

/** The backtest's calibration chart (src/report/charts/calibration.ts). */
export const CALIBRATION_TEXT = {
  title: {
    zh: (inside: number, n: number) =>
      `${n} 个公布值中 ${inside} 个落在当时预测的 P5–P95 区间内（应约为 90%）`,
    en: (inside: number, n: number) =>
      `${inside} of ${n} published values fell inside the P5–P95 band projected then (about 90% expected)`,
  },
  subtitle: {
    zh: (asOf: string) => `校准（PIT）：各公布值在 ${asOf} 时点预测分布中的分位，及其累计比例`,
    en: (asOf: string) =>
      `Calibration (PIT): where each published value fell in the distribution projected as of ${asOf}, and their cumulative share`,
  },
  axisX: { zh: "当时预测分布中的分位", en: "percentile in the projection then" },
  axisY: { zh: "公布值累计比例", en: "cumulative share of published values" },
  ideal: { zh: "校准良好（对角线）", en: "well calibrated (diagonal)" },
  observed: { zh: "公布值", en: "published values" },
  central: { zh: "P25–P75 与 P5–P95 区间", en: "P25–P75 and P5–P95 bands" },
  none: {
    zh: (asOf: string) => `${asOf} 之后没有可回测的公布值`,
    en: (asOf: string) => `no value published after ${asOf} to backtest`,
  },
} satisfies Record<string, Bilingual | { zh: (...a: never[]) => string; en: (...a: never[]) => string }>;
