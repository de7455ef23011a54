/**
 * Words shared by every command's terminal tables and Markdown (headers,
 * status words, verdict words), and `inLang`, which turns a catalogue into
 * the texts of one language. Command-specific texts live beside this file
 * (tables-check.ts, tables-chain.ts, …). Sentences with numbers are
 * functions of values the renderer has already formatted: nothing here
 * formats or computes a number.
 */
import { type Bilingual, type Lang, pick } from "../lang.js";

/** A catalogue: every entry in both languages. */
export type Catalogue = Record<string, Bilingual<unknown>>;

/** A catalogue's texts in one language. */
export type InLang<C extends Catalogue> = { [K in keyof C]: C[K] extends Bilingual<infer T> ? T : never };

/**
 * The texts of a catalogue in `lang` (an entry missing in `lang` falls back
 * to the other language).
 *
 * @example
 * inLang({ met: { zh: "达成", en: "met" } }, "zh").met // "达成"
 */
export function inLang<C extends Catalogue>(cat: C, lang: Lang): InLang<C> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(cat)) out[k] = pick(v, lang);
  return out as InLang<C>;
}

/** Build a catalogue entry, keeping each language's type. */
const bi = <T>(zh: T, en: T): Bilingual<T> => ({ zh, en });

export const COMMON = {
  // status of one goal on central assumptions
  met: bi("达成", "met"),
  missed: bi("未达成", "missed"),
  /** `run`'s status column shouts the misses in English. */
  missedLoud: bi("未达成", "MISSED"),
  notApplicable: bi("不适用", "n/a"),
  // headers used by several commands
  goal: bi("目标", "goal"),
  goalValue: bi("目标值", "goal value"),
  projected: bi("预测值", "projected"),
  gap: bi("差距", "gap"),
  status: bi("状态", "status"),
  verdict: bi("结论", "verdict"),
  needsPerYear: bi("所需年均增速", "needs/yr"),
  source: bi("出处", "source"),
  quantity: bi("指标", "quantity"),
  unit: bi("单位", "unit"),
  year: bi("年份", "year"),
  sector: bi("产业", "sector"),
  input: bi("输入参数", "input"),
  output: bi("输出", "output"),
  share: bi("占比", "share"),
  name: bi("名称", "name"),
  central: bi("基准情形", "central"),
  probabilityMet: bi("达成概率", "P(met)"),
  interval95: bi("95%置信区间", "95% interval"),
  standardError: bi("标准误", "SE"),
  mean: bi("均值", "mean"),
  total: bi("合计", "total"),
  /** "2023 年的指标" */
  quantityIn: bi(
    (year: number) => `${year}年指标`,
    (year: number) => `quantity in ${year}`,
  ),
  /** The head line of a table: title, id, unit, variant. */
  headLine: bi(
    (title: string, id: string, unit: string, variant: string | undefined) =>
      `${title}（${id}）   单位：${unit}${variant ? `   方案：${variant}` : ""}`,
    (title: string, id: string, unit: string, variant: string | undefined) =>
      `${title}  (${id})   unit: ${unit}${variant ? `   variant: ${variant}` : ""}`,
  ),
  /** A head line without a unit. */
  titleLine: bi(
    (title: string, id: string, variant: string | undefined) =>
      `${title}（${id}）${variant ? `   方案：${variant}` : ""}`,
    (title: string, id: string, variant: string | undefined) =>
      `${title}  (${id})${variant ? `   variant: ${variant}` : ""}`,
  ),
  goalsMet: bi(
    (met: number, n: number) => `基准假设下 ${n} 项目标中 ${met} 项达成。`,
    (met: number, n: number) => `${met} of ${n} goals met on central assumptions.`,
  ),
  /** "1,000 次抽样，随机种子 1" */
  samplesSeed: bi(
    (samples: string, seed: string) => `${samples} 次抽样，随机种子 ${seed}`,
    (samples: string, seed: string) => `${samples} samples, seed ${seed}`,
  ),
  commonRandomNumbers: bi("公共随机数", "common random numbers"),
  centralAssumptions: bi("基准假设", "central assumptions"),
  latinHypercube: bi("拉丁超立方抽样", "Latin hypercube"),
  quasiMonteCarlo: bi("拟蒙特卡洛（Sobol' 序列）", "quasi-Monte Carlo (Sobol')"),
  monteCarlo: bi("蒙特卡洛模拟", "Monte Carlo"),
  /** "from … to …" inside an interval */
  to: bi("至", "to"),
  /** List separator in running text. */
  listSep: bi("、", ", "),
  /** Clause separator in running text. */
  clauseSep: bi("；", "; "),
} satisfies Catalogue;

/** A goal's statement in words (sign and formatted value come from the renderer). */
export const GOAL_WORDS = {
  level: bi(
    (sign: string, v: string) => `${sign} ${v}`,
    (sign: string, v: string) => `${sign} ${v}`,
  ),
  growth: bi(
    (sign: string, v: string, from: number, year: number) => `${from}–${year}年年均增速 ${sign} ${v}`,
    (sign: string, v: string, from: number, year: number) => `${sign} ${v}/yr ${from}–${year}`,
  ),
  share: bi(
    (sign: string, v: string, of: string) => `占${of}比重 ${sign} ${v}`,
    (sign: string, v: string, of: string) => `${sign} ${v} of ${of}`,
  ),
  flow: bi(
    (sign: string, v: string, from: number, year: number) => `${from}–${year}年每年 ${sign} ${v}`,
    (sign: string, v: string, from: number, year: number) => `${sign} ${v} each year ${from}–${year}`,
  ),
  cumulative: bi(
    (sign: string, v: string, from: number, year: number) => `${from}–${year}年累计 ${sign} ${v}`,
    (sign: string, v: string, from: number, year: number) => `${sign} ${v} in ${from}–${year}`,
  ),
} satisfies Catalogue;

/** The add-up verdicts (JSON keeps the codes). */
export const ADDUP_VERDICT = {
  CONSISTENT: bi("一致", "CONSISTENT"),
  OVERSHOOT: bi("超出", "OVERSHOOT"),
  GAP: bi("缺口", "GAP"),
  INDETERMINATE: bi("无法判定", "INDETERMINATE"),
} satisfies Catalogue;

/** Tracking status (analysis/tracking.ts's codes). */
export const TRACKING_STATUS = {
  "already met": bi("已提前完成", "already met"),
  "on track": bi("进度正常", "on track"),
  behind: bi("滞后", "behind"),
} satisfies Catalogue;

/**
 * A code from the analysis in `lang`: its catalogue entry, or the code
 * itself when the catalogue has none (a new code shows rather than vanishes).
 *
 * @example
 * codeText(ADDUP_VERDICT, "GAP", "zh") // "缺口"
 */
export function codeText(cat: Catalogue, code: string, lang: Lang): string {
  const e = Object.hasOwn(cat, code) ? cat[code] : undefined;
  return e ? String(pick(e, lang)) : code;
}
