/**
 * The Monte Carlo runner: simulate a list of blocks on this thread or on
 * several (this thread and worker threads), delivering each block's numbers
 * in block order and the sketches of every thread once. The same blocks
 * give the same bytes whatever the number of threads, because block numbers
 * are merged in block order and sketches merge exactly.
 */
import type { Scenario } from "../model/scenario.js";
import type { BlockJob, JobSpec } from "./block-job.js";
import type { KernelSettings } from "./kernel.js";
import type { PoolReport } from "./pool.js";

export interface BlockRun {
  /** This thread's job (its sketches are the caller's: they count every block this thread runs). */
  job: BlockJob;
  /** The blocks to simulate, in merge order. */
  blocks: readonly number[];
  /** Threads in all (default 1: this thread only). */
  workers?: number;
  scenario: Scenario;
  settings: KernelSettings;
  /** The job workers build (default: the simulation kernel for `settings`). */
  jobSpec?: JobSpec;
  onBlock: (block: number, numbers: Float64Array) => void;
  /** Sketches of each worker thread that ran blocks (this thread's stay in `job`). */
  onSketches: (sketchHeader: Float64Array, sketchData: Float64Array) => void;
  mainThread?: boolean;
  onThreads?: (report: PoolReport) => void;
}

/**
 * Run every block of `run.blocks`.
 *
 * @example
 * await runBlocks({ job, blocks: [0, 1, 2], scenario: s, settings, onBlock: (b, x) => acc.mergeNumbers(x), onSketches: (h, d) => acc.mergeSketches(h, d) });
 */
export async function runBlocks(run: BlockRun): Promise<void> {
  const ids = run.blocks;
  const workers = Math.max(1, Math.min(run.workers ?? 1, ids.length));
  if (workers === 1) {
    for (const b of ids) run.onBlock(b, run.job.runBlock(b));
    return;
  }
  const { runOnWorkers } = await import("./pool.js");
  await runOnWorkers({
    workers,
    scenario: run.scenario,
    settings: run.settings,
    kernel: run.job,
    blocks: ids.length,
    blockIds: ids,
    onBlock: run.onBlock,
    onSketches: run.onSketches,
    ...(run.jobSpec ? { job: run.jobSpec } : {}),
    ...(run.mainThread === false ? { mainThread: false } : {}),
    ...(run.onThreads ? { onReport: run.onThreads } : {}),
  });
}
