/**
 * The backtest reads published figures (seeds/figures.yaml) when the scenario
 * holds no dated actual: `chainsim backtest scenarios/shandong-it-2025.yaml
 * --as-of 2023-06` places Shandong's 2023 outcomes published 2024-02-28
 * (provincial press conference: IT industry above 20,000亿, big-data business
 * revenue above 2,000亿) without touching the base scenario.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { backtest } from "../../src/analysis/backtest/backtest.js";
import { ChainsimError } from "../../src/diagnostics.js";
import { project, valueAt } from "../../src/engine/project.js";
import { simulate } from "../../src/engine/simulate.js";
import { loadScenario, loadScenarioText } from "../../src/scenario/load.js";
import { findFiguresFile, readFiguresFile } from "../../src/scenario/published-figures.js";
import { cli } from "../cli/helpers.js";

const SEEDS = new URL("../../seeds/figures.yaml", import.meta.url).pathname;
const SHANDONG = new URL("../../scenarios/shandong-it-2025.yaml", import.meta.url).pathname;

describe("readFiguresFile", () => {
  it("keeps the full-year levels that name a quantity, with the document regions of goals.yaml", () => {
    const f = readFiguresFile(SEEDS);
    expect(f.figures.find((x) => x.id === "sd-it-revenue-2023")).toMatchObject({
      region: "shandong",
      quantity: "it_industry",
      year: 2023,
      value: 20000,
      qualifier: "above",
      published: "2024-02-28",
    });
    const ids = f.figures.map((x) => x.id);
    // growth-only and part-year figures measure no projected level
    expect(ids).not.toContain("sd-software-growth-2023");
    expect(ids).not.toContain("sd-software-revenue-2022-jan-nov");
    expect(f.regions.get("000_4bf4d86db3557302.txt")).toBe("shandong");
    expect(findFiguresFile(SHANDONG)).toBe(SEEDS);
  });

  it("refuses a figure without a numeric value, naming the file, line and column", () => {
    const dir = mkdtempSync(join(tmpdir(), "figures-"));
    const file = join(dir, "figures.yaml");
    writeFileSync(
      file,
      "figures:\n  - id: x\n    region: r\n    sector: a\n    period: 2023\n    value: lots\n",
    );
    try {
      readFiguresFile(file);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ChainsimError);
      const d = (e as ChainsimError).diagnostics[0]!;
      expect(d.code).toBe("E_FIGURES_FILE");
      expect(d.loc).toMatchObject({ file, line: 6, col: 12 });
    }
  });
});

describe("backtest with published figures", () => {
  it("a figure of 190 published after the date for a U[100, 200] projection: P90, as with an actual", async () => {
    const text = `id: t
title: t
unit: 亿元
base_year: 2022
horizon: 2025
sectors:
  a: { baseline: 100~200, growth: 0% }
`;
    const s = await loadScenarioText(text, "b.yaml");
    const sim = await simulate(s, { samples: 20_000, seed: 2 });
    const fig = {
      id: "f",
      region: "r",
      quantity: "a",
      year: 2023,
      value: 190,
      qualifier: "above" as const,
      line: 1,
    };
    const r = backtest(s, s, sim, "2023-06", [
      { ...fig, published: "2024-03" },
      // published before the date: already known then, not a test of the projection
      { ...fig, id: "g", year: 2022, published: "2023-03" },
    ]);
    expect(r.points).toHaveLength(1);
    // P(U[100, 200] ≤ 190) = 0.9
    expect(r.points[0]!.percentile).toBeCloseTo(0.9, 2);
    expect(r.points[0]).toMatchObject({
      figure: "f",
      text: "190以上",
      qualifier: "at_least",
      published: "2024-03",
    });
  });

  it("an actual of the same year in the scenario wins over the figure", async () => {
    const text = `id: t
title: t
unit: 亿元
base_year: 2022
horizon: 2025
sectors:
  a: { baseline: 100~200, growth: 0%, actuals: { 2023: { value: 150, published: 2024-02 } } }
`;
    const s = await loadScenarioText(text, "b.yaml");
    const then = await loadScenarioText(text, "b.yaml", { asOf: "2023-06" });
    const fig = {
      id: "f",
      region: "r",
      quantity: "a",
      year: 2023,
      value: 190,
      qualifier: "exact" as const,
      line: 1,
    };
    const r = backtest(s, then, await simulate(then, { samples: 2000, seed: 2 }), "2023-06", [fig]);
    expect(r.points.map((p) => [p.value, p.figure])).toEqual([[150, undefined]]);
  });

  it("the base Shandong scenario (no dated actuals) is left as it is: its 2022 central projection is the sum of its baselines' midpoints", async () => {
    const s = await loadScenario(SHANDONG);
    expect(s.quantities.get("it_industry")!.actuals.every((a) => a.year < 2023)).toBe(true);
    // electronics_manufacturing 6000~7000 → 6500, software 11000~11300 → 11150 (scenario file)
    expect(valueAt(project(s), "it_industry", 2022)).toBeCloseTo(6500 + 11150, 6);
  });

  it("chainsim backtest scenarios/shandong-it-2025.yaml --as-of 2023-06 places the published 2023 figures", async () => {
    const r = await cli(
      "backtest",
      "scenarios/shandong-it-2025.yaml",
      "--as-of",
      "2023-06",
      "--samples",
      "2000",
      "--format",
      "json",
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { points: Array<Record<string, unknown>> };
    expect(out.points.map((p) => [p.quantity, p.year, p.value, p.published, p.figure])).toEqual([
      ["it_industry", 2023, 20000, "2024-02-28", "sd-it-revenue-2023"],
      ["cloud", 2023, 2000, "2024-02-28", "sd-big-data-revenue-2023"],
    ]);
    for (const p of out.points) {
      expect(p.percentile).toBeGreaterThanOrEqual(0);
      expect(p.percentile).toBeLessThanOrEqual(1);
    }
    const none = await cli(
      "backtest",
      "scenarios/shandong-it-2025.yaml",
      "--as-of",
      "2023-06",
      "--samples",
      "500",
      "--no-figures",
      "--lang",
      "en",
    );
    expect(none.stdout).toContain("no actual was published after 2023-06");
  });
});
