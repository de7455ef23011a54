/**
 * Monte Carlo kernel throughput on synthetic scenarios (bench/synthetic.ts:
 * S sectors, 2 draws each, Y reported years, one goal per sector), in
 * sector-years per second (samples × sectors × years; the draws, projection,
 * streamed statistics and goal checks included, and the run's set-up and
 * summary), one thread, against the straightforward reference in the same
 * run: `project()` per sample (`reference: true`, the implementation the
 * kernel is tested against). Goal (issue "Performance and scale"): 60 M
 * sector-years/s per core.
 *
 * Then 2 threads against 1 on the same run (goal ≥ 1.8×; worker start-up
 * included): `workers: 2` is this thread and one worker thread. In a child
 * process with plain Node on the compiled engine in dist/ (`npm run bench`
 * builds it), so that the worker starts as it does for users (under tsx it
 * would go through the TypeScript loader). Reported with it: the worker's
 * start-up (from the start of the run until it is ready to simulate), the
 * blocks each thread simulated, the CPU other processes took meanwhile, and
 * the same run with both threads in workers (this thread only merging), as
 * before this thread took part. Full mode measures the case
 * (100 × 30 × 102,400, about 2 s on one thread now) and one ten times as
 * large.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simulate } from "../src/engine/simulate.js";
import type { Benchmark, Row } from "./harness.js";
import { median } from "./harness.js";
import { syntheticScenario, syntheticText } from "./synthetic.js";

const GOAL = 60e6;
/** Full mode skips grid points with more sector-years than this (they would take a minute or more each). */
const BUDGET = 1.1e9;

async function rate(sectors: number, years: number, samples: number, reference = false): Promise<number> {
  const s = await syntheticScenario(sectors, years);
  await simulate(s, { samples: Math.min(samples, 2048), seed: 1, reference });
  const t0 = performance.now();
  await simulate(s, { samples, seed: 1, reference });
  const sec = (performance.now() - t0) / 1000;
  return (samples * sectors * years) / sec;
}

/**
 * 1 thread against 2 (this thread and a worker), and against 2 workers with
 * this thread only merging, in a child process with plain Node on dist/
 * (bench/threads-point.mjs), medians of `repeat` alternating runs.
 */
function threads(sectors: number, years: number, samples: number, repeat: number): Row[] {
  const dir = mkdtempSync(join(tmpdir(), "chainsim-bench-threads-"));
  const file = join(dir, `synthetic-${sectors}x${years}.yaml`);
  writeFileSync(file, syntheticText(sectors, years));
  let out: {
    one: number[];
    two: number[];
    workersOnly: number[];
    ready: number[];
    blocks: number[];
    others: number[];
  };
  try {
    const r = spawnSync(
      process.execPath,
      ["bench/threads-point.mjs", file, String(samples), String(repeat)],
      {
        encoding: "utf8",
      },
    );
    if (r.status !== 0) throw new Error(`threads point failed: ${r.stderr}`);
    out = JSON.parse(r.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const t1 = median(out.one);
  const t2 = median(out.two);
  const tw = median(out.workersOnly);
  const label = `${sectors} sectors × ${years} years × ${samples} samples`;
  const others = Math.max(...out.others);
  const load = `other processes ≤ ${others.toFixed(2)} cores`;
  return [
    {
      benchmark: "workers",
      case: `2 threads vs 1: ${label} (median of ${repeat}; this thread ${out.blocks[0]} blocks, worker ${out.blocks[1]}; ${load})`,
      value: t2,
      unit: "ms",
      reference: t1,
      ratio: t1 / t2,
      goal: "speed-up ≥ 1.8× with 2 workers",
      met: t1 / t2 >= 1.8,
    },
    {
      benchmark: "workers",
      case: `worker start-up in that run (from its start until the worker is ready; median of ${repeat})`,
      value: median(out.ready.map((x) => (x < 0 ? Number.NaN : x))),
      unit: "ms",
    },
    {
      benchmark: "workers",
      case: `2 worker threads, this thread only merging: ${label}`,
      value: tw,
      unit: "ms",
      reference: t1,
      ratio: t1 / tw,
    },
  ];
}

export const kernel: Benchmark = {
  name: "kernel",
  async run({ quick }) {
    const rows: Row[] = [];
    const grid: Array<[number, number, number]> = [];
    if (quick) grid.push([10, 10, 10_000], [100, 10, 10_000]);
    else
      for (const sectors of [10, 100, 1000])
        for (const years of [10, 30])
          for (const samples of [1e4, 1e5, 1e6]) grid.push([sectors, years, samples]);
    const refs = new Map<string, number>();
    for (const [sectors, years, samples] of grid) {
      const work = sectors * years * samples;
      const label = `${sectors} sectors × ${years} years × ${samples.toExponential(0)} samples`;
      if (work > BUDGET) {
        rows.push({
          benchmark: "kernel",
          case: `${label} (skipped: ${work.toExponential(1)} sector-years, over the ${BUDGET.toExponential(1)} budget)`,
          value: Number.NaN,
          unit: "sector-years/s",
          goal: "≥ 60 M sector-years/s per core",
        });
        continue;
      }
      const key = `${sectors}x${years}`;
      if (!refs.has(key)) refs.set(key, await rate(sectors, years, 2048, true));
      const reference = refs.get(key)!;
      const value = await rate(sectors, years, samples);
      rows.push({
        benchmark: "kernel",
        case: label,
        value,
        unit: "sector-years/s",
        reference,
        ratio: value / reference,
        goal: "≥ 60 M sector-years/s per core",
        met: value >= GOAL,
      });
    }
    if (quick) rows.push(...threads(10, 10, 8192, 1));
    else {
      rows.push(...threads(100, 30, 102_400, 5));
      rows.push(...threads(100, 30, 1_024_000, 3));
    }
    return rows;
  },
};
