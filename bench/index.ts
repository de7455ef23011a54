/** Every benchmark, in the order `npm run bench` runs them. */
import { analysis } from "./analysis.bench.js";
import { chain } from "./chain.bench.js";
import { coldStart } from "./cold-start.bench.js";
import { costsMemory } from "./costs-memory.bench.js";
import { draws } from "./draws.bench.js";
import { formulas } from "./formula.bench.js";
import type { Benchmark } from "./harness.js";
import { kernel } from "./kernel.bench.js";
import { memory } from "./memory.bench.js";
import { peer } from "./peer.bench.js";
import { sensitivity } from "./sensitivity.bench.js";
import { simulation } from "./simulate.bench.js";

export const BENCHMARKS: Benchmark[] = [
  kernel,
  memory,
  analysis,
  coldStart,
  simulation,
  draws,
  formulas,
  peer,
  sensitivity,
  chain,
  costsMemory,
];
