/**
 * The backtest's calibration chart (PIT): the cumulative step of the
 * percentiles against the diagonal, with a snapshot, and `backtest --chart`.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { calibrationChart, calibrationSteps } from "../../src/report/charts/calibration.js";
import { type ChartDom, chartDom } from "../../src/report/charts/dom.js";
import { cli } from "../cli/helpers.js";
import { assertSvgSnapshot } from "../report/snapshot.js";

let dom: ChartDom;
beforeAll(async () => {
  dom = await chartDom();
});

describe("calibration chart", () => {
  it("steps: the empirical distribution of the percentiles, from (0, 0) to (1, 1)", () => {
    // two percentiles 0.9 and 0.3: half of the values are at or below 0.3, all of them at or below 0.9
    expect(calibrationSteps([0.9, 0.3])).toEqual([
      [0, 0],
      [0.3, 0.5],
      [0.9, 1],
      [1, 1],
    ]);
    expect(calibrationSteps([])).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });

  it("three published values at P40.5, P87 and P97.5: two inside P5–P95 (snapshot)", () => {
    const c = calibrationChart(
      {
        asOf: "2023-06",
        points: [
          { label: "it_industry 2023", percentile: 0.87 },
          { label: "software 2023", percentile: 0.975 },
          { label: "cloud 2023", percentile: 0.405 },
        ],
      },
      dom,
      "zh",
    );
    assertSvgSnapshot("calibration-zh", c.svg);
    // 0.405 and 0.87 lie in [0.05, 0.95], 0.975 does not
    expect(c.svg).toContain("3 个公布值中 2 个落在当时预测的 P5–P95 区间内");
    expect(c.svg).toContain("software 2023");
    const en = calibrationChart({ asOf: "2023-06", points: [] }, dom, "en");
    expect(en.svg).toContain("no value published after 2023-06 to backtest");
  });

  it("backtest --chart FILE.svg writes the chart; another extension is a usage error", async () => {
    const dir = mkdtempSync(join(tmpdir(), "calibration-"));
    const file = join(dir, "calibration.svg");
    const args = [
      "backtest",
      "scenarios/shandong-it-2025.yaml",
      "--as-of",
      "2023-06",
      "--samples",
      "1000",
      "--lang",
      "en",
    ];
    const r = await cli(...args, "--chart", file);
    expect(r.code, r.stderr).toBe(0);
    const svg = readFileSync(file, "utf8");
    expect(svg).toMatch(/^<svg/);
    expect(svg).toContain("of 2 published values fell inside the P5–P95 band");
    const bad = await cli(...args, "--chart", join(dir, "calibration.pdf"));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("E_USAGE");
  });
});
