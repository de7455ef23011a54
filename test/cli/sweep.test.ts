import { describe, expect, it } from "vitest";
import { parseSweep, sweepGrid } from "../../src/scenario/sweep.js";
import { cli, SHANDONG } from "./helpers.js";

describe("sweep arguments", () => {
  it("reads FROM:TO:STEP in the unit written", () => {
    expect(parseSweep("software.growth=5%:8%:1%").values).toEqual(["5%", "6%", "7%", "8%"]);
    expect(parseSweep("software.growth=0.1%:0.3%:0.1%").values).toEqual(["0.1%", "0.2%", "0.3%"]);
    expect(parseSweep("software.baseline=1.1万亿:1.2万亿:0.05万亿").values).toEqual([
      "1.1万亿",
      "1.15万亿",
      "1.2万亿",
    ]);
    expect(sweepGrid([parseSweep("a.growth=1%:2%:1%"), parseSweep("b.growth=5%:7%:1%")])).toEqual([
      ["a.growth=1%", "b.growth=5%"],
      ["a.growth=1%", "b.growth=6%"],
      ["a.growth=1%", "b.growth=7%"],
      ["a.growth=2%", "b.growth=5%"],
      ["a.growth=2%", "b.growth=6%"],
      ["a.growth=2%", "b.growth=7%"],
    ]);
  });
  it("refuses mixed units, a zero step, a backwards range, and grids over 10,000 points with their size", () => {
    expect(() => parseSweep("a.growth=5%:20:1%")).toThrow(/different units/);
    expect(() => parseSweep("a.growth=5%:20%:0%")).toThrow(/STEP must be above 0/);
    expect(() => parseSweep("a.growth=20%:5%:1%")).toThrow(/TO is below FROM/);
    expect(() => sweepGrid([parseSweep("a.growth=0%:100%:1%"), parseSweep("b.growth=0%:100%:1%")])).toThrow(
      /the sweep has 10201 points \(101 values of a\.growth × 101 values of b\.growth\); at most 10000/,
    );
  });
});

describe("chainsim sweep", () => {
  it("gives goal probabilities at each point (one assumption)", async () => {
    const r = await cli(
      "sweep",
      SHANDONG,
      "--set",
      "cloud.growth=30%:50%:10%",
      "--samples",
      "2000",
      "--goals",
      "sd-cloud-2025",
      "--format",
      "json",
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.parameters).toEqual([{ path: "cloud.growth", values: ["30%", "40%", "50%"] }]);
    const p = out.points.map((x: { targets: Array<{ probability: number }> }) => x.targets[0]!.probability);
    // cloud 1500~1900: at 30% at most 1900 × 1.3³ = 4174 < 5000; at 50% at least 1500 × 1.5³ = 5062 ≥ 5000
    expect(p[0]).toBe(0);
    expect(p[2]).toBe(1);
    // at 40%: 5000 / 1.4³ = 1822 → P(baseline ≥ 1822) = (1900 − 1822)/400 = 0.195
    expect(Math.abs(p[1] - (1900 - 5000 / 1.4 ** 3) / 400)).toBeLessThan(
      4 * Math.sqrt((0.195 * 0.805) / 2000),
    );
    expect(out.points[0].set).toEqual({ "cloud.growth": "30%" });
  });

  it("two assumptions and one goal print a matrix; --samples 0 gives central projections", async () => {
    const r = await cli(
      "sweep",
      SHANDONG,
      "--set",
      "cloud.growth=30%:50%:10%",
      "--set",
      "cloud.baseline=1500:1900:200",
      "--goals",
      "sd-cloud-2025",
      "--samples",
      "0",
      "--lang",
      "en",
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/cloud\.growth \\ cloud\.baseline +1500 +1700 +1900/);
    // 1900 × 1.5³ = 6412.5
    expect(r.stdout).toMatch(/50% .*6,412\.5 met/);
  });

  it("refuses a grid above 10,000 points with its size, and no sweep at all", async () => {
    const r = await cli(
      "sweep",
      SHANDONG,
      "--set",
      "cloud.growth=0%:100%:0.5%",
      "--set",
      "ai.growth=0%:100%:1%",
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("E_SWEEP_TOO_LARGE: the sweep has 20301 points");
    const none = await cli("sweep", SHANDONG, "--set", "cloud.growth=30%");
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("E_USAGE");
    const bad = await cli("sweep", SHANDONG, "--set", "cloud.growth=5%:x:1%");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("E_SWEEP_SYNTAX");
  });
});
