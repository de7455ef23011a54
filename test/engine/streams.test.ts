/**
 * Random streams and Latin hypercube sampling: deterministic for a seed,
 * independent of other inputs, each stratum used exactly once per block.
 */
import { describe, expect, it } from "vitest";
import { Kernel } from "../../src/engine/kernel.js";
import { latinHypercubeColumn } from "../../src/engine/lhs.js";
import { compilePlan } from "../../src/engine/plan.js";
import { BLOCK_SIZE, blockCount, blockLength, monteCarloColumn, stream } from "../../src/engine/streams.js";
import { loadScenario, loadScenarioText } from "../../src/scenario/load.js";

const HEAD = ["id: t", "title: t", "unit: 亿元", "base_year: 2022", "horizon: 2025"].join("\n");

describe("streams", () => {
  it("the same (seed, input, block) gives the same uniforms, in (0, 1)", () => {
    const a = new Float64Array(1000);
    const b = new Float64Array(1000);
    monteCarloColumn(stream(1, "software.growth", 3), 1000, a, 0);
    monteCarloColumn(stream(1, "software.growth", 3), 1000, b, 0);
    expect(Array.from(a)).toEqual(Array.from(b));
    expect(Math.min(...a)).toBeGreaterThan(0);
    expect(Math.max(...a)).toBeLessThan(1);
    monteCarloColumn(stream(1, "software.growth", 4), 1000, b, 0);
    expect(a[0]).not.toBe(b[0]);
    monteCarloColumn(stream(2, "software.growth", 3), 1000, b, 0);
    expect(a[0]).not.toBe(b[0]);
  });

  it("blocks of 2048: 10,000 samples are 4 full blocks and one of 1,808", () => {
    expect(BLOCK_SIZE).toBe(2048);
    expect(blockCount(10_000)).toBe(5);
    expect(blockLength(10_000, 4)).toBe(10_000 - 4 * 2048);
  });

  it("an input keeps its draws when other inputs are added (common random numbers)", async () => {
    const one = await loadScenarioText(
      `${HEAD}\nsectors:\n  a: { baseline: 100, growth: { triangular: [0%, 5%, 10%] } }\n`,
      "one.yaml",
    );
    const two = await loadScenarioText(
      `${HEAD}\nsectors:\n  z: { baseline: 80~90, growth: 3% }\n  a: { baseline: 100, growth: { triangular: [0%, 5%, 10%] } }\n`,
      "two.yaml",
    );
    const draws = (s: typeof one) => {
      const plan = compilePlan(s);
      const d = plan.dims.findIndex((x) => x.key === "a.growth");
      const x = new Kernel(plan, { samples: 500, seed: 9, lhs: false }).drawBlock(0);
      return Array.from({ length: 500 }, (_, j) => x[j * plan.dims.length + d]);
    };
    expect(draws(two)).toEqual(draws(one));
  });
});

describe("Latin hypercube", () => {
  it("a column uses each of n strata exactly once", () => {
    for (const n of [1, 7, 1000]) {
      const col = new Float64Array(n);
      latinHypercubeColumn(stream(5, "x", 0), n, col, 0);
      const strata = Array.from(col, (u) => Math.floor(u * n)).sort((a, b) => a - b);
      expect(strata).toEqual(Array.from({ length: n }, (_, i) => i));
    }
  });

  it("in a simulation, every dimension of every block (also the last, shorter one) hits each stratum once", async () => {
    const s = await loadScenario("scenarios/shandong-it-2025.yaml");
    const plan = compilePlan(s);
    const samples = 2 * BLOCK_SIZE + 300;
    const kernel = new Kernel(plan, { samples, seed: 1, lhs: true });
    for (let b = 0; b < blockCount(samples); b++) {
      const n = blockLength(samples, b);
      const u = kernel.uniforms(b);
      for (let d = 0; d < plan.dims.length; d++) {
        const seen = new Uint8Array(n);
        for (let j = 0; j < n; j++) seen[Math.floor(u[d * n + j]! * n)]!++;
        expect(seen.every((c) => c === 1)).toBe(true);
      }
    }
  });
});
