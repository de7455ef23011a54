/**
 * Monte Carlo standard errors and `simulate --precision`: the standard error
 * of every probability is √(p(1 − p)/n), and --precision chooses n so that
 * every goal's standard error is at most the given value, by the documented
 * rule (pilot, cautious p from the pilot's Wilson interval, whole blocks).
 */
import { describe, expect, it } from "vitest";
import { PILOT_SAMPLES, samplesForPrecision, simulateToPrecision } from "../../src/engine/precision.js";
import { simulate } from "../../src/engine/simulate.js";
import { binomialStandardError } from "../../src/numeric/binomial-standard-error.js";
import { loadScenarioText } from "../../src/scenario/load.js";
import { cli } from "../cli/helpers.js";

const HEAD = ["id: t", "title: t", "unit: 亿元", "base_year: 2022", "horizon: 2025"].join("\n");

/** A goal met with probability exactly 0.3: baseline uniform on [90, 110], goal at the 70th percentile, 104. */
const TEXT = `${HEAD}
sectors:
  a: { baseline: { year: 2022, value: { uniform: [90, 110] } }, growth: 0% }
targets:
  - { id: g, sector: a, year: 2025, at_least: 104 }
`;

describe("standard errors", () => {
  it("binomialStandardError is √(p(1 − p)/n) (hand-computed)", () => {
    expect(binomialStandardError(50, 100)).toBeCloseTo(0.05, 15);
    expect(binomialStandardError(830, 10_000)).toBeCloseTo(Math.sqrt((0.083 * 0.917) / 10_000), 15);
    expect(binomialStandardError(0, 100)).toBe(0);
  });

  it("every goal probability of a simulation carries √(p̂(1 − p̂)/n), and the JSON output shows it", async () => {
    const s = await loadScenarioText(TEXT, "se.yaml");
    const r = await simulate(s, { samples: 20_000, seed: 3 });
    const t = r.targets[0]!;
    expect(t.se).toBe(Math.sqrt((t.probability * (1 - t.probability)) / 20_000));
    expect(r.all!.se).toBe(t.se);
    // P(U ≥ 104) = 0.3 for U uniform on [90, 110]: the estimate within 4 standard errors
    expect(Math.abs(t.probability - 0.3)).toBeLessThan(4 * t.se);
    const out = JSON.parse(
      (await cli("simulate", "scenarios/shandong-it-2025.yaml", "--samples", "3000", "--format", "json"))
        .stdout,
    );
    for (const g of out.targets)
      expect(g.se).toBeCloseTo(Math.sqrt((g.probability * (1 - g.probability)) / 3000), 6);
    expect(out.all_targets_se).toBeCloseTo(
      Math.sqrt((out.all_targets_probability * (1 - out.all_targets_probability)) / 3000),
      6,
    );
  });
});

describe("--precision", () => {
  it("samplesForPrecision: p = 0.5 needs 0.25/h² samples, rounded up to whole blocks of 2,048", async () => {
    const s = await loadScenarioText(TEXT, "p.yaml");
    const pilot = await simulate(s, { samples: PILOT_SAMPLES, seed: 1 });
    const g = pilot.targets[0]!;
    // the cautious p is the end of the pilot's 95% interval nearest ½ (here the upper end, below ½)
    const p = g.ci95[1];
    expect(p).toBeLessThan(0.5);
    const need = Math.ceil((p * (1 - p)) / 0.005 ** 2);
    expect(samplesForPrecision(pilot, 0.005)).toBe(Math.ceil(need / 2048) * 2048);
    // a goal at exactly ½ in the pilot: 0.25 / 0.005² = 10,000 → 5 blocks = 10,240
    const half = { ...pilot, targets: [{ ...g, probability: 0.5, ci95: [0.49, 0.51] as [number, number] }] };
    half.all = null;
    expect(samplesForPrecision(half, 0.005)).toBe(10_240);
    // no goals: the worst case p = ½
    expect(samplesForPrecision({ ...pilot, targets: [], all: null, groups: [] }, 0.01)).toBe(
      Math.max(PILOT_SAMPLES, 2500),
    );
  });

  it("simulateToPrecision: every goal's standard error ≤ h, with the samples of --samples n for the same seed", async () => {
    const s = await loadScenarioText(TEXT, "p.yaml");
    const r = await simulateToPrecision(s, { seed: 2 }, 0.004);
    expect(r.targets[0]!.se).toBeLessThanOrEqual(0.004);
    expect(r.samples % 2048).toBe(0);
    // 0.3 · 0.7 / 0.004² = 13,125: at least that many, and not more than a cautious pilot asks for
    expect(r.samples).toBeGreaterThanOrEqual(13_125);
    expect(r.samples).toBeLessThanOrEqual(Math.ceil(0.25 / 0.004 ** 2 / 2048) * 2048);
    const same = await simulate(s, { samples: r.samples, seed: 2 });
    expect(same.targets[0]!.count).toBe(r.targets[0]!.count);
  });

  it("the CLI option chooses the samples, and refuses bad values with exit code 2", async () => {
    const ok = await cli(
      "simulate",
      "scenarios/shandong-it-2025.yaml",
      "--precision",
      "0.01",
      "--format",
      "json",
    );
    expect(ok.code).toBe(0);
    const out = JSON.parse(ok.stdout);
    for (const g of out.targets) expect(g.se).toBeLessThanOrEqual(0.01);
    for (const bad of ["0", "-0.1", "x", "0.6", "1e-9"]) {
      const r = await cli("simulate", "scenarios/shandong-it-2025.yaml", "--precision", bad);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain("error E_USAGE: --precision must be a standard error from 0.00005 to 0.5");
    }
    const r = await cli(
      "simulate",
      "scenarios/shandong-it-2025.yaml",
      "--precision",
      "0.01",
      "--state-out",
      "x.json",
    );
    expect(r.code).toBe(2);
  });
});
