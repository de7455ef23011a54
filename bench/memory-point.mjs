// One point of the memory benchmark, in its own process: simulate the
// scenario file argv[2] with argv[3] samples on argv[4] threads (default 1;
// n: this thread and n − 1 worker threads, as `--workers n`), with the
// compiled engine from dist/, then print the peak resident set size of the
// process (every thread) in bytes and the simulation's wall time in ms.
//
//   node bench/memory-point.mjs FILE SAMPLES [THREADS]   →   "<peak RSS bytes> <ms>"
import { simulate } from "../dist/engine/simulate.js";
import { loadScenario } from "../dist/scenario/load.js";

const [file, samples, threads = "1"] = process.argv.slice(2);
const s = await loadScenario(file);
const t0 = performance.now();
await simulate(s, {
  samples: Number(samples),
  seed: 1,
  workers: Number(threads),
  source: { file, load: {} },
});
const ms = performance.now() - t0;
process.stdout.write(`${process.resourceUsage().maxRSS * 1024} ${Math.round(ms)}\n`);
