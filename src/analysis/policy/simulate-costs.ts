/**
 * What a subsidy schedule costs, year by year, under uncertainty — and
 * whether the firm goals it serves hold.
 *
 * Each sample draws a firm population (`population.ts`), evaluates every
 * instrument on every recipient (the rules of `evaluate.ts`), applies
 * take-up and payout, and records: outlays by year in total, by instrument
 * and by sector (organisations are their own rows); the above-scale firm
 * count and revenue by year; whether each level goal on the quantities the
 * population stands for (`firms.aggregates`) is met.
 *
 * Samples run in blocks of 2048 whose random streams are seeded from (seed,
 * name, block); each block's statistics (the engine's `Accumulator`: Welford
 * means, quantile sketches, counts) are merged in block order, so the same
 * seed gives the same bytes, and memory does not grow with the number of
 * samples. P50 and P90 come from the sketches, within 0.5%.
 *
 * Which instruments dominate the budget: each instrument's share of the
 * variance of the total over all years costed, cov(instrument, total) /
 * var(total) (the shares sum to 1). Which assumptions drive it: the
 * correlation of each sampled parameter (yearly draws averaged) with the
 * total.
 */
import { Accumulator } from "../../engine/accumulator.js";
import { type JobSpec, jobModule } from "../../engine/block-job.js";
import type { PoolReport } from "../../engine/pool.js";
import { runBlocks } from "../../engine/run-blocks.js";
import { BLOCK_SIZE, blockCount } from "../../engine/streams.js";
import type { Instrument } from "../../model/instrument.js";
import type { Names } from "../../model/quantity.js";
import type { Scenario } from "../../model/scenario.js";
import type { Target } from "../../model/target.js";
import { CoMoments } from "./comoments.js";
import { CostsJob } from "./costs-job.js";
import { type CostPlan, type CostSettings, costPlan } from "./costs-plan.js";
import { summariseCosts } from "./costs-summary.js";

export { MAX_COST_SAMPLES } from "./costs-plan.js";

export interface CostOptions {
  samples: number;
  seed: number;
  /** Last year costed (default: two years past the horizon, for commitments that run on). */
  to?: number;
  onProgress?: (done: number, total: number) => void;
  /** Threads (default 1: this thread only; n: this thread and n − 1 worker threads that receive the scenario). */
  workers?: number;
  /** With workers: whether this thread costs blocks too (default true), and who did what (tests). */
  mainThread?: boolean;
  onThreads?: (report: PoolReport) => void;
}

/** Statistics of one number across samples. */
export interface Summary {
  mean: number;
  sd: number;
  p10: number;
  p50: number;
  p90: number;
}

/** Statistics by year, one entry per year. */
export type YearStats = Record<keyof Summary, number[]>;

export interface Probability {
  count: number;
  probability: number;
  ci95: [number, number];
}

export interface CostResult {
  samples: number;
  seed: number;
  /** Money unit of outlays (the firms' unit). */
  unit: string;
  /** Years costed. */
  years: number[];
  /** The plan's years: first year paid to the horizon. */
  planYears: { from: number; to: number };
  total: YearStats;
  /** The sum over every year costed. */
  allYears: Summary;
  instruments: Array<{
    instrument: Instrument;
    byYear: YearStats;
    allYears: Summary;
    /** Share of the expected total. */
    share: number;
    /** cov(instrument, total) / var(total), over all years costed. */
    varianceShare: number;
  }>;
  sectors: Array<{
    id: string;
    names: Names;
    kind: "firms" | "organisations";
    byYear: YearStats;
    allYears: Summary;
    share: number;
  }>;
  aggregates: {
    years: number[];
    count: YearStats;
    /** In `revenueUnit`. */
    revenue: YearStats;
    revenueUnit: string;
    countQuantity: string | null;
    revenueQuantity: string | null;
  };
  goals: Array<Probability & { target: Target; known: number; measure: Summary }>;
  /** Every goal above met in the same sample; null without goals. */
  allGoals: Probability | null;
  /** Expected plan-period outlays per unit of expected added above-scale revenue. */
  costPerAddedRevenue: {
    outlay: number;
    added: number;
    /** outlay / added, in `unit` per `revenueUnit`. */
    value: number;
    from: number;
    to: number;
  };
  drivers: Array<{ input: string; correlation: number }>;
}

/**
 * The merged statistics of a costing: the accumulator (its sketches shared
 * with this thread's job) and the co-moments, fed block by block in block order.
 */
export class CostTotals {
  readonly acc: Accumulator;
  readonly instCo: CoMoments;
  readonly inputCo: CoMoments;

  constructor(
    readonly plan: CostPlan,
    job?: CostsJob,
  ) {
    this.acc = new Accumulator(plan.shape, job?.sketches);
    this.instCo = new CoMoments(plan.instruments.length);
    this.inputCo = new CoMoments(plan.inputs.length);
  }

  /** Merge one block's numbers (`CostsJob.endBlock`); blocks in order. */
  mergeNumbers(x: Float64Array): void {
    const n = Accumulator.numbersLength(this.plan.shape);
    this.acc.mergeNumbers(x.subarray(0, n));
    const off = this.instCo.mergeWritten(x, n);
    this.inputCo.mergeWritten(x, off);
  }

  mergeSketches(header: Float64Array, data: Float64Array): void {
    this.acc.mergeSketches(header, data);
  }

  result(): CostResult {
    return summariseCosts(this.plan, this.acc, this.instCo, this.inputCo);
  }
}

function settingsOf(opts: CostOptions): CostSettings {
  const settings: CostSettings = { samples: opts.samples, seed: opts.seed };
  if (opts.to !== undefined) settings.to = opts.to;
  return settings;
}

/** The job worker threads build for a costing. */
export function costsJobSpec(settings: CostSettings): JobSpec {
  return { module: jobModule(import.meta.url, "costs-job"), options: settings };
}

/**
 * Cost a scenario's instruments on this thread.
 *
 * Each sample draws a firm population, evaluates every instrument on every
 * recipient, applies take-up and payout, and records the outlays, the
 * aggregates and the goals (see `costs-job.ts`). Blocks of 2048 samples,
 * seeded from (seed, name, block), merged in block order: the same seed gives
 * the same bytes on any number of threads or shards (`runCosts`, `costsShard`).
 *
 * @example
 * const r = simulateCosts(await loadScenario("scenarios/liaocheng-it-2025.yaml"), { samples: 10_000, seed: 1 });
 * r.total.p90 // P90 budget by year, 万元
 */
export function simulateCosts(s: Scenario, opts: CostOptions): CostResult {
  const plan = costPlan(s, settingsOf(opts));
  const job = new CostsJob(plan);
  const totals = new CostTotals(plan, job);
  const blocks = blockCount(opts.samples);
  for (let b = 0; b < blocks; b++) {
    totals.mergeNumbers(job.runBlock(b));
    opts.onProgress?.(Math.min(opts.samples, (b + 1) * BLOCK_SIZE), opts.samples);
  }
  return totals.result();
}

/**
 * Cost a scenario's instruments on `opts.workers` threads (the engine's
 * runner); the same bytes as `simulateCosts` whatever the number of threads.
 *
 * @example
 * const r = await runCosts(s, { samples: 100_000, seed: 1, workers: 2 });
 */
export async function runCosts(s: Scenario, opts: CostOptions): Promise<CostResult> {
  const settings = settingsOf(opts);
  const plan = costPlan(s, settings);
  const job = new CostsJob(plan);
  const totals = new CostTotals(plan, job);
  const blocks = Array.from({ length: blockCount(opts.samples) }, (_, b) => b);
  let done = 0;
  await runBlocks({
    job,
    blocks,
    scenario: s,
    settings: { samples: opts.samples, seed: opts.seed, lhs: false },
    jobSpec: costsJobSpec(settings),
    ...(opts.workers !== undefined ? { workers: opts.workers } : {}),
    ...(opts.mainThread === false ? { mainThread: false } : {}),
    ...(opts.onThreads ? { onThreads: opts.onThreads } : {}),
    onBlock: (_b, x) => {
      totals.mergeNumbers(x);
      done++;
      opts.onProgress?.(Math.min(opts.samples, done * BLOCK_SIZE), opts.samples);
    },
    onSketches: (h, d) => totals.mergeSketches(h, d),
  });
  return totals.result();
}
