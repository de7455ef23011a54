// One point of the costs memory benchmark, in its own process: cost the
// scenario file argv[2] with argv[3] samples on argv[4] threads (default 1),
// with the compiled library from dist/, then print the peak resident set size
// of the process (every thread) in bytes and the wall time in ms.
//
//   node bench/costs-memory-point.mjs FILE SAMPLES [THREADS]   →   "<peak RSS bytes> <ms>"
import { runCosts } from "../dist/analysis/policy/simulate-costs.js";
import { loadScenario } from "../dist/scenario/load.js";

const [file, samples, threads = "1"] = process.argv.slice(2);
const s = await loadScenario(file);
const t0 = performance.now();
await runCosts(s, {
  samples: Number(samples),
  seed: 1,
  workers: Number(threads),
  source: { file, load: {} },
});
const ms = performance.now() - t0;
process.stdout.write(`${process.resourceUsage().maxRSS * 1024} ${Math.round(ms)}\n`);
