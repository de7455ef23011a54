/**
 * Every error and warning of src/messages.ts in Chinese (zh-CN), under the
 * same stable codes and with the same parameters. Written for the people who
 * read chainsim first (planners, finance bureaus, think tanks), not word for
 * word: 情景文件, 产业, 指标, 目标, 基期, 规划期末, 方案.
 */
import type { Entry, MessageCode, RawParams } from "../messages.js";

/** One Chinese entry per code, taking the same parameters as the English one. */
export type ZhCatalogue = { [C in MessageCode]?: (p: RawParams<C>) => Entry };

const mean = (suggestion: string | undefined): string => (suggestion ? `；是否应为"${suggestion}"？` : "");
const list = (xs: readonly string[]): string => xs.join("、");

/** The kinds of things a message names, as a Chinese reader calls them. */
const KIND: Record<string, string> = {
  sector: "产业",
  indicator: "指标",
  target: "目标",
  goal: "目标",
  firm: "企业",
  group: "企业组",
  cohort: "企业批次",
  instrument: "政策工具",
  event: "事件",
  region: "地区",
  variant: "方案",
  sector_or_indicator: "产业或指标",
};
const kind = (k: string): string => KIND[k] ?? k;

export const zhCatalogue: ZhCatalogue = {
  // ── files and encodings ───────────────────────────────────────────────
  E_FILE_NOT_FOUND: (p) => ({
    message: `找不到情景文件"${p.file}"`,
    hint: "请核对路径；情景文件的扩展名为 .yaml、.yml 或 .json",
  }),
  E_FILE_READ: (p) => ({ message: `无法读取"${p.file}"：${p.reason}` }),
  E_FILE_TOO_LARGE: (p) => ({
    message: `文件${p.atLeast ? "至少" : ""}有 ${p.bytes} 字节，超过情景文件上限 ${p.max} 字节`,
    hint: "可用 includes 拆分，或确认这确实是情景文件",
  }),
  E_ENCODING: (p) => ({
    message: `文件不是 UTF-8 编码（看起来是 ${p.guess}）`,
    hint: "请另存为 UTF-8（记事本：另存为，编码选 UTF-8；或 iconv -f GBK -t UTF-8）",
  }),
  E_BINARY: () => ({ message: "文件中含有 NUL 字节，不是文本格式的情景文件" }),
  E_EMPTY_FILE: () => ({
    message: "情景文件是空的",
    hint: "可以从 scenarios/shandong-it-2025.yaml 改起，或运行 `chainsim schema` 查看格式",
  }),
  W_BOM: () => ({
    message: "文件开头有字节顺序标记（BOM），已忽略",
    hint: "另存为不带 BOM 的 UTF-8 即可消除此提示",
  }),
  E_LINE_TOO_LONG: (p) => ({
    message: `有一行长达 ${p.length} 个字符，每行最多 ${p.max} 个`,
    hint: "把过长的列表分成多行书写",
  }),

  // ── chainsim extract: policy texts ────────────────────────────────────
  E_EXTRACT_NOT_FOUND: (p) => ({
    message: `找不到文件"${p.file}"`,
    hint: "请给出纯文本政策文件的路径（.txt，UTF-8 或 GB18030 编码）",
  }),
  E_EXTRACT_EMPTY: (p) => ({
    message: `文件"${p.file}"是空的`,
    hint: "请先把政策原文存入该文件（从网页或 PDF 复制为纯文本）",
  }),
  E_EXTRACT_TOO_LARGE: (p) => ({
    message: `文件"${p.file}"有 ${p.bytes} 字节，超过政策文本上限 ${p.max} 字节`,
    hint: "请确认这是纯文本政策文件，而不是压缩包或数据库导出文件",
  }),
  E_EXTRACT_BINARY: (p) => ({
    message: `"${p.file}"是二进制文件（PDF、Word、图片或压缩包？），不是纯文本`,
    hint: "请先转为纯文本，例如 pdftotext FILE.pdf FILE.txt，或把正文复制到 .txt 文件中",
  }),
  E_EXTRACT_ENCODING: (p) => ({
    message: `"${p.file}"不是 UTF-8、GB18030/GBK 或 Big5 编码的中文文本`,
    hint: "请另存为 UTF-8（例如 iconv -f SHIFT_JIS -t UTF-8 FILE）；可读取 UTF-8、GB18030/GBK 和 Big5",
  }),
  W_EXTRACT_NO_GOALS: (p) => ({
    message: `"${p.file}"中未找到量化目标`,
    hint: "文中没有量化目标（带年份、比较词或单位的数字），未写出任何内容",
  }),

  // ── YAML / JSON syntax ────────────────────────────────────────────────
  E_YAML_SYNTAX: (p) => ({
    message: `语法错误：${p.detail}`,
    hint: "请检查缩进（用空格而非制表符）、键后的冒号，以及引号和括号是否成对",
  }),
  E_YAML_TAB: () => ({
    message: "缩进中使用了制表符",
    hint: "YAML 只能用空格缩进，请把制表符换成空格",
  }),
  E_DUPLICATE_KEY: (p) => ({
    message: `同一层中键"${p.key}"出现了两次`,
    hint: "只保留一个；否则后一个会悄悄覆盖前一个",
  }),
  E_YAML_ALIASES: (p) => ({
    message: `别名展开次数过多（超过 ${p.max} 次）`,
    hint: "锚点和别名（&a、*a）请少用，直接写出取值",
  }),
  E_TOO_DEEP: (p) => ({ message: `嵌套达 ${p.depth} 层，最多允许 ${p.max} 层` }),
  E_NOT_A_MAPPING: (p) => ({
    message: `情景文件应是由键组成的映射（id、title、sectors……），而不是${p.found}`,
    hint: "可以从 scenarios/shandong-it-2025.yaml 改起",
  }),

  // ── structure ─────────────────────────────────────────────────────────
  E_UNKNOWN_KEY: (p) => ({
    message: `未知的键"${p.key}"${mean(p.suggestion)}`,
    hint: `此处可用的键：${list(p.allowed)}`,
  }),
  E_MISSING_FIELD: (p) => ({
    message: `缺少必填字段"${p.field}"`,
    hint: "请补上该字段：docs/reference 说明了每个字段，chainsim init 可生成一份完整的情景文件作为起点",
  }),
  E_WRONG_TYPE: (p) => ({ message: `此处应为${p.expected}，实际是${p.found}` }),
  E_INVALID_VALUE: (p) => ({ message: p.detail }),
  E_BAD_ID: (p) => ({
    message: `"${p.id}"不是有效的 id`,
    hint: "id 采用 snake_case：小写字母、数字和下划线，以字母开头（如 cloud_big_data）",
  }),
  E_DUPLICATE_ID: (p) => ({
    message: `${kind(p.kind)} id"${p.id}"重复${p.first ? `（首次定义在第 ${p.first} 行）` : ""}`,
    hint: "产业和指标的 id 不能重复",
  }),
  E_UNKNOWN_REFERENCE: (p) => ({
    message: `未定义的${kind(p.kind)}"${p.name}"${mean(p.suggestion)}`,
    hint: `请在 ${p.kind === "indicator" ? "indicators" : p.kind === "target" ? "targets" : "sectors"} 下定义，或更正拼写`,
  }),
  E_SECTOR_CYCLE: (p) => ({
    message: `产业之间相互包含：${p.cycle.join(" → ")}`,
    hint: "产业不能是自己的上级；请删去其中一处 children",
  }),

  // ── magnitudes and units ──────────────────────────────────────────────
  E_BAD_MAGNITUDE: (p) => ({
    message: `无法把"${p.text}"读成数值：${p.reason}`,
    hint: "请按文件原文的写法书写：2.2万亿、14000亿、50亿、过千亿、10%以上、5‰、2000万，或区间 11000~11300",
  }),
  E_UNIT_UNKNOWN: (p) => ({
    message: `未知单位"${p.unit}"`,
    hint: "金额单位：元、万元、亿元、万亿元；数量：家、件、个、人等量词；比率：%、‰",
  }),
  E_UNIT_MISMATCH: (p) => ({
    message: `"${p.text}"的单位是${p.found}，无法换算为${p.expected}`,
    hint: "请按该数量自身的单位填写，或把它移到单位相符的产业或指标下",
  }),
  E_NOT_FINITE: (p) => ({
    message: `"${p.text}"不是有限数值`,
    hint: "请写出具体数值；不允许 NaN 和 Infinity",
  }),
  E_TOO_LARGE: (p) => ({
    message: `${p.text} 大得不合常理（上限 ${p.max}）`,
    hint: "请核对单位：数值以情景文件的单位计（如亿元）",
  }),
  E_NEGATIVE: (p) => ({ message: `${p.what}不能为负（${p.text}）` }),
  E_RATE_AS_NUMBER: (p) => ({
    message: `把 ${p.text} 当作比率，相当于 ${Number(p.text) * 100}%`,
    hint: `比率请带百分号（${p.text}%）或写成小数（${Number(p.text) / 100}）`,
  }),
  E_GROWTH_TOO_LOW: (p) => ({ message: `增速 ${p.text} 不可能出现：必须高于 -100%` }),
  E_RANGE_ORDER: (p) => ({
    message: `区间 ${p.low}~${p.high} 的下限高于上限`,
    hint: "请把较小的数写在前面",
  }),
  E_SHARE_RANGE: (p) => ({ message: `占比 ${p.text} 超出 0%–100% 的范围` }),
  E_YEAR_RANGE: (p) => ({ message: `年份 ${p.year} 超出范围（${p.min}–${p.max}）` }),
  E_HORIZON_BEFORE_BASE: (p) => ({ message: `规划期末 ${p.horizon} 年早于基期 ${p.base} 年` }),
  E_TARGET_BEFORE_BASE: (p) => ({
    message: `目标年份 ${p.year} 早于基期 ${p.base} 年`,
    hint: "已发生的结果请作为实际值（actuals）记在产业下",
  }),
  E_PERIOD_ORDER: (p) => ({ message: `时期 ${p.from}–${p.to} 年的起止顺序颠倒` }),

  // ── sectors, baselines, growth ───────────────────────────────────────
  E_MISSING_BASELINE: (p) => ({
    message: `"${p.id}"既没有基期值，也没有公式`,
    hint: "请给出 baseline: { year, value }、baseline: implied，或 value: { formula: … }",
  }),
  E_MISSING_GROWTH: (p) => ({
    message: `"${p.id}"有基期值，但没有增速假设`,
    hint: "请给出 growth: 10%、区间 8%~12%、分年安排、概率分布或公式",
  }),
  E_IMPLIED_BASELINE: (p) => ({
    message: `无法为"${p.id}"反推基期值：${p.reason}`,
    hint: "反推基期值需要该产业有规模目标和增速（增速目标或增速假设）",
  }),
  E_BASELINE_YEAR: (p) => ({
    message: `基期值年份 ${p.year} 晚于基期 ${p.base} 年`,
    hint: "基期值应在 base_year 当年或之前；之后的结果记为实际值",
  }),
  E_SCHEDULE_EMPTY: () => ({ message: "分年增速安排至少要有一年" }),

  // ── distributions ─────────────────────────────────────────────────────
  E_DISTRIBUTION_UNKNOWN: (p) => ({
    message: `未知的概率分布"${p.name}"${mean(p.suggestion)}`,
    hint: `可用的分布：${list(p.known)}`,
  }),
  E_DISTRIBUTION_PARAMS: (p) => ({ message: `${p.name} 分布的参数无效：${p.detail}` }),

  // ── targets ───────────────────────────────────────────────────────────
  E_TARGET_SUBJECT: () => ({ message: "每项目标必须且只能指向一个产业（sector）或指标（indicator）" }),
  E_TARGET_KIND: (p) => ({
    message:
      p.found.length === 0
        ? "目标需要有年份（规模目标），或 growth、share、per_year、cumulative 之一"
        : `一项目标只能属于一种类型，这里同时有 ${p.found.join(" 和 ")}`,
  }),
  E_COMPARATOR: (p) => ({
    message:
      p.found.length === 0
        ? "目标的数值需要一个比较词"
        : `一项目标只能有一个比较词，这里同时有 ${p.found.join(" 和 ")}`,
    hint: "at_least（突破/超过/以上/过）、reach（达到）、about（左右）、no_fewer_than（不少于）、below（低于）、at_most（不超过）",
  }),
  E_DUPLICATE_TARGET: (p) => ({
    message: `目标 id"${p.id}"重复（首次出现在第 ${p.first} 行）`,
    hint: "请为该目标写一个唯一的 id",
  }),
  W_NO_SOURCE: (p) => ({
    message: `目标"${p.id}"未注明出处文件和条款`,
    hint: "请加上 source: { doc: 文件, clause: 二(二) }，使每个数字都可追溯",
  }),
  W_QUALIFIER_IGNORED: (p) => ({
    message: `"${p.text}"带有限定语"${p.qualifier}"；计算时只取数值本身`,
    hint: "如需表达假设的范围，请写成区间，例如 12000~13000",
  }),

  // ── overlaps, sector graph, regions ─────────────────────────────────
  E_OVERLAP_FORM: () => ({
    message: "重叠关系必须且只能给出 within（重复统计）或 outside（超出上级口径）之一",
    hint: "{ part: cloud, within: software, share: 60%~90% } 或 { part: materials, outside: it_industry, share: 30%~70% }",
  }),
  E_OVERLAP_SELF: (p) => ({ message: `"${p.id}"不能与自身重叠` }),
  E_OVERLAP_SUM: (p) => ({
    message: `"${p.id}"各项重叠占比的下限合计为 ${p.total}，超过了整体`,
    hint: "同一部分的各项重叠占比互不相交，请调低使合计不超过 100%",
  }),
  E_CHILD_NOT_SECTOR: (p) => ({
    message: `下级"${p.id}"是以 ${p.unit} 计的指标；children 只能是以金额计的产业`,
    hint: "children 下只列产业；指标请用各自的目标来对照",
  }),
  E_EXHAUSTIVE_NO_GOALS: (p) => ({
    message: `"${p.id}"声明其下级已穷尽（exhaustive），但没有一个下级有规模目标`,
    hint: "请给下级设定目标，或删去 exhaustive: true",
  }),
  E_REGION_OUTSIDE: (p) => ({
    message: `地区文件"${p.file}"不在本情景文件所在的文件夹内`,
    hint: "请把它复制到情景文件旁边；如确认可信，可用 --allow-outside-includes 运行（文件本身无权授予此权限）",
  }),
  E_REGION_CYCLE: (p) => ({ message: `地区文件相互引用：${p.cycle.join(" → ")}` }),
  E_REGION_UNIT: (p) => ({ message: `地区"${p.region}"的单位是 ${p.unit}，无法换算为 ${p.expected}` }),
  E_RESERVED_ID: (p) => ({
    message: `"${p.id}"是保留字，不能用作产业或指标的名称`,
    hint: "公式中会用到 year、t、pi、e 和函数名；请换一个 id",
  }),

  // ── sensitivity, discovery, goal seeking ─────────────────────────────
  E_NO_UNCERTAIN_INPUTS: () => ({
    message: "该情景没有可供分析的不确定输入",
    hint: "请给增速或基期值一个区间（8%~12%）或概率分布（{ triangular: [8%, 12%, 17%] }）",
  }),
  E_UNKNOWN_INPUT: (p) => ({
    message: `未知的输入"${p.name}"${mean(p.suggestion)}`,
    hint: "输入的写法为 产业.growth、产业.baseline 或 产业.growth.年份（分年安排）",
  }),
  E_INPUT_NO_RANGE: (p) => ({
    message: `输入"${p.name}"是单一数值，没有可变动的范围`,
    hint: "请给它一个区间（8%~12%）或概率分布，或不纳入分析",
  }),
  E_METHOD_PARAM: (p) => ({ message: `${p.name} 应为 ${p.rule}，而不是 ${p.value}` }),
  E_SOLVE_FOR: (p) => ({
    message: `无法求解"${p.path}"：${p.detail}`,
    hint: "请对某项假设求解，例如 software.growth 或 software.baseline",
  }),

  // ── formulas ──────────────────────────────────────────────────────────
  E_FORMULA_SYNTAX: (p) => ({ message: `公式语法错误：${p.detail}` }),
  E_FORMULA_FORBIDDEN: (p) => ({
    message: `公式中不能使用${p.construct}`,
    hint: "公式可用数字、+ - * / ^ %、比较、and/or/not、a ? b : c、min/max/exp/log/sqrt 等函数，以及产业和指标的名称",
  }),
  E_FORMULA_UNKNOWN_NAME: (p) => ({
    message: `公式中有未定义的名称"${p.name}"${mean(p.suggestion)}`,
    hint: "公式可引用产业、指标、year、t，以及常数 pi 和 e",
  }),
  E_FORMULA_CYCLE: (p) => ({
    message: `公式之间循环引用：${p.cycle.join(" → ")}`,
    hint: "请打破循环，例如给其中一个设定基期值和增速",
  }),
  E_FORMULA_TOO_LONG: (p) => ({ message: `公式长达 ${p.length} 个字符，最多允许 ${p.max} 个` }),
  E_FORMULA_TOO_DEEP: (p) => ({ message: `括号嵌套 ${p.depth} 层，最多允许 ${p.max} 层` }),
  E_JSON_SYNTAX: (p) => ({
    message: `JSON 格式错误：${p.detail}`,
    hint: "JSON 不允许注释和末尾多余的逗号；也可以改存为 .yaml",
  }),
  E_FORMULA_TOO_COMPLEX: (p) => ({ message: `公式有 ${p.nodes} 个组成部分，最多允许 ${p.max} 个` }),
  E_FORMULA_EVAL: (p) => ({
    message: `"${p.id}"的公式在 ${p.year} 年算不出结果：${p.detail}`,
    hint: "请检查是否除以零，或对非正数取对数",
  }),

  // ── firms and policy instruments ─────────────────────────────────────
  E_UNKNOWN_FIRM_ATTRIBUTE: (p) => ({
    message: `未知的企业属性"${p.attribute}"${mean(p.suggestion)}`,
    hint: `企业属性有：${list(p.known)}`,
  }),
  E_FIRMS_UNKNOWN_REFERENCE: (p) => ({
    message: `未定义的${kind(p.kind)}"${p.name}"${mean(p.suggestion)}`,
    hint: `请在 firms: ${p.table} 下声明，或更正拼写`,
  }),
  E_CAP_NEGATIVE: (p) => ({
    message: `${p.scope}封顶额 ${p.text} 小于零`,
    hint: "封顶额是最多支付的金额（最高100万元 → 100万）；不支付请写 0",
  }),
  E_LADDER_ORDER: (p) => ({
    message: `第 ${p.index} 档门槛（${p.text}）不高于上一档（${p.previous}）`,
    hint: "阶梯门槛请按营业收入从低到高排列，每档只写一次",
  }),
  E_DUPLICATE_POLICY_ID: (p) => ({
    message: `${kind(p.kind)} id"${p.id}"重复（首次出现在第 ${p.first} 行）`,
    hint: "企业、企业组、批次和政策工具的 id 不能重复",
  }),
  E_INSTRUMENTS_WITHOUT_FIRMS: () => ({
    message: "政策工具需要有领取资金的企业群体，但文件中没有 firms 部分",
    hint: "请添加 firms:，包括 above_scale_threshold、sectors，以及具名、生成或新进入的企业",
  }),
  E_BASE_NOT_AMOUNT: (p) => ({
    message: `"${p.attribute}"不是金额，不能按比例计算`,
    hint: "计算基数和扣除项只能是 revenue、investment、land、rent、rd 或 event_cost",
  }),
  E_EVENT_COST_WITHOUT_EVENT: () => ({
    message: "event_cost 是某一事件的费用，但这项政策工具没有指定事件",
    hint: "请加上 event: 事件名（firms: events 下有费用的事件），或改用其他基数",
  }),
  E_EVENT_RECIPIENTS: (p) => ({
    message: `事件"${p.event}"的对象是 ${p.happensTo}，而这项政策工具支付给 ${p.pays}`,
    hint: "请让政策工具的支付对象与事件对象一致，或选择其支付对象的事件",
  }),
  E_RECIPIENT_ATTRIBUTE: (p) => ({
    message: `"${p.recipients}"是机构，没有企业属性"${p.attribute}"`,
    hint: "支付给机构的规则依据其事件（及 event_cost）；企业条件只适用于支付给企业的规则",
  }),
  E_FIRM_NO_GROWTH: (p) => ({
    message: `${p.population} 没有增速假设，所属产业"${p.sector}"也没有`,
    hint: "请给出 firms: sectors: 产业: growth（该产业共同的年增速），或在该企业群体上设定 growth",
  }),
  E_FIRMS_TOO_MANY: (p) => ({
    message: `企业群体可能多达 ${p.count} 家企业或机构，最多模拟 ${p.max} 家`,
    hint: "可把小企业合并为数量更少、规模更大的企业组，或调低数量",
  }),
  E_COSTS_NO_POLICY: (p) => ({
    message: `"${p.file}"中没有可测算成本的政策工具`,
    hint: "请添加 firms: 和 instruments: 部分（见 README 中 chainsim costs）；scenarios/liaocheng-it-2025.yaml 两者都有",
  }),

  // ── variants and --set ───────────────────────────────────────────────
  E_UNKNOWN_VARIANT: (p) => ({
    message: `未知的方案"${p.name}"${mean(p.suggestion)}`,
    hint: p.available.length ? `本文件中的方案：${list(p.available)}` : "本文件没有定义方案",
  }),
  E_SET_SYNTAX: (p) => ({
    message: `无法读取 --set "${p.arg}"`,
    hint: "写法为 --set 路径=值，例如 --set software.growth=12%",
  }),
  E_SET_PATH: (p) => ({
    message: `--set 的路径"${p.path}"在情景中找不到对应项${mean(p.suggestion)}`,
    hint: "路径以产业或指标 id（software.growth）、目标 id（targets.<id>.at_least）或顶层键（horizon）开头",
  }),
  E_SET_OVERLAP: (p) => ({
    message: `--set 的路径"${p.path}"：${
      p.problem === "none"
        ? "该情景没有设定重叠关系"
        : p.problem === "index"
          ? `没有第 ${p.selector} 项重叠；该情景共有 ${p.count} 项，序号为 0 到 ${(p.count ?? 1) - 1}`
          : p.problem === "ambiguous"
            ? `"${p.selector}"对应不止一项重叠（序号 ${p.positions}）`
            : `没有重叠项"${p.selector}"${mean(p.suggestion)}`
    }`,
    hint:
      p.problem === "none"
        ? "请在文件中设定重叠关系（overlaps: [{ part, within, share }]），或选择设定了重叠关系的方案"
        : `请用 部分/产业（所属或所超出的产业）或从 0 开始的序号指明重叠项，例如 overlaps.${p.available[0] ?? "0"}.share=30%；可选：${list(p.available)}`,
  }),
  E_SET_LINK: (p) => ({
    message: `--set 的路径"${p.path}"：${
      p.problem === "key"
        ? `links 下没有键"${p.name}"`
        : p.problem === "index"
          ? `${p.name} 不是 links.sectors 中的序号`
          : `"${p.name}"不是 links 中的产业`
    }${mean(p.suggestion)}`,
    hint:
      p.problem === "key"
        ? `links 的键：${list(p.known)}`
        : `写法为 links.coefficients.购买方.投入方（每单位购买方产出所需投入）、links.local_share.产业 或 links.final_demand.产业；产业：${list(p.known)}`,
  }),

  // ── command line and output ──────────────────────────────────────────
  E_USAGE: (p) => ({ message: p.detail, hint: "运行 chainsim --help 查看用法" }),
  E_YEAR_BEFORE_BASE: (p) => ({
    message: `${p.year} 年早于基期 ${p.baseYear} 年`,
    hint: `请选择 ${p.baseYear} 年或之后的年份`,
  }),
  E_YEAR_OUT_OF_RANGE: (p) => ({
    message: `末年应在 ${p.from}–${p.to} 年之间，而不是 ${p.year} 年`,
    hint: `请选择 ${p.from}–${p.to} 年之间的年份`,
  }),
  E_YEAR_BEFORE_PAYMENT: (p) => ({
    message: `${p.year} 年早于政策工具开始支付的 ${p.first} 年`,
    hint: `请选择 ${p.first} 年或之后的年份`,
  }),
  E_YEAR_NOT_PROJECTED: (p) => ({
    message: `${p.year} 年没有 ${p.missing} 的预测值`,
    hint: "请选择情景预测范围内的年份（基期到规划期末）",
  }),
  E_TOO_MANY_SAMPLES: (p) => ({
    message: `样本数 ${p.samples} 超过本项分析的上限 ${p.max}`,
    hint: `样本数请不超过 ${p.max}`,
  }),
  E_SHARD_SPEC: (p) => ({
    message: `分片应写作 K/N，且 1 ≤ K ≤ N ≤ 100000（N 片中的第 K 片，如 2/3），而不是"${p.value}"`,
    hint: "分片写作 K/N，例如 2/3",
  }),
  E_OUTPUT: (p) => ({
    message: `无法写入"${p.path}"：${p.reason}`,
    hint: "请用 -o 选择一个有写入权限的文件夹",
  }),
  E_FONT_MISSING: (p) => ({
    message: `找不到用于 PNG 图表的中文字体（已查找 ${p.tried}）`,
    hint: "请重新安装 chainsim 的依赖（npm ci 会带上 @embedpdf/fonts-sc 的思源黑体），或安装 fonts-noto-cjk / fonts-wqy-microhei，或把 CHAINSIM_CJK_FONT 设为 .ttf/.otf/.ttc 字体文件；也可以不用 --png",
  }),
  E_PAGE_BUNDLE: (p) => ({
    message: `缺少交互页面的浏览器脚本（${p.path}）`,
    hint: "请用 npm run build 生成（npm ci 和 npm install 会自动运行）",
  }),
  E_SERVE: (p) => ({
    message: `无法在 127.0.0.1:${p.port} 上提供服务：${p.reason}`,
    hint: "请用 --port 换一个端口，或用 0 表示任选空闲端口",
  }),
  E_INTERNAL: (p) => ({
    message: `内部错误：${p.detail}`,
    hint: "这是 chainsim 的缺陷；请加 --debug 重新运行，并把输出反馈给我们",
  }),

  // ── uncertainty: correlations, simulation, sweeps ────────────────────
  E_CORRELATION_UNKNOWN_INPUT: (p) => ({
    message: `相关性设定中有未知的输入"${p.name}"${mean(p.suggestion)}`,
    hint: "输入的写法为 产业.growth、产业.baseline，或 产业.growth.年份（分年增速中的一年）",
  }),
  E_CORRELATION_CERTAIN: (p) => ({
    message: `"${p.name}"是确定值（${p.value}）；只有不确定的输入才能设定相关性`,
    hint: "请给它一个区间（8%~12%）或概率分布，或从相关性设定中去掉",
  }),
  E_CORRELATION_RANGE: (p) => ({ message: `相关系数 ${p.value} 超出 -1 到 1 的范围` }),
  E_CORRELATION_SHAPE: (p) => ({
    message: p.detail,
    hint: "写法为 { between: [a, b], rho: 0.6 }，或 { inputs: [a, b, c], matrix: [...] }，矩阵须为方阵、对称且对角线为 1",
  }),
  E_CORRELATION_NOT_PSD: (p) => ({
    message: `这些相关系数不能同时成立：矩阵不是半正定的（最小特征值 ${p.eigenvalue}）`,
    hint: "请调低最强的相关系数或核对其正负：若 a 与 b 同向、b 与 c 同向，a 就不可能与 c 强烈反向",
  }),
  E_SWEEP_SYNTAX: (p) => ({
    message: `无法把 --set "${p.arg}"读成参数扫描：${p.reason}`,
    hint: "写法为 --set 路径=起点:终点:步长，三者单位相同，例如 --set software.growth=5%:20%:1%",
  }),
  E_SWEEP_TOO_LARGE: (p) => ({
    message: `参数扫描共有 ${p.points} 个点（${p.detail}），最多允许 ${p.max} 个`,
    hint: "请加大步长或缩小范围",
  }),
  E_STATE_FORMAT: (p) => ({
    message: `"${p.file}"不是可用的 chainsim 状态文件：${p.detail}`,
    hint: "状态文件由 chainsim simulate --shard K/N --state-out FILE 写出；请把这些文件交给 chainsim merge",
  }),
  E_STATE_VERSION: (p) => ({
    message: `"${p.file}"由 ${p.what} ${p.found} 写出，而当前 chainsim 读取的是 ${p.expected}`,
    hint: "各分片和合并请使用同一版本的 chainsim",
  }),
  E_STATE_MISMATCH: (p) => ({
    message: `"${p.file}"属于另一次运行：其 ${p.what} 为 ${p.found}，而"${p.first}"中为 ${p.expected}`,
    hint: "只能合并同一次运行的分片：相同的情景文件、--variant、--set、--samples、--seed、--lhs 以及 --shard K/N 中的 N",
  }),
  E_STATE_DUPLICATE_SHARD: (p) => ({
    message: `"${p.file}"又是第 ${p.index}/${p.count} 片（已在"${p.other}"中给出）`,
    hint: "每个分片的状态文件只需给一次",
  }),
  E_STATE_MISSING_SHARD: (p) => ({
    message: `共 ${p.count} 片，缺少第 ${p.missing} 片`,
    hint: "请运行缺少的分片（chainsim simulate … --shard K/N --state-out FILE），再把所有状态文件交给 merge",
  }),

  // ── industry chain: input-output links, shocks ───────────────────────
  E_LINK_FORM: (p) => ({
    message:
      p.found.length === 0
        ? "links 需要投入产出系数（coefficients）或流量表（transactions）"
        : `links 只能给出 coefficients 或 transactions 之一，这里同时有 ${p.found.join(" 和 ")}`,
    hint: "coefficients: { terminals: { ic: 0.08~0.15 } }（每单位购买方产出所需投入），或 sectors: [a, b], transactions: [[…], […]], output: [xa, xb]",
  }),
  E_LINK_UNKNOWN_SECTOR: (p) => ({
    message: `links 中有未知产业"${p.name}"${p.listed ? "（不在 links.sectors 中）" : ""}${mean(p.suggestion)}`,
    hint: "links 中的产业须在 sectors 下定义（给出 links.sectors 时还须列在其中）",
  }),
  E_LINK_UNIT: (p) => ({
    message: `"${p.id}"是以 ${p.unit} 计的指标；投入产出关联只连接以 ${p.expected} 计价的产业`,
    hint: "系数是金额对金额：请关联产业（以情景的金额单位计），而不是指标",
  }),
  E_LINK_NEGATIVE: (p) => ({
    message: `"${p.row}"对"${p.column}"的投入为负（${p.text}）`,
    hint: "投入产出数据不能为负：某产业不从另一产业购买时，请写 0 或省略该项",
  }),
  E_LINK_COLUMN_SUM: (p) => ({
    message: `"${p.column}"列的投入合计为每单位产出 ${p.sum}${p.detail}；投入合计必须小于 1（含增加值时至多为 1）`,
    hint: "一个产业的投入不可能与其产出等值：请调低该列系数（其余产出为增加值和系统外投入）",
  }),
  E_NOT_PRODUCTIVE: (p) => ({
    message: `投入产出系统不具备生产性：系数矩阵的谱半径为 ${p.radius}，不小于 1（"${p.column}"列与 ${p.sectors} 一起时 Hawkins–Simon 条件不成立）`,
    hint: "这些产业彼此需要的产出超过了它们的生产能力；请调低相互循环购买的产业的系数",
  }),
  E_MATRIX_SHAPE: (p) => ({
    message: `${p.what} 的形状是 ${p.found}；按 links.sectors 所列产业，应为 ${p.expected}`,
    hint: "矩阵的行（投入方、销售方）按 links.sectors 的顺序排列，每行对每个购买方各有一项",
  }),
  E_NO_LINKS: (p) => ({
    message: `"${p.file}"没有 links 部分；产业链分析需要投入产出系数`,
    hint: "请添加 links: { coefficients: { 购买方: { 投入方: 0.08~0.15 } }, local_share: { 投入方: 20%~40% } }（见 README：chainsim chain）",
  }),
  E_SHOCK_SYNTAX: (p) => ({
    message: `无法读取冲击"${p.arg}"：${p.reason}`,
    hint: "写法为 --shock 产业=-10%（最终需求的相对变化）或 产业=-600亿（绝对变化）；--supply-shock 产业=-20% 改变其初始投入（Ghosh 模型）",
  }),
  W_SENSITIVITY_INDEPENDENT: (p) => ({
    message: `${p.method} 对各输入独立抽样：文件中 ${p.inputs} 之间的相关性未被采用`,
    hint: "这些指数只刻画各输入单独的作用；如需在考虑相关性时各输入对方差的贡献，请用 --method shapley（simulate、discover 和 solve --probability 也会采用相关性；Morris 可用 --group 把相关输入视为一组）",
  }),
  W_LINK_LOCAL_SHARE: (p) => ({
    message: `links 未给出 ${p.ids} 的本地配套率（local_share）：其对系统内的销售全部按本地计（100%）`,
    hint: "请添加 local_share: { 产业: 20%~40% }，即在本地区内采购的比例",
  }),
  W_CHAIN_FINAL_DEMAND: (p) => ({
    message: `推算出的"${p.id}"${p.year} 年最终需求为负（${p.value}）：本地对它的采购超过了它的预测产出`,
    hint: "请调低其本地配套率或所在行的系数，或核对其预测产出",
  }),
  W_CHAIN_SAMPLES_DROPPED: (p) => ({
    message: `${p.samples} 个样本中有 ${p.dropped} 个抽到的系数列合计达到 1，未计入区间`,
    hint: "请给系数的分布加上界（用区间、三角分布或 PERT 分布，而不是正态分布）",
  }),
  W_GHOSH_OUTPUT: (p) => ({ message: `${p.ids} 没有正的产出：供给侧（Ghosh）模型不包含它们` }),

  // ── robustness: limits, special files, includes ──────────────────────
  E_NOT_REGULAR_FILE: (p) => ({
    message: `无法读取"${p.file}"：它是${p.kind}，不是普通文件`,
    hint: "请给出保存在磁盘上的情景文件路径",
  }),
  E_TOO_MANY_KEYS: (p) => ({
    message: `有一个映射或列表含 ${p.count} 项，最多允许 ${p.max} 项`,
    hint: "可用 includes（regions:）拆分情景，或确认这确实是情景文件",
  }),
  E_TOO_MANY_NODES: (p) => ({
    message: `文件中的键和值超过 ${p.max} 个`,
    hint: "可用 includes（regions:）拆分情景，或确认这确实是情景文件",
  }),
  E_TOO_MANY_ENTRIES: (p) => ({
    message: `情景文件及其包含的文件共超过 ${p.max} 项（行、列表项、括号内的值），不再继续读取`,
    hint: "情景文件写的是假设和目标，不是数据表：长数据请放在别处，或确认这确实是情景文件",
  }),
  E_ID_TOO_LONG: (p) => ({
    message: `有一个键长达 ${p.length} 个字符，键和 id 最多 ${p.max} 个字符`,
    hint: "请用简短的 id，把全称写在 name: { zh: …, en: … } 中",
  }),
  E_MORE_ERRORS: (p) => ({
    message: `另有 ${p.count} 个错误未显示`,
    hint: "请先改正以上错误，再重新运行",
  }),
  W_ALLOW_OUTSIDE_IGNORED: () => ({
    message: "文件中的 allow_outside_includes 已被忽略：情景文件不能自行授权访问所在文件夹以外的文件",
    hint: "如信任它引用的文件，请用 --allow-outside-includes 运行，并删去该键",
  }),
  E_REGION_OUTSIDE_INVALID: (p) => ({
    message: `"${p.file}"（在情景文件夹之外）加载失败：第 ${p.line} 行第 ${p.col} 列出现 ${p.code}；其内容不予显示`,
    hint: "请打开该文件查看问题，或直接对它运行 chainsim validate",
  }),
  W_FULLWIDTH_COMMA: (p) => ({
    message: `分布列表中有 ${p.count} 个全角逗号（，或、），已按","读取`,
    hint: "请用半角逗号书写列表：[8%, 12%, 17%]",
  }),
  W_WORKERS_CAPPED: (p) => ({
    message: `--workers ${p.asked} 超过本机的 ${p.cores} 个核心；改用 ${p.cores}`,
    hint: "线程数多于核心数只会增加内存和切换开销（结果与 --workers 无关）",
  }),
  E_RUN_TOO_LARGE: (p) => ({
    message: `${p.what}约需 ${p.evaluations} 次模型计算和 ${p.memory} 内存，超过允许的 ${p.max}`,
    hint: "请调低 --samples（N）；对多数模型，N 远未到 100,000 时 Sobol 指数就已稳定",
  }),
  W_LONG_RUN: (p) => ({
    message: `${p.what}：约 ${p.evaluations} 次模型计算，内存 ${p.memory}，耗时 ${p.time}`,
    hint: "想先粗看结果，可调低 --samples",
  }),
  E_OUTPUT_LOCKED: (p) => ({
    message: `另一个 chainsim 运行${p.pid ? `（进程 ${p.pid}）` : ""}正在写入"${p.path}"`,
    hint: `请等它结束，或用 -o 写到别处；如果并没有运行中的任务，请删除 ${p.lock}`,
  }),
  E_REGION_LOOP: (p) => ({
    message: `地区文件"${p.file}"被嵌套引用了 ${p.depth} 层（文件夹链接到了自身？）`,
    hint: "请检查情景文件夹下的符号链接",
  }),
  E_RATIO_RANGE: (p) => ({
    message: `${p.text} 超出 0%～100%："${p.id}" 的单位是 ${p.unit}，是某个量的占比`,
    hint: '请写占比本身（47%，或以 unit: share 写作 0.47）；可能超过 100% 的比值（指数、倍数）请用 unit: "1"',
  }),
  E_ACTUAL_SPREAD: (p) => ({
    message: `spread: 只适用于以下限（以上）或"左右"公布的数字，不适用于"${p.text}"`,
    hint: "公布的是区间就写 value: 20000~22500，否则去掉 spread",
  }),
  E_ACTUAL_THROUGH: (p) => ({
    message: `through: ${p.through} 与 ${p.year} 年的实绩不符`,
    hint: "请给出该数字覆盖的最后一个月，且须在同一年（2023 年 1—6 月写 2023-06），并给出大于 0 的 share_of_year，如 45%~50%",
  }),
  E_AS_OF: (p) => ({
    message: `--as-of ${p.value} 不是日期`,
    hint: "请给出年月或年月日：--as-of 2023-06 或 --as-of 2023-06-30",
  }),
  E_SOURCE_EMPTY: () => ({
    message: "此 source: 既未注明文件，也未注明公布机构或假设",
    hint: "请写 doc:（及 clause:）；公布的统计数写 publisher: 和 published:；没有公布数就写 assumed: 并说明理由",
  }),
  E_FIGURES_FILE: (p) => ({
    message: `已公布数据"${p.id}"的 ${p.field} 缺失或格式不对`,
    hint: "figures: 中注明 sector 或 indicator 的条目须有 period（年份或 YYYY-MM..YYYY-MM）和数值 value（见 seeds/README.md）",
  }),
  E_XLSX_NEEDS_OUT: (p) => ({
    message: "--format xlsx 生成的是工作簿文件而非文本：请用 -o FILE 指定写到哪里",
    hint: `例如 chainsim ${p.command} … --format xlsx -o ${p.command}.xlsx`,
  }),
  E_WORKBOOK_READ: (p) => ({
    message: `无法读取工作簿：${p.reason}`,
    hint: "请在 Excel 或 WPS 中另存为 .xlsx 工作簿（不是 .xls、.et 或 .csv）后重试",
  }),
  E_WORKBOOK_CELL: (p) => ({
    message: `工作簿单元格有误：${p.problem}`,
    hint: `修改方法：${p.fix}`,
  }),
  E_CONVERT_TARGET: (p) => ({
    message: `无法把 ${p.from} 转换为 ${p.to}`,
    hint: "可把 .yaml 或 .json 情景文件 --to xlsx，或把 .xlsx 工作簿 --to yaml",
  }),
  E_FORMULA_NEGATIVE: (p) => ({
    message: `"${p.id}" 的公式在 ${p.year} 年得出 ${p.value} ${p.unit}：金额和数量不能为负`,
    hint: "请检查公式的正负号（增速公式小于 -1 即下降超过 100%）；如果该指标确实可以为负（净额、变动量），请在该指标下写 may_be_negative: true",
  }),
  W_NEGATIVE_DRAWS: (p) => ({
    message: `"${p.id}" 在 ${p.year} 年有 ${p.share} 的样本为负（${p.samples} 个样本中 ${p.count} 个）`,
    hint: "统计结果照样计入这些样本：请收窄分布或给公式加下限（max(…, 0)）；如果该指标确实可以为负，请在该指标下写 may_be_negative: true",
  }),
  E_INIT_EXISTS: (p) => ({
    message: `"${p.file}" 已存在；chainsim init 不会覆盖它`,
    hint: "请换一个文件名，或加 --force 覆盖",
  }),
  E_OLD_WORKBOOK: (p) => ({
    message: `"${p.file}" 是 ${p.ext} 格式的表格，chainsim 无法读取`,
    hint: "请在 Excel 或 WPS 中打开，另存为 .xlsx 工作簿（文件 → 另存为 → .xlsx）后使用该文件",
  }),
};
