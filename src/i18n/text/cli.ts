/**
 * Lines the command line prints itself (not tables, not diagnostics): the
 * result of `validate`, progress bars, shard notes. Bilingual; pick() one.
 */
import type { Bilingual } from "../lang.js";

export const CLI_TEXT = {
  validateOk: (p: {
    file: string;
    sectors: number;
    indicators: number;
    goals: number;
    from: number;
    to: number;
    warnings: number;
  }): Bilingual => ({
    zh: `${p.file}：通过 — ${p.sectors} 个产业、${p.indicators} 项指标、${p.goals} 项目标，${p.from}–${p.to} 年${p.warnings ? `，${p.warnings} 条警告` : ""}`,
    en: `${p.file}: ok — ${p.sectors} sectors, ${p.indicators} indicators, ${p.goals} goals, ${p.from}–${p.to}${p.warnings ? `, ${p.warnings} warnings` : ""}`,
  }),
  inVariant: (variant: string): Bilingual => ({
    zh: `方案"${variant}"：`,
    en: `variant "${variant}": `,
  }),
  /** Progress bar labels. */
  progress: {
    simulating: { zh: "蒙特卡洛模拟", en: "simulating" },
    costing: { zh: "测算补贴成本", en: "costing" },
    comparing: { zh: "对比测算", en: "comparing" },
    sweeping: { zh: "参数扫描", en: "sweeping" },
    sobol: { zh: "Sobol 敏感性分析", en: "Sobol sensitivity" },
    morris: { zh: "Morris 敏感性筛选", en: "Morris screening" },
    shapley: { zh: "Shapley 效应", en: "Shapley effects" },
    chain: { zh: "产业链模拟", en: "chain Monte Carlo" },
  },
  runEstimate: (p: { what: Bilingual; evaluations: string; memory: string; time: string }): Bilingual => ({
    zh: `预计：${p.what.zh}，约 ${p.evaluations} 次模型计算，内存 ${p.memory}，耗时 ${p.time}`,
    en: `estimate: ${p.what.en}: about ${p.evaluations} model evaluations, ${p.memory} of memory and ${p.time}`,
  }),
  shardLabel: (p: { verb: string; index: number; count: number }): Bilingual => ({
    zh: `${p.verb}（分片 ${p.index}/${p.count}）`,
    en: `${p.verb} shard ${p.index}/${p.count}`,
  }),
  shardWritten: (p: { index: number; count: number; blocks: number; file: string }): Bilingual => ({
    zh: `已将分片 ${p.index}/${p.count}（${p.blocks} 个数据块）写入 ${p.file}；用 chainsim merge 合并各分片`,
    en: `wrote shard ${p.index}/${p.count} (${p.blocks} blocks) to ${p.file}; combine with chainsim merge`,
  }),
} as const;
