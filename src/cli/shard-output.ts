/**
 * `--shard K/N --state-out FILE` for any command that runs on the engine's
 * Monte Carlo runner (simulate, costs): run this shard's blocks with a
 * progress bar, write its state atomically, and say how to combine the shards.
 */
import type { Shard, ShardState } from "../engine/shard.js";
import type { Io } from "./io.js";
import { progressBar } from "./progress.js";

/**
 * @example
 * await writeShardState(io, { shard: "2/3", stateOut: "s2.json", verb: "simulating" }, (shard, onProgress) =>
 *   simulateShard(s, { samples, seed, onProgress }, shard, { file }),
 * );
 */
export async function writeShardState(
  io: Io,
  opts: { shard: string | undefined; stateOut: string; verb: string },
  run: (shard: Shard, onProgress: (done: number, total: number) => void) => Promise<ShardState>,
): Promise<void> {
  const [{ parseShard, stateText }, { writeFileAtomic }] = await Promise.all([
    import("../engine/shard.js"),
    import("../report/atomic-write.js"),
  ]);
  const shard = opts.shard === undefined ? { index: 1, count: 1 } : parseShard(opts.shard);
  const bar = progressBar(io, `${opts.verb} shard ${shard.index}/${shard.count}`);
  let st: ShardState;
  try {
    st = await run(shard, bar.update);
  } finally {
    bar.done();
  }
  writeFileAtomic(opts.stateOut, stateText(st));
  io.stderr(
    `wrote shard ${shard.index}/${shard.count} (${st.blocks.length} blocks) to ${opts.stateOut}; combine with chainsim merge\n`,
  );
}
