/**
 * `--shard K/N --state-out FILE` for any command that runs on the engine's
 * Monte Carlo runner (simulate, costs): run this shard's blocks with a
 * progress bar, write its state atomically, and say how to combine the shards.
 */
import type { Shard, ShardState } from "../engine/shard.js";
import { type Lang, pick } from "../i18n/lang.js";
import { CLI_TEXT } from "../i18n/text/cli.js";
import type { Io } from "./io.js";
import { type ProgressLabel, progressBar } from "./progress.js";

/**
 * @example
 * await writeShardState(io, { shard: "2/3", stateOut: "s2.json", verb: "simulating", lang }, (shard, onProgress) =>
 *   simulateShard(s, { samples, seed, onProgress }, shard, { file }),
 * );
 */
export async function writeShardState(
  io: Io,
  opts: { shard: string | undefined; stateOut: string; verb: ProgressLabel; lang: Lang },
  run: (shard: Shard, onProgress: (done: number, total: number) => void) => Promise<ShardState>,
): Promise<void> {
  const [{ parseShard, stateText }, { writeFileAtomic }] = await Promise.all([
    import("../engine/shard.js"),
    import("../report/atomic-write.js"),
  ]);
  const shard = opts.shard === undefined ? { index: 1, count: 1 } : parseShard(opts.shard);
  const verb = pick(CLI_TEXT.progress[opts.verb], opts.lang);
  const bar = progressBar(io, pick(CLI_TEXT.shardLabel({ verb, ...shard }), opts.lang));
  let st: ShardState;
  try {
    st = await run(shard, bar.update);
  } finally {
    bar.done();
  }
  writeFileAtomic(opts.stateOut, stateText(st));
  const written = CLI_TEXT.shardWritten({ ...shard, blocks: st.blocks.length, file: opts.stateOut });
  io.stderr(`${pick(written, opts.lang)}\n`);
}
