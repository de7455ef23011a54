/**
 * Monte Carlo simulation of a scenario: seeded, streamed, mergeable.
 *
 * Samples are processed in blocks of 2048 (`BLOCK_SIZE`). Each block draws
 * its uniforms from streams named by (seed, input, block) and produces its
 * own counts, means and M2; blocks are merged in block order, and quantile
 * sketches (integer counts) in any order. A run with one worker (this thread)
 * and a run with several threads therefore give the same bytes. Memory holds
 * one block's draws, one chunk of values and the statistics (a sketch per
 * quantity-year and goal per thread), whatever the number of samples.
 */
import { type Diagnostic, fail } from "../diagnostics.js";
import { USAGE } from "../i18n/text/usage.js";
import { type SamplingMethod, STATISTIC_NAMES, type StatisticName } from "../model/findings.js";
import { MAX_SAMPLES } from "../model/limits.js";
import type { Scenario } from "../model/scenario.js";
import type { Target } from "../model/target.js";
import { binomialStandardError } from "../numeric/binomial-standard-error.js";
import { wilsonInterval } from "../numeric/wilson-interval.js";
import { Accumulator, type AccumulatorShape } from "./accumulator.js";
import { Kernel, type KernelSettings } from "./kernel.js";
import { negativeDrawWarnings } from "./negative-money.js";
import { compilePlan, type Plan } from "./plan.js";
import type { PoolReport } from "./pool.js";
import { JOE_KUO_DIMENSIONS } from "./qmc/joe-kuo.js";
import { BLOCK_SIZE, blockCount } from "./streams.js";

export { MAX_SAMPLES };

export interface SimulationOptions {
  samples: number;
  seed: number;
  /** Latin hypercube sampling (each block of 2048 samples is a Latin hypercube). */
  lhs?: boolean;
  /** Quasi-Monte Carlo: a scrambled Sobol' sequence through the inverse CDFs (see `KernelSettings.qmc`). */
  qmc?: boolean;
  /** Threads (default 1: this thread only; n: this thread and n − 1 worker threads, which receive the scenario). */
  workers?: number;
  /** Called after each merged block with the samples done so far. */
  onProgress?: (done: number, total: number) => void;
  /** Project every sample with `project()` (slow; the reference the kernel is tested against). */
  reference?: boolean;
  /** With workers: whether this thread simulates blocks too (default true), and who did what (benchmarks, tests). */
  mainThread?: boolean;
  onThreads?: (report: PoolReport) => void;
}

/** The statistics of every simulated number: the one list in model/findings.ts. */
export const STATISTICS = STATISTIC_NAMES;
export type Statistic = StatisticName;
/** The quantiles every simulated quantity reports, with their probabilities. */
export const QUANTILES: ReadonlyArray<[Statistic, number]> = [
  ["p5", 0.05],
  ["p10", 0.1],
  ["p25", 0.25],
  ["p50", 0.5],
  ["p75", 0.75],
  ["p90", 0.9],
  ["p95", 0.95],
];

const PROBABILITIES = QUANTILES.map(([, q]) => q);

/** Statistics of one quantity, one array entry per reported year. */
export type SeriesStats = Record<Statistic, number[]>;
/** Statistics of one number (a goal's measure). */
export type Summary = Record<Statistic, number>;

export interface Probability {
  /** Samples where it held. */
  count: number;
  /** count / samples. */
  probability: number;
  /** 95% Wilson interval. */
  ci95: [number, number];
  /** Monte Carlo standard error of `probability`, √(p(1 − p)/samples) (conservative for Latin hypercubes). */
  se: number;
}

export interface TargetStats extends Probability {
  target: Target;
  /** Samples where the goal's measure could be computed. */
  known: number;
  /** The goal's measure (level, growth, share, worst year, sum) across samples. */
  measure: Summary;
}

export interface SimulationResult {
  samples: number;
  seed: number;
  method: SamplingMethod;
  /** Uncertain inputs drawn per sample (a yearly draw counts once per year). */
  dimensions: number;
  correlated: boolean;
  years: number[];
  quantities: Array<{ id: string; stats: SeriesStats }>;
  targets: TargetStats[];
  /** Every goal met in the same sample; null without goals. */
  all: Probability | null;
  groups: Array<Probability & { group: string; targets: string[] }>;
  verdicts: Array<Probability & { id: string; label: string | null }>;
  /** Money or counts drawn below zero (W_NEGATIVE_DRAWS, engine/negative-money.ts); absent when none were. */
  warnings?: Diagnostic[];
}

export function accumulatorShape(plan: Plan): AccumulatorShape {
  return {
    stats: plan.ids.length * plan.years.length + plan.targets.length,
    targets: plan.targets.length,
    groups: plan.groupNames.length,
    verdicts: plan.verdicts.length,
  };
}

/**
 * Simulate a scenario.
 *
 * @example
 * const r = await simulate(scenario, { samples: 10_000, seed: 1 });
 * r.targets.find((t) => t.target.id === "sd-software-2025")!.probability // e.g. 0.83
 */
export async function simulate(s: Scenario, opts: SimulationOptions): Promise<SimulationResult> {
  const samples = opts.samples;
  if (!Number.isInteger(samples) || samples < 1 || samples > MAX_SAMPLES) {
    fail("E_USAGE", { detail: USAGE.sampleCount(MAX_SAMPLES, samples) });
  }
  const plan = compilePlan(s);
  const settings = kernelSettings(plan, opts);
  if (opts.reference) settings.reference = true;
  const blocks = blockCount(samples);
  const workers = Math.max(1, Math.min(opts.workers ?? 1, blocks));
  const progress = (b: number) => opts.onProgress?.(Math.min(samples, (b + 1) * BLOCK_SIZE), samples);
  const kernel = new Kernel(plan, settings);
  // the kernel's sketches accumulate every block it runs: they are the run's (plus the workers')
  const total = new Accumulator(accumulatorShape(plan), kernel.sketches);
  if (workers === 1) {
    for (let b = 0; b < blocks; b++) {
      total.mergeNumbers(kernel.runBlock(b));
      progress(b);
    }
  } else {
    const { runOnWorkers } = await import("./pool.js");
    await runOnWorkers({
      workers,
      scenario: s,
      settings,
      kernel,
      blocks,
      onBlock: (b, numbers) => {
        total.mergeNumbers(numbers);
        progress(b);
      },
      onSketches: (header, data) => total.mergeSketches(header, data),
      ...(opts.mainThread === false ? { mainThread: false } : {}),
      ...(opts.onThreads ? { onReport: opts.onThreads } : {}),
    });
  }
  return summarise(plan, total, settings);
}

/** Statistics of a run from its merged accumulator (also used to merge sharded runs). */
export function summarise(plan: Plan, acc: Accumulator, settings: KernelSettings): SimulationResult {
  const N = acc.n;
  const nShown = plan.years.length;
  const S = plan.ids.length * nShown;
  const qs: number[] = [];
  const summary = (i: number): Summary => {
    const sk = acc.sketches[i]!;
    const out = {
      mean: acc.count[i]! > 0 ? acc.mean[i]! : Number.NaN,
      sd: acc.sd(i),
      min: sk.count > 0 ? sk.min : Number.NaN,
      max: sk.count > 0 ? sk.max : Number.NaN,
    } as Summary;
    sk.quantiles(PROBABILITIES, qs);
    QUANTILES.forEach(([name], k) => {
      out[name] = qs[k]!;
    });
    return out;
  };
  const probability = (count: number): Probability => ({
    count,
    probability: count / N,
    ci95: wilsonInterval(count, N),
    se: binomialStandardError(count, N),
  });
  const quantities = plan.ids.map((id, q) => {
    const stats = Object.fromEntries(STATISTICS.map((k) => [k, [] as number[]])) as SeriesStats;
    for (let k = 0; k < nShown; k++) {
      const sm = summary(q * nShown + k);
      for (const name of STATISTICS) stats[name].push(sm[name]);
    }
    return { id, stats };
  });
  const warnings = negativeDrawWarnings(plan.scenario, plan.ids, plan.years, N, (q, k) =>
    acc.sketches[q * nShown + k]!.negatives(),
  );
  return {
    ...(warnings.length ? { warnings } : {}),
    samples: N,
    seed: Number(settings.seed),
    method: samplingMethod(settings),
    dimensions: plan.dims.length,
    correlated: plan.groups.length > 0,
    years: plan.years,
    quantities,
    targets: plan.targets.map((ct, t) => ({
      target: ct.target,
      known: acc.known[t]!,
      ...probability(acc.met[t]!),
      measure: summary(S + t),
    })),
    all: plan.targets.length > 0 ? probability(acc.allMet) : null,
    groups: plan.groupNames.map((group, g) => ({
      group,
      targets: Array.from(plan.groupTargets[g]!, (t) => plan.targets[t]!.target.id),
      ...probability(acc.groupMet[g]!),
    })),
    verdicts: plan.verdicts.map((v, k) => ({
      id: v.id,
      label: v.label ?? null,
      ...probability(acc.verdictHeld[k]!),
    })),
  };
}

/** The kernel's settings for a run (checks that a quasi-random design has enough Sobol' dimensions). */
export function kernelSettings(plan: Plan, opts: SimulationOptions): KernelSettings {
  const settings: KernelSettings = { samples: opts.samples, seed: opts.seed, lhs: opts.lhs === true };
  if (opts.qmc) {
    if (opts.lhs) fail("E_USAGE", { detail: USAGE.qmcWithLhs });
    if (plan.dims.length > JOE_KUO_DIMENSIONS)
      fail("E_USAGE", { detail: USAGE.qmcDimensions(JOE_KUO_DIMENSIONS, plan.dims.length) });
    settings.qmc = true;
  }
  return settings;
}

/** The method a run names in its results and shard states. */
export function samplingMethod(settings: KernelSettings): SamplingMethod {
  return settings.qmc ? "quasi-monte-carlo" : settings.lhs ? "latin-hypercube" : "monte-carlo";
}

/** The settings a method name stands for (the inverse of `samplingMethod`). */
export function methodSettings(method: string): Pick<KernelSettings, "lhs" | "qmc"> {
  return method === "quasi-monte-carlo" ? { lhs: false, qmc: true } : { lhs: method === "latin-hypercube" };
}
