// One point of the memory benchmarks, in its own process: run ANALYSIS
// (simulate or costs) on the scenario FILE with SAMPLES samples on THREADS
// threads (default 1; n: this thread and n − 1 worker threads, as
// `--workers n`), with the compiled library from dist/, then print the peak
// resident set size of the process (every thread) in bytes and the run's wall
// time in ms.
//
//   node bench/memory-point.mjs simulate|costs FILE SAMPLES [THREADS]   →   "<peak RSS bytes> <ms>"
import { loadScenario } from "../dist/scenario/load.js";

const [analysis, file, samples, threads = "1"] = process.argv.slice(2);
const run =
  analysis === "costs"
    ? (await import("../dist/analysis/policy/simulate-costs.js")).runCosts
    : analysis === "simulate"
      ? (await import("../dist/engine/simulate.js")).simulate
      : null;
if (!run) throw new Error(`memory-point: the analysis is simulate or costs, not "${analysis}"`);
const s = await loadScenario(file);
const t0 = performance.now();
await run(s, { samples: Number(samples), seed: 1, workers: Number(threads) });
const ms = performance.now() - t0;
process.stdout.write(`${process.resourceUsage().maxRSS * 1024} ${Math.round(ms)}\n`);
