/**
 * What every field of the scenario format means, in Chinese and English: the
 * one place the field descriptions live. `documentedJsonSchema()` puts them
 * into the JSON Schema that editors read (hover help: `description` and
 * `markdownDescription`), and scripts/write-docs.ts builds the format
 * reference (docs/reference/) from the same schema.
 *
 * Keys are schema paths: `scenario.FIELD` for the top level, `Def.field` for a
 * field of a named part of the schema (`Sector.baseline`), `Def.field.sub` for
 * nested objects. A field not listed exactly falls back to its definition's
 * group (`Sector`/`Indicator` → `Quantity`) and then to shorter paths
 * (`Firms.named.growth` → `Firms.growth`; `Target.growth.at_least` →
 * `Target.at_least`), so shared fields are described once.
 *
 * Other helpers add fields to src/scenario/schema.ts during a session: a new
 * field needs one line here (the docs test lists the fields that lack one).
 */
import type { Bilingual } from "../i18n/lang.js";

type Docs = Record<string, Bilingual>;

const d = (zh: string, en: string): Bilingual => ({ zh, en });

const COMPARATORS: Docs = {
  at_least: d(
    "目标下限：不低于此值（原文“突破、超过、以上、过”）",
    "a floor: at least this value (突破, 超过, 以上, 过)",
  ),
  reach: d("达到此值（原文“达到”），按不低于计", "reach this value (达到), checked as a floor"),
  about: d("约为此值（原文“左右”），允许偏差见 tolerance", "about this value (左右), within `tolerance`"),
  no_fewer_than: d("不少于此值（原文“不少于”）", "no fewer than this value (不少于)"),
  below: d("低于此值（原文“低于”）", "below this value (低于)"),
  at_most: d("上限：不超过此值（原文“不超过、以下”）", "a cap: at most this value (不超过, 以下)"),
  tolerance: d("about 目标允许的相对偏差，默认 5%", "for `about`: the relative tolerance, default 5%"),
};

const SCENARIO: Docs = {
  "scenario.$schema": d(
    "JSON Schema 的路径，供编辑器补全和悬停说明；chainsim 本身不读取",
    "the path of the JSON Schema, for editor completion and hover help; chainsim ignores it",
  ),
  "scenario.id": d(
    "情景编号：小写字母、数字、- 和 _，如 shandong-it-2025；用于命名结果",
    "the scenario's id: lower-case letters, digits, - and _, e.g. shandong-it-2025; names the results",
  ),
  "scenario.title": d(
    "情景标题，通常是政策文件的名称",
    "the scenario's title, usually the policy document's name",
  ),
  "scenario.description": d("一两句话说明这个情景", "a sentence or two about the scenario"),
  "scenario.unit": d(
    "各产业数值的货币单位，如 亿元（元、万元、亿元、万亿元）",
    "the money unit of the sectors' values, e.g. 亿元 (元, 万元, 亿元, 万亿元)",
  ),
  "scenario.base_year": d(
    "基期：有公开数据的最近年份",
    "the base year: the last year with published figures",
  ),
  "scenario.horizon": d(
    "规划目标的最后年份（预测到此年）",
    "the last year the plan sets goals for (projections run to it)",
  ),
  "scenario.documents": d(
    "来源文件的简称 → 文件名，或 { file, title, number, issuer, date }；目标的 source.doc 引用这些简称，报告引用文号",
    "short names of the source documents → a file name, or { file, title, number, issuer, date }; goals cite them in source.doc and reports cite the number",
  ),
  "scenario.out_of_scope": d(
    "原文中本情景不建模的目标：每项写明目标编号和理由",
    "goals of the source documents this scenario does not model, each with its id and the reason",
  ),
  "scenario.sectors": d(
    "产业（有营收或产值的量）：编号 → 基期值、增速、子产业、实绩",
    "sectors (quantities with revenue or output): id → baseline, growth, children, actuals",
  ),
  "scenario.indicators": d(
    "非营收指标：企业数、专利数、指数、占比等，编号 → 定义",
    "non-revenue indicators: firm counts, patents, indexes, shares; id → definition",
  ),
  "scenario.targets": d(
    "政策目标列表：每项目标指向一个产业或指标，写明比较方式和出处",
    "the goals: each names a sector or indicator, a comparator and its source",
  ),
  "scenario.overlaps": d(
    "产业之间的重复统计，以及不在上级统计口径内的份额",
    "double counting between sectors, and shares outside a parent's statistical scope",
  ),
  "scenario.regions": d(
    "汇总进本情景的下级地区情景（如省内各市）",
    "other scenarios rolled up into this one (cities inside a province)",
  ),
  "scenario.regions_exhaustive": d(
    "各地区合起来是否覆盖本情景的全部",
    "whether the regions together make up the whole of this scenario",
  ),
  "scenario.allow_outside_includes": d(
    "允许引用本文件目录之外的地区文件（文件自身的设置会被忽略，需用命令行 --allow-outside-includes）",
    "allow region files outside this file's folder (ignored in the file: use --allow-outside-includes)",
  ),
  "scenario.correlations": d(
    "不确定输入之间的相关性（高斯 copula）：[{ between: [a, b], rho }] 或 { inputs, matrix }",
    "correlations between uncertain inputs (Gaussian copula): [{ between: [a, b], rho }] or { inputs, matrix }",
  ),
  "scenario.links": d(
    "产业间投入产出关系，用于产业链分析（chainsim chain）",
    "input-output links between sectors, for industry-chain analysis (chainsim chain)",
  ),
  "scenario.firms": d(
    "政策工具补贴的企业群体（chainsim costs）",
    "the firm population that policy instruments pay (chainsim costs)",
  ),
  "scenario.instruments": d(
    "补贴和奖励规则，由 chainsim costs 测算财政成本",
    "subsidy and award rules, costed by chainsim costs",
  ),
  "scenario.variants": d(
    "命名的假设情形：名称 → 一组覆盖值，用 --variant 名称 调用",
    "named what-ifs: name → a set of overrides, applied with --variant NAME",
  ),
};

const QUANTITY: Docs = {
  "Quantity.name": d(
    "名称：文字，或 { zh: 中文名, en: English name }",
    "the name: text, or { zh: …, en: … }",
  ),
  "Quantity.unit": d(
    "数值单位，如 亿元、家、%（默认为情景的 unit）",
    "the unit of its values, e.g. 亿元, 家, % (default: the scenario's unit)",
  ),
  "Quantity.baseline": d(
    "起点：基期值（可写区间或分布）、{ year, value, source }，或 implied（由目标倒推）",
    "where it starts: a base-year value (a range or distribution), { year, value, source }, or implied (back-calculated from a goal)",
  ),
  "Quantity.growth": d(
    "年增速：10%、区间 8%~12%、分布、{ schedule }、{ formula } 或 { rate, draw }",
    "annual growth: 10%, a range 8%~12%, a distribution, { schedule }, { formula } or { rate, draw }",
  ),
  "Quantity.value": d(
    "用公式或其他量之和给出水平值，代替基期值和增速",
    "a level given by a formula, or as the sum of other quantities, instead of baseline and growth",
  ),
  "Quantity.value.sum": d("每年相加的各个量的编号", "the quantities added up each year"),
  "Quantity.actuals": d(
    "已公布的实绩：年份 → 数值，如 { 2023: 13001 }；用于进度跟踪",
    "published outcomes: year → value, e.g. { 2023: 13001 }; used to track progress",
  ),
  "Quantity.actuals.value": d(
    "公布的数值，照文件原样：20000以上、20000~22500、9730",
    "the figure as published: 20000以上, 20000~22500, 9730",
  ),
  "Quantity.actuals.spread": d(
    "「以上」下限之上的相对区间，如 0%~12.5%；「左右」则为两侧的相对区间",
    "for a floor (以上) the relative range above it, e.g. 0%~12.5%; for 左右 the relative range either side",
  ),
  "Quantity.actuals.through": d(
    "非全年数据：截至的月份，如 2023-06",
    "a partial-year figure: the last month it covers, e.g. 2023-06",
  ),
  "Quantity.actuals.share_of_year": d(
    "与 through 同用：这几个月占全年的比重，如 45%~50%（与其他输入一样抽样）",
    "with through: the share of the full year those months hold, e.g. 45%~50% (drawn like any input)",
  ),
  "Quantity.actuals.publisher": d("发布机构", "who published it"),
  "Quantity.actuals.published": d(
    "发布日期（YYYY-MM 或 YYYY-MM-DD）；--as-of 早于此日期时不用此数",
    "when it was published (YYYY-MM or YYYY-MM-DD); --as-of before then ignores it",
  ),
  "Quantity.actuals.scope_break": d(
    "统计口径自本年起调整：此后的水平与增速目标按新口径衡量",
    "the series is redefined from this year: levels and growth goals are measured in the new scope",
  ),
  "Quantity.note": d("备注：数据口径、假设依据等", "a note: scope of the figures, reasons for assumptions"),
  "Quantity.source": d("数据出处", "where the figures come from"),
  "Quantity.may_be_negative": d(
    "该值可以为负（净额、变动量）：公式得出负值时不报错，蒙特卡洛中的负值也不警告",
    "values may fall below zero (a net balance, a change): formulas giving negative values are not refused, negative Monte Carlo draws not warned about",
  ),
  "Sector.children": d(
    "子产业：其目标应当合计不超过本产业目标的产业编号",
    "sub-sectors whose goals should add up to this one's",
  ),
  "Sector.exhaustive": d(
    "子产业合起来是否就是本产业的全部（false：另有其他部分）",
    "whether the children together are the whole sector (false: other activity exists)",
  ),
  "Indicator.flow": d(
    "数值是每年新增量（如每年新增企业数、专利数），而非存量",
    "values are yearly additions (new firms, patents per year), not a stock",
  ),
  "Name.zh": d("中文名称", "the Chinese name"),
  "Name.en": d("英文名称", "the English name"),
  "Baseline.year": d("该数值所属年份（默认为 base_year）", "the year of the value (default: base_year)"),
  "Baseline.value": d(
    "数值：一个数、区间 11000~11300 或分布",
    "the value: a number, a range 11000~11300 or a distribution",
  ),
  "Baseline.source": d("该数值的出处", "where the value comes from"),
  "Baseline.note": d("备注：估算方法或口径", "a note: how it was estimated, its scope"),
  "Baseline.implied": d(
    "由水平目标和增速倒推基期值",
    "back-calculate the baseline from a level goal and a growth rate",
  ),
  "Baseline.implied.target": d("用于倒推的水平目标编号", "the level goal to back-calculate from"),
  "Baseline.implied.growth": d("倒推所用的年增速", "the growth rate to discount with"),
  "Growth.schedule": d(
    "分年份的增速：年份 → 增速；未列出的年份沿用上一年",
    "growth by year: year → rate; years not listed keep the last rate",
  ),
  "Growth.rate": d("增速：一个数、区间或分布", "the growth rate: a number, a range or a distribution"),
  "Growth.draw": d(
    "抽样方式：once（每次模拟抽一次）或 yearly（每年各抽一次）",
    "how it is drawn: once per run, or yearly",
  ),
  "Growth.autocorrelation": d(
    "按年抽样时相邻年份之间的相关系数",
    "with yearly draws: the correlation of successive years",
  ),
  "Growth.note": d("备注：增速假设的依据", "a note: the reasons for the growth assumption"),
  "Growth.source": d(
    "增速假设的出处：原文条款、公开统计（publisher、published），或 assumed 写明理由",
    "where the growth assumption comes from: a document clause, a published statistic (publisher, published), or assumed with the reason",
  ),
  "Formula.formula": d(
    "受限的表达式，可引用其他量，如 gdp * 0.5",
    "a restricted expression over other quantities, e.g. gdp * 0.5",
  ),
  "Source.doc": d(
    "来源文件（documents 中的简称或文件名）",
    "the source document (a short name from documents, or a file name)",
  ),
  "Source.clause": d("原文条款编号，如 二(二)", "the clause as the document numbers it, e.g. 二(二)"),
  "Source.figure": d("原文所写的数字，如 2.2万亿元", "the figure as printed, e.g. 2.2万亿元"),
  "Source.note": d("备注：页码、发布日期等", "a note: page, publication date"),
  "Source.publisher": d(
    "公布该统计数字的机构或媒体，如 山东省统计局、大众日报",
    "a published statistic: who published it, e.g. 山东省统计局, Dazhong Daily",
  ),
  "Source.published": d(
    "公布日期（YYYY、YYYY-MM 或 YYYY-MM-DD）",
    "when it was published (YYYY, YYYY-MM or YYYY-MM-DD)",
  ),
  "Source.assumed": d(
    "没有公布数字时注明“假设”及理由，如 无公开的 2022 年省级数据：文字，或 { zh: 中文, en: English }",
    "no published figure: the value is assumed, and why (e.g. no provincial 2022 figure published): text, or { zh: …, en: … }",
  ),
  "Source.assumed.zh": d("假设理由（中文）", "the reason in Chinese"),
  "Source.assumed.en": d("假设理由（英文）", "the reason in English"),
  "DocumentRef.file": d("文件名，如 000_4bf4d86db3557302.txt", "the file, e.g. 000_4bf4d86db3557302.txt"),
  "DocumentRef.title": d("文件标题", "the document's title"),
  "DocumentRef.number": d(
    "发文字号，如 鲁政发〔2023〕11号",
    "the document number (文号), e.g. 鲁政发〔2023〕11号",
  ),
  "DocumentRef.issuer": d("发文机关，如 山东省人民政府", "the issuer, e.g. 山东省人民政府"),
  "DocumentRef.date": d("成文或发布日期（YYYY-MM-DD）", "the date of issue (YYYY-MM-DD)"),
  "Target.goal": d(
    "该目标在 seeds/goals.yaml 中的编号（与本目标编号不同时填写）",
    "the goal's id in seeds/goals.yaml, when it differs from the target's id",
  ),
  "OutOfScope.goal": d("seeds/goals.yaml 中的目标编号", "the goal's id in seeds/goals.yaml"),
  "OutOfScope.reason": d(
    "不纳入本情景的理由：文字，或 { zh: 中文, en: English }",
    "why this scenario does not model it: text, or { zh: …, en: … }",
  ),
  "OutOfScope.reason.zh": d("理由（中文）", "the reason in Chinese"),
  "OutOfScope.reason.en": d("理由（英文）", "the reason in English"),
  "OutOfScope.source": d("该目标在原文中的出处", "where the goal is printed"),
};

const DISTRIBUTIONS: Docs = {
  "Distribution.normal": d("正态分布：[均值, 标准差]", "normal: [mean, sd]"),
  "Distribution.mean": d("均值", "the mean"),
  "Distribution.sd": d("标准差", "the standard deviation"),
  "Distribution.truncnormal": d(
    "截尾正态分布：[均值, 标准差, 下限, 上限]",
    "normal truncated to [min, max]: [mean, sd, min, max]",
  ),
  "Distribution.min": d("下限", "the lower bound"),
  "Distribution.max": d("上限", "the upper bound"),
  "Distribution.lognormal": d(
    "对数正态分布：[中位数, 对数标准差]；用于增速时 1+g 服从对数正态",
    "lognormal: [median, sigma of the log]; for growth rates the factor 1+g is lognormal",
  ),
  "Distribution.median": d("中位数", "the median"),
  "Distribution.sigma": d("对数的标准差", "the standard deviation of the log"),
  "Distribution.uniform": d("均匀分布：[下限, 上限]", "uniform: [min, max]"),
  "Distribution.triangular": d("三角分布：[最低, 最可能, 最高]", "triangular: [min, mode, max]"),
  "Distribution.pert": d("PERT（贝塔）分布：[最低, 最可能, 最高]", "PERT (beta): [min, mode, max]"),
  "Distribution.choice": d("按权重在若干取值中选一个", "a discrete choice among values, with weights"),
  "Distribution.choice.values": d("可选的取值", "the values to choose from"),
  "Distribution.choice.weights": d("各取值的权重（默认相等）", "the weight of each value (default: equal)"),
  "Distribution.choice.value": d("一个取值", "one value"),
  "Distribution.choice.weight": d("该取值的权重", "its weight"),
  "Distribution.empirical": d(
    "经验分布：从观测值列表中重抽样",
    "empirical: resample from a list of observed values",
  ),
};

const TARGETS: Docs = {
  "Target.id": d(
    "目标编号（省略时由对象和年份生成，如 software-2025）",
    "the goal's id (default: from its subject and years, e.g. software-2025)",
  ),
  "Target.sector": d("目标所指的产业编号", "the sector the goal is about"),
  "Target.indicator": d("目标所指的指标编号", "the indicator the goal is about"),
  "Target.year": d("水平目标的年份", "the year of a level goal"),
  ...Object.fromEntries(Object.entries(COMPARATORS).map(([k, v]) => [`Target.${k}`, v])),
  "Target.growth": d(
    "年均增速目标：{ from, to, at_least: 10% }",
    "an average annual growth goal: { from, to, at_least: 10% }",
  ),
  "Target.from": d("期间起始年份", "the first year of the period"),
  "Target.to": d("期间结束年份", "the last year of the period"),
  "Target.share": d(
    "占另一量比重的目标：{ of, year, at_least: 50% }",
    "a share of another quantity: { of, year, at_least: 50% }",
  ),
  "Target.share.of": d("分母：另一个产业或指标的编号", "the denominator: another sector or indicator"),
  "Target.per_year": d(
    "期间内每年都须满足的年度流量目标",
    "a yearly flow that must hold in every year of the period",
  ),
  "Target.cumulative": d("期间内各年数值之和的目标", "the sum of the yearly values over the period"),
  "Target.group": d(
    "组名：同组目标一起计算同时达成的概率",
    "a group name: goals of a group get a joint probability",
  ),
  "Target.source": d(
    "目标出处：文件、条款和原文数字",
    "where the goal comes from: document, clause, figure as printed",
  ),
  "Target.note": d("备注：对原文的理解", "a note: how the text was read"),
};

const STRUCTURE: Docs = {
  "Overlap.part": d("部分数值被重复统计的产业", "the sector whose value is partly counted elsewhere"),
  "Overlap.within": d("同时统计了这部分的产业", "the sector that also counts that share"),
  "Overlap.outside": d(
    "统计口径不包含这部分的上级产业",
    "a parent whose statistical scope excludes that share",
  ),
  "Overlap.share": d(
    "part 中被重复统计的份额：60%、区间 60%~90% 或分布",
    "the share of `part`: 60%, a range 60%~90% or a distribution",
  ),
  "Overlap.note": d("备注：依据", "a note: the evidence"),
  "Overlap.source": d("出处", "where the share comes from"),
  "Region.id": d("地区简称，如 liaocheng", "a short id for the region, e.g. liaocheng"),
  "Region.file": d("该地区的情景文件（相对于本文件）", "the region's scenario file, relative to this one"),
  "Region.map": d(
    "该地区的产业或指标编号 → 本情景的编号（默认相同）",
    "the region's sector or indicator → this scenario's (default: the same ids)",
  ),
  "Region.note": d("备注", "a note"),
  "CorrelationPair.between": d(
    "两个不确定输入，如 [software.growth, cloud.growth]",
    "two uncertain inputs, e.g. [software.growth, cloud.growth]",
  ),
  "CorrelationPair.rho": d("相关系数，-1 到 1", "the correlation, from -1 to 1"),
  "CorrelationPair.note": d("备注：依据", "a note: the evidence"),
  "CorrelationMatrix.inputs": d(
    "不确定输入列表，如 software.growth、software.baseline、software.growth.2024",
    "the uncertain inputs: software.growth, software.baseline, software.growth.2024 (a year of a schedule)",
  ),
  "CorrelationMatrix.matrix": d(
    "对称相关矩阵：对角线为 1，其余在 -1 到 1 之间",
    "a symmetric matrix over the inputs: 1 on the diagonal, entries from -1 to 1",
  ),
  "CorrelationMatrix.note": d("备注：依据", "a note: the evidence"),
  "Links.sectors": d(
    "体系内的产业，按矩阵行列顺序（矩阵写成列表时使用）",
    "the sectors of the system, in the order of rows and columns of matrices written as lists",
  ),
  "Links.coefficients": d(
    "直接消耗系数 a_ij：j 产业每单位产出购买的 i 产业投入；{ terminals: { ic: 0.08~0.15 } } 或行列表",
    "technical coefficients a_ij: input from sector i per unit of output of sector j; { terminals: { ic: 0.08~0.15 } } or rows of lists",
  ),
  "Links.transactions": d(
    "中间流量 z_ij：i 产业卖给 j 产业的金额（需 output）",
    "intermediate sales z_ij from sector i to sector j, in the scenario's unit (needs output)",
  ),
  "Links.output": d("流量表中各产业的总产出", "total output of each sector of the transactions table"),
  "Links.local_share": d(
    "各投入产业的本地采购比例（默认 100%）",
    "the share of each input bought locally (default 100%)",
  ),
  "Links.final_demand": d(
    "各产业的最终需求（默认由预测产出按 (I − A)x 推算）",
    "final demand by sector (default: derived from the projected output x as (I − A)x)",
  ),
  "Links.value_added": d(
    "增加值各行（工资、盈余等）：占产出的比重，或与流量表配套的金额",
    "value-added rows by name (wages, surplus …): shares of output, or amounts with transactions",
  ),
  "Links.note": d("备注：系数依据", "a note: where the coefficients come from"),
  "Links.source": d("出处", "where the table comes from"),
  "Variant.description": d("这一情形的说明", "what this what-if assumes"),
  "Variant.set": d(
    "覆盖值：路径 → 值，与 --set 相同，如 software.growth: 9%",
    "overrides: path → value, as with --set, e.g. software.growth: 9%",
  ),
};

const FIRMS: Docs = {
  "Firms.unit": d(
    "企业金额和奖补的货币单位（默认 万元）",
    "the money unit of firm amounts and awards (default 万元)",
  ),
  "Firms.above_scale_threshold": d(
    "规上企业的年主营业务收入门槛，如 2000万",
    "规上: the annual main-business revenue threshold, e.g. 2000万",
  ),
  "Firms.city_average_growth": d(
    "全市平均增速，每年抽样",
    "the city's average growth (全市平均水平), drawn each year",
  ),
  "Firms.aggregates": d(
    "企业群体所代表的情景量：其目标据此检验",
    "scenario quantities the population stands for: their goals are checked on it",
  ),
  "Firms.aggregates.count": d("统计规上企业数的指标", "the indicator counting above-scale firms"),
  "Firms.aggregates.revenue": d("汇总规上企业营收的产业", "the sector summing above-scale firms' revenue"),
  "Firms.sectors": d(
    "企业所属行业及其群体默认参数",
    "the sectors of firms, with the defaults of their populations",
  ),
  "Firms.named": d("文件点名的企业", "firms the document names"),
  "Firms.generated": d(
    "按行业随机生成的未点名企业（每次模拟重新生成）",
    "unnamed firms of one sector, generated per sample",
  ),
  "Firms.entry": d("每年新进入的企业（招引项目）", "new firms entering each year (projects attracted)"),
  "Firms.events": d("某年可能发生的认定或上市等事件", "certifications or listings that may happen in a year"),
  "Firms.organisations": d(
    "非企业的受助对象：园区、协会、院校",
    "recipients that are not firms: parks, associations, colleges",
  ),
  "Firms.note": d("备注", "a note"),
  "Firms.id": d("编号：小写字母、数字和下划线", "an id: lower-case letters, digits, underscores"),
  "Firms.name": d("名称：文字，或 { zh, en }", "the name: text, or { zh, en }"),
  "Firms.sector": d("所属行业（firms.sectors 中的编号）", "a sector under firms.sectors"),
  "Firms.in_scope": d(
    "是否计入企业数和营收目标（默认 true）",
    "whether its firms count in the firm-count and revenue goals (default true)",
  ),
  "Firms.growth": d(
    "群体共同的年营收增速，每年抽样",
    "the population's common yearly revenue growth, drawn each year",
  ),
  "Firms.spread": d(
    "企业之间年增速的标准差，如 15%",
    "the firm-to-firm standard deviation of yearly growth, e.g. 15%",
  ),
  "Firms.investment": d(
    "每年的投资项目；新进入企业在首年必定投资",
    "yearly investment projects; entrants always invest in their first year",
  ),
  "Firms.investment.probability": d(
    "企业某年启动项目的概率（默认 0）",
    "the chance a firm starts a project in a year (default 0)",
  ),
  "Firms.investment.amount": d(
    "项目规模（各项目之间的分布）",
    "the project size (a distribution across projects)",
  ),
  "Firms.investment.land_share": d(
    "项目中土地所占比重（默认 0）",
    "the share of a project that is land (default 0)",
  ),
  "Firms.rent": d("租用园区厂房的年租金", "the yearly rent of a firm leasing park premises"),
  "Firms.in_park": d(
    "是否在产业园区内（或其概率）",
    "whether (or the chance that) a firm is in an industrial park",
  ),
  "Firms.rd_share": d("研发投入占营收的比重", "R&D spending as a share of revenue"),
  "Firms.revenue": d(
    "营收：基期值，或首年营收（各企业之间的分布）",
    "revenue: in the base year, or in the first year (a distribution across firms)",
  ),
  "Firms.tags": d("供规则检验的标签，如 chips", "labels rules can test, e.g. chips"),
  "Firms.entered": d("进入本市或园区的年份", "the year it entered the city or its park"),
  "Firms.supporting": d(
    "配套项目（有独立法人）；对新进入企业为其所占比重",
    "a supporting project (配套项目) with its own legal entity; for entrants, their share",
  ),
  "Firms.source": d("出处", "where the figures come from"),
  "Firms.count": d("数量（每次模拟抽样并取整）", "how many (drawn per sample, rounded)"),
  "Firms.per_year": d(
    "每年新进入企业数（按样本和年份抽样并取整）",
    "new firms per year (drawn per sample and year, rounded)",
  ),
  "Firms.from": d(
    "首个进入年份（默认基期后一年）",
    "the first year of entries (default: the year after base_year)",
  ),
  "Firms.to": d("最后进入年份（默认 horizon）", "the last year of entries (default: horizon)"),
  "Firms.events.recipients": d("受助对象类型（默认为企业）", "an organisation type (default: firms)"),
  "Firms.events.eligible": d("哪些对象可能发生该事件", "which recipients the event may happen to"),
  "Firms.events.probability": d(
    "每个符合条件的对象每年发生的概率",
    "the chance per eligible recipient and year",
  ),
  "Firms.events.once": d(
    "每个对象至多一次（首次；默认 true）",
    "at most once per recipient (首次; default true)",
  ),
  "Firms.events.cost": d(
    "认定事项的成本，用于按比例奖励",
    "the cost of what is certified, for awards that are a share of it",
  ),
  "Firms.organisations.count": d("数量", "how many"),
  "Firms.organisations.active": d(
    "某年处于活跃状态的概率（默认 100%）",
    "the chance one is active in a year (default 100%)",
  ),
  "Eligibility.at_least": d("不低于此值", "at least this value"),
  "Eligibility.above": d("高于此值（可写 city_average）", "above this value (or city_average)"),
  "Eligibility.at_most": d("不超过此值", "at most this value"),
  "Eligibility.below": d("低于此值", "below this value"),
  "Eligibility.first_above": d("首次超过此值的那一年", "the year it first rises above this value"),
};

const INSTRUMENTS: Docs = {
  "Instrument.type": d(
    "工具类型：rate_with_cap、milestone_ladder、tapering、event_award 或 grant",
    "the kind of rule: rate_with_cap, milestone_ladder, tapering, event_award or grant",
  ),
  "Instrument.id": d("工具编号，如 lc-investment-subsidy", "the instrument's id, e.g. lc-investment-subsidy"),
  "Instrument.name": d("名称：文字，或 { zh, en }", "the name: text, or { zh, en }"),
  "Instrument.eligible": d(
    "受助条件：企业属性 → 检验，须全部满足（sector、tag、in_park、revenue、investment …）",
    "who qualifies: firm attribute → test, all must hold (sector, tag, in_park, revenue, investment …)",
  ),
  "Instrument.cap": d("单个受助对象的上限", "caps on what one recipient gets"),
  "Instrument.cap.per_firm": d(
    "单笔上限：一个项目、事件或档位（给予最高…）",
    "one award: one project, event or threshold (给予最高…)",
  ),
  "Instrument.cap.per_year": d("单个对象每年上限（每年最高…）", "one recipient in one year (每年最高…)"),
  "Instrument.cap.cumulative": d(
    "单个对象累计上限（累计不超过…）",
    "one recipient over all years (累计不超过…)",
  ),
  "Instrument.years": d(
    "兑现年份（默认基期后一年至 horizon）",
    "the years it pays (default: the year after base_year to horizon)",
  ),
  "Instrument.years.from": d("首个兑现年份", "the first year it pays"),
  "Instrument.years.to": d("最后兑现年份", "the last year it pays"),
  "Instrument.take_up": d(
    "符合条件的对象申请的概率（默认 100%）",
    "the chance an eligible recipient applies (default 100%)",
  ),
  "Instrument.payout": d(
    "实际兑现占测算上限的比重（默认 100%）",
    "the share of the computed maximum actually paid (default 100%)",
  ),
  "Instrument.source": d("政策出处：文件和条款", "where the rule comes from: document and clause"),
  "Instrument.note": d("备注", "a note"),
  "Instrument.recipients": d("受助对象类型（默认为企业）", "an organisation type (default: firms)"),
  "Instrument.rate": d("比例，如 10% 或 5‰", "the rate, e.g. 10% or 5‰"),
  "Instrument.base": d(
    "计算基数的属性：investment、rent、revenue、rd、event_cost",
    "the attribute the rate applies to: investment, rent, revenue, rd, event_cost",
  ),
  "Instrument.exclude": d("从基数中扣除的属性，如 [land]", "attributes left out of the base, e.g. [land]"),
  "Instrument.event": d(
    "在该事件发生的年份兑现（基数可为 event_cost）",
    "pays in the year of this event (base may be event_cost)",
  ),
  "Instrument.thresholds": d(
    "递增的营收档位及各档奖励",
    "increasing revenue thresholds, each with its award",
  ),
  "Instrument.thresholds.revenue": d("营收档位", "the revenue threshold"),
  "Instrument.thresholds.award": d("首次跨过该档的奖励", "the award for first crossing it"),
  "Instrument.thresholds.figure": d("原文所写的数字", "the figure as printed"),
  "Instrument.same_year": d(
    "同一年首次跨过两档时：各档都奖（all，默认）或只奖最高档（highest）",
    "two thresholds first crossed in one year: pay each (all, default) or only the highest",
  ),
  "Instrument.revenue_year": d(
    "previous（默认）：按上年度营收奖励；current：按当年",
    "previous (default): awards are for the previous year's revenue (上年度营收); current: the same year's",
  ),
  "Instrument.rates": d(
    "进入当年、次年……的比例：[70%, 50%, 30%]",
    "the rates in the entry year, the year after, …: [70%, 50%, 30%]",
  ),
  "Instrument.awards": d("每类事件的奖励", "an award per event"),
  "Instrument.awards.event": d("事件名称（firms.events 中的编号）", "the event (an id under firms.events)"),
  "Instrument.awards.award": d("奖励金额", "the award"),
  "Instrument.amount": d("每个活跃受助对象每年的金额", "the yearly amount per active recipient"),
};

/** Every field description, by schema path. */
export const FIELD_DOCS: Readonly<Docs> = {
  ...SCENARIO,
  ...QUANTITY,
  ...DISTRIBUTIONS,
  ...TARGETS,
  ...STRUCTURE,
  ...FIRMS,
  ...INSTRUMENTS,
};

/** Definitions whose fields are described under a shared group name. */
const GROUPS: Readonly<Record<string, string>> = { Sector: "Quantity", Indicator: "Quantity" };

/**
 * The description of the field at `path` (`["Sector", "baseline"]`,
 * `["scenario", "unit"]`), or undefined: the exact path first, then the
 * definition's group, then shorter paths that keep the definition and the
 * last segments.
 *
 * @example
 * fieldDoc(["Sector", "baseline"])?.en // from "Quantity.baseline"
 * fieldDoc(["Target", "growth", "at_least"])?.zh // from "Target.at_least"
 */
export function fieldDoc(path: readonly string[]): Bilingual | undefined {
  const [def = "", ...rest] = path;
  for (const head of [def, GROUPS[def]]) {
    if (!head) continue;
    for (let drop = 0; drop < rest.length; drop++) {
      const key = [head, ...rest.slice(drop)].join(".");
      const found = FIELD_DOCS[key];
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The JSON Schema description of a field: both languages, Chinese first.
 *
 * @example
 * schemaDescription({ zh: "基期", en: "the base year" }) // "基期\nthe base year"
 */
export function schemaDescription(doc: Bilingual): { description: string; markdownDescription: string } {
  return { description: `${doc.zh}\n${doc.en}`, markdownDescription: `${doc.zh}\n\n${doc.en}` };
}
