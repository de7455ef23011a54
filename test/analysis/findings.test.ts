/**
 * Findings: one plain, serialisable value per analysis run, and the numbers
 * in it worked by hand.
 *
 * The scenario (base 2022, horizon 2025):
 *   software  10000 × 1.1^n → 2023 11000, 2024 12100, 2025 13310
 *   cloud     2000 × 1.2^n  → 2025 3456
 *   it        children software + cloud, goal ≥ 18000 in 2025; the children's
 *             goals 14000 + 3000 = 17000 < 18000 with other activity allowed:
 *             CONSISTENT, residual 1000.
 * Goal software ≥ 14000 in 2025: projected 13310, gap −690, gap/goal
 * −690/14000 = −0.0492857…; required growth (14000/10000)^(1/3) − 1 = 0.118688…
 */
import { beforeAll, describe, expect, it } from "vitest";
import { analyse } from "../../src/analysis/analyse.js";
import type { Findings } from "../../src/model/findings.js";
import { checkJson } from "../../src/report/check-output.js";
import { toJsonText } from "../../src/report/json.js";
import { runJson } from "../../src/report/run-output.js";
import { loadScenarioText } from "../../src/scenario/load.js";

const YAML = `
id: findings
title: findings worked by hand
unit: 亿元
base_year: 2022
horizon: 2025
sectors:
  it:
    baseline: 20000
    growth: 10%
    children: [software, cloud]
    exhaustive: false
  software:
    baseline: 10000
    growth: 10%
  cloud:
    baseline: 2000
    growth: { uniform: [15%, 25%] }
targets:
  - { sector: it, year: 2025, at_least: 18000 }
  - { sector: software, year: 2025, at_least: 14000 }
  - { sector: cloud, year: 2025, at_least: 3000 }
`;

let f: Findings;

beforeAll(async () => {
  const s = await loadScenarioText(YAML, "dir/findings.yaml");
  f = await analyse(s, { parts: ["projection", "check", "simulation"], samples: 2000, seed: 3 });
});

describe("Findings", () => {
  it("is versioned and names the scenario file without its folder", () => {
    expect(f.findings_version).toBe(1);
    expect(f.scenario.file).toBe("findings.yaml");
    expect(f.scenario.goals.map((g) => g.id)).toHaveLength(3);
  });

  it("survives JSON unchanged (plain data: no Maps, classes or functions)", () => {
    expect(JSON.parse(JSON.stringify(f))).toEqual(f);
  });

  it("holds the hand-computed projection and goal results", () => {
    const software = f.projection!.series.find((x) => x.id === "software")!;
    expect(f.projection!.years).toEqual([2022, 2023, 2024, 2025]);
    expect(software.values[3]).toBeCloseTo(13310, 9);
    const goal = f.targets!.find((t) => t.id.includes("software"))!;
    expect(goal.projected).toBeCloseTo(13310, 9);
    expect(goal.met).toBe(false);
    expect(goal.gap).toBeCloseTo(-690, 9);
    expect(goal.gap_relative).toBeCloseTo(-690 / 14000, 12);
    expect(goal.required_cagr).toBeCloseTo(1.4 ** (1 / 3) - 1, 12);
  });

  it("holds the add-up verdict worked by hand", () => {
    const v = f.check!.verdicts[0]!;
    expect(v.parent).toBe("it");
    expect(v.children_sum).toBeCloseTo(17000, 9);
    expect(v.verdict).toBe("CONSISTENT");
    expect(v.residual.low).toBeCloseTo(1000, 9);
  });

  it("gives the software goal probability 0: its growth is certain and falls short", () => {
    const t = f.simulation!.targets.find((x) => x.id.includes("software"))!;
    expect(t.probability).toBe(0);
    // cloud 2000·(1+g)^3 ≥ 3000 ⇔ g ≥ 1.5^(1/3) − 1 = 14.47%: every draw from [15%, 25%] meets it
    const cloud = f.simulation!.targets.find((x) => x.id.includes("cloud"))!;
    expect(cloud.probability).toBe(1);
  });

  it("is what the commands' JSON serialises: the same numbers, rounded only in the text", () => {
    const run = JSON.parse(toJsonText(runJson(f)));
    expect(run.targets.map((t: { projected: number }) => t.projected)).toEqual(
      f.targets!.map((t) => Number(t.projected!.toPrecision(12))),
    );
    const check = JSON.parse(toJsonText(checkJson(f)));
    expect(check.verdicts[0].verdict).toBe(f.check!.verdicts[0]!.verdict);
    expect(check.manifest.input_sha256).toBe(f.scenario.sha256);
  });
});
