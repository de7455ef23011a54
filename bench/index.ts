/** Every benchmark, in the order `npm run bench` runs them. */
import { coldStart } from "./cold-start.bench.js";
import type { Benchmark } from "./harness.js";

export const BENCHMARKS: Benchmark[] = [coldStart];
