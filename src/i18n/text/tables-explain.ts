/**
 * `chainsim explain`: one sentence per derivation step (analysis/explain.ts
 * gives the step kinds and their values). Every value arrives formatted.
 */
import type { Bilingual } from "../lang.js";
import type { Catalogue } from "./tables.js";

const bi = <T>(zh: T, en: T): Bilingual<T> => ({ zh, en });

export const EXPLAIN = {
  goal: bi(
    (id: string, name: string, qid: string, statement: string, year: number, text: string) =>
      `目标 ${id}：${name}（${qid}）${year}年 ${statement}，原文为“${text}”。`,
    (id: string, name: string, qid: string, statement: string, year: number, text: string) =>
      `Goal ${id}: ${name} (${qid}) ${statement} in ${year}, written "${text}".`,
  ),
  formula: bi(
    (subject: string, formula: string) => `${subject} 按公式 ${formula} 计算。`,
    (subject: string, formula: string) => `${subject} is computed by the formula ${formula}.`,
  ),
  impliedBaseline: bi(
    (year: string, target: string, goal: string, growth: string, years: string, value: string) =>
      `由目标 ${target} 倒推 ${year}年基数：${goal} / (1 + ${growth})^${years} = ${value}。`,
    (year: string, target: string, goal: string, growth: string, years: string, value: string) =>
      `Baseline ${year} implied from goal ${target}: ${goal} / (1 + ${growth})^${years} = ${value}.`,
  ),
  baselineRange: bi(
    (low: string, high: string, central: string) => `（区间 ${low}–${high}；确定性计算取 ${central}）`,
    (low: string, high: string, central: string) =>
      ` (range ${low}–${high}; the deterministic run uses ${central})`,
  ),
  baseline: bi(
    (year: string, text: string, central: string, range: string) =>
      `${year}年基数：“${text}” = ${central}${range}。`,
    (year: string, text: string, central: string, range: string) =>
      `Baseline ${year}: "${text}" = ${central}${range}.`,
  ),
  actualRestarts: bi("；预测从该值重新起算", "; the projection restarts from it"),
  actualComputed: bi(
    "；为公布数，用于与目标对照（此处数值为计算所得）",
    "; a published figure, compared with the goals (the value here is computed)",
  ),
  actualBefore: bi(
    "；早于基年，仅用于与目标对照",
    "; before the baseline, so it is used only to compare with the goals",
  ),
  actual: bi(
    (year: string, text: string, value: string, note: string) =>
      `${year}年实际值：“${text}” = ${value}${note}。`,
    (year: string, text: string, value: string, note: string) =>
      `Actual ${year}: "${text}" = ${value}${note}.`,
  ),
  growthRate: bi(
    (text: string, central: string, range: string | null) =>
      `增速“${text}”：确定性计算取年均 ${central}${range === null ? "" : `（区间 ${range}）`}。`,
    (text: string, central: string, range: string | null) =>
      `Growth "${text}": the deterministic run uses ${central} a year${range === null ? "" : ` (range ${range})`}.`,
  ),
  growthSchedule: bi(
    (list: string) => `逐年增速：${list}。`,
    (list: string) => `Growth by schedule: ${list}.`,
  ),
  growthFormula: bi(
    (formula: string) => `增速按公式 ${formula} 计算。`,
    (formula: string) => `Growth by the formula ${formula}.`,
  ),
  projection: bi(
    (path: string) => `预测：${path}。`,
    (path: string) => `Projection: ${path}.`,
  ),
  projectedWhat: bi(
    (kind: string, year: number) =>
      kind === "level"
        ? `${year}年预测值`
        : ((
            { growth: "预测增速", share: "预测占比", flow: "预测年度值", cumulative: "预测累计值" } as Record<
              string,
              string
            >
          )[kind] ?? kind),
    (kind: string, year: number) => (kind === "level" ? `Projected value in ${year}` : `Projected ${kind}`),
  ),
  projected: bi(
    (what: string, projected: string, goal: string, met: boolean, gap: string, rel: string) =>
      `${what}：${projected}，对照目标 ${goal} → ${met ? "达成" : "未达成"}，差距 ${gap}（${rel}）。`,
    (what: string, projected: string, goal: string, met: boolean, gap: string, rel: string) =>
      `${what}: ${projected} against ${goal} → ${met ? "met" : "missed"}, gap ${gap} (${rel}).`,
  ),
  overYears: bi(
    (years: string) => `按 ${years} 年计`,
    (years: string) => `over ${years} years`,
  ),
  startKind: bi(
    (kind: string): string =>
      (({ baseline: "基数", actual: "实际值", projection: "预测值" }) as Record<string, string>)[kind] ??
      kind,
    (kind: string) => kind,
  ),
  required: bi(
    (kind: string, value: string, year: string, how: string, rate: string) =>
      `从 ${year}年${kind} ${value} 起算的所需年均增速：${how} = 每年 ${rate}。`,
    (kind: string, value: string, year: string, how: string, rate: string) =>
      `Required average growth from the ${kind} ${value} in ${year}: ${how} = ${rate} a year.`,
  ),
  binding: bi(
    (year: string, kind: string, value: string, level: string, growth: string, binding: string) =>
      `以 ${year}年${kind} ${value} 起算，总量目标需要年均增长 ${level}，增速目标需要 ${growth}：${binding === "both" ? "两项目标同样紧" : binding === "level" ? "总量目标更难达成" : "增速目标更难达成"}。`,
    (year: string, kind: string, value: string, level: string, growth: string, binding: string) =>
      `With the ${year} ${kind} ${value}, the level goal needs ${level} a year and the growth goal ${growth}: the ${binding} goal binds.`,
  ),
  addup: bi(
    (sum: string, parts: string, net: string, verdict: string) =>
      `其子目标合计 ${sum}（${parts}）；扣除已说明的重叠后为 ${net}：${verdict}。`,
    (sum: string, parts: string, net: string, verdict: string) =>
      `Its children's goals sum to ${sum} (${parts}); net of stated overlaps ${net}: ${verdict}.`,
  ),
  source: bi(
    (s: string) => `出处：${s}`,
    (s: string) => `source: ${s}`,
  ),
  assumed: bi(
    (s: string) => `假设：${s}`,
    (s: string) => `assumed: ${s}`,
  ),
} satisfies Catalogue;
