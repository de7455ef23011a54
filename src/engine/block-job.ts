/**
 * What the Monte Carlo runner runs: a job that simulates numbered blocks of
 * samples and keeps its quantile sketches across blocks.
 *
 * A block's numbers (counts, means, M2, co-moments: floating point) go back
 * to the caller, which merges them strictly in block order; the sketches
 * (integer bucket counts) stay with the job and are sent once, at the end,
 * because they merge exactly in any order. The simulation kernel is one job;
 * an analysis may supply others (the costing of a subsidy schedule): a
 * worker thread builds them from `JobSpec`, a module that exports
 * `createJob(scenario, options)`.
 */
import type { Scenario } from "../model/scenario.js";

export interface BlockJob {
  /** Simulate block `block` and return its numbers (its values also go to the job's sketches). */
  runBlock(block: number): Float64Array;
  /**
   * Optional: `runBlock` in steps (`beginBlock`, `runChunk` until true,
   * `endBlock`), for a thread that answers messages between steps.
   */
  beginBlock?(block: number): void;
  runChunk?(): boolean;
  endBlock?(): Float64Array;
  /** The sketches of every block run so far. */
  sketchState(): { sketchHeader: Float64Array; sketchData: Float64Array };
}

/** How a worker thread builds a job other than the simulation kernel. */
export interface JobSpec {
  /** URL of a module exporting `createJob(scenario: Scenario, options: unknown): BlockJob`. */
  module: string;
  /** Structured-cloneable options for `createJob`. */
  options: unknown;
}

/** The export a job module provides (see `JobSpec`). */
export type CreateJob = (scenario: Scenario, options: unknown) => BlockJob;

/**
 * The URL of a job module beside `here` (an `import.meta.url`): `name.js`
 * when running compiled, `name.ts` when running from source (tests, tsx).
 *
 * @example
 * jobModule(import.meta.url, "costs-job") // ".../analysis/policy/costs-job.js"
 */
export function jobModule(here: string, name: string): string {
  return new URL(`./${name}${here.endsWith(".ts") ? ".ts" : ".js"}`, here).href;
}
