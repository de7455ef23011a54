/**
 * Words of the shard-state checks (E_STATE_FORMAT's detail, E_STATE_VERSION's and
 * E_STATE_MISMATCH's field names), of special files (E_NOT_REGULAR_FILE's kind),
 * of long-run estimates (E_RUN_TOO_LARGE, W_LONG_RUN) and of `serve`'s port
 * errors, in both languages.
 */
import type { Bilingual } from "../lang.js";

/** The fields two shard states of one run must share, by their key in the state file. */
export const STATE_FIELD = {
  scenario: { zh: "情景（文件哈希）", en: "scenario (file hash)" },
  variant: { zh: "变体", en: "variant" },
  set: { zh: "--set 覆盖项", en: "--set overrides" },
  analysis: { zh: "分析类型", en: "analysis" },
  to: { zh: "测算的最后年份", en: "last year costed" },
  samples: { zh: "样本数", en: "sample count" },
  seed: { zh: "随机种子", en: "seed" },
  method: { zh: "抽样方法", en: "sampling method" },
  count: { zh: "分片总数", en: "shard count" },
  shape: { zh: "统计量布局", en: "statistics layout" },
  formatVersion: { zh: "状态文件格式版本", en: "state format version" },
  chainsim: { zh: "chainsim 版本", en: "chainsim version" },
} as const satisfies Record<string, Bilingual>;

export const STATE_DETAIL = {
  notJson: (reason: string): Bilingual => ({ zh: `不是 JSON（${reason}）`, en: `not JSON (${reason})` }),
  wrongFormat: (format: string): Bilingual => ({
    zh: `"format" 不是 "${format}"`,
    en: `"format" is not "${format}"`,
  }),
  malformed: (key: string): Bilingual => ({ zh: `${key} 格式有误`, en: `a malformed ${key}` }),
  fieldsMissing: { zh: "缺少字段", en: "fields are missing" },
  blocksMismatch: { zh: "其数据块与分片编号不符", en: "its blocks do not match its shard" },
  badArrays: { zh: "其中的数组无法解码", en: "its arrays cannot be decoded" },
  arrayLength: { zh: "其中数组的长度不对", en: "its arrays have the wrong length" },
} as const;

/** What a file system entry is when it is not a regular file (E_NOT_REGULAR_FILE). */
export const ENTRY_KIND = {
  fifo: { zh: "命名管道（FIFO）", en: "a named pipe (FIFO)" },
  socket: { zh: "套接字", en: "a socket" },
  device: { zh: "设备文件", en: "a device" },
  other: { zh: "特殊文件", en: "not a regular file" },
} as const satisfies Record<string, Bilingual>;

/** Long runs: what is estimated and which limit it passes. */
export const RUN_TEXT = {
  sobol: (n: string, k: number): Bilingual => ({
    zh: `N = ${n}、${k} 个输入的 Sobol 分析`,
    en: `Sobol with N = ${n} and ${k} inputs`,
  }),
  morris: (points: string, k: number): Bilingual => ({
    zh: `${points} 个点、${k} 个输入的 Morris 筛选`,
    en: `Morris screening with ${points} points and ${k} inputs`,
  }),
  shapley: (k: number, exact: boolean): Bilingual => ({
    zh: `${k} 个输入的 Shapley 效应（${exact ? "逐一枚举全部子集" : "随机排列"}）`,
    en: `Shapley effects of ${k} inputs (${exact ? "every subset" : "random permutations"})`,
  }),
  chain: (samples: string, k: number): Bilingual => ({
    zh: `${samples} 次抽样、${k} 个不确定系数的产业链模拟`,
    en: `industry-chain Monte Carlo with ${samples} samples of ${k} uncertain coefficients`,
  }),
  memoryLimit: (bytes: string): Bilingual => ({ zh: `${bytes} 内存`, en: `${bytes} of memory` }),
  evaluationLimit: (count: string): Bilingual => ({ zh: `${count} 次模型计算`, en: `${count} evaluations` }),
} as const;

/** Why `serve` cannot listen, by the system's error code; else the system's words. */
export function serveReason(code: string | undefined, message: string): Bilingual {
  if (code === "EADDRINUSE") return { zh: "端口已被占用", en: "the port is in use" };
  if (code === "EACCES") return { zh: "没有权限使用该端口", en: "no permission to use this port" };
  if (code === "EADDRNOTAVAIL") return { zh: "本机没有这个地址", en: "this address is not on this machine" };
  return { zh: `系统错误 ${code ?? ""}`.trim(), en: message };
}
