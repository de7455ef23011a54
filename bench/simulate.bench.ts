/**
 * Simulation throughput on the Shandong scenario, in one thread: samples per
 * second and quantity-years per second (samples × quantities × reported
 * years; each includes its share of the draws, the copula, the projection,
 * the streamed statistics and the goal checks). Best of three runs after a
 * warm-up. A later issue aims at 60 million quantity-years per second per core.
 */
import { compilePlan } from "../src/engine/plan.js";
import { simulate } from "../src/engine/simulate.js";
import { loadScenario } from "../src/scenario/load.js";
import type { Benchmark, Row } from "./harness.js";

const FILE = "scenarios/shandong-it-2025.yaml";

export const simulation: Benchmark = {
  name: "simulate",
  async run({ quick }) {
    const samples = quick ? 20_000 : 400_000;
    const s = await loadScenario(FILE);
    const plan = compilePlan(s);
    const perSample = plan.ids.length * plan.years.length;
    await simulate(s, { samples: 20_000, seed: 1 });
    const rows: Row[] = [];
    for (const lhs of [false, true]) {
      let best = Number.POSITIVE_INFINITY;
      for (let k = 0; k < (quick ? 1 : 3); k++) {
        const t0 = performance.now();
        await simulate(s, { samples, seed: 1, lhs });
        best = Math.min(best, performance.now() - t0);
      }
      const rate = samples / (best / 1000);
      const method = lhs ? "Latin hypercube" : "Monte Carlo";
      rows.push({
        benchmark: "simulate",
        case: `shandong-it-2025, ${method}: samples/s`,
        value: rate,
        unit: "samples/s",
      });
      rows.push({
        benchmark: "simulate",
        case: `shandong-it-2025, ${method}: quantity-years/s (${plan.ids.length} × ${plan.years.length}, ${plan.dims.length} draws/sample)`,
        value: rate * perSample,
        unit: "1/s",
        goal: "60 M/s per core (a later issue)",
        met: rate * perSample >= 60e6,
      });
    }
    return rows;
  },
};
