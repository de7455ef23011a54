import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cli, SHANDONG } from "./helpers.js";

/** The sectors of the links system, in the scenario's order. */
const SECTORS = [
  "software",
  "cloud",
  "ic",
  "computing",
  "terminals",
  "ai",
  "vr",
  "space",
  "energy_electronics",
  "materials",
];

interface StatJson {
  central: number;
  p5: number | null;
  p95: number | null;
}

describe("chainsim chain on the Shandong scenario", () => {
  it("--shock terminals=-10% prints the upstream effects per sector and on each goal", async () => {
    const r = await cli("chain", SHANDONG, "--shock", "terminals=-10%", "--lang", "zh");
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toContain("需求冲击（列昂惕夫模型）：数字终端（terminals）最终需求 −10.0%");
    for (const id of SECTORS) expect(out).toMatch(new RegExp(`^\\S+ ${id} `, "m"));
    // ic sells chips to terminals: its output falls, with an interval from the coefficient ranges
    expect(out).toMatch(/^集成电路 ic .*−\d+\.\d（−\d+\.\d 至 −\d+\.\d）/m);
    expect(out).toContain("对目标的影响（2025年；差距 = 预测值 − 目标值）");
    for (const goal of [
      "sd-ic-2025",
      "sd-terminals-2025",
      "sd-materials-2025",
      "sd-it-2025（10 个子项合计）",
    ]) {
      expect(out).toContain(goal);
    }
    expect(out).toContain("乘数与产业关联");
    expect(out).toContain("产业链：下游目标隐含的本地中间需求");
    expect(out).toMatch(/区间：对 \d+ 个不确定系数和比例做 2,000 次蒙特卡洛抽样/);
  });

  it("--lang en prints the same tables in English", async () => {
    const out = (await cli("chain", SHANDONG, "--shock", "terminals=-10%", "--lang", "en")).stdout;
    expect(out).toContain("Demand shock (Leontief): digital terminals (terminals) final demand −10.0%");
    expect(out).toMatch(/^integrated circuits ic .*−\d+\.\d \(−\d+\.\d to −\d+\.\d\)/m);
    expect(out).toContain("Effect on goals (2025; gap = projected − goal)");
    expect(out).toContain("sd-it-2025 (Σ 10 children)");
    expect(out).toContain("Multipliers and linkages");
    expect(out).toContain("Industry chain: local demand implied by the downstream goals");
    expect(out).toMatch(/Intervals: P5 to P95 of 2,000 Monte Carlo samples/);
  });

  it("JSON: direct effect is the shocked final demand, the rest travels upstream", async () => {
    const r = await cli("chain", SHANDONG, "--shock", "terminals=-10%", "--format", "json");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const sectors = out.sectors as Array<{ id: string; output: number; final_demand: number }>;
    expect(sectors.map((s) => s.id)).toEqual(SECTORS);
    const shock = out.demand_shock;
    const row = (id: string) => shock.sectors.find((s: { id: string }) => s.id === id);
    const terminals = sectors.find((s) => s.id === "terminals")!;
    // final demand of terminals is derived as (I − A_r)x; the shock is −10% of it
    expect(row("terminals").change.central).toBeCloseTo(-0.1 * terminals.final_demand, 6);
    expect(row("terminals").direct.central).toBeCloseTo(row("terminals").change.central, 9);
    for (const id of SECTORS) {
      const s = row(id);
      expect(s.output.central).toBeCloseTo(s.direct.central + s.indirect.central, 6);
      expect(s.output.central).toBeLessThanOrEqual(1e-9);
      if (s.output.p5 !== null) {
        expect(s.output.p5).toBeLessThanOrEqual(s.output.p95);
      }
    }
    // sectors that sell to terminals lose output; AI, VR and space sell nothing to it
    for (const id of ["ic", "materials", "software", "energy_electronics"]) {
      expect(row(id).indirect.central).toBeLessThan(0);
      const i: StatJson = row(id).indirect;
      expect(i.p5!).toBeLessThan(i.p95!);
    }
    for (const id of ["ai", "vr", "space"]) expect(row(id).output.central).toBe(0);
    // each goal's gap moves by the change of its sector (a parent's by its children's)
    const goal = (id: string) => out.goals.find((g: { target: string }) => g.target === id);
    expect(goal("sd-ic-2025").demand.change.central).toBeCloseTo(row("ic").output.central, 9);
    expect(goal("sd-ic-2025").demand.gap_after.central).toBeCloseTo(
      goal("sd-ic-2025").gap_before + row("ic").output.central,
      6,
    );
    expect(goal("sd-it-2025").via).toHaveLength(10);
    expect(goal("sd-it-2025").demand.change.central).toBeCloseTo(shock.total.central, 6);
    expect(out.monte_carlo).toMatchObject({ samples: 2000, seed: 1, used: 2000 });
    expect(out.manifest).toMatchObject({ seed: 1, samples: 2000 });
    // every output multiplier is at least 1, and the Rasmussen indices average 1
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const outSectors = out.sectors as Array<{
      output_multiplier: StatJson;
      backward_linkage: StatJson;
      forward_linkage: StatJson;
    }>;
    for (const s of outSectors) expect(s.output_multiplier.central).toBeGreaterThanOrEqual(1);
    expect(mean(outSectors.map((s) => s.backward_linkage.central))).toBeCloseTo(1, 9);
    expect(mean(outSectors.map((s) => s.forward_linkage.central))).toBeCloseTo(1, 9);
  });

  it("an absolute shock in 亿 equals the same relative shock", async () => {
    const rel = JSON.parse(
      (await cli("chain", SHANDONG, "--shock", "terminals=-10%", "--format", "json", "--samples", "0"))
        .stdout,
    );
    const df = rel.demand_shock.sectors.find((s: { id: string }) => s.id === "terminals").change
      .central as number;
    const abs = JSON.parse(
      (await cli("chain", SHANDONG, "--shock", `terminals=${df}亿`, "--format", "json", "--samples", "0"))
        .stdout,
    );
    rel.demand_shock.sectors.forEach((s: { output: StatJson }, i: number) => {
      expect(abs.demand_shock.sectors[i].output.central).toBeCloseTo(s.output.central, 6);
    });
    expect(rel.monte_carlo).toBeNull();
    expect(rel.demand_shock.sectors[0].output.p5).toBeNull();
  });

  it("--supply-shock uses the Ghosh model: downstream buyers of chips lose output", async () => {
    const r = await cli(
      "chain",
      SHANDONG,
      "--supply-shock",
      "ic=-20%",
      "--format",
      "json",
      "--samples",
      "200",
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.demand_shock).toBeNull();
    const row = (id: string) => out.supply_shock.sectors.find((s: { id: string }) => s.id === id);
    expect(row("ic").change.central).toBeLessThan(0);
    for (const id of ["computing", "terminals", "vr"]) expect(row(id).indirect.central).toBeLessThan(0);
    const table = await cli(
      "chain",
      SHANDONG,
      "--supply-shock",
      "ic=-20%",
      "--samples",
      "200",
      "--lang",
      "zh",
    );
    expect(table.stdout).toContain("供给冲击（戈什模型）：集成电路（ic）初始投入 −20.0%");
  });

  it("the same seed gives byte-identical output; another seed other intervals", async () => {
    const args = ["chain", SHANDONG, "--shock", "terminals=-10%", "--samples", "500"];
    const a = await cli(...args, "--seed", "7", "--format", "json");
    const b = await cli(...args, "--seed", "7", "--format", "json");
    const c = await cli(...args, "--seed", "8", "--format", "json");
    expect(a.stdout).toBe(b.stdout);
    expect(c.stdout).not.toBe(a.stdout);
    const t1 = await cli(...args, "--seed", "7");
    const t2 = await cli(...args, "--seed", "7");
    expect(t1.stdout).toBe(t2.stdout);
  });

  it("chain consistency: the downstream goals against the IC and materials goals", async () => {
    const out = JSON.parse((await cli("chain", SHANDONG, "--format", "json", "--samples", "0")).stdout);
    const ic = out.chain_consistency.find((r: { upstream: string }) => r.upstream === "ic");
    expect(ic.goal).toBe(1000);
    expect(ic.year).toBe(2025);
    expect(ic.implied_demand.low).toBeLessThanOrEqual(ic.implied_demand.high);
    expect([
      "upstream goal covers implied demand",
      "upstream goal below implied local demand",
      "upstream goal within implied demand range",
    ]).toContain(ic.verdict);
    // terminals' 6,000 and computing's 3,500 are among the buyers, at their goals
    const buyers = Object.fromEntries(
      ic.buyers.map((b: { sector: string; value: number }) => [b.sector, b.value]),
    );
    expect(buyers.terminals).toBe(6000);
    expect(buyers.computing).toBe(3500);
    expect(out.chain_consistency.map((r: { upstream: string }) => r.upstream)).toContain("materials");
  });

  it("check shows the chain verdicts beside the add-up verdicts", async () => {
    const r = await cli("check", SHANDONG, "--lang", "zh");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("产业链：下游目标隐含的本地中间需求");
    expect(r.stdout).toMatch(/集成电路 ic\s+2025\s+1,000\.0/);
    const j = JSON.parse((await cli("check", SHANDONG, "--format", "json")).stdout);
    expect(j.chain.find((x: { upstream: string }) => x.upstream === "ic").goal_target).toBe("sd-ic-2025");
    const md = await cli("check", SHANDONG, "--format", "markdown", "--lang", "en");
    expect(md.stdout).toContain("## Industry chain: local demand implied by the downstream goals");
  });

  it("--year analyses another year; --set changes a coefficient like any assumption", async () => {
    const a = JSON.parse(
      (await cli("chain", SHANDONG, "--format", "json", "--samples", "0", "--year", "2023")).stdout,
    );
    expect(a.year).toBe(2023);
    const base = JSON.parse((await cli("chain", SHANDONG, "--format", "json", "--samples", "0")).stdout);
    const set = JSON.parse(
      (
        await cli(
          "chain",
          SHANDONG,
          "--format",
          "json",
          "--samples",
          "0",
          "--set",
          "links.coefficients.terminals.ic=0.3",
        )
      ).stdout,
    );
    const m = (o: { sectors: Array<{ id: string; output_multiplier: StatJson }> }) =>
      o.sectors.find((s) => s.id === "terminals")!.output_multiplier.central;
    expect(m(set)).toBeGreaterThan(m(base));
    expect(set.manifest.overrides).toEqual(["links.coefficients.terminals.ic=0.3"]);
  });
});

describe("chainsim chain: bad input", () => {
  const DIR = "test/fixtures/links";
  /** The text at a 1-based line and column of a fixture. */
  const at = (file: string, line: number, col: number) =>
    Array.from(readFileSync(file, "utf8").split("\n")[line - 1] ?? "")
      .slice(col - 1)
      .join("");

  const cases: Array<{
    file: string;
    code: string;
    line: number;
    col: number;
    text: string;
    names: string[];
  }> = [
    {
      file: "not-productive.yaml",
      code: "E_NOT_PRODUCTIVE",
      line: 15,
      col: 24,
      text: "0.6], [0.9, 0.5]]",
      names: ['column "terminals"', "ic", "spectral radius of the coefficient matrix is 1.235"],
    },
    {
      file: "negative.yaml",
      code: "E_LINK_NEGATIVE",
      line: 14,
      col: 44,
      text: "-0.02 }",
      names: ['"materials" to "terminals"'],
    },
    {
      file: "unknown-sector.yaml",
      code: "E_LINK_UNKNOWN_SECTOR",
      line: 14,
      col: 27,
      text: "materails: 0.03 }",
      names: ['"materails"', 'did you mean "materials"'],
    },
    {
      file: "indicator.yaml",
      code: "E_LINK_UNIT",
      line: 14,
      col: 27,
      text: "firms: 0.03 }",
      names: ['"firms" is an indicator in 家'],
    },
    {
      file: "shape.yaml",
      code: "E_MATRIX_SHAPE",
      line: 15,
      col: 5,
      text: "- [0.05, 0.10]",
      names: ["2×2", "3×3"],
    },
    {
      file: "column-sum.yaml",
      code: "E_LINK_COLUMN_SUM",
      line: 15,
      col: 5,
      text: "terminals: { ic: 0.5~0.7",
      names: ['column "terminals" sum to 1.05', "at the high ends of the ranges"],
    },
  ];

  for (const c of cases) {
    it(`${c.file}: ${c.code} at ${c.line}:${c.col}, naming what is wrong, exit 2`, async () => {
      const file = `${DIR}/${c.file}`;
      const r = await cli("chain", file);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      const head = `${file}:${c.line}:${c.col}: error ${c.code}: `;
      const line = r.stderr.split("\n").find((l) => l.startsWith(head));
      expect(line, r.stderr).toBeDefined();
      for (const n of c.names) expect(line).toContain(n);
      expect(at(file, c.line, c.col).startsWith(c.text)).toBe(true);
      expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
      // the loader refuses the file for every command
      expect((await cli("validate", file)).code).toBe(2);
    });
  }

  it("a non-productive system also names each column whose inputs reach 1", async () => {
    const r = await cli("chain", `${DIR}/not-productive.yaml`);
    expect(r.stderr).toContain('error E_LINK_COLUMN_SUM: the inputs of column "ic" sum to 1.4');
    expect(r.stderr).toContain('error E_LINK_COLUMN_SUM: the inputs of column "terminals" sum to 1.1');
  });

  it("a file without links, an unknown shock sector and a bad shock are refused with exit 2", async () => {
    const none = await cli("chain", `${DIR}/no-links.yaml`);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("E_NO_LINKS");
    const unknown = await cli("chain", SHANDONG, "--shock", "termnals=-10%");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      'E_LINK_UNKNOWN_SECTOR: unknown sector "termnals" in links; did you mean "terminals"?',
    );
    const bad = await cli("chain", SHANDONG, "--shock", "terminals");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("E_SHOCK_SYNTAX");
    const range = await cli("chain", SHANDONG, "--shock", "terminals=-10%~-5%");
    expect(range.code).toBe(2);
    expect(range.stderr).toContain("a shock is one number, not a range");
    const word = await cli("chain", SHANDONG, "--shock", "terminals=lots");
    expect(word.code).toBe(2);
    expect(word.stderr).toContain("E_SHOCK_SYNTAX");
    const samples = await cli("chain", SHANDONG, "--samples", "20000000");
    expect(samples.code).toBe(2);
    expect(samples.stderr).toContain("E_USAGE");
  });
});

describe("check: what the downstream goals ask of an upstream sector, in words", () => {
  it("names the largest buyers in the reader's language, not by their ids", async () => {
    // Shandong's chips: advanced computing (goal 3,500) and digital terminals (6,000) buy most of them
    const zh = await cli("check", SHANDONG, "--lang", "zh");
    expect(zh.code).toBe(0);
    const zhLine = zh.stdout.split("\n").find((l) => l.includes("集成电路 2025年：各项目标需要其产品"))!;
    expect(zhLine).toMatch(/最大的买方：先进计算 [\d,.]+亿元、数字终端/);
    expect(zhLine).not.toMatch(/computing|terminals/);
    const en = await cli("check", SHANDONG, "--lang", "en");
    const enLine = en.stdout.split("\n").find((l) => l.includes("of its products as inputs"))!;
    expect(enLine).toMatch(/largest buyers: advanced computing [\d,.]+, digital terminals/);
  });
});
