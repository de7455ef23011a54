import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { progressBar } from "../../src/cli/progress.js";
import { cli, SHANDONG } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "chainsim-simulate-"));
const HEAD = ["id: t", "title: t", "unit: 亿元", "base_year: 2022", "horizon: 2025"].join("\n");

/** Write a scenario file and return its path. */
function file(name: string, body: string): string {
  const p = join(dir, name);
  writeFileSync(p, `${HEAD}\n${body}`);
  return p;
}

describe("chainsim simulate", () => {
  it("gives the probability of each of the eleven revenue goals of the Shandong file", async () => {
    const r = await cli("simulate", SHANDONG, "--samples", "100000", "--seed", "1", "--format", "json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.samples).toBe(100000);
    expect(out.seed).toBe(1);
    expect(out.method).toBe("monte-carlo");
    const revenue = out.targets.filter(
      (t: { sector?: string; kind: string }) => t.sector && t.kind === "level",
    );
    expect(revenue).toHaveLength(11);
    for (const t of revenue) {
      expect(t.probability).toBeGreaterThanOrEqual(0);
      expect(t.probability).toBeLessThanOrEqual(1);
      expect(t.ci95[0]).toBeLessThanOrEqual(t.probability);
      expect(t.ci95[1]).toBeGreaterThanOrEqual(t.probability);
      expect(typeof t.deterministic_met).toBe("boolean");
      expect(t.p10).toBeLessThanOrEqual(t.p50);
      expect(t.p50).toBeLessThanOrEqual(t.p90);
    }
    // software: 11000~11300 at triangular 8%/12%/17% reaches 14,000 in nearly every sample
    // (the lowest path, 11000 × 1.08³ = 13,857, falls short only in the corner)
    const sw = revenue.find((t: { id: string }) => t.id === "sd-software-2025");
    expect(sw.probability).toBeGreaterThan(0.99);
    // cloud: 1500~1900 × 1.30³ = 4,394 at most: 5,000 is out of reach
    expect(revenue.find((t: { id: string }) => t.id === "sd-cloud-2025").probability).toBe(0);
    const software = out.sectors.find((s: { id: string }) => s.id === "software");
    expect(software.years).toEqual([2022, 2023, 2024, 2025]);
    for (const k of ["mean", "sd", "min", "max", "p5", "p10", "p25", "p50", "p75", "p90", "p95"]) {
      expect(software[k]).toHaveLength(4);
    }
    expect(software.p5[3]).toBeLessThan(software.p50[3]);
    expect(software.min[0]).toBeGreaterThanOrEqual(11000);
    expect(software.max[0]).toBeLessThanOrEqual(11300);
    expect(out.all_targets_probability).toBeGreaterThanOrEqual(0);
    expect(out.groups).toEqual([]);
    // the ten sub-goals (35,700) against 22,000 with no overlaps stated: an overshoot in every sample
    expect(out.verdicts.map((v: { id: string; probability: number }) => [v.id, v.probability])).toEqual([
      ["it_industry-2025-consistent", 0],
      ["it_industry-2025-overshoot", 1],
    ]);
    expect(out.manifest).toMatchObject({ seed: 1, samples: 100000, method: "monte-carlo" });
    expect(out.manifest.workers).toBeUndefined();
  });

  it("defaults to 10,000 samples and seed 1; the same seed gives the same bytes, another seed other numbers", async () => {
    const a = await cli("simulate", SHANDONG, "--format", "json");
    const b = await cli("simulate", SHANDONG, "--format", "json", "--samples", "10000", "--seed", "1");
    const c = await cli("simulate", SHANDONG, "--format", "json", "--seed", "2");
    expect(JSON.parse(a.stdout).samples).toBe(10000);
    expect(a.stdout).toBe(b.stdout);
    expect(c.stdout).not.toBe(a.stdout);
  });

  it("prints a table with P(met), the 95% interval and P10/P50/P90 of each goal", async () => {
    const r = await cli("simulate", SHANDONG, "--samples", "5000", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/goal +goal value +P\(met\) +95% interval +SE +P10 +P50 +P90/);
    expect(r.stdout).toMatch(/sd-software-2025 +≥ 14,000\.0 +/);
    expect(r.stdout).toMatch(/all 16 goals met together/);
    expect(r.stdout).toContain("5,000 samples, seed 1, Monte Carlo");
    expect(r.stderr).toBe("");
  });

  it("--lhs, --variant and --set go into the run and the manifest", async () => {
    const r = JSON.parse(
      (
        await cli(
          "simulate",
          SHANDONG,
          "--samples",
          "4096",
          "--lhs",
          "--variant",
          "pessimistic",
          "--set",
          "ai.growth=30%",
          "--format",
          "json",
        )
      ).stdout,
    );
    expect(r.method).toBe("latin-hypercube");
    expect(r.manifest.variant).toBe("pessimistic");
    expect(r.manifest.overrides).toContain("ai.growth=30%");
    // ai fixed at 30% on 250~400: 400 × 1.3³ = 878.8 and 250 × 1.3³ = 549.3; 600 needs a baseline ≥ 273.1
    const ai = r.targets.find((t: { id: string }) => t.id === "sd-ai-2025");
    expect(ai.probability).toBeGreaterThan(0.8);
  });

  it("--format csv: one row per quantity-year and goal", async () => {
    const r = await cli("simulate", SHANDONG, "--samples", "2000", "--format", "csv");
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe(
      "record,id,unit,year,mean,sd,min,max,p5,p10,p25,p50,p75,p90,p95,probability,ci95_low,ci95_high,deterministic_met",
    );
    expect(lines.filter((l) => l.startsWith("goal,"))).toHaveLength(16);
    expect(lines.filter((l) => l.startsWith("all_goals,"))).toHaveLength(1);
  });
});

describe("the progress bar", () => {
  it("is drawn on a terminal only after a second, and erased at the end; silent otherwise", () => {
    let t = 0;
    let err = "";
    const io = {
      stdout: () => {},
      stderr: (x: string) => {
        err += x;
      },
      isTTY: true,
    };
    const bar = progressBar(io, "simulating", () => t);
    bar.update(10, 100);
    expect(err).toBe("");
    t = 1500;
    bar.update(50, 100);
    expect(err).toContain("simulating [###############               ]  50%  50/100");
    bar.done();
    expect(err.endsWith("\r\x1b[K")).toBe(true);
    let quiet = "";
    const pipe = progressBar(
      {
        ...io,
        stderr: (x: string) => {
          quiet += x;
        },
        isTTY: false,
      },
      "simulating",
      () => 5000,
    );
    pipe.update(50, 100);
    pipe.done();
    expect(quiet).toBe("");
  });
});

describe("chainsim simulate refuses bad input with exit code 2", () => {
  it("--samples 0, fractions, words and more than 10^8, saying memory is flat", async () => {
    for (const n of ["0", "1.5", "ten", "100000001", "1e9", "-5"]) {
      const r = await cli("simulate", SHANDONG, "--samples", n);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain("error E_USAGE: --samples must be a whole number from 1 to 100,000,000");
      expect(r.stderr).toContain("memory does not grow");
    }
    expect((await cli("simulate", SHANDONG, "--workers", "0")).code).toBe(2);
    expect((await cli("simulate", SHANDONG, "--seed", "x")).code).toBe(2);
  });

  it("an unknown distribution, at its line and column", async () => {
    const f = file(
      "unknown-dist.yaml",
      "sectors:\n  a:\n    baseline: 100\n    growth: { triangle: [8%, 12%, 17%] }\n",
    );
    const r = await cli("simulate", f);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/unknown-dist\.yaml:9:\d+: error E_(DISTRIBUTION_UNKNOWN|UNKNOWN_KEY)/);
    expect(r.stderr).toContain("triangular");
  });

  it("invalid distribution parameters", async () => {
    const f = file(
      "bad-params.yaml",
      "sectors:\n  a:\n    baseline: 100\n    growth: { triangular: [12%, 8%, 17%] }\n",
    );
    const r = await cli("simulate", f);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /bad-params\.yaml:9:\d+: error E_DISTRIBUTION_PARAMS: invalid triangular parameters/,
    );
  });

  it("correlations that are not positive semi-definite", async () => {
    const f = file(
      "not-psd.yaml",
      `sectors:
  a: { baseline: 100, growth: 5%~10% }
  b: { baseline: 100, growth: 5%~10% }
  c: { baseline: 100, growth: 5%~10% }
correlations:
  inputs: [a.growth, b.growth, c.growth]
  matrix:
    - [1, 0.9, -0.9]
    - [0.9, 1, 0.9]
    - [-0.9, 0.9, 1]
`,
    );
    const r = await cli("simulate", f);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /not-psd\.yaml:12:\d+: error E_CORRELATION_NOT_PSD: .*smallest eigenvalue -0\.800/,
    );
    expect(r.stderr).toContain("hint:");
  });

  it("a correlation naming an unknown input", async () => {
    const f = file(
      "unknown-input.yaml",
      `sectors:
  software: { baseline: 100, growth: 5%~10% }
  cloud: { baseline: 100, growth: 5%~10% }
correlations:
  - { between: [software.growth, clod.growth], rho: 0.6 }
`,
    );
    const r = await cli("simulate", f);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'unknown-input.yaml:10:34: error E_CORRELATION_UNKNOWN_INPUT: unknown input "clod.growth" in correlations; did you mean "cloud.growth"?',
    );
    expect(r.stderr).toMatch(/\n {2}10 \| {3}- \{ between/);
  });
});
