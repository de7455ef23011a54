/**
 * Scenarios that include others (regions) on the interactive page, which
 * cannot read files: the writer embeds every included file's text, by path
 * from the scenario's folder, and the loader reads includes from those texts
 * exactly as it reads them from disk.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../src/analysis/check.js";
import type { ChainsimError } from "../../src/diagnostics.js";
import { computeView } from "../../src/page/core.js";
import { buildInteractive, includedFiles } from "../../src/page/write.js";
import { loadScenario, loadScenarioText } from "../../src/scenario/load.js";

const dir = mkdtempSync(join(tmpdir(), "chainsim-page-regions-"));
mkdirSync(join(dir, "cities", "districts"), { recursive: true });
const scenario = (id: string, unit: string, baseline: number, goal: string, regions = "") => `id: ${id}
title: ${id}
unit: ${unit}
base_year: 2022
horizon: 2025
sectors:
  it: { baseline: ${baseline}, growth: 10% }
targets:
  - { sector: it, year: 2025, at_least: ${goal} }
${regions}`;
// a province that includes a city (in 万元) that includes a district: paths relative to each file
writeFileSync(join(dir, "cities", "districts", "d.yaml"), scenario("d", "万元", 10000, "2亿"));
writeFileSync(
  join(dir, "cities", "c.yaml"),
  scenario("c", "万元", 300000, "50亿", "regions:\n  - { id: d, file: districts/d.yaml }\n"),
);
const TOP = join(dir, "p.yaml");
writeFileSync(TOP, scenario("p", "亿元", 100, "1000", "regions:\n  - { id: c, file: cities/c.yaml }\n"));
const top = relative(process.cwd(), TOP);

describe("regions on the interactive page", () => {
  it("embeds every included file, at any depth, by path from the scenario's folder", async () => {
    const s = await loadScenario(top);
    const files = includedFiles(s, top);
    expect(Object.keys(files)).toEqual(["cities/c.yaml", "cities/districts/d.yaml"]);
    expect(files["cities/districts/d.yaml"]).toContain("id: d");
    const html = buildInteractive(s, top);
    expect(html).toContain('"cities/districts/d.yaml":');
  });

  it("loads from the embedded texts exactly as from disk", async () => {
    const fromDisk = check(await loadScenario(top));
    const s = await loadScenario(top);
    const files = includedFiles(s, top);
    const text = (await import("node:fs")).readFileSync(TOP, "utf8");
    // the page names the file by its base name
    const fromText = check(await loadScenarioText(text, "p.yaml", { files }));
    expect(fromText.rollup).toEqual(fromDisk.rollup);
    expect(fromDisk.rollup.shares.map((x) => [x.region, x.regionGoal])).toEqual([["c", 50]]); // 50亿 in 亿元
    const view = await computeView(text, "p.yaml", ["it.growth=12%"], files);
    expect(view.result.rollup).toEqual(fromDisk.rollup);
  });

  it("names an include the page does not carry", async () => {
    const text = (await import("node:fs")).readFileSync(TOP, "utf8");
    const e = (await loadScenarioText(text, "p.yaml", { files: {} }).catch((x) => x)) as ChainsimError;
    expect(e.diagnostics[0]!.code).toBe("E_FILE_NOT_FOUND");
    expect(e.diagnostics[0]!.message).toContain("cities/c.yaml");
  });
});
