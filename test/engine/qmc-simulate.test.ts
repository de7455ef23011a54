/**
 * `simulate --qmc`: sample i's uniforms are point i of one scrambled Sobol'
 * sequence (src/engine/qmc), through the inverse CDFs. Checked against closed
 * forms, with the error compared with plain Monte Carlo at the same N:
 *
 * - sector a grows by g_t ~ N(5%, 2%²) drawn every year, independent, from
 *   100 in 2020: E[a_2025] = 100 · 1.05⁵ = 127.62815625 (the mean of a
 *   product of independent factors is the product of their means); 5
 *   dimensions, a smooth integrand.
 * - sector b grows by one g ~ N(5%, 2%²) for all five years: the goal
 *   b_2025 ≥ 100 · 1.07⁵ = 140.2551731 is g ≥ 7%, probability
 *   1 − Φ(1) = 0.15865525393145707 (Φ from Abramowitz & Stegun 26.2.17 /
 *   any normal table).
 *
 * Also: the results do not depend on the number of workers (blocks take
 * consecutive points of the same sequence), --qmc with --lhs is refused.
 */
import { describe, expect, it } from "vitest";
import { simulate } from "../../src/engine/simulate.js";
import { loadScenarioText } from "../../src/scenario/load.js";
import { cli } from "../cli/helpers.js";

const TEXT = `id: q
title: q
unit: 亿元
base_year: 2020
horizon: 2025
sectors:
  a: { baseline: { year: 2020, value: 100 }, growth: { rate: { normal: [5%, 2%] }, draw: yearly } }
  b: { baseline: { year: 2020, value: 100 }, growth: { rate: { normal: [5%, 2%] } } }
targets:
  - { id: g, sector: b, year: 2025, at_least: 140.2551731 }
`;
const MEAN_A = 100 * 1.05 ** 5;
const P_GOAL = 0.15865525393145707;
const YEAR = 2025 - 2020; // index of 2025 in the reported years (2020 … 2025)

describe("simulate --qmc", () => {
  it("smaller errors than plain Monte Carlo at the same N on closed forms (RMSE over 8 seeds, N = 4096)", async () => {
    const s = await loadScenarioText(TEXT, "q.yaml");
    const rmse = async (qmc: boolean) => {
      let mean = 0;
      let prob = 0;
      const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
      for (const seed of seeds) {
        const r = await simulate(s, { samples: 4096, seed, qmc });
        expect(r.method).toBe(qmc ? "quasi-monte-carlo" : "monte-carlo");
        const a = r.quantities.find((q) => q.id === "a")!;
        mean += (a.stats.mean[YEAR]! - MEAN_A) ** 2;
        prob += (r.targets[0]!.probability - P_GOAL) ** 2;
      }
      return { mean: Math.sqrt(mean / seeds.length), prob: Math.sqrt(prob / seeds.length) };
    };
    const mc = await rmse(false);
    const qmc = await rmse(true);
    // plain MC: sd(a_2025) ≈ 5.0, so the mean's error is about 5.0/√4096 ≈ 0.08; the probability's
    // √(p(1 − p)/4096) ≈ 0.0057. Scrambled Sobol' points do much better on both.
    expect(qmc.mean).toBeLessThan(mc.mean / 3);
    expect(qmc.prob).toBeLessThan(mc.prob / 3);
    expect(qmc.mean).toBeLessThan(0.02);
    expect(qmc.prob).toBeLessThan(0.002);
  });

  it("the same numbers on 1 and 2 threads; different seeds scramble differently", async () => {
    const s = await loadScenarioText(TEXT, "q.yaml");
    const one = await simulate(s, { samples: 5000, seed: 3, qmc: true });
    const two = await simulate(s, { samples: 5000, seed: 3, qmc: true, workers: 2 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    const other = await simulate(s, { samples: 5000, seed: 4, qmc: true });
    expect(other.quantities[0]!.stats.mean).not.toEqual(one.quantities[0]!.stats.mean);
  });

  it("the command line: --qmc names its method; with --lhs it is refused (exit 2, E_USAGE)", async () => {
    const ok = await cli(
      "simulate",
      "scenarios/shandong-it-2025.yaml",
      "--samples",
      "2048",
      "--qmc",
      "--format",
      "json",
    );
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).method).toBe("quasi-monte-carlo");
    const bad = await cli("simulate", "scenarios/shandong-it-2025.yaml", "--qmc", "--lhs");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("E_USAGE");
    expect(bad.stderr).toContain("--qmc");
  });
});
