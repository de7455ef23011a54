/**
 * Peak memory of `costs` against the number of samples (issue 15): one child
 * process per point (bench/memory-point.mjs costs, the compiled library; peak
 * RSS of the process, all its threads), on the Liaocheng scenario, two
 * threads. Goal: peak RSS at 10⁶ samples within 1.5× of 10⁴. The 10⁶ point
 * takes about 20 minutes on this machine: run it by hand,
 * `node bench/memory-point.mjs costs scenarios/liaocheng-it-2025.yaml 1000000 2`
 * (bench/RESULTS.md); `npm run bench` measures 10⁴ against 10⁵ (quick: 2048
 * against 8192).
 */
import { spawnSync } from "node:child_process";
import type { Benchmark, Row } from "./harness.js";

const FILE = "scenarios/liaocheng-it-2025.yaml";

function point(samples: number, threads: number): { rss: number; ms: number } {
  const r = spawnSync(
    process.execPath,
    ["bench/memory-point.mjs", "costs", FILE, String(samples), String(threads)],
    { encoding: "utf8" },
  );
  if (r.status !== 0) throw new Error(`costs memory point failed: ${r.stderr}`);
  const [rss = Number.NaN, ms = Number.NaN] = r.stdout.trim().split(/\s+/).map(Number);
  return { rss, ms };
}

export const costsMemory: Benchmark = {
  name: "costs-memory",
  async run({ quick }) {
    const [small, large] = quick ? [2048, 8192] : [10_000, 100_000];
    const a = point(small, 2);
    const b = point(large, 2);
    const row: Row = {
      benchmark: "costs-memory",
      case: `peak RSS, costs liaocheng-it-2025, ${large} against ${small} samples, 2 threads (${((large / b.ms) * 1000).toFixed(0)} samples/s)`,
      value: b.rss / 2 ** 20,
      unit: "MiB",
      reference: a.rss / 2 ** 20,
      ratio: b.rss / a.rss,
      goal: "≤ 1.5×",
      met: b.rss / a.rss <= 1.5,
    };
    return [row];
  },
};
