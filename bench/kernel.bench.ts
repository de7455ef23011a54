/**
 * Monte Carlo kernel throughput on synthetic scenarios (bench/synthetic.ts:
 * S sectors, 2 draws each, Y reported years, one goal per sector), in
 * sector-years per second (samples × sectors × years; the draws, projection,
 * streamed statistics and goal checks included), against the straightforward
 * reference in the same run: `project()` per sample (`reference: true`, the
 * implementation the kernel is tested against). Goal (issue "Performance and
 * scale"): 60 M sector-years/s per core.
 *
 * Then the speed-up of 2 worker threads over 1 on the same run (goal ≥ 1.8×;
 * worker start-up included; the compiled engine in dist/, so that workers
 * start as they do for users).
 */
import { simulate } from "../src/engine/simulate.js";
import type { Benchmark, Row } from "./harness.js";
import { syntheticScenario, syntheticText } from "./synthetic.js";

const GOAL = 60e6;
/** Full mode skips grid points with more sector-years than this (they would take minutes each). */
const BUDGET = 3.1e8;

async function rate(sectors: number, years: number, samples: number, reference = false): Promise<number> {
  const s = await syntheticScenario(sectors, years);
  await simulate(s, { samples: Math.min(samples, 2048), seed: 1, reference });
  const t0 = performance.now();
  await simulate(s, { samples, seed: 1, reference });
  const sec = (performance.now() - t0) / 1000;
  return (samples * sectors * years) / sec;
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
    // 2 workers against 1, same run
    const [sectors, years, samples] = quick ? [10, 10, 8192] : [100, 30, 102_400];
    const s = await syntheticScenario(sectors, years);
    const source = {
      file: `synthetic-${sectors}x${years}.yaml`,
      text: syntheticText(sectors, years),
      load: {},
    };
    const time = async (workers: number) => {
      const t0 = performance.now();
      await simulate(s, { samples, seed: 1, workers, source });
      return performance.now() - t0;
    };
    if (!quick) await time(1);
    const one = await time(1);
    const two = await time(2);
    rows.push({
      benchmark: "workers",
      case: `2 workers vs 1: ${sectors} sectors × ${years} years × ${samples} samples`,
      value: two,
      unit: "ms",
      reference: one,
      ratio: one / two,
      goal: "speed-up ≥ 1.8× with 2 workers",
      met: one / two >= 1.8,
    });
    return rows;
  },
};
