/**
 * The benchmark harness: each benchmark is a module that returns rows of
 * measurements; `npm run bench` prints them as a table and writes JSON.
 * Measurements are reported as throughput or ratios against a reference run in
 * the same process, never asserted as absolute times.
 */
import { spawnSync } from "node:child_process";

export interface Row {
  benchmark: string;
  case: string;
  /** The measured figure, in `unit`. */
  value: number;
  unit: string;
  /** A reference figure measured in the same run (same unit), if any. */
  reference?: number;
  /** value / reference, or the figure that the goal is stated in. */
  ratio?: number;
  /** The goal, as stated in the issue, and whether it is met. */
  goal?: string;
  met?: boolean;
}

export interface Benchmark {
  name: string;
  run(opts: { quick: boolean }): Promise<Row[]>;
}

/** Median of numbers. */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
}

/** Wall time of a command in milliseconds (median of `repeat` runs, after one warm-up). */
export function timeCommand(cmd: string, args: string[], repeat: number): number {
  spawnSync(cmd, args, { stdio: "ignore" });
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { stdio: "ignore" });
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} exited ${r.status}`);
  }
  return median(times);
}
