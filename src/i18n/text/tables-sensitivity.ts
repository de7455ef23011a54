/**
 * `chainsim sensitivity`, `discover` and `solve`: table headers, method
 * descriptions and the sentences of goal seeking and scenario discovery.
 * Every value arrives formatted.
 */
import type { Bilingual } from "../lang.js";
import type { Catalogue } from "./tables.js";

const bi = <T>(zh: T, en: T): Bilingual<T> => ({ zh, en });

/** What the analysed output is (analysis/sensitivity/model-function.ts builds the English label). */
export const OUTPUT_LABEL = {
  gap: bi(
    (id: string) => `${id} 的差距`,
    (id: string) => `gap of ${id}`,
  ),
  met: bi(
    (id: string) => `${id} 是否达成`,
    (id: string) => `${id} met`,
  ),
  margin: bi(
    (id: string) => `${id} 的余量`,
    (id: string) => `margin of ${id}`,
  ),
  inYear: bi(
    (what: string, year: string) => `${year}年的 ${what}`,
    (what: string, year: string) => `${what} in ${year}`,
  ),
} satisfies Catalogue;

/** Sobol diagnostics (analysis/sensitivity/sobol.ts's English flags). */
export const SOBOL_FLAG = {
  "the output does not vary: indices undefined": bi(
    "输出没有变化：指数无定义",
    "the output does not vary: indices undefined",
  ),
  "negative estimate: sampling noise; take more samples": bi(
    "估计值为负：属抽样噪声，请增加样本量",
    "negative estimate: sampling noise; take more samples",
  ),
  "wide interval: unstable; take more samples": bi(
    "区间过宽：结果不稳定，请增加样本量",
    "wide interval: unstable; take more samples",
  ),
  "first order above total: sampling noise; take more samples": bi(
    "一阶指数高于总效应指数：属抽样噪声，请增加样本量",
    "first order above total: sampling noise; take more samples",
  ),
} satisfies Catalogue;

export const SENS = {
  tornadoTitle: bi(
    (label: string, full: boolean, base: string) =>
      `龙卷风图：${label}（${full ? "各输入取完整设定区间" : "各输入从 P10 取到 P90"}；基准值 ${base}）`,
    (label: string, full: boolean, base: string) =>
      `Tornado of ${label} (${full ? "full stated ranges" : "each input from P10 to P90"}; base ${base})`,
  ),
  /** Beside a firm population's input id: what it is (企业群体参数 in words). */
  inputMeaning: bi("含义", "what it is"),
  /** A firm population's input in a sentence: its id and what it is. */
  inputWithMeaning: bi(
    (id: string, meaning: string) => `${id}（${meaning}）`,
    (id: string, meaning: string) => `${id} (${meaning})`,
  ),
  lowValue: bi("低值", "low value"),
  highValue: bi("高值", "high value"),
  swing: bi("摆幅", "swing"),
  morrisTitle: bi(
    (label: string, r: number, p: number) =>
      `Morris 基本效应：${label}（r = ${r} 条轨迹，p = ${p} 个水平；效应按单位概率计；95% 自助法区间）`,
    (label: string, r: number, p: number) =>
      `Morris elementary effects of ${label} (r = ${r} trajectories, p = ${p} levels; effects per unit of probability; 95% bootstrap intervals)`,
  ),
  factor: bi("因素", "factor"),
  muStar: bi("μ*", "mu*"),
  muStarCi: bi("μ* 95%区间", "mu* 95%"),
  mu: bi("μ", "mu"),
  sigma: bi("σ", "sigma"),
  sigmaCi: bi("σ 95%区间", "sigma 95%"),
  sobolTitle: bi(
    (label: string, n: number, evaluations: number, design: string, intervals: string) =>
      `Sobol 指数：${label}（N = ${n}，共 ${evaluations} 次计算；${design}；${intervals}）`,
    (label: string, n: number, evaluations: number, design: string, intervals: string) =>
      `Sobol indices of ${label} (N = ${n}, ${evaluations} evaluations; ${design}; ${intervals})`,
  ),
  sobolPoints: bi(
    (replicates: number | null) =>
      `加扰 Sobol 序列${replicates === null ? "" : `，${replicates} 次独立加扰`}`,
    (replicates: number | null) =>
      `scrambled Sobol' points${replicates === null ? "" : `, ${replicates} independent scramblings`}`,
  ),
  plainMonteCarlo: bi("简单蒙特卡洛抽样", "plain Monte Carlo"),
  intervalsReplicates: bi("95%区间由重复加扰估计（t 分布）", "95% intervals from the replicates (Student t)"),
  intervalsBootstrap: bi("95% 自助法区间", "95% bootstrap intervals"),
  noIntervals: bi("不给出区间", "no intervals"),
  firstOrder: bi("一阶指数", "first order"),
  totalOrder: bi("总效应指数", "total order"),
  secondOrder: bi("二阶指数", "Second order"),
  shapleyTitle: bi(
    (label: string, joint: string, how: string, evaluations: number) =>
      `Shapley 效应：${label}（方差份额，合计为 1；${joint}；${how}；共 ${evaluations} 次计算；95%区间）`,
    (label: string, joint: string, how: string, evaluations: number) =>
      `Shapley effects of ${label} (shares of its variance, summing to 1; ${joint}; ${how}; ${evaluations} evaluations; 95% intervals)`,
  ),
  shapleyExact: bi(
    (outer: number, inner: number) => `遍历全部输入子集，每个子集抽取 ${outer} × ${inner} 次`,
    (outer: number, inner: number) => `every subset of inputs, ${outer} × ${inner} draws each`,
  ),
  shapleyRandom: bi(
    (perms: number, outer: number, inner: number) =>
      `输入的 ${perms} 个随机排列，每步抽取 ${outer} × ${inner} 次`,
    (perms: number, outer: number, inner: number) =>
      `${perms} random orders of the inputs, ${outer} × ${inner} draws per step`,
  ),
  correlatedApplied: bi(
    (list: string) => `已计入 ${list} 之间的相关性`,
    (list: string) => `correlations among ${list} applied`,
  ),
  noCorrelated: bi("无相关输入", "no correlated inputs"),
  shapleyEffect: bi("Shapley 效应", "Shapley effect"),
  // discover (PRIM)
  discoverHead: bi(
    (target: string, rate: string, samples: number) =>
      `${target} 的情景发现：${samples} 次抽样中有 ${rate} 未达成。`,
    (target: string, rate: string, samples: number) =>
      `Scenario discovery for ${target}: missed in ${rate} of ${samples} samples.`,
  ),
  neverMissed: bi("该目标从未未达成：无需发现。", "The goal is never missed: nothing to discover."),
  noBox: bi(
    "找不到一个限定输入范围、且覆盖至少一半未达成情形的区域。",
    "No box covers at least half of the misses with restricted inputs.",
  ),
  box: bi(
    (density: string, coverage: string, support: string) =>
      `在下列区域内，该目标有 ${density} 的情形未达成；该区域包含全部未达成情形的 ${coverage}（占样本的 ${support}）：`,
    (density: string, coverage: string, support: string) =>
      `The goal is missed in ${density} of cases inside this box, which holds ${coverage} of all misses (${support} of samples):`,
  ),
  limit: bi(
    (input: string, low: string, high: string) => `${input}：${low} 至 ${high}`,
    (input: string, low: string, high: string) => `${input}: ${low} to ${high}`,
  ),
  peeling: bi(
    (steps: number) => `剥离轨迹（共 ${steps} 步；完整轨迹见 --format json）`,
    (steps: number) => `Peeling trajectory (${steps} steps; the full trajectory is in --format json)`,
  ),
  step: bi("步", "step"),
  coverage: bi("覆盖率", "coverage"),
  density: bi("密度", "density"),
  support: bi("支撑度", "support"),
  restrictedInputs: bi("受限输入", "restricted inputs"),
  // solve
  unreachable: bi(
    (input: string, target: string, probability: string | null, atLow: string, atHigh: string) =>
      `在搜索范围内，${input} 取任何值都无法${probability === null ? "" : `以 ${probability} 的概率`}达成 ${target}（下端：${atLow}；上端：${atHigh}）。请放宽 --range 或调整其他假设。`,
    (input: string, target: string, probability: string | null, atLow: string, atHigh: string) =>
      `No value of ${input} in the searched range reaches ${target}${probability === null ? "" : ` with probability ${probability}`} (at the low end: ${atLow}; at the high end: ${atHigh}). Widen --range or change other assumptions.`,
  ),
  metThroughout: bi(
    (target: string, input: string, atLow: string) =>
      `在 ${input} 的整个搜索范围内 ${target} 均达成（下端：${atLow}）。`,
    (target: string, input: string, atLow: string) =>
      `${target} is met across the whole searched range of ${input} (at the low end: ${atLow}).`,
  ),
  solved: bi(
    (input: string, value: string, target: string, probability: string | null, reached: string | null) =>
      probability === null
        ? `${input} 须为 ${value}，${target} 方能恰好达成。`
        : `${input} 须为 ${value}，${target} 的达成概率方能达到 ${probability}（实际达到：${reached}）。`,
    (input: string, value: string, target: string, probability: string | null, reached: string | null) =>
      probability === null
        ? `${input} must be ${value} to just meet ${target}.`
        : `${input} must be ${value} for a ${probability} chance of ${target} (reached: ${reached}).`,
  ),
} satisfies Catalogue;
