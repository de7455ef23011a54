/**
 * `chainsim run`, `simulate`, `compare` and `sweep`: headers and the lines
 * around their tables. Every value arrives formatted.
 */
import type { Bilingual } from "../lang.js";
import type { Catalogue } from "./tables.js";

const bi = <T>(zh: T, en: T): Bilingual<T> => ({ zh, en });

export const RUN = {
  // simulate
  simulateSub: bi(
    (samples: string, seed: string, method: string, dims: number, correlated: boolean) =>
      `${samples} 次抽样，随机种子 ${seed}，${method}；${dims} 个不确定输入${correlated ? "，相互相关" : ""}`,
    (samples: string, seed: string, method: string, dims: number, correlated: boolean) =>
      `${samples} samples, seed ${seed}, ${method}; ${dims} uncertain inputs${correlated ? ", correlated" : ""}`,
  ),
  allMet: bi(
    (n: number, p: string, ci: string) => `${n} 项目标全部达成：${p}（95%置信区间 ${ci}）`,
    (n: number, p: string, ci: string) => `all ${n} goals met together: ${p} (95% interval ${ci})`,
  ),
  groupMet: bi(
    (group: string, n: number, p: string, ci: string) =>
      `目标组 ${group}（${n} 项）全部达成：${p}（95%置信区间 ${ci}）`,
    (group: string, n: number, p: string, ci: string) =>
      `group ${group} (${n} goals) met together: ${p} (95% interval ${ci})`,
  ),
  /** An add-up verdict whose probability is reported. */
  verdictLabel: bi(
    (parent: string, year: string, verdict: string) => `${parent} ${year}年结论为“${verdict}”`,
    (parent: string, year: string, verdict: string) => `${parent} ${year}: ${verdict}`,
  ),
  verdictProbability: bi(
    (label: string, p: string, ci: string) => `${label}：${p}（95%置信区间 ${ci}）`,
    (label: string, p: string, ci: string) => `${label}: ${p} (95% interval ${ci})`,
  ),
  /** Standard error in percentage points. */
  sePoints: bi(
    (v: string) => `${v}个百分点`,
    (v: string) => `${v} pp`,
  ),
  // compare
  compareSimulated: bi(
    (samples: string, seed: string) => `${samples} 次抽样，随机种子 ${seed}，公共随机数`,
    (samples: string, seed: string) => `${samples} samples, seed ${seed}, common random numbers`,
  ),
  vs: bi(" 对比 ", " vs "),
  goalProbabilityHeader: bi("目标：达成概率、基准情形", "goal: P(met), central"),
  goalProjectedHeader: bi("目标：预测值、基准情形", "goal: projected, central"),
  allMetColumns: bi(
    (cols: string) => `全部目标同时达成：${cols}`,
    (cols: string) => `all goals met together: ${cols}`,
  ),
  // sweep
  sweepSimulated: bi(
    (samples: string, seed: string) => `各点的达成概率，${samples} 次抽样，随机种子 ${seed}，公共随机数`,
    (samples: string, seed: string) =>
      `P(met) per point, ${samples} samples, seed ${seed}, common random numbers`,
  ),
  sweepCentral: bi("各点的基准预测", "central projection per point"),
  sweepGoal: bi(
    (id: string) => `目标 ${id}`,
    (id: string) => `goal ${id}`,
  ),
  allGoals: bi("全部目标", "all goals"),
} satisfies Catalogue;
