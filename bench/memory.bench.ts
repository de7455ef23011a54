/**
 * Peak memory against the number of samples: one child process per point
 * (bench/memory-point.mjs, the compiled engine; peak RSS of the process, all
 * its threads, from process.resourceUsage().maxRSS). Goal: 10⁶ samples ×
 * 1,000 sectors × 30 years under 1 GiB, flat in the number of samples.
 * Statistics are streamed, so the points differ only in samples; full mode
 * measures one and two threads (`--workers 2`: this thread and a worker) up
 * to the samples that fit its time budget. The 10⁶-sample point itself takes
 * minutes: run it by hand, `node bench/memory-point.mjs simulate FILE 1000000 2`
 * (bench/RESULTS.md).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Benchmark, Row } from "./harness.js";
import { syntheticText } from "./synthetic.js";

const GiB = 2 ** 30;

export const memory: Benchmark = {
  name: "memory",
  async run({ quick }) {
    const [sectors, years] = quick ? [10, 10] : [1000, 30];
    const points: Array<[number, number]> = quick
      ? [
          [2048, 1],
          [8192, 1],
        ]
      : [
          [2048, 1],
          [8192, 1],
          [32_768, 1],
          [8192, 2],
          [32_768, 2],
        ];
    const dir = mkdtempSync(join(tmpdir(), "chainsim-bench-"));
    const file = join(dir, `synthetic-${sectors}x${years}.yaml`);
    writeFileSync(file, syntheticText(sectors, years));
    const rows: Row[] = [];
    try {
      const first = new Map<number, number>();
      for (const [samples, threads] of points) {
        const r = spawnSync(
          process.execPath,
          ["bench/memory-point.mjs", "simulate", file, String(samples), String(threads)],
          { encoding: "utf8" },
        );
        if (r.status !== 0) throw new Error(`memory point failed: ${r.stderr}`);
        const [rss = Number.NaN, ms = Number.NaN] = r.stdout.trim().split(/\s+/).map(Number);
        if (!first.has(threads)) first.set(threads, rss);
        const base = first.get(threads)!;
        const rate = (samples * sectors * years) / (ms / 1000);
        rows.push({
          benchmark: "memory",
          case: `peak RSS, ${sectors} sectors × ${years} years × ${samples} samples, ${threads} thread${threads > 1 ? "s" : ""} (${(rate / 1e6).toFixed(0)} M sector-years/s)`,
          value: rss / 2 ** 20,
          unit: "MiB",
          reference: base / 2 ** 20,
          ratio: rss / base,
          goal: "< 1 GiB and flat in samples (goal stated for 10⁶ × 1,000 × 30)",
          met: rss < GiB && rss / base < 1.25,
        });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
};
