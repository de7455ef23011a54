/**
 * The details of E_USAGE (a flag or argument the command cannot take), in
 * both languages. E_USAGE's `detail` only accepts a `{ zh, en }` text
 * (src/messages.ts types it so), so a usage error can no longer print English
 * inside a Chinese message: every detail comes from here.
 */
import type { Bilingual } from "../lang.js";

const zhNumber = (x: number) => x.toLocaleString("en-US");

/**
 * "a whole number from MIN to MAX" in both languages (no lower bound below −10^6).
 *
 * @example
 * wholeNumberRange(1, 100).zh // "1 到 100 之间的整数"
 */
export function wholeNumberRange(min: number, max: number): Bilingual {
  const f = (x: number) => x.toLocaleString("en-US");
  return min < -1_000_000
    ? { zh: `不大于 ${zhNumber(max)} 的整数`, en: `a whole number up to ${f(max)}` }
    : {
        zh: `${zhNumber(min)} 到 ${zhNumber(max)} 之间的整数`,
        en: `a whole number from ${f(min)} to ${f(max)}`,
      };
}

export const USAGE = {
  /** `--workers must be a whole number from 1 to 256, not "x"` */
  integer: (flag: string, min: number, max: number, value: string): Bilingual => {
    const range = wholeNumberRange(min, max);
    return {
      zh: `${flag} 须为 ${range.zh}，而不是"${value}"`,
      en: `${flag} must be ${range.en}, not "${value}"`,
    };
  },
  samples: (min: number, max: number, value: string): Bilingual => ({
    zh: `--samples 须为 ${zhNumber(min)} 到 ${zhNumber(max)} 之间的整数，而不是"${value}"（统计量是流式累计的，内存不随抽样次数增长）`,
    en: `--samples must be a whole number from ${min} to ${zhNumber(max)}, not "${value}" (statistics are streamed, so memory does not grow with the number of samples)`,
  }),
  /** The library's check of a sample count (no flag: the API may be called directly). */
  sampleCount: (max: number, value: number): Bilingual => ({
    zh: `抽样次数须为 1 到 ${max} 之间的整数，而不是 ${value}`,
    en: `samples must be a whole number from 1 to ${max}, not ${value}`,
  }),
  precision: (value: string): Bilingual => ({
    zh: `--precision 须为 0.00005 到 0.5 之间的标准误（如 0.005），而不是"${value}"`,
    en: `--precision must be a standard error from 0.00005 to 0.5 (e.g. 0.005), not "${value}"`,
  }),
  precisionTooFine: (precision: number, samples: string): Bilingual => ({
    zh: `--precision ${precision} 约需 ${samples} 次抽样，超过 100,000,000 的上限：请放宽标准误`,
    en: `--precision ${precision} needs about ${samples} samples, over the limit of 100,000,000: ask for a larger standard error`,
  }),
  precisionWithStateOut: {
    zh: "--precision 决定的是一次完整运行的抽样次数，不能与 --state-out 同用",
    en: "--precision chooses the samples of one whole run: it cannot go with --state-out",
  },
  qmcWithLhs: {
    zh: "--qmc（拟蒙特卡洛，Sobol' 序列）与 --lhs（拉丁超立方）只能选其一",
    en: "--qmc (quasi-Monte Carlo, a Sobol' sequence) and --lhs (Latin hypercubes) are two designs: choose one",
  },
  /** More random inputs than the Sobol' direction numbers cover. */
  qmcDimensions: (max: number, dims: number): Bilingual => ({
    zh: `--qmc 最多支持 ${zhNumber(max)} 个随机维度，本情景有 ${zhNumber(dims)} 个：请改用普通蒙特卡洛（去掉 --qmc）`,
    en: `--qmc covers at most ${max.toLocaleString("en-US")} random dimensions and this scenario has ${dims.toLocaleString("en-US")}: run plain Monte Carlo (without --qmc)`,
  }),
  shardNeedsStateOut: {
    zh: "--shard 需要同时给出 --state-out FILE（之后用 chainsim merge 合并各分片的文件）",
    en: "--shard needs --state-out FILE (then chainsim merge the shards' files)",
  },
  mergeNeedsStates: { zh: "merge 至少需要一个状态文件", en: "merge needs at least one state file" },
  costsMergeFormat: {
    zh: "成本状态文件合并后只能输出 table 或 json，不能输出 csv",
    en: "costs states merge to table or json, not csv",
  },
  sweepArity: (found: number): Bilingual => ({
    zh: `sweep 需要一个或两个 --set PATH=FROM:TO:STEP，现有 ${found} 个`,
    en: `sweep needs one or two --set PATH=FROM:TO:STEP, found ${found}`,
  }),
  chartFile: (file: string): Bilingual => ({
    zh: `--chart 的文件名须以 .svg 或 .png 结尾，而不是"${file}"`,
    en: `--chart takes a file ending in .svg or .png, not "${file}"`,
  }),
  outputOrTarget: { zh: "--output 与 --target 只能给一个", en: "give --output or --target, not both" },
  nothingToAnalyse: {
    zh: "请说明分析对象：--target GOAL_ID（该目标的缺口）或 --output EXPR",
    en: "say what to analyse: --target GOAL_ID (its gap) or --output EXPR",
  },
  group: (spec: string): Bilingual => ({
    zh: `--group 的写法是 NAME=a,b，而不是"${spec}"`,
    en: `--group takes NAME=a,b, not "${spec}"`,
  }),
  probabilityText: (flag: string, text: string): Bilingual => ({
    zh: `${flag} 须为概率，如 80% 或 0.8，而不是"${text}"`,
    en: `${flag} must be a probability such as 80% or 0.8, not "${text}"`,
  }),
  probabilityOpen: (value: string): Bilingual => ({
    zh: `--probability 须在 0% 与 100% 之间（不含两端），而不是 ${value}`,
    en: `--probability must be between 0% and 100% (exclusive), not ${value}`,
  }),
  rangeSyntax: (text: string): Bilingual => ({
    zh: `--range 的写法是 LOW:HIGH，而不是"${text}"`,
    en: `--range takes LOW:HIGH, not "${text}"`,
  }),
  rangeOrder: (text: string): Bilingual => ({
    zh: `--range ${text} 须从小到大`,
    en: `--range ${text} must run from low to high`,
  }),
} as const;
