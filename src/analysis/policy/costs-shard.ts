/**
 * Sharded costing: shard K of N costs the blocks b with b mod N = K − 1 and
 * saves their numbers and its sketches (the engine's state format, with
 * `"analysis": "costs"` and the last year costed); merging every shard's
 * state replays the blocks in order, so the result is byte-identical to one
 * unsharded run with the same seed.
 */

import { fail } from "../../diagnostics.js";
import { runBlocks } from "../../engine/run-blocks.js";
import {
  checkStateAnalysis,
  checkStateScenario,
  checkStates,
  type LoadedState,
  replayStates,
  type Shard,
  type ShardState,
  shardBlocks,
  shardState,
  stateLocation,
} from "../../engine/shard.js";
import { blockCount } from "../../engine/streams.js";
import { STATE_FIELD } from "../../i18n/text/state.js";
import type { Scenario } from "../../model/scenario.js";
import { CostsJob } from "./costs-job.js";
import { costPlan } from "./costs-plan.js";
import { type CostOptions, type CostResult, CostTotals, costsJobSpec } from "./simulate-costs.js";

/**
 * Cost one shard and return its mergeable state.
 *
 * @example
 * const st = await costsShard(s, { samples: 1e6, seed: 1 }, { index: 1, count: 3 }, { file });
 */
export async function costsShard(
  s: Scenario,
  opts: CostOptions,
  shard: Shard,
  scenario: { file: string; variant?: string; set?: readonly string[] },
): Promise<ShardState> {
  const settings =
    opts.to === undefined
      ? { samples: opts.samples, seed: opts.seed }
      : { samples: opts.samples, seed: opts.seed, to: opts.to };
  const plan = costPlan(s, settings);
  const job = new CostsJob(plan);
  const sketches = new CostTotals(plan, job);
  const ids = shardBlocks(blockCount(opts.samples), shard);
  const numbers = new Float64Array(ids.length * plan.width);
  const position = new Map(ids.map((b, k) => [b, k]));
  let done = 0;
  await runBlocks({
    job,
    blocks: ids,
    scenario: s,
    settings: { samples: opts.samples, seed: opts.seed, lhs: false },
    jobSpec: costsJobSpec(settings),
    ...(opts.workers !== undefined ? { workers: opts.workers } : {}),
    onBlock: (b, x) => {
      numbers.set(x, position.get(b)! * plan.width);
      done++;
      opts.onProgress?.(done, ids.length);
    },
    onSketches: (h, d) => sketches.mergeSketches(h, d),
  });
  return shardState(
    s,
    scenario,
    {
      samples: opts.samples,
      seed: opts.seed,
      method: "monte-carlo",
      shard,
      blocks: ids,
      shape: plan.shape,
      analysis: "costs",
      to: plan.to,
    },
    numbers,
    sketches.acc.serializeSketches(),
  );
}

/**
 * Merge the states of every shard of a costing into the result of the unsharded run.
 *
 * @example
 * const r = mergeCostStates(s, files.map((f) => parseState(readFileSync(f, "utf8"), f)));
 */
export function mergeCostStates(s: Scenario, states: LoadedState[]): CostResult {
  checkStates(states);
  const first = states[0]!;
  checkStateScenario(s, first);
  checkStateAnalysis(first, "costs");
  const { samples, seed, to } = first.state;
  const plan = costPlan(s, to === undefined ? { samples, seed } : { samples, seed, to });
  if (JSON.stringify(plan.shape) !== JSON.stringify(first.state.shape)) {
    fail(
      "E_STATE_MISMATCH",
      {
        file: first.file,
        what: STATE_FIELD.shape,
        found: JSON.stringify(first.state.shape),
        expected: JSON.stringify(plan.shape),
        first: s.provenance.file,
      },
      stateLocation(first, "shape"),
    );
  }
  const totals = new CostTotals(plan);
  replayStates(states, plan.width, plan.shape.stats, totals);
  return totals.result();
}
