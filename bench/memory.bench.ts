/**
 * Peak memory against the number of samples: one child process per point
 * (bench/memory-point.mjs, the compiled engine; peak RSS from
 * process.resourceUsage().maxRSS). Goal: 10⁶ samples × 1,000 sectors ×
 * 30 years under 1 GiB, flat in the number of samples. Statistics are
 * streamed, so the points differ only in samples; full mode stops at the
 * samples that fit its time budget and the table says so.
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
    const points = quick ? [2048, 8192] : [2048, 8192, 16_384];
    const dir = mkdtempSync(join(tmpdir(), "chainsim-bench-"));
    const file = join(dir, `synthetic-${sectors}x${years}.yaml`);
    writeFileSync(file, syntheticText(sectors, years));
    const rows: Row[] = [];
    try {
      let first = 0;
      for (const samples of points) {
        const r = spawnSync(process.execPath, ["bench/memory-point.mjs", file, String(samples)], {
          encoding: "utf8",
        });
        if (r.status !== 0) throw new Error(`memory point failed: ${r.stderr}`);
        const rss = Number(r.stdout.trim());
        if (!first) first = rss;
        rows.push({
          benchmark: "memory",
          case: `peak RSS, ${sectors} sectors × ${years} years × ${samples} samples`,
          value: rss / 2 ** 20,
          unit: "MiB",
          reference: first / 2 ** 20,
          ratio: rss / first,
          goal: "< 1 GiB and flat in samples (goal stated for 10⁶ × 1,000 × 30)",
          met: rss < GiB && rss / first < 1.25,
        });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return rows;
  },
};
