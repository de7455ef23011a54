/**
 * `chainsim chain` and the chain-consistency section of `chainsim check`:
 * headers, linkage classes, chain verdicts and the sentences around them.
 * Every value arrives formatted.
 */
import type { Bilingual } from "../lang.js";
import type { Catalogue } from "./tables.js";

const bi = <T>(zh: T, en: T): Bilingual<T> => ({ zh, en });

/** Linkage classes (analysis/chain/linkages.ts's codes). */
export const SECTOR_CLASS = {
  key: bi("关键产业", "key sector"),
  backward: bi("后向拉动型", "backward-oriented"),
  forward: bi("前向推动型", "forward-oriented"),
  weak: bi("关联较弱", "weakly linked"),
} satisfies Catalogue;

/** Chain-consistency verdicts (analysis/chain/chain-consistency.ts's codes; JSON keeps them). */
export const CHAIN_VERDICT = {
  "upstream goal covers implied demand": bi(
    "上游目标足以覆盖隐含需求",
    "upstream goal covers implied demand",
  ),
  "upstream goal below implied local demand": bi(
    "上游目标低于隐含本地需求",
    "upstream goal below implied local demand",
  ),
  "upstream goal within implied demand range": bi(
    "上游目标落在隐含需求区间内",
    "upstream goal within implied demand range",
  ),
} satisfies Catalogue;

export const CHAIN = {
  consistencyTitle: bi(
    "产业链：下游目标隐含的本地中间需求（links）",
    "Industry chain: local demand implied by the downstream goals (links)",
  ),
  consistencyTitleShort: bi(
    "产业链：下游目标隐含的本地中间需求",
    "Industry chain: local demand implied by the downstream goals",
  ),
  upstream: bi("上游产业", "upstream"),
  impliedLocalDemand: bi("隐含本地需求", "implied local demand"),
  allSources: bi("全部来源", "all sources"),
  goalOverDemand: bi("目标/需求", "goal/demand"),
  breakEvenLocalShare: bi("盈亏平衡本地采购率", "break-even local share"),
  projectedOutput: bi("（预测产出）", " (projected output)"),
  fallsShortAbove: bi(
    (share: string) => `若本地采购比例超过 ${share}，该目标将不足以满足本地需求（按中值系数）。`,
    (share: string) =>
      ` The goal would fall short of local demand if more than ${share} of these inputs were bought locally (central coefficients).`,
  ),
  coversAll: bi(
    "即使全部在本地采购，该目标也足以覆盖（按中值系数）。",
    " The goal would cover them even if all were bought locally (central coefficients).",
  ),
  consistencySentence: bi<
    (
      up: string,
      year: number,
      all: string,
      buyers: string,
      local: string,
      goal: string,
      verdict: string,
      tail: string,
    ) => string
  >(
    (up, year, all, buyers, local, goal, verdict, tail) =>
      `${up} ${year}年：各项目标需要其产品 ${all} 作为中间投入（不论来源；最大的买方：${buyers}），按所设本地采购比例，其中 ${local} 来自区内，对照目标 ${goal}：${verdict}。${tail}`,
    (up, year, all, buyers, local, goal, verdict, tail) =>
      `${up} ${year}: the goals need ${all} of its products as inputs from any source (largest buyers: ${buyers}), ${local} of it from inside the region at the stated local shares, against a goal of ${goal}: ${verdict}.${tail}`,
  ),
  finalDemandDerived: bi(
    (year: number) => `最终需求由 ${year}年预测产出按 f = (I − A_r)x 推算`,
    (year: number) => `final demand derived from the projected ${year} output as f = (I − A_r)x`,
  ),
  finalDemandStated: bi(
    "最终需求取自 links 中的设定；产出 = (I − A_r)⁻¹f",
    "final demand as stated in links; output = (I − A_r)⁻¹f",
  ),
  intro: bi(
    (year: number, n: number, basis: string) =>
      `${year}年产业链：${n} 个产业；A_r = 本地采购比例 × A（区外采购的投入外溢）；${basis}。`,
    (year: number, n: number, basis: string) =>
      `Industry chain in ${year}: ${n} sectors; A_r = local share × A (inputs bought outside the region leak out); ${basis}.`,
  ),
  intervals: bi(
    (used: string, inputs: number, seed: string) =>
      `区间：对 ${inputs} 个不确定系数和比例做 ${used} 次蒙特卡洛抽样（随机种子 ${seed}）所得的 P5 至 P95；第一个数为中值下的结果。`,
    (used: string, inputs: number, seed: string) =>
      `Intervals: P5 to P95 of ${used} Monte Carlo samples of ${inputs} uncertain coefficients and shares (seed ${seed}); the first figure is at central values.`,
  ),
  noIntervals: bi("所有系数均为确定值：不给出区间。", "All coefficients are certain: no intervals."),
  demandShock: bi(
    (shocks: string) => `需求冲击（列昂惕夫模型）：${shocks}`,
    (shocks: string) => `Demand shock (Leontief): ${shocks}`,
  ),
  supplyShock: bi(
    (shocks: string) => `供给冲击（戈什模型）：${shocks}`,
    (shocks: string) => `Supply shock (Ghosh): ${shocks}`,
  ),
  outputIn: bi(
    (year: number) => `${year}年产出`,
    (year: number) => `output ${year}`,
  ),
  deltaOutput: bi("产出变化", "Δ output"),
  directDemand: bi("直接效应（最终需求变化）", "direct (Δ final demand)"),
  directSupply: bi("直接效应（初始投入变化）", "direct (Δ primary inputs)"),
  indirectUpstream: bi("间接效应（向上游传导）", "indirect (upstream effects)"),
  indirectDownstream: bi("间接效应（向下游传导）", "indirect (downstream effects)"),
  deltaPercent: bi("变化率", "Δ%"),
  finalDemandWord: bi("最终需求", "final demand"),
  primaryInputsWord: bi("初始投入", "primary inputs"),
  gapBefore: bi("冲击前差距", "gap before"),
  deltaDemandShock: bi("变化（需求冲击）", "Δ (demand shock)"),
  deltaSupplyShock: bi("变化（供给冲击）", "Δ (supply shock)"),
  gapAfter: bi("冲击后差距", "gap after"),
  viaChildren: bi(
    (n: number) => `（${n} 个子项合计）`,
    (n: number) => ` (Σ ${n} children)`,
  ),
  parentNote: bi(
    "总目标的变化为各子项变化之和，未扣除子项之间的重叠。",
    "A parent's change is the sum of its children's changes, before any overlap between them.",
  ),
  effectOnGoals: bi(
    (year: number) => `对目标的影响（${year}年；差距 = 预测值 − 目标值）`,
    (year: number) => `Effect on goals (${year}; gap = projected − goal)`,
  ),
  multiplierOf: bi(
    (name: string) => `${name}乘数`,
    (name: string) => `${name} multiplier`,
  ),
  multipliersTitle: bi(
    "乘数与产业关联（Rasmussen 指数均值为 1；关键产业两项均大于 1）",
    "Multipliers and linkages (Rasmussen indices average 1; a key sector has both above 1)",
  ),
  outputMultiplier: bi("产出乘数", "output multiplier"),
  backward: bi("后向关联", "backward"),
  forward: bi("前向关联", "forward"),
  class: bi("类型", "class"),
  /** "central (p5 to p95)" */
  withInterval: bi(
    (central: string, low: string, high: string) => `${central}（${low} 至 ${high}）`,
    (central: string, low: string, high: string) => `${central} (${low} to ${high})`,
  ),
  shockRelative: bi(
    (sector: string, id: string, what: string, pct: string, amount: string) =>
      `${sector}（${id}）${what} ${pct}（${amount}）`,
    (sector: string, id: string, what: string, pct: string, amount: string) =>
      `${sector} (${id}) ${what} ${pct} (${amount})`,
  ),
  shockAbsolute: bi(
    (sector: string, id: string, what: string, amount: string) => `${sector}（${id}）${what} ${amount}`,
    (sector: string, id: string, what: string, amount: string) => `${sector} (${id}) ${what} ${amount}`,
  ),
} satisfies Catalogue;
