import { describe, expect, it } from "vitest";
import { analysis } from "../bench/analysis.bench.js";
import { coldStart } from "../bench/cold-start.bench.js";
import { kernel } from "../bench/kernel.bench.js";
import { memory } from "../bench/memory.bench.js";
import { renderRows } from "../bench/run.js";
import { syntheticScenario } from "../bench/synthetic.js";
import { compilePlan } from "../src/engine/plan.js";

// Runs the benchmark harness in quick mode so CI proves it works; timings are
// reported by `npm run bench`, never asserted here (shared machines are noisy).
describe("benchmarks (quick mode)", () => {
  it("cold start measures validate, run and check against node -e 0", async () => {
    const rows = await coldStart.run({ quick: true });
    const cases = rows.map((r) => r.case);
    expect(cases[0]).toMatch(/^node -e 0 \(load [\d.]+\)$/); // the machine's load is part of the result
    for (const command of ["validate", "run", "check"]) {
      // the bundled CLI against node -e 0, and the unbundled entry against the bundle
      expect(cases).toContain(`chainsim ${command} shandong-it-2025 (bundle; ratio to node -e 0)`);
      expect(cases).toContain(`chainsim ${command}, unbundled dist/cli/main.js (ratio to the bundle)`);
    }
    expect(cases).toHaveLength(7);
    for (const r of rows) expect(r.value).toBeGreaterThan(0);
    expect(renderRows(rows)).toContain("cold start");
  }, 120_000);

  it("synthetic scenarios have S sectors, 2 draws each and Y reported years", async () => {
    const plan = compilePlan(await syntheticScenario(7, 5));
    expect(plan.ids).toHaveLength(7);
    expect(plan.dims).toHaveLength(14);
    expect(plan.years).toHaveLength(5);
    expect(plan.targets).toHaveLength(7);
  });

  it("kernel throughput against the reference, and 2 workers against 1", async () => {
    const rows = await kernel.run({ quick: true });
    const k = rows.filter((r) => r.benchmark === "kernel");
    expect(k.length).toBeGreaterThan(0);
    for (const r of k) {
      expect(r.value).toBeGreaterThan(0);
      expect(r.ratio).toBeGreaterThan(1); // the kernel beats project() per sample
      expect(r.goal).toContain("60 M");
    }
    expect(rows.find((r) => r.benchmark === "workers")?.goal).toContain("1.8");
  }, 120_000);

  it("peak memory per point in a child process, and Sobol and report timings", async () => {
    const rows = [...(await memory.run({ quick: true })), ...(await analysis.run({ quick: true }))];
    expect(rows.map((r) => r.benchmark)).toEqual(["memory", "memory", "sobol", "report"]);
    for (const r of rows) expect(r.value).toBeGreaterThan(0);
    expect(rows[2]!.case).toContain("10 inputs");
  }, 120_000);
});
