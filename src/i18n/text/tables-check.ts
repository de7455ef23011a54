/**
 * `chainsim check`: headers, section titles and the sentences that explain
 * each add-up verdict, goal pair, required growth, tracking status and
 * regional split. Every value arrives formatted.
 */
import type { Bilingual } from "../lang.js";
import type { Catalogue } from "./tables.js";

const bi = <T>(zh: T, en: T): Bilingual<T> => ({ zh, en });

/** What a verdict sentence is built from (all formatted). */
export interface VerdictParts {
  parent: string;
  year: number;
  childrenSum: string;
  net: string;
  sign: string;
  headline: string;
}

export const CHECK = {
  addUpTitle: bi("子目标能否支撑总目标？", "Do the goals add up?"),
  parent: bi("总目标", "parent"),
  headline: bi("目标值", "headline"),
  children: bi("子目标合计", "children"),
  childrenSum: bi("子目标合计", "children's sum"),
  overlapStated: bi("已说明的重叠", "overlap stated"),
  net: bi("净值", "net"),
  verdict: bi("结论", "verdict"),
  minOverlapNeeded: bi("至少需要的重叠", "min overlap needed"),
  allowed: bi(
    (v: string) => `重叠不超过 ${v}`,
    (v: string) => `≤ ${v} allowed`,
  ),
  /** The sentence's opening, shared by all four verdicts. */
  verdictHead: bi(
    (p: VerdictParts) =>
      `${p.parent} ${p.year}年：各子目标合计 ${p.childrenSum}，扣除已说明的重叠后为 ${p.net}，总目标为 ${p.sign} ${p.headline}`,
    (p: VerdictParts) =>
      `${p.parent} ${p.year}: the children's goals sum to ${p.childrenSum}, ${p.net} net of stated overlaps, against a headline of ${p.sign} ${p.headline}`,
  ),
  overshoot: bi(
    (minOverlap: string, share: string, stated: string | null, withoutOverlap: string) =>
      `。结论：超出——子目标之间至少要有 ${minOverlap} 的重复计算（占子目标合计的 ${share}）才能与总目标相符${stated === null ? "，但文件未说明任何重叠" : `，而已说明的重叠最多只能解释 ${stated}`}。若不存在重叠，总目标应为 ${withoutOverlap}。`,
    (minOverlap: string, share: string, stated: string | null, withoutOverlap: string) =>
      `. OVERSHOOT: double counting of at least ${minOverlap} (${share} of the children's sum) would be needed${stated === null ? "; no overlaps are stated" : `; the stated overlaps explain at most ${stated}`}. With no overlap the headline would have to be ${withoutOverlap}.`,
  ),
  gap: bi(
    (residual: string, cagr: string | null) =>
      `。结论：缺口——子目标合计比总目标少 ${residual}${cagr === null ? "" : `，这部分需要自基年起年均增长 ${cagr}`}。`,
    (residual: string, cagr: string | null) =>
      `. GAP: the children fall short by ${residual}${cagr === null ? "" : `, which needs ${cagr} a year from the base year`}.`,
  ),
  indeterminate: bi(
    (needed: string, stated: string) =>
      `。结论：无法判定——只有在已说明重叠区间的一部分内才一致（至少需要 ${needed} 的重叠，文件说明为 ${stated}）。`,
    (needed: string, stated: string) =>
      `. INDETERMINATE: consistent only for part of the stated overlap range (it needs at least ${needed} of overlap; stated ${stated}).`,
  ),
  consistentBelow: bi(
    (maxOverlap: string) => `。结论：一致，前提是重叠总额低于 ${maxOverlap}。`,
    (maxOverlap: string) => `. CONSISTENT while total overlap stays below ${maxOverlap}.`,
  ),
  consistentLeaving: bi(
    (residual: string) => `。结论：一致，另有 ${residual} 可留给所列子项以外的领域。`,
    (residual: string) => `. CONSISTENT, leaving ${residual} for activity outside the listed children.`,
  ),
  unknownOverlaps: bi(
    (n: number) => `有 ${n} 对子项未说明相互重叠。`,
    (n: number) => `${n} pairs of children have no stated overlap.`,
  ),
  childrenWithoutGoals: bi(
    (year: number, ids: string) => `${year}年没有目标的子项：${ids}。`,
    (year: number, ids: string) => `Children without a goal in ${year}: ${ids}.`,
  ),
  pairsTitle: bi(
    "目标对（同一产业的总量目标与增速目标）",
    "Goal pairs (a level goal and a growth goal on one sector)",
  ),
  pairsTitleShort: bi("目标对", "Goal pairs"),
  impliedBaseline: bi(
    (sector: string, level: string, growth: string, year: number, value: string, range: string | null) =>
      `${sector}：${level} 与 ${growth} 两项目标合起来隐含 ${year}年基数为 ${value}${range === null ? "" : `（${range}）`}；实际基数低于此值时总量目标更难达成，高于此值时增速目标更难达成。`,
    (sector: string, level: string, growth: string, year: number, value: string, range: string | null) =>
      `${sector}: ${level} and ${growth} together imply a ${year} baseline of ${value}${range === null ? "" : ` (${range})`}; below it the level goal binds, above it the growth goal.`,
  ),
  impliedBaselineShort: bi(
    (sector: string, year: number, value: string) => `${sector}：隐含 ${year}年基数 ${value}。`,
    (sector: string, year: number, value: string) => `${sector}: implied ${year} baseline ${value}.`,
  ),
  publishedKind: bi(
    (kind: string): string => (kind === "actual" ? "实际值" : kind === "baseline" ? "基数" : kind),
    (kind: string) => kind,
  ),
  qualifier: bi(
    (q: string) =>
      (
        ({
          at_least: "以上",
          more_than: "以上",
          over: "以上",
          about: "左右",
          below: "以下",
          at_most: "以内",
        }) as Record<string, string>
      )[q] ?? q,
    (q: string) => q.replace("_", " "),
  ),
  binding: bi<
    (
      year: number,
      kind: string,
      value: string,
      qualifier: string | null,
      level: string,
      growth: string,
      reaches: string,
      verdict: string,
    ) => string
  >(
    (year, kind, value, qualifier, level, growth, reaches, verdict) =>
      `以 ${year}年${kind} ${value}${qualifier === null ? "" : qualifier} 起算：总量目标需要年均增长 ${level}，增速目标需要 ${growth}（将达到 ${reaches}）→ ${verdict}。`,
    (year, kind, value, qualifier, level, growth, reaches, verdict) =>
      `From the ${year} ${kind} ${value}${qualifier === null ? "" : ` (${qualifier})`}: the level goal needs ${level} a year, the growth goal ${growth} (reaching ${reaches}) → ${verdict}.`,
  ),
  bindingShort: bi(
    (year: number, kind: string, value: string, level: string, growth: string, verdict: string) =>
      `以 ${year}年${kind} ${value} 起算：总量目标需年均增长 ${level}，增速目标需 ${growth} → ${verdict}。`,
    (year: number, kind: string, value: string, level: string, growth: string, verdict: string) =>
      `From the ${year} ${kind} ${value}: level goal needs ${level}/yr, growth goal ${growth}/yr → ${verdict}.`,
  ),
  bothBind: bi("两项目标同样紧", "both bind equally"),
  bothBindShort: bi("两项目标同样紧", "both bind"),
  /** Which goal is harder, and by how many points a year (formatted). */
  binds: bi(
    (which: "level" | "growth", points: string) =>
      `${which === "level" ? "总量目标" : "增速目标"}更难达成，每年高出 ${points}`,
    (which: "level" | "growth", points: string) => `the ${which} goal binds by ${points} a year`,
  ),
  bindsShort: bi(
    (which: "level" | "growth"): string => (which === "level" ? "总量目标更难达成" : "增速目标更难达成"),
    (which: "level" | "growth") => `${which} goal binds`,
  ),
  requiredTitle: bi(
    "所需年均增速（从最新已知值起算）",
    "Required average growth (from the latest known value)",
  ),
  requiredTitleShort: bi("所需增速", "Required growth"),
  from: bi("起点", "from"),
  requiredPerYear: bi("所需年均增速", "required/yr"),
  assumedPerYear: bi("假设年均增速", "assumed/yr"),
  shortfall: bi("增速缺口", "shortfall"),
  trackingTitle: bi("进度跟踪（从最新实际值重新预测）", "Tracking (re-forecast from the latest actual)"),
  trackingTitleShort: bi("进度跟踪", "Tracking"),
  latestActual: bi("最新实际值", "latest actual"),
  latest: bi("最新值", "latest"),
  needsNow: bi("此后所需年均增速", "needs/yr now"),
  reForecast: bi("重新预测值", "re-forecast"),
  regionsTitle: bi("地区分解与比值", "Regions and ratios"),
  regionShare: bi(
    (label: string, year: number, regionGoal: string, share: string, ours: string, goal: string) =>
      `${label} ${year}年：${regionGoal}，占${ours}目标 ${goal} 的 ${share}。`,
    (label: string, year: number, regionGoal: string, share: string, ours: string, goal: string) =>
      `${label} ${year}: ${regionGoal} is ${share} of ${ours}'s goal ${goal}.`,
  ),
  regionSum: bi(
    (ours: string, year: number, sum: string, goal: string, verdict: string) =>
      `各地区${ours} ${year}年目标合计 ${sum}，对照总目标 ${goal}：${verdict}。`,
    (ours: string, year: number, sum: string, goal: string, verdict: string) =>
      `Regions' goals for ${ours} ${year} sum to ${sum} against ${goal}: ${verdict}.`,
  ),
  regionRatio: bi(
    (
      region: string,
      year: number,
      amount: string,
      amountId: string,
      count: string,
      countId: string,
      perUnit: string,
      countUnit: string,
    ) => `${region} ${year}年：${amount}（${amountId}）÷ ${count}（${countId}）= 每${countUnit} ${perUnit}。`,
    (
      region: string,
      year: number,
      amount: string,
      amountId: string,
      count: string,
      countId: string,
      perUnit: string,
      countUnit: string,
    ) =>
      `${region} ${year}: ${amount} (${amountId}) over ${count} (${countId}) is ${perUnit} per ${countUnit}.`,
  ),
  outOfScopeTitle: bi(
    "原文中有、本情景有意未纳入的目标",
    "Goals of the documents this scenario deliberately leaves out",
  ),
  /** One left-out goal: its id, where it is printed (document, clause, figure) and why. */
  outOfScopeLine: bi(
    (goal: string, where: string, reason: string) => `${goal}${where ? `（${where}）` : ""}：${reason}`,
    (goal: string, where: string, reason: string) => `${goal}${where ? ` (${where})` : ""}: ${reason}`,
  ),
  goalsMetFooter: bi(
    (met: number, n: number) => `基准假设下 ${n} 项目标中 ${met} 项达成（chainsim run 逐项列出）。`,
    (met: number, n: number) => `${met} of ${n} goals met on central assumptions (chainsim run shows each).`,
  ),
  markdownIntro: bi(
    (id: string, unit: string) => `情景 \`${id}\`，数值单位：${unit}。`,
    (id: string, unit: string) => `Scenario \`${id}\`, values in ${unit}.`,
  ),
} satisfies Catalogue;
