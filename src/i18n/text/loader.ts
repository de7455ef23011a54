/**
 * The loader's reasons and descriptions, in both languages: what a value was
 * expected to be, what was found, why a magnitude, distribution, matrix or
 * correlation cannot be read. They fill the free-text parameters of the
 * loader's messages (E_WRONG_TYPE, E_BAD_MAGNITUDE, E_INVALID_VALUE …), which
 * src/messages.ts types so that a plain English string does not compile.
 */
import type { Bilingual } from "../lang.js";

/** The same text in both languages (a symbol, a quoted value, a number). */
export const same = (s: string): Bilingual => ({ zh: s, en: s });

/** `a` and `b` joined with the language's own separator. */
export function joinBilingual(parts: readonly Bilingual[], sep: Bilingual): Bilingual {
  return { zh: parts.map((p) => p.zh).join(sep.zh), en: parts.map((p) => p.en).join(sep.en) };
}

/** What a value is, as a message says it ("a list", "text "…""). */
export const VALUE_KIND = {
  nothing: { zh: "空值", en: "nothing" },
  list: { zh: "列表", en: "a list" },
  mapping: { zh: "映射（键: 值）", en: "a mapping" },
  text: (v: string): Bilingual => ({ zh: `文字"${v}"`, en: `text "${v}"` }),
  boolean: (v: boolean): Bilingual => ({ zh: v ? "true（是）" : "false（否）", en: `${v}` }),
  number: (v: string): Bilingual => ({ zh: `数值 ${v}`, en: `number ${v}` }),
  other: (type: string, v: string): Bilingual => ({ zh: `${type} 类型的值 ${v}`, en: `${type} ${v}` }),
} as const;

/** What a place expects (the schema's type names, and the loader's own forms). */
export const EXPECTED = {
  number: { zh: "数值", en: "a number" },
  text: { zh: "文字", en: "text" },
  mapping: { zh: "映射（键: 值）", en: "a mapping (key: value)" },
  list: { zh: "列表", en: "a list" },
  boolean: { zh: "true 或 false", en: "true or false" },
  documentedForm: { zh: "文档所述格式的值", en: "a value of the documented form" },
  year: { zh: "年份", en: "a year" },
  magnitude: { zh: "数值或数量级，如 2.2万亿", en: "a number or magnitude such as 2.2万亿" },
  rate: { zh: "比率，如 10%", en: "a rate such as 10%" },
  uncertain: { zh: "数值、区间或概率分布", en: "a number, a range or a distribution" },
  attributeValues: (attribute: string): Bilingual => ({
    zh: `${attribute} 的取值或取值列表`,
    en: `a ${attribute} or a list of them`,
  }),
  attributeTest: (attribute: string): Bilingual => ({
    zh: `对 ${attribute} 的条件，如 { at_least: … }`,
    en: `a test such as { at_least: … } for ${attribute}`,
  }),
  amountNotCityAverage: {
    zh: "金额（city_average 是增速）",
    en: "an amount (city_average is a growth rate)",
  },
  /** A schema type name the loader has no words for: shown as it is. */
  other: (name: string): Bilingual => same(name),
  /** The schema's type names (zod's `expected`). */
  of: (e: string): Bilingual => {
    switch (e) {
      case "number":
        return EXPECTED.number;
      case "string":
        return EXPECTED.text;
      case "object":
      case "record":
      case "map":
        return EXPECTED.mapping;
      case "array":
        return EXPECTED.list;
      case "boolean":
        return EXPECTED.boolean;
      default:
        return same(e);
    }
  },
} as const;

/** Quantities a unit measures (E_UNIT_MISMATCH's found/expected). */
export const DIMENSION = {
  money: { zh: "金额（元）", en: "money (元)" },
  ratio: { zh: "比率（%）", en: "a ratio (%)" },
  number: { zh: "纯数值", en: "a plain number" },
  count: (word: string): Bilingual => ({ zh: `数量（${word}）`, en: `a count (${word})` }),
  amount: { zh: "金额或数量", en: "an amount" },
  rateWithPercent: { zh: "比率（请带 %）", en: "a rate (write it with %)" },
  firmCount: { zh: "企业数量（家）", en: "a count of firms (家)" },
  scenarioUnit: (symbol: string): Bilingual => ({
    zh: `情景文件的单位 ${symbol}`,
    en: `the scenario's unit ${symbol}`,
  }),
} as const;

/** Why a magnitude cannot be read (E_BAD_MAGNITUDE's reason). */
export const MAGNITUDE = {
  empty: { zh: "内容为空", en: "it is empty" },
  noNumber: { zh: "找不到数字", en: "no number found" },
  repeated: (suffix: string): Bilingual => ({
    zh: `数量级单位重复（"${suffix}"）`,
    en: `the multiplier is repeated ("${suffix}")`,
  }),
  multiplierBeforePercent: { zh: "百分号前不能再加数量级单位", en: "a multiplier before % makes no sense" },
  notUnit: (word: string): Bilingual => ({
    zh: `"${word}"既不是数量级单位，也不是计量单位`,
    en: `"${word}" is not a multiplier or unit`,
  }),
  scaleClass: {
    zh: "级 之前只能是数量级词（千亿、百亿、千万、万亿）",
    en: "only a multiplier word (千亿, 百亿, 千万, 万亿) may stand before 级",
  },
} as const;

/** What may not be negative (E_NEGATIVE's what). */
export const NEGATIVE = {
  amount: { zh: "金额或数量", en: "an amount" },
  rate: { zh: "比率", en: "a rate" },
} as const;

/** Why a distribution's parameters are invalid (E_DISTRIBUTION_PARAMS' detail). */
export const DISTRIBUTION = {
  modeOrder: { zh: "须满足 最小值 ≤ 众数 ≤ 最大值", en: "needs min <= mode <= max" },
  minBelowMax: { zh: "最小值须小于最大值", en: "needs min < max" },
  sdPositive: { zh: "标准差（sd）须大于 0", en: "sd must be above 0" },
  sigmaPositive: {
    zh: "sigma（对数的标准差）须大于 0",
    en: "sigma (the sd of the log) must be above 0",
  },
  medianGrowth: { zh: "中位增速须高于 -100%", en: "the median growth must be above -100%" },
  medianPositive: { zh: "中位数须大于 0", en: "the median must be above 0" },
  weightsCount: (values: number, weights: number): Bilingual => ({
    zh: `有 ${values} 个取值，却有 ${weights} 个权重`,
    en: `${values} values but ${weights} weights`,
  }),
  weightsPositive: { zh: "权重须为正数", en: "weights must be positive numbers" },
  unsupported: { zh: "不支持该分布", en: "unsupported" },
} as const;

/** Why a baseline cannot be implied (E_IMPLIED_BASELINE's reason). */
export const IMPLIED = {
  noLevelGoal: { zh: "该产业没有规模目标", en: "it has no level goal" },
  noGrowth: {
    zh: "没有增速目标或固定增速可用于折算",
    en: "no growth goal or constant growth to discount with",
  },
} as const;

/** E_INVALID_VALUE's detail. */
export const INVALID = {
  oneNumber: (what: Bilingual): Bilingual => ({
    zh: `${what.zh}只能是一个数，不能是区间`,
    en: `${what.en} is one number, not a range`,
  }),
  threshold: { zh: "门槛", en: "a threshold" },
  cap: { zh: "封顶额", en: "a cap" },
  goal: { zh: "目标值", en: "a goal" },
  rateMax: { zh: "比例（即最高比例）", en: "a rate (the maximum)" },
  awardMax: { zh: "奖励额（即最高额）", en: "an award (the maximum)" },
  autocorrelation: (ac: number): Bilingual => ({
    zh: `自相关系数 ${ac} 超出 -1 到 1 的范围`,
    en: `autocorrelation ${ac} is outside -1..1`,
  }),
  linkSectorTwice: (id: string): Bilingual => ({
    zh: `"${id}"在 links.sectors 中出现了两次`,
    en: `"${id}" is listed twice in links.sectors`,
  }),
  totalOutput: (sector: string, text: string | undefined): Bilingual =>
    text === undefined
      ? {
          zh: `"${sector}"的总产出须为一个正数`,
          en: `the total output of "${sector}" must be one positive number`,
        }
      : {
          zh: `"${sector}"的总产出须为一个正数，而不是 ${text}`,
          en: `the total output of "${sector}" must be one positive number, not ${text}`,
        },
  badId: (value: string): Bilingual => ({
    zh: `"${value}"不是有效的 id：只能用字母、数字、- 和 _`,
    en: `"${value}" is not a valid id: use letters, digits, - and _`,
  }),
  format: (value: string): Bilingual => ({
    zh: `"${value}"的格式不对`,
    en: `"${value}" has the wrong format`,
  }),
  oneOf: (values: string): Bilingual => ({ zh: `应为以下之一：${values}`, en: `expected one of ${values}` }),
  atLeastEntries: (n: number): Bilingual => ({ zh: `至少需要 ${n} 项`, en: `needs at least ${n} entries` }),
  atMostEntries: (n: number): Bilingual => ({ zh: `最多允许 ${n} 项`, en: `allows at most ${n} entries` }),
  /** A schema rule the loader has no words for (zod's own text; should not happen with the shipped schema). */
  other: (english: string): Bilingual => ({ zh: "此处不允许这个取值", en: english }),
} as const;

/** E_CORRELATION_SHAPE's detail. */
export const CORRELATION = {
  twice: (a: string, b: string, old: number, line: number, rho: number): Bilingual => ({
    zh: `${a} 与 ${b} 的相关系数给了两次：第 ${line} 行为 ${old}，此处为 ${rho}`,
    en: `the correlation of ${a} and ${b} is given twice: ${old} on line ${line} and ${rho} here`,
  }),
  self: (a: string): Bilingual => ({
    zh: `"${a}"不能与自身相关`,
    en: `"${a}" cannot be correlated with itself`,
  }),
  listedTwice: (name: string): Bilingual => ({ zh: `"${name}"列出了两次`, en: `"${name}" is listed twice` }),
  rows: (rows: number, n: number): Bilingual => ({
    zh: `矩阵有 ${rows} 行，而输入有 ${n} 个`,
    en: `the matrix has ${rows} rows for ${n} inputs`,
  }),
  rowLength: (row: number, entries: number, n: number): Bilingual => ({
    zh: `第 ${row} 行有 ${entries} 项，而输入有 ${n} 个`,
    en: `row ${row} has ${entries} entries for ${n} inputs`,
  }),
  diagonal: (row: number, v: number): Bilingual => ({
    zh: `对角线上须为 1；第 ${row} 行为 ${v}`,
    en: `the diagonal must be 1; row ${row} has ${v}`,
  }),
  symmetric: (r: number, c: number, v: number, w: number): Bilingual => ({
    zh: `矩阵不对称：第 ${r} 行第 ${c} 列为 ${v}，而第 ${c} 行第 ${r} 列为 ${w}`,
    en: `the matrix is not symmetric: row ${r}, column ${c} is ${v} but row ${c}, column ${r} is ${w}`,
  }),
} as const;

/** E_MATRIX_SHAPE's what/found/expected. */
export const MATRIX = {
  rowOf: (i: number, sector: string, what: Bilingual): Bilingual => ({
    zh: `${what.zh}的第 ${i} 行（${sector}）`,
    en: `row ${i} (${sector}) of ${what.en}`,
  }),
  square: (rows: number, cols: number): Bilingual => same(`${rows}×${cols}`),
  entries: (n: number): Bilingual => ({ zh: `${n} 项`, en: `${n} ${n === 1 ? "entry" : "entries"} long` }),
  long: (n: number): Bilingual => ({ zh: `${n} 项`, en: `${n} long` }),
  listOf: (n: number): Bilingual => ({ zh: `${n} 项的列表`, en: `a list of ${n}` }),
  /** The parts of the links block a matrix message names. */
  transactions: { zh: "links.transactions", en: "links.transactions" },
} as const;

/** Recipients of an event or instrument (E_EVENT_RECIPIENTS). */
export const RECIPIENTS: Record<string, Bilingual> = {
  firms: { zh: "企业", en: "firms" },
  organisations: { zh: "机构", en: "organisations" },
};
export const recipients = (r: string): Bilingual => RECIPIENTS[r] ?? same(r);

/** The scope of a cap (E_CAP_NEGATIVE's scope: a key of an instrument's caps). */
const CAP_SCOPE: Record<string, Bilingual> = {
  per_firm: { zh: "单个企业", en: "per_firm" },
  per_year: { zh: "每年", en: "per_year" },
  cumulative: { zh: "累计", en: "cumulative" },
};
export const capScope = (key: string): Bilingual => CAP_SCOPE[key] ?? same(key);

/** E_LINK_COLUMN_SUM's detail: what the sum is made of, in brackets (nothing when plain). */
export const linkSumParts = (parts: readonly Bilingual[]): Bilingual =>
  parts.length
    ? { zh: `（${parts.map((p) => p.zh).join("，")}）`, en: ` (${parts.map((p) => p.en).join(", ")})` }
    : same("");

/** E_SHOCK_SYNTAX's reason. */
export const SHOCK = {
  form: { zh: "写法应为 产业=变动", en: "expected SECTOR=CHANGE" },
  missing: { zh: "缺少变动值", en: "the change is missing" },
  oneNumber: { zh: "冲击只能是一个数，不能是区间", en: "a shock is one number, not a range" },
} as const;

/** E_SWEEP_SYNTAX's reason and E_SWEEP_TOO_LARGE's detail. */
export const SWEEP = {
  form: { zh: "写法应为 路径=起点:终点:步长", en: "expected PATH=FROM:TO:STEP" },
  notNumber: (text: string, i: number): Bilingual => ({
    zh: `"${text}"（${["起点", "终点", "步长"][i]}）不是数值`,
    en: `"${text}" (${["FROM", "TO", "STEP"][i]}) is not a number`,
  }),
  units: (a: string, b: string, c: string): Bilingual => ({
    zh: `起点、终点和步长的单位不同（"${a}"、"${b}"、"${c}"）`,
    en: `FROM, TO and STEP are in different units ("${a}", "${b}", "${c}")`,
  }),
  stepPositive: { zh: "步长须大于 0", en: "STEP must be above 0" },
  toBelowFrom: { zh: "终点小于起点", en: "TO is below FROM" },
  values: (path: string, count: number): Bilingual => ({
    zh: `${path} 有 ${count} 个取值`,
    en: `${path} takes ${count} values`,
  }),
  product: (parts: ReadonlyArray<{ path: string; count: number }>): Bilingual => ({
    zh: parts.map((p) => `${p.path} 的 ${p.count} 个取值`).join(" × "),
    en: parts.map((p) => `${p.count} values of ${p.path}`).join(" × "),
  }),
} as const;

/**
 * E_METHOD_PARAM's parameter: what a planner calls it, with the flag that sets
 * it (English keeps the method's own symbol).
 */
export const METHOD_PARAM = {
  levels: { zh: "网格层数（--levels）", en: "levels (p)" },
  trajectories: { zh: "轨迹条数（--trajectories）", en: "trajectories (r)" },
  samples: { zh: "基础样本数（--samples）", en: "samples (N)" },
  replicates: { zh: "独立重复次数（--replicates）", en: "replicates" },
  inputs: { zh: "输入个数", en: "inputs" },
  outer: { zh: "每个子集的外层抽样次数（--samples）", en: "outer" },
  inner: { zh: "内层抽样次数", en: "inner" },
  varianceSamples: { zh: "估计总方差的抽样次数", en: "samples" },
  permutations: { zh: "随机排列个数（--permutations）", en: "permutations" },
} as const satisfies Record<string, Bilingual>;

/** E_INTERNAL's detail: what went wrong, with a technical message kept as it was raised. */
export const INTERNAL = {
  unexpected: (raised: string): Bilingual => ({ zh: `未预料到的异常（${raised}）`, en: raised }),
  worker: (raised: string): Bilingual => ({ zh: `计算线程出错（${raised}）`, en: `worker: ${raised}` }),
  workerExit: (code: number): Bilingual => ({
    zh: `一个计算线程意外退出，退出码 ${code}`,
    en: `a worker exited with code ${code}`,
  }),
  amountWithoutUnit: { zh: "数量缺少单位", en: "amount without a unit" },
} as const;

/** E_METHOD_PARAM's rule. */
export const METHOD_RULE = {
  atLeast: (min: number): Bilingual => ({
    zh: `不小于 ${min} 的整数`,
    en: `a whole number of at least ${min}`,
  }),
  halfN: (max: number): Bilingual => ({
    zh: `1 到 N/2（${max}）之间的整数`,
    en: `a whole number from 1 to N/2 (${max})`,
  }),
  qmcDimensions: (max: number): Bilingual => ({
    zh: `准随机抽样下不超过 ${max}（--sampling random 没有此限制）`,
    en: `at most ${max} with quasi-random sampling (--sampling random has no limit)`,
  }),
} as const;

/** A file's encoding as E_ENCODING names it. */
export const ENCODING = {
  gbk: { zh: "GBK/GB18030（中文 Windows 常用）", en: "GBK/GB18030 (Chinese Windows)" },
  legacy: { zh: "某种旧式 8 位编码", en: "a legacy 8-bit encoding" },
} as const;

/** A list of ids for a message (E_YEAR_NOT_PROJECTED's missing). */
export const idList = (ids: readonly string[]): Bilingual => ({ zh: ids.join("、"), en: ids.join(", ") });

/** A firm population, as E_FIRM_NO_GROWTH names it. */
export const POPULATION = {
  named: (id: string): Bilingual => ({ zh: `具名企业"${id}"`, en: `named firm "${id}"` }),
  generated: (id: string): Bilingual => ({ zh: `生成企业组 ${id}`, en: `generated group ${id}` }),
  entry: (id: string): Bilingual => ({ zh: `新进入企业批次 ${id}`, en: `entry cohort ${id}` }),
} as const;

/** E_IMPLIED_BASELINE's reason when the named goal is not a level goal of the sector. */
export const notLevelGoal = (target: string): Bilingual => ({
  zh: `"${target}"不是该产业的规模目标`,
  en: `"${target}" is not a level goal of this sector`,
});

/** E_INVALID_VALUE when a transactions table lacks a sector's total output. */
export const needsOutput = (sector: string): Bilingual => ({
  zh: `交易表需要"${sector}"的总产出`,
  en: `the transactions table needs the total output of "${sector}"`,
});

/** E_LINK_COLUMN_SUM's detail parts. */
export const COLUMN_SUM = {
  inputsPlusValueAdded: (inputs: string, va: string): Bilingual => ({
    zh: `投入 ${inputs} + 增加值 ${va}`,
    en: `inputs ${inputs} + value added ${va}`,
  }),
  highEnds: { zh: "按区间上限计", en: "at the high ends of the ranges" },
} as const;
