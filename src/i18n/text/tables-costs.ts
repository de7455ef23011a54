/**
 * `chainsim costs`: headers and sentences of the subsidy-cost tables.
 * Every value arrives formatted.
 */
import type { Bilingual } from "../lang.js";
import type { Catalogue } from "./tables.js";

const bi = <T>(zh: T, en: T): Bilingual<T> => ({ zh, en });

export const COSTS = {
  sub: bi(
    (samples: string, seed: string, unit: string, from: number, to: number, last: number | null) =>
      `${samples} 次抽样，随机种子 ${seed}；金额单位：${unit}；规划期内支付年份为 ${from}–${to}年${last === null ? "" : `，期内作出的承诺延续到 ${last}年`}`,
    (samples: string, seed: string, unit: string, from: number, to: number, last: number | null) =>
      `${samples} samples, seed ${seed}; money in ${unit}; the plan pays ${from}–${to}${last === null ? "" : `, and commitments made in it run to ${last}`}`,
  ),
  yearlyTitle: bi(
    (unit: string) => `逐年支出（${unit}）`,
    (unit: string) => `Yearly outlays (${unit})`,
  ),
  expected: bi("期望值", "expected"),
  byInstrumentTitle: bi(
    (unit: string) => `按政策工具分（期望值，${unit}）`,
    (unit: string) => `By instrument (expected, ${unit})`,
  ),
  instrument: bi("政策工具", "instrument"),
  clause: bi("条款", "clause"),
  bySectorTitle: bi(
    (unit: string) => `按产业分（期望值，${unit}）`,
    (unit: string) => `By sector (expected, ${unit})`,
  ),
  goalsTitle: bi(
    (threshold: string) => `企业群体目标（规模以上：营业收入不低于 ${threshold}）`,
    (threshold: string) => `Goals, on the firm population (above scale: revenue of at least ${threshold})`,
  ),
  noFirmGoals: bi(
    "firms.aggregates 中没有可检验的总量目标（企业数、营业收入）",
    "no level goals on firms.aggregates (count, revenue) to check",
  ),
  goalStatement: bi(
    (sign: string, value: string, year: number) => `${year}年 ${sign} ${value}`,
    (sign: string, value: string, year: number) => `${sign} ${value} in ${year}`,
  ),
  allOfThem: bi("全部目标", "all of them"),
  firmsTitle: bi("规模以上企业数及其营业收入（期望值）", "Above-scale firms and their revenue (expected)"),
  firms: bi("企业数", "firms"),
  revenue: bi(
    (unit: string) => `营业收入（${unit}）`,
    (unit: string) => `revenue (${unit})`,
  ),
  costPerRevenue: bi(
    (revUnit: string, value: string, from: number, to: number, outlay: string, base: number, added: string) =>
      `规上企业每新增 1 ${revUnit}营业收入的财政成本：${value}（${from}–${to}年期望支出 ${outlay} ÷ ${base}→${to}年期望新增营业收入 ${added}）`,
    (revUnit: string, value: string, from: number, to: number, outlay: string, base: number, added: string) =>
      `Cost per ${revUnit} of added above-scale revenue: ${value} (expected outlays ${from}–${to} ${outlay} / expected added revenue ${base}→${to} ${added})`,
  ),
  driversTitle: bi(
    (span: string) => `${span}年预算的主要影响因素`,
    (span: string) => `What drives the ${span} budget`,
  ),
  driverInstruments: bi(
    (list: string) => `政策工具（按对预算方差的贡献）：${list}`,
    (list: string) => `instruments, by share of its variance: ${list}`,
  ),
  driverInputs: bi(
    (list: string) => `假设（按与预算的相关系数）：${list}`,
    (list: string) => `assumptions, by correlation with it: ${list}`,
  ),
} satisfies Catalogue;
