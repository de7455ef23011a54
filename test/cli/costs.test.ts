import { beforeAll, describe, expect, it } from "vitest";
import { type CliResult, cli } from "./helpers.js";

const LIAOCHENG = "scenarios/liaocheng-it-2025.yaml";
const SMALL = "test/fixtures/policy/small.yaml";

describe("chainsim costs scenarios/liaocheng-it-2025.yaml --samples 10000 --seed 1", () => {
  let table: CliResult;
  let json: CliResult;
  let out: {
    years: number[];
    unit: string;
    total: { mean: number[]; p50: number[]; p90: number[] };
    instruments: Array<{ id: string; source: { clause: string }; mean: number[]; share: number }>;
    sectors: Array<{ id: string; mean: number[] }>;
    goals: Array<{ id: string; probability: number; ci95: [number, number]; value: number; unit: string }>;
    all_goals: { probability: number };
    cost_per_added_revenue: { value: number; unit: string };
    drivers: { instruments: Array<{ id: string; variance_share: number }>; inputs: unknown[] };
    manifest: { seed: number; samples: number; input_sha256: string };
  };
  beforeAll(async () => {
    table = await cli("costs", LIAOCHENG, "--samples", "10000", "--seed", "1", "--lang", "en");
    json = await cli("costs", LIAOCHENG, "--samples", "10000", "--seed", "1", "--format", "json");
    out = JSON.parse(json.stdout);
  });

  it("prints the yearly bands, the breakdowns, the goals and the drivers", () => {
    expect(table.code).toBe(0);
    expect(table.stderr).toBe("");
    const t = table.stdout;
    expect(t).toContain("10,000 samples, seed 1; money in 万元");
    expect(t).toMatch(/Yearly outlays \(万元\)\nyear\s+expected\s+P50\s+P90/);
    for (const y of [2023, 2024, 2025, 2026, 2027])
      expect(t).toMatch(new RegExp(`\\n${y}\\s+[\\d,.]+\\s+[\\d,.]+\\s+[\\d,.]+`));
    expect(t).toContain("By instrument (expected, 万元)");
    expect(t).toMatch(/lc-investment-subsidy\s+三\(三\)/);
    expect(t).toContain("By sector (expected, 万元)");
    expect(t).toMatch(/lc-above-scale-firms-2025\s+≥ 30 家 in 2025\s+\d+\.\d%/);
    expect(t).toMatch(/lc-it-revenue-2025\s+≥ 50\.0 亿元 in 2025\s+\d+\.\d%/);
    expect(t).toMatch(/Cost per 亿元 of added above-scale revenue: [\d,.]+ 万元/);
    expect(t).toContain("What drives the 2023–2027 budget");
  });

  it("is byte-identical for the same seed (JSON)", async () => {
    const again = await cli("costs", LIAOCHENG, "--samples", "10000", "--seed", "1", "--format", "json");
    expect(again.stdout).toBe(json.stdout);
    expect(out.manifest).toMatchObject({ seed: 1, samples: 10000 });
    expect(out.manifest.input_sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("costs all 22 rules of 三 from 2023 to 2027; the total is the sum of its parts; P50 ≤ P90", () => {
    expect(json.code).toBe(0);
    expect(out.years).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(out.unit).toBe("万元");
    expect(out.instruments).toHaveLength(22);
    expect(new Set(out.instruments.map((i) => i.source.clause))).toEqual(
      new Set(["三(一)", "三(二)", "三(三)", "三(四)", "三(五)", "三(六)"]),
    );
    out.years.forEach((_, t) => {
      const sum = out.instruments.reduce((a, i) => a + i.mean[t]!, 0);
      expect(sum).toBeCloseTo(out.total.mean[t]!, 3);
      expect(out.total.p50[t]!).toBeLessThanOrEqual(out.total.p90[t]!);
    });
    // the plan's years carry the budget; after 2025 only the rent subsidy's commitments remain
    expect(out.total.mean[0]!).toBeGreaterThan(1000);
    expect(out.total.mean[3]!).toBeLessThan(out.total.mean[2]! / 10);
  });

  it("gives the probabilities of 30 above-scale firms and 50亿 by 2025", () => {
    const [firms, revenue] = out.goals;
    expect(firms).toMatchObject({ id: "lc-above-scale-firms-2025", value: 30, unit: "家" });
    expect(revenue).toMatchObject({ id: "lc-it-revenue-2025", value: 50, unit: "亿元" });
    for (const g of out.goals) {
      expect(g.probability).toBeGreaterThan(0);
      expect(g.probability).toBeLessThan(1);
      expect(g.ci95[0]).toBeLessThanOrEqual(g.probability);
      expect(g.ci95[1]).toBeGreaterThanOrEqual(g.probability);
    }
    expect(out.all_goals.probability).toBeLessThanOrEqual(Math.min(firms!.probability, revenue!.probability));
    expect(out.cost_per_added_revenue.unit).toBe("万元 per 亿元");
    expect(out.cost_per_added_revenue.value).toBeGreaterThan(0);
  });

  it("ranks the instruments by their share of the budget's variance (the shares add up to 1)", () => {
    const v = out.drivers.instruments;
    expect(v[0]!.id).toBe("lc-investment-subsidy");
    expect(v.reduce((a, x) => a + x.variance_share, 0)).toBeCloseTo(1, 6);
    expect(out.drivers.inputs.length).toBeGreaterThan(5);
  });
});

describe("chainsim costs options", () => {
  it("--to extends the years costed; another seed gives other numbers", async () => {
    const a = JSON.parse(
      (await cli("costs", SMALL, "--samples", "500", "--format", "json", "--to", "2028")).stdout,
    );
    expect(a.years).toEqual([2023, 2024, 2025, 2026, 2027, 2028]);
    const b = JSON.parse(
      (await cli("costs", SMALL, "--samples", "500", "--format", "json", "--seed", "2")).stdout,
    );
    const c = JSON.parse(
      (await cli("costs", SMALL, "--samples", "500", "--format", "json", "--seed", "3")).stdout,
    );
    expect(b.total.mean).not.toEqual(c.total.mean);
  });
  it("--set firms.above_scale_threshold lowers the threshold: more above-scale firms", async () => {
    const base = JSON.parse((await cli("costs", SMALL, "--samples", "500", "--format", "json")).stdout);
    const low = JSON.parse(
      (
        await cli(
          "costs",
          SMALL,
          "--samples",
          "500",
          "--format",
          "json",
          "--set",
          "firms.above_scale_threshold=1000万",
        )
      ).stdout,
    );
    expect(low.above_scale.threshold).toBe(1000);
    expect(low.above_scale.count.mean[0]).toBeGreaterThan(base.above_scale.count.mean[0]);
    expect(low.manifest.overrides).toEqual(["firms.above_scale_threshold=1000万"]);
  });
});

describe("bad input: a positioned error, exit code 2, nothing on stdout", () => {
  const cases: Array<[string, string, string]> = [
    // file, the expected "file:line:col: error CODE", the message
    [
      "cap-negative.yaml",
      "test/fixtures/policy/cap-negative.yaml:41:24: error E_CAP_NEGATIVE",
      "the cumulative cap -1000万 is below zero",
    ],
    [
      "ladder-order.yaml",
      "test/fixtures/policy/ladder-order.yaml:47:20: error E_LADDER_ORDER",
      "threshold 2 (5000万) is not above the one before it (1亿)",
    ],
    [
      "unknown-attribute.yaml",
      "test/fixtures/policy/unknown-attribute.yaml:40:17: error E_UNKNOWN_FIRM_ATTRIBUTE",
      'unknown firm attribute "investmnt"; did you mean "investment"?',
    ],
  ];
  for (const [file, where, message] of cases) {
    it(file, async () => {
      const r = await cli("costs", `test/fixtures/policy/${file}`);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(`${where}: ${message}`);
      expect(r.stderr).toMatch(/\n\s+\|\s+\^/); // the caret under the position
      expect(r.stderr).toContain("hint:");
    });
  }
  it("a scenario without instruments", async () => {
    const r = await cli("costs", "scenarios/shandong-it-2025.yaml", "--samples", "10");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("E_COSTS_NO_POLICY");
  });
  it("usage errors", async () => {
    for (const args of [
      ["--samples", "0"],
      ["--samples", "1e9"],
      ["--seed", "x"],
      ["--to", "20x7"],
      ["--format", "pdf"],
    ]) {
      const r = await cli("costs", SMALL, ...args);
      expect(r.code, args.join(" ")).toBe(2);
    }
  });
});
