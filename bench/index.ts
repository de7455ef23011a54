/** Every benchmark, in the order `npm run bench` runs them. */
import { coldStart } from "./cold-start.bench.js";
import type { Benchmark } from "./harness.js";
import { simulation } from "./simulate.bench.js";

export const BENCHMARKS: Benchmark[] = [coldStart, simulation];
