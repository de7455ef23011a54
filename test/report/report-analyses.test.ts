/**
 * The report's optional analyses end to end: `--sensitivity GOAL_ID` adds
 * the tornado and Sobol charts (7), a scenario with `links:` adds the chain
 * multipliers and a shock's propagation (8, `--shock` to choose it), and one
 * with `instruments:` adds the cost fan and breakdown (9) — each with its
 * caption, sources and data files.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cli, SHANDONG } from "../cli/helpers.js";

const LIAOCHENG = "scenarios/liaocheng-it-2025.yaml";
let root: string;
let sd: string;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "chainsim-report-analyses-"));
  sd = join(root, "sd");
  const r = await cli(
    "report",
    "--lang",
    "zh",
    SHANDONG,
    "-o",
    sd,
    "--samples",
    "0",
    "--sensitivity",
    "sd-software-2025",
    "--sensitivity-samples",
    "128",
    "--seed",
    "3",
  );
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
}, 60_000);

// CSV files start with the UTF-8 byte-order mark (issue 17): read the text after it
const read = (dir: string, path: string) => readFileSync(join(dir, path), "utf8").replace(/^\uFEFF/, "");
const manifestPaths = (dir: string): string[] =>
  JSON.parse(read(dir, "manifest.json")).files.map((f: { path: string }) => f.path);

describe("report: sensitivity, chain, costs", () => {
  it("--sensitivity: tornado and Sobol charts of the goal's gap, with data and captions", () => {
    const paths = manifestPaths(sd);
    for (const name of ["tornado", "sobol", "chain-multipliers", "chain-shock"]) {
      expect(paths).toContain(`charts/${name}.svg`);
      expect(paths).toContain(`data/${name}.csv`);
      expect(paths).toContain(`data/${name}.parquet`);
    }
    const manifest = JSON.parse(read(sd, "manifest.json"));
    expect(manifest.sensitivity).toEqual({ goal: "sd-software-2025", samples: 128, seed: 3 });
    const tornado = read(sd, "data/tornado.csv");
    expect(tornado.split("\n")[0]).toBe("output,input,base,low,high,low_label,high_label");
    expect(tornado).toContain("software.growth");
    const sobol = read(sd, "data/sobol.csv");
    expect(sobol).toContain("software.growth");
    const html = read(sd, "report.html");
    expect(html).toContain("龙卷风图");
    expect(html).toContain("Sobol：N = 128，随机种子 3");
    expect(html).toContain("目标出处：");
  }, 60_000);

  it("links: the multipliers heat map and the default shock (largest final demand −10%)", () => {
    const shock = read(sd, "data/chain-shock.csv");
    expect(shock.split("\n")[0]).toBe("year,shock,sector,name,unit,direct,indirect,total,relative");
    expect(shock).toContain("software=-10%");
    const mult = read(sd, "data/chain-multipliers.csv").trim().split("\n");
    expect(mult.length).toBe(1 + 10 * 10);
    const html = read(sd, "report.html");
    expect(html).toContain("列昂惕夫逆矩阵");
    expect(html).toContain("投入产出系数：shandong-it-2025.yaml");
  });

  it("--shock chooses the shock; a bad one is an error", async () => {
    const dir = join(root, "shock");
    const r = await cli(
      "report",
      "--lang",
      "zh",
      SHANDONG,
      "-o",
      dir,
      "--samples",
      "0",
      "--shock",
      "ic=-20%",
      "--lang",
      "en",
    );
    expect(r.code, r.stderr).toBe(0);
    expect(read(dir, "data/chain-shock.csv")).toContain("ic=-20%");
    expect(JSON.parse(read(dir, "manifest.json")).shock).toBe("ic=-20%");
    expect(read(dir, "report.html")).toContain("How a shock propagates");
    const bad = await cli(
      "report",
      "--lang",
      "zh",
      SHANDONG,
      "-o",
      join(root, "bad"),
      "--samples",
      "0",
      "--shock",
      "nope=-1%",
    );
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("nope");
  }, 60_000);

  it("--sensitivity with an unknown goal is an error and writes nothing", async () => {
    const dir = join(root, "unknown");
    const r = await cli(
      "report",
      "--lang",
      "zh",
      SHANDONG,
      "-o",
      dir,
      "--samples",
      "0",
      "--sensitivity",
      "no-such-goal",
    );
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("no-such-goal");
    expect(() => read(dir, "report.html")).toThrow();
  }, 60_000);

  it("instruments: the cost fan chart and breakdown, byte-identical for the same seed", async () => {
    const a = join(root, "lc-a");
    const b = join(root, "lc-b");
    for (const dir of [a, b]) {
      const r = await cli("report", "--lang", "zh", LIAOCHENG, "-o", dir, "--samples", "300", "--lang", "en");
      expect(r.code, r.stderr).toBe(0);
    }
    const paths = manifestPaths(a);
    for (const name of ["costs-fan", "costs-breakdown"]) {
      expect(paths).toContain(`charts/${name}.svg`);
      expect(paths).toContain(`data/${name}.csv`);
      expect(paths).toContain(`data/${name}.parquet`);
    }
    expect(read(a, "data/costs-fan.csv").split("\n")[0]).toBe("year,unit,mean,sd,p10,p50,p90");
    expect(read(a, "data/costs-breakdown.csv")).toContain("investment");
    const html = read(a, "report.html");
    // the cost fan states its finding as its title (charts/costs.ts fanTitle)
    expect(html).toContain("Expected policy cost over");
    expect(html).toContain("Instruments: liaocheng-it-2025.yaml lines");
    expect(read(a, "manifest.json")).toBe(read(b, "manifest.json"));
    // no chain charts without links
    expect(paths).not.toContain("charts/chain-shock.svg");
  }, 120_000);
});
