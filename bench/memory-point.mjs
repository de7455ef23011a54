// One point of the memory benchmark, in its own process: simulate the
// scenario file argv[2] with argv[3] samples (compiled engine from dist/),
// then print the peak resident set size in bytes.
import { simulate } from "../dist/engine/simulate.js";
import { loadScenario } from "../dist/scenario/load.js";

const s = await loadScenario(process.argv[2]);
await simulate(s, { samples: Number(process.argv[3]), seed: 1 });
process.stdout.write(`${process.resourceUsage().maxRSS * 1024}\n`);
