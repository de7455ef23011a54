/**
 * The `--help` text of every command, argument and option, in both
 * languages. The CLI applies it after registering the commands
 * (src/cli/help.ts), so a command file keeps only its English text as a
 * fallback; a command's own entry comes before the common one.
 * test/cli/help.test.ts fails when a command, argument or option has no entry.
 */
import type { Bilingual } from "../lang.js";
import { INIT_TEXT } from "./init.js";

export interface CommandHelp {
  description: Bilingual;
  args?: Record<string, Bilingual>;
  options?: Record<string, Bilingual>;
}

/** The program itself, commander's own options and the help layout. */
export const PROGRAM_HELP = {
  description: {
    zh: "检验产业政策目标：各项目标能否相互印证、实现的可能性有多大、哪些假设最关键。",
    en: "Test industrial-policy targets: do the goals add up, how likely are they, which assumptions matter.",
  },
  debug: { zh: "内部错误时显示调用栈", en: "show stack traces for internal errors" },
  version: { zh: "显示版本号", en: "output the version number" },
  csvBom: {
    zh: "写出的 CSV 不带 UTF-8 字节顺序标记（默认带上，以便 Excel 正确显示中文）",
    en: "write CSV without the UTF-8 byte-order mark (default: with it, so Excel reads Chinese)",
  },
  help: { zh: "显示帮助", en: "display help for command" },
  helpCommand: { zh: "显示某个命令的帮助", en: "display help for command" },
  afterError: { zh: "（运行 chainsim --help 查看用法）", en: "(run chainsim --help for usage)" },
} as const satisfies Record<string, Bilingual>;

/** Options and arguments many commands share, with the same meaning everywhere. */
export const COMMON_HELP: { args: Record<string, Bilingual>; options: Record<string, Bilingual> } = {
  args: {
    file: { zh: "情景文件（.yaml 或 .json）", en: "scenario file (.yaml or .json)" },
  },
  options: {
    "--variant": { zh: "采用文件中定义的某个方案", en: "apply a variant defined in the file" },
    "--set": {
      zh: "改写某项假设，例如 software.growth=12%（可重复）",
      en: "override an assumption, e.g. software.growth=12% (repeatable)",
    },
    "--allow-outside-includes": {
      zh: "允许 regions: 引用情景文件夹以外的文件（只能由命令行授权）",
      en: "let regions: include files outside the scenario's folder (only the command line can grant this)",
    },
    "--format": { zh: "输出格式", en: "output format" },
    "--lang": { zh: "输出、提示信息和帮助所用的语言", en: "language of the output, messages and help" },
    "--seed": { zh: "随机数种子", en: "random seed" },
    "--as-of": {
      zh: "按某一日期（YYYY-MM 或 YYYY-MM-DD）读取情景：此后才公布的实绩一律不用",
      en: "read the scenario as of a date (YYYY-MM or YYYY-MM-DD): actuals published after it are ignored",
    },
    "--out": {
      zh: "--format xlsx 写入的工作簿文件",
      en: "the file --format xlsx writes (a workbook)",
    },
    "--progress": {
      zh: "在标准错误输出上显示运行的预估与进度（默认只在终端上显示）",
      en: "show the run's estimate and progress on stderr (default: only on a terminal)",
    },
  },
};

/** Each command's description, and its arguments and options that differ from the common ones. */
export const COMMAND_HELP: Record<string, CommandHelp> = {
  validate: {
    description: {
      zh: "检查情景文件，逐条报告问题及其所在行列",
      en: "check a scenario file and report every problem with its line and column",
    },
  },
  run: {
    description: {
      zh: "逐年预测每个产业和指标，并逐项核对目标",
      en: "project every sector and indicator year by year and check each goal",
    },
    options: {
      "--to": {
        zh: "预测的最后一年（默认：情景的规划期末）",
        en: "last year to project (default: the scenario's horizon)",
      },
    },
  },
  simulate: {
    description: {
      zh: "蒙特卡洛模拟：每项目标实现的可能性，以及各数量逐年的分布",
      en: "Monte Carlo: how likely each goal is, and the spread of every quantity by year",
    },
    options: {
      "--samples": {
        zh: "样本数，1 到 100,000,000（内存占用不随之增长）",
        en: "number of samples, 1 to 100,000,000 (memory does not grow with it)",
      },
      "--seed": {
        zh: "随机数种子：种子相同，结果相同",
        en: "random seed: the same seed gives the same results",
      },
      "--workers": {
        zh: "线程数：本线程加 W − 1 个工作线程（结果与之无关）",
        en: "threads: this one and W − 1 worker threads (the results do not depend on it)",
      },
      "--lhs": {
        zh: "用拉丁超立方抽样代替简单蒙特卡洛抽样",
        en: "Latin hypercube sampling instead of plain Monte Carlo",
      },
      "--qmc": {
        zh: "拟蒙特卡洛：用加扰的 Sobol' 序列代替随机抽样（相同样本数下误差更小）",
        en: "quasi-Monte Carlo: a scrambled Sobol' sequence instead of random draws (smaller error at the same samples)",
      },
      "--precision": {
        zh: "自动确定样本数：先试运行，再使每项目标概率的标准误不超过 SE（如 0.005）",
        en: "choose the number of samples: every goal probability's standard error at most SE (e.g. 0.005), after a pilot run",
      },
      "--shard": {
        zh: "只模拟 N 片中的第 K 片（满足 b mod N = K − 1 的数据块 b）；需配合 --state-out",
        en: "simulate shard K of N only (blocks b with b mod N = K − 1); needs --state-out",
      },
      "--state-out": {
        zh: "写出可合并的状态（供 chainsim merge 使用），而不是统计结果",
        en: "write the mergeable state (for chainsim merge) instead of the statistics",
      },
    },
  },
  merge: {
    description: {
      zh: "把分片运行（simulate 或 costs --shard K/N --state-out FILE）的状态合并为一次完整运行的结果",
      en: "combine the states of sharded runs (simulate or costs --shard K/N --state-out FILE) into the output of one run",
    },
    args: {
      files: { zh: "状态文件，每个分片一个，顺序不限", en: "state files, one per shard, in any order" },
    },
    options: {
      "--scenario": {
        zh: "情景文件（如果它已不在状态文件记录的路径上）",
        en: "the scenario file, if it is no longer at the path recorded in the states",
      },
    },
  },
  compare: {
    description: {
      zh: "并列对比各方案（及另一个情景文件）：预测值和目标实现概率，以及与第一列的差异",
      en: "variants (and a second scenario file) side by side: projections and goal probabilities, with differences from the first",
    },
    args: {
      file2: { zh: "用于对比的第二个情景文件", en: "a second scenario file to compare with" },
    },
    options: {
      "--variants": {
        zh: '方案名，用逗号分隔；"base" 指不加方案的情景（默认：base 及 FILE 中的所有方案）',
        en: 'comma-separated variants; "base" is the scenario without a variant (default: base and every variant of FILE)',
      },
      "--set": {
        zh: "在每一列中改写某项假设（可重复）",
        en: "override an assumption in every column (repeatable)",
      },
      "--samples": {
        zh: "每列的样本数，使用公共随机数；0 表示只用中间假设",
        en: "samples per column, with common random numbers; 0 for central assumptions only",
      },
      "--lhs": { zh: "拉丁超立方抽样", en: "Latin hypercube sampling" },
    },
  },
  sweep: {
    description: {
      zh: "在一两项假设的取值网格上计算目标实现概率（--set 路径=起点:终点:步长）",
      en: "goal probabilities over a grid of one or two assumptions (--set PATH=FROM:TO:STEP)",
    },
    options: {
      "--set": {
        zh: "扫描某项假设，例如 software.growth=5%:20%:1%（一到两项）；路径=值 表示固定取值",
        en: "sweep an assumption, e.g. software.growth=5%:20%:1% (once or twice); PATH=VALUE fixes one",
      },
      "--samples": {
        zh: "每个网格点的样本数（公共随机数）；0 表示只算中间预测",
        en: "samples per point (common random numbers); 0 for central projections",
      },
      "--lhs": { zh: "拉丁超立方抽样", en: "Latin hypercube sampling" },
      "--goals": {
        zh: "要显示的目标 id，用逗号分隔（默认：全部）",
        en: "comma-separated goal ids to show (default: all)",
      },
    },
  },
  check: {
    description: {
      zh: "各项目标能否相互印证？一致性判断、反推基期值、约束性目标、所需增速、进度跟踪、分地区汇总",
      en: "do the goals add up? verdicts, implied baselines, binding goals, required growth, tracking, regions",
    },
    options: {
      "--strict": {
        zh: "任一判断不是“一致”或任一目标未达成时，以退出码 1 结束",
        en: "exit 1 when any verdict is not CONSISTENT or any goal is missed",
      },
    },
  },
  costs: {
    description: {
      zh: "补贴政策每年的资金需求（期望值、P50、P90），按政策工具和产业分列，以及企业数量目标能否实现",
      en: "what a subsidy schedule costs each year (expected, P50, P90), by instrument and sector, and whether the firm goals hold",
    },
    args: {
      file: {
        zh: "含 firms 和 instruments 部分的情景文件（.yaml 或 .json）",
        en: "scenario file with firms and instruments (.yaml or .json)",
      },
    },
    options: {
      "--samples": {
        zh: "样本数，1 到 10,000,000（内存占用不随之增长）",
        en: "number of samples, 1 to 10,000,000 (memory does not grow with it)",
      },
      "--seed": {
        zh: "随机数种子：种子相同，结果相同",
        en: "random seed: the same seed gives the same results",
      },
      "--to": {
        zh: "测算的最后一年（默认：规划期末后两年）",
        en: "last year costed (default: two years past the horizon)",
      },
      "--workers": {
        zh: "线程数：本线程加 W − 1 个工作线程（结果与之无关）",
        en: "threads: this one and W − 1 worker threads (the results do not depend on it)",
      },
      "--shard": {
        zh: "只测算 N 片中的第 K 片（满足 b mod N = K − 1 的数据块 b）；需配合 --state-out",
        en: "cost shard K of N only (blocks b with b mod N = K − 1); needs --state-out",
      },
      "--state-out": {
        zh: "写出可合并的状态（供 chainsim merge 使用），而不是统计结果",
        en: "write the mergeable state (for chainsim merge) instead of the statistics",
      },
    },
  },
  chain: {
    description: {
      zh: "产业链分析：冲击如何沿投入产出关联传导、乘数、关键产业，以及目标所隐含的上游产出",
      en: "industry chain: how a shock travels along the input-output links, multipliers, key sectors, and the upstream output the goals imply",
    },
    args: {
      file: {
        zh: "含 links 部分的情景文件（.yaml 或 .json）",
        en: "scenario file (.yaml or .json) with a links block",
      },
    },
    options: {
      "--shock": {
        zh: "改变某产业的最终需求：terminals=-10% 或 terminals=-600亿（可重复）",
        en: "change a sector's final demand: terminals=-10% or terminals=-600亿 (repeatable)",
      },
      "--supply-shock": {
        zh: "改变某产业的初始投入（Ghosh 模型）：ic=-20%（可重复）",
        en: "change a sector's primary inputs (Ghosh model): ic=-20% (repeatable)",
      },
      "--year": {
        zh: "分析的年份（默认：情景的规划期末）",
        en: "the year analysed (default: the scenario's horizon)",
      },
      "--samples": {
        zh: "系数不确定时用于 P5–P95 区间的蒙特卡洛样本数（默认 2000；0 表示不抽样；最多 10000000）",
        en: "Monte Carlo samples for P5–P95 intervals when coefficients are uncertain (default 2000; 0: none; at most 10000000)",
      },
      "--seed": {
        zh: "随机数种子：种子相同，输出相同",
        en: "random seed: the same seed gives the same output",
      },
      "--workers": {
        zh: "蒙特卡洛所用线程：本线程加 W − 1 个工作线程（结果与之无关）",
        en: "threads for the Monte Carlo: this one and W − 1 worker threads (the results do not depend on it)",
      },
      "--tables": {
        zh: "为 --format json 计算 Leontief 逆矩阵和 Ghosh 逆矩阵（默认：仅在产业不超过 200 个时）",
        en: "form the Leontief and Ghosh inverses for --format json (default: only up to 200 sectors)",
      },
    },
  },
  explain: {
    description: {
      zh: "展示某项目标的结果如何得出，每个数字都追溯到文件行或政策条款",
      en: "show how a goal's result is derived, each number traced to a line or clause",
    },
    args: {
      target: { zh: "目标的 id（chainsim run 会列出）", en: "the goal's id (chainsim run lists them)" },
    },
  },
  sensitivity: {
    description: {
      zh: "哪些假设最关键：龙卷风图、Morris 基本效应、Sobol 指数或 Shapley 效应（输入相关时）",
      en: "which assumptions matter: tornado, Morris elementary effects, Sobol indices, or Shapley effects (correlated inputs)",
    },
    options: {
      "--method": { zh: "分析方法", en: "the method" },
      "--target": {
        zh: "分析该目标的缺口（预测值 − 目标值）",
        en: "analyse this goal's gap (projected − goal)",
      },
      "--output": {
        zh: "分析某个数量或由数量构成的公式在 --year 年的取值",
        en: "analyse a quantity or a formula over quantities, in --year",
      },
      "--year": {
        zh: "--output 的年份（默认：规划期末）",
        en: "the year of --output (default: the horizon)",
      },
      "--inputs": {
        zh: "只分析这些输入，用逗号分隔（默认：所有不确定输入）",
        en: "only these inputs, comma-separated (default: every uncertain input)",
      },
      "--samples": {
        zh: "Sobol：基础样本数 N（默认 1024）；Shapley：每个子集的外层抽样次数（默认 1000）",
        en: "Sobol: base samples N (default 1024); Shapley: outer draws per subset (default 1000)",
      },
      "--trajectories": { zh: "Morris：轨迹数", en: "Morris: trajectories" },
      "--levels": { zh: "Morris：网格层数", en: "Morris: grid levels" },
      "--group": {
        zh: "Morris：让这些输入同步变动（可重复）",
        en: "Morris: move these inputs together (repeatable)",
      },
      "--second-order": { zh: "Sobol：同时计算二阶指数", en: "Sobol: also second-order indices" },
      "--sampling": {
        zh: "Sobol：扰乱 Sobol 序列（qmc）或简单蒙特卡洛（random）",
        en: "Sobol: scrambled Sobol' points (qmc) or plain Monte Carlo (random)",
      },
      "--replicates": {
        zh: "Sobol：用于置信区间的独立扰乱次数（N ≥ 4096 时默认 4，N ≥ 2048 时 2，否则 1）",
        en: "Sobol: independent scramblings for the intervals (default 4 from N = 4096, 2 from 2048, else 1)",
      },
      "--bootstrap": {
        zh: "Sobol（单次重复或随机抽样）和 Morris：用于置信区间的自助重抽样次数",
        en: "Sobol (one replicate or random sampling) and Morris: bootstrap resamples for intervals",
      },
      "--permutations": {
        zh: "Shapley：输入多于 8 个时随机排列的次数（默认 200）",
        en: "Shapley: random orders of the inputs when there are more than 8 (default 200)",
      },
      "--range": { zh: "龙卷风图：各输入的变动范围", en: "tornado: each input's range" },
    },
  },
  discover: {
    description: {
      zh: "情景发现（PRIM）：输入落在哪些范围时目标会落空",
      en: "scenario discovery (PRIM): which ranges of the inputs lead to a goal being missed",
    },
    options: {
      "--target": { zh: "目标", en: "the goal" },
      "--samples": { zh: "样本数", en: "samples" },
      "--inputs": { zh: "只分析这些输入，用逗号分隔", en: "only these inputs, comma-separated" },
    },
  },
  solve: {
    description: {
      zh: "目标反求：某项假设取何值时目标恰好实现（或以给定概率实现）",
      en: "goal seeking: the value of an assumption at which a goal is just met (or met with a probability)",
    },
    options: {
      "--target": { zh: "目标", en: "the goal" },
      "--for": {
        zh: "要求解的假设，例如 software.growth",
        en: "the assumption to solve for, e.g. software.growth",
      },
      "--probability": { zh: "要求的实现概率，例如 80%", en: "required probability, e.g. 80%" },
      "--range": {
        zh: "搜索范围，例如 0%:40%（默认：比率为 -50%:200%，金额为 0 到上限的 10 倍）",
        en: "search range, e.g. 0%:40% (default: -50%:200% for rates, 0 to 10× the high end for amounts)",
      },
      "--samples": {
        zh: "--probability 所用的样本数（公共随机数）",
        en: "samples for --probability (common random numbers)",
      },
    },
  },
  report: {
    description: {
      zh: "生成报告文件夹：report.html（自包含，图表内嵌）、summary.md、charts/*.svg、data/*.csv 和 *.parquet、manifest.json",
      en: "write a report folder: report.html (self-contained, charts inline), summary.md, charts/*.svg, data/*.csv and *.parquet, manifest.json",
    },
    options: {
      "--output": {
        zh: "输出文件夹（默认：out/<情景 id>/）",
        en: "output folder (default: out/<scenario id>/)",
      },
      "--samples": {
        zh: "蒙特卡洛样本数，0 表示不抽样（扇形图和概率需要抽样）",
        en: "Monte Carlo samples, 0 for none (fan chart and probabilities need them)",
      },
      "--seed": {
        zh: "随机数种子：种子相同，生成的文件逐字节相同",
        en: "random seed: the same seed gives byte-identical files",
      },
      "--png": {
        zh: "同时把每张图表输出为 charts/*.png（使用自带的中文字体）",
        en: "also render each chart to charts/*.png (with a bundled CJK font)",
      },
      "--interactive": {
        zh: "同时生成 interactive.html：用滑块调整假设，在浏览器中重新计算（可离线使用）",
        en: "also write interactive.html: sliders for the assumptions, recomputed in the browser (works offline)",
      },
      "--sensitivity": {
        zh: "加入该目标缺口（预测值 − 目标值）的龙卷风图和 Sobol 图",
        en: "add tornado and Sobol charts of this goal's gap (projected − goal)",
      },
      "--sensitivity-samples": {
        zh: "--sensitivity 的 Sobol 基础样本数 N（默认 1024）",
        en: "Sobol base samples N for --sensitivity (default 1024)",
      },
      "--shock": {
        zh: "产业链图中展示的需求冲击（默认：最终需求最大的产业，-10%）",
        en: "the demand shock drawn in the industry-chain chart (default: the sector with the largest final demand, -10%)",
      },
    },
  },
  serve: {
    description: {
      zh: "在 http://127.0.0.1:PORT/ 上提供交互页面（仅限本机），文件修改后自动刷新",
      en: "serve the interactive page on http://127.0.0.1:PORT/ (localhost only), reloading when the file changes",
    },
    options: {
      "--port": { zh: "127.0.0.1 上的端口（0：任选空闲端口）", en: "port on 127.0.0.1 (0: any free port)" },
      "--host": {
        zh: "在此地址上监听，并在本机回环名之外响应此主机名（默认：仅 127.0.0.1）",
        en: "listen on this address and answer to this host name besides the loopback names (default: 127.0.0.1 only)",
      },
    },
  },
  schema: {
    description: {
      zh: "输出情景文件的 JSON Schema（供编辑器使用）",
      en: "print the JSON Schema of scenario files (for editors)",
    },
  },
  extract: {
    description: {
      zh: "读取中文政策文本（UTF-8 或 GB18030），列出其中的量化目标，或生成情景文件草稿",
      en: "read a Chinese policy text (UTF-8 or GB18030) and list its quantitative goals, or write a draft scenario",
    },
    args: {
      document: { zh: "纯文本政策文件（.txt）", en: "plain-text policy document (.txt)" },
    },
    options: {
      "--out": {
        zh: "把结果写入 FILE（原子写入），而不是标准输出",
        en: "write the output to FILE (atomically) instead of standard output",
      },
    },
  },
  init: {
    description: INIT_TEXT.describe,
    args: { file: INIT_TEXT.fileArg },
    options: {
      "--from": INIT_TEXT.fromOption,
      "--force": INIT_TEXT.forceOption,
      "--xlsx": INIT_TEXT.xlsxOption,
    },
  },
  backtest: {
    description: {
      zh: "回测：以 --as-of 当时的预测对照此后公布的每个实绩——所处分位、落入区间的比例、校准表，以及达成概率判断在 50% 错误一侧的目标",
      en: "the projection as of --as-of against every actual published after it: percentiles, band coverage, calibration, goals on the wrong side of 50%",
    },
    args: {
      file: {
        zh: "含带日期实绩的情景文件（.yaml 或 .json）",
        en: "scenario file with dated actuals (.yaml or .json)",
      },
    },
    options: {
      "--samples": { zh: "抽样次数", en: "number of samples" },
      "--figures": {
        zh: "情景中某年没有实绩时，从此已公布数据文件取该年数字（默认：最近的 seeds/figures.yaml）",
        en: "published figures to place when the scenario holds no dated actual for a year (default: the nearest seeds/figures.yaml)",
      },
      "--no-figures": { zh: "只对照情景自身的实绩", en: "place only the scenario's own actuals" },
      "--chart": {
        zh: "另将校准图（PIT）写入 FILE（.svg 或 .png）",
        en: "also write the calibration chart (PIT) to FILE (.svg or .png)",
      },
    },
  },
  convert: {
    description: {
      zh: "在 YAML 与 Excel/WPS 工作簿（.xlsx）之间转换情景文件，保留每一个数值",
      en: "convert a scenario between YAML and an Excel/WPS workbook (.xlsx), keeping every value",
    },
    args: { file: { zh: "情景文件（.yaml、.json 或 .xlsx）", en: "scenario file (.yaml, .json or .xlsx)" } },
    options: {
      "--to": { zh: "目标格式：xlsx 或 yaml", en: "xlsx or yaml" },
      "--out": {
        zh: "输出文件（默认：与原文件同名、换用新扩展名）",
        en: "output file (default: FILE with the new extension)",
      },
    },
  },
};
