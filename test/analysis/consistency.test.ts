import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, passesStrict } from "../../src/analysis/check.js";
import { ChainsimError } from "../../src/diagnostics.js";
import { loadScenario, loadScenarioText } from "../../src/scenario/load.js";

/** A scenario with a parent P and the children given, each with a 2025 goal. */
function tree(opts: {
  headline: string;
  children: Record<string, string>;
  exhaustive?: boolean;
  overlaps?: string;
  comparator?: string;
}): string {
  const kids = Object.keys(opts.children);
  return `id: t
title: t
unit: 亿元
base_year: 2022
horizon: 2025
sectors:
  p:
    baseline: 100
    growth: 5%
    children: [${kids.join(", ")}]
    exhaustive: ${opts.exhaustive ?? false}
${kids.map((k) => `  ${k}:\n    baseline: 10\n    growth: 5%`).join("\n")}
${opts.overlaps ? `overlaps:\n${opts.overlaps}` : ""}
targets:
  - { id: head, sector: p, year: 2025, ${opts.comparator ?? "at_least"}: ${opts.headline} }
${kids.map((k) => `  - { id: g-${k}, sector: ${k}, year: 2025, reach: ${opts.children[k]} }`).join("\n")}
`;
}

const verdicts = async (text: string) => check(await loadScenarioText(text, "t.yaml")).verdicts;

describe("add-up verdicts", () => {
  it("Shandong: 35,700 against 22,000 with no overlaps is OVERSHOOT needing 13,700 (38.4%)", async () => {
    const r = check(await loadScenario("scenarios/shandong-it-2025.yaml"));
    const v = r.verdicts.find((x) => x.parent === "it_industry" && x.year === 2025)!;
    expect(v.headline).toBe(22000);
    // 1000 + 14000 + 3500 + 6000 + 600 + 2000 + 800 + 5000 + 2000 + 800
    expect(v.childrenSum).toBe(35700);
    expect(v.verdict).toBe("OVERSHOOT");
    expect(v.minOverlapNeeded).toBe(13700); // 35,700 − 22,000
    expect(v.minOverlapShare).toBeCloseTo(13700 / 35700, 12); // 0.38375…
    expect(v.overlap).toEqual({ low: 0, high: 0 });
    expect(v.unknownOverlaps).toHaveLength(45); // C(10, 2) pairs, none stated
    expect(v.headlineWithoutOverlap).toBe(35700);
    expect(passesStrict(r)).toBe(false);
  });

  it("partial children below the headline are CONSISTENT, the residual is other activity", async () => {
    const [v] = await verdicts(tree({ headline: "100", children: { a: "30", b: "40" } }));
    expect(v!.verdict).toBe("CONSISTENT");
    expect(v!.residual).toEqual({ low: 30, high: 30 }); // 100 − (30 + 40)
    expect(v!.minOverlapNeeded).toBe(0);
  });

  it("a stated overlap range that straddles the headline is INDETERMINATE", async () => {
    // 60 + 60 = 120; a within b at 10%~50% of a's 60 → 6..30; net 90..114 straddles 100
    const [v] = await verdicts(
      tree({
        headline: "100",
        children: { a: "60", b: "60" },
        overlaps: "  - { part: a, within: b, share: 10%~50% }",
      }),
    );
    expect(v!.overlap.low).toBeCloseTo(6, 12);
    expect(v!.overlap.high).toBeCloseTo(30, 12);
    expect(v!.net.low).toBeCloseTo(90, 12);
    expect(v!.net.high).toBeCloseTo(114, 12);
    expect(v!.verdict).toBe("INDETERMINATE");
    expect(v!.unknownOverlaps).toEqual([]);
  });

  it("overlaps large enough make an overshoot CONSISTENT; shares outside a parent's scope count too", async () => {
    // 60 + 60 = 120; a within b 20% → 12; b outside p 20% → 12; net 96 ≤ 100
    const [v] = await verdicts(
      tree({
        headline: "100",
        children: { a: "60", b: "60" },
        overlaps: "  - { part: a, within: b, share: 20% }\n  - { part: b, outside: p, share: 20% }",
      }),
    );
    expect(v!.net.low).toBeCloseTo(96, 12);
    expect(v!.verdict).toBe("CONSISTENT");
  });

  it("exhaustive children that fall short are a GAP with the residual needed", async () => {
    const [v] = await verdicts(tree({ headline: "100", children: { a: "40", b: "50" }, exhaustive: true }));
    expect(v!.verdict).toBe("GAP");
    expect(v!.residual).toEqual({ low: 10, high: 10 }); // 100 − 90
    // residual growth: base-year residual 100 − (10 + 10) = 80 → 10 in 2025 is a decline
    expect(v!.residualCagr).toBeCloseTo((10 / 80) ** (1 / 3) - 1, 12);
  });

  it("Guangdong: 78,000 against 70,000 is CONSISTENT while overlaps stay below 8,000", async () => {
    const r = check(await loadScenario("scenarios/guangdong-it-2025.yaml"));
    const v = r.verdicts.find((x) => x.year === 2025)!;
    expect(v.headline).toBe(70000);
    expect(v.childrenSum).toBe(78000); // 60,000 + 18,000
    expect(v.maxOverlapAllowed).toBe(8000);
    expect(v.verdict).toBe("CONSISTENT");
    // with more overlap than 8,000 it would fall short
    const worse = check(
      await loadScenario("scenarios/guangdong-it-2025.yaml", { set: ["overlaps.0.share=50%"] }),
    ).verdicts.find((x) => x.year === 2025)!;
    expect(worse.net.high).toBeCloseTo(78000 - 0.5 * 18000, 9);
    expect(worse.verdict).toBe("GAP");
  });

  it("a sector under two parents counts in both", async () => {
    const text = `id: t
title: t
unit: 亿元
base_year: 2022
horizon: 2025
sectors:
  p1: { baseline: 100, growth: 5%, children: [a, c] }
  p2: { baseline: 100, growth: 5%, children: [b, c] }
  a: { baseline: 10, growth: 5% }
  b: { baseline: 10, growth: 5% }
  c: { baseline: 10, growth: 5% }
targets:
  - { sector: p1, year: 2025, at_least: 50 }
  - { sector: p2, year: 2025, at_least: 50 }
  - { sector: a, year: 2025, reach: 20 }
  - { sector: b, year: 2025, reach: 20 }
  - { sector: c, year: 2025, reach: 40 }
`;
    const vs = await verdicts(text);
    expect(vs.map((v) => [v.parent, v.childrenSum, v.verdict])).toEqual([
      ["p1", 60, "OVERSHOOT"],
      ["p2", 60, "OVERSHOOT"],
    ]);
  });

  it("verdicts do not depend on the order of children", async () => {
    const a = await verdicts(tree({ headline: "100", children: { a: "60", b: "30", c: "20" } }));
    const b = await verdicts(tree({ headline: "100", children: { c: "20", a: "60", b: "30" } }));
    expect(a[0]!.verdict).toBe(b[0]!.verdict);
    expect(a[0]!.childrenSum).toBe(b[0]!.childrenSum);
  });
});

describe("goal pairs, required growth and tracking", () => {
  it("2.2万亿 at 10% a year implies a 2022 baseline of 16,528.9; from 2021's 12,000 the level goal binds", async () => {
    const r = check(await loadScenario("scenarios/shandong-it-2025.yaml"));
    const b = r.impliedBaselines.find((x) => x.sector === "it_industry")!;
    expect(b.value).toBeCloseTo(22000 / 1.1 ** 3, 9); // 16,528.925619834708
    expect(b.year).toBe(2022);
    const bind = r.binding.find((x) => x.published.year === 2021)!;
    // (22,000 / 12,000)^(1/4) − 1 = 0.16363…
    expect(bind.levelRequires).toBeCloseTo((22000 / 12000) ** 0.25 - 1, 12);
    expect(bind.binding).toBe("level");
    expect(bind.margin).toBeCloseTo((22000 / 12000) ** 0.25 - 1 - 0.1, 12);
  });

  it("required growth is an interval when the baseline is a range", async () => {
    const r = check(await loadScenario("scenarios/shandong-it-2025.yaml"));
    const g = r.requiredGrowth.find((x) => x.target === "sd-software-2025")!;
    // from 11,000~11,300 (centre 11,150) to 14,000 over 3 years
    expect(g.required.low).toBeCloseTo((14000 / 11300) ** (1 / 3) - 1, 12);
    expect(g.required.central).toBeCloseTo((14000 / 11150) ** (1 / 3) - 1, 12);
    expect(g.required.high).toBeCloseTo((14000 / 11000) ** (1 / 3) - 1, 12);
  });

  it("tracking re-forecasts from the latest actual: on track, behind, already met", async () => {
    const text = `id: t
title: t
unit: 亿元
base_year: 2022
horizon: 2025
sectors:
  a: { baseline: 100, growth: 10%, actuals: { 2023: 120 } }
  b: { baseline: 100, growth: 2%, actuals: { 2023: 101 } }
  c: { baseline: 100, growth: 5%, actuals: { 2024: 160 } }
targets:
  - { sector: a, year: 2025, at_least: 140 }
  - { sector: b, year: 2025, at_least: 140 }
  - { sector: c, year: 2025, at_least: 150 }
`;
    const r = check(await loadScenarioText(text, "t.yaml"));
    const st = Object.fromEntries(r.tracking.map((t) => [t.subject, t]));
    expect(st.a!.projected).toBeCloseTo(120 * 1.1 ** 2, 9); // 145.2 ≥ 140
    expect(st.a!.status).toBe("on track");
    expect(st.a!.requiredRemaining).toBeCloseTo(Math.sqrt(140 / 120) - 1, 12);
    expect(st.b!.status).toBe("behind"); // 101 × 1.02² = 105.08 < 140
    expect(st.c!.status).toBe("already met");
  });
});

describe("regions", () => {
  const dir = mkdtempSync(join(tmpdir(), "chainsim-regions-"));
  const city = (id: string, revenue: number, firms: number) => `id: ${id}
title: ${id}
unit: 万元
base_year: 2022
horizon: 2025
sectors:
  it: { baseline: 100000, growth: 10% }
indicators:
  firms: { unit: 家, baseline: 10, growth: 10% }
targets:
  - { sector: it, year: 2025, at_least: ${revenue}亿 }
  - { indicator: firms, year: 2025, at_least: ${firms} }
`;
  writeFileSync(join(dir, "a.yaml"), city("a", 50, 30));
  writeFileSync(join(dir, "b.yaml"), city("b", 150, 40));
  const province = (extra = "") => `id: p
title: p
unit: 亿元
base_year: 2022
horizon: 2025
sectors:
  it: { baseline: 100, growth: 10% }
targets:
  - { sector: it, year: 2025, at_least: 1000 }
regions:
  - { id: a, file: a.yaml }
  - { id: b, file: b.yaml }
${extra}`;

  it("rolls city goals up into the province: shares, the sum, revenue per firm", async () => {
    writeFileSync(join(dir, "p.yaml"), province());
    const r = check(await loadScenario(join(dir, "p.yaml")));
    const shares = r.rollup.shares.map((s) => [s.region, s.regionGoal, s.share]);
    expect(shares).toEqual([
      ["a", 50, 0.05], // 50亿 of 1000亿, the city file in 万元 converted
      ["b", 150, 0.15],
    ]);
    expect(r.rollup.sums[0]!.regionsSum).toBe(200);
    expect(r.rollup.sums[0]!.verdict).toBe("CONSISTENT");
    const perFirm = r.rollup.ratios.find((x) => x.region === "a")!;
    expect(perFirm.perUnit).toBeCloseTo(500000 / 30, 9); // 50亿 = 500,000万 over 30 firms
  });

  it("regions declared exhaustive that fall short are a GAP", async () => {
    writeFileSync(join(dir, "p2.yaml"), `${province("regions_exhaustive: true\n")}`);
    const r = check(await loadScenario(join(dir, "p2.yaml")));
    expect(r.rollup.sums[0]!.verdict).toBe("GAP");
  });

  it("refuses region files outside the folder, and include cycles", async () => {
    const sub = mkdtempSync(join(dir, "sub-"));
    writeFileSync(join(sub, "p.yaml"), province().replace("file: a.yaml", "file: ../a.yaml"));
    await expect(loadScenario(join(sub, "p.yaml"))).rejects.toMatchObject({ code: "E_REGION_OUTSIDE" });
    writeFileSync(join(dir, "x.yaml"), `${city("x", 1, 1)}regions:\n  - { id: y, file: y.yaml }\n`);
    writeFileSync(join(dir, "y.yaml"), `${city("y", 1, 1)}regions:\n  - { id: x, file: x.yaml }\n`);
    const err = await loadScenario(join(dir, "x.yaml")).catch((e: ChainsimError) => e);
    expect(err).toBeInstanceOf(ChainsimError);
    expect((err as ChainsimError).code).toBe("E_REGION_CYCLE");
    expect((err as ChainsimError).diagnostics[0]!.message).toMatch(/x\.yaml → .*y\.yaml → .*x\.yaml/);
  });
});

describe("bad input for the add-up check", () => {
  const bad = async (text: string) => {
    const e = await loadScenarioText(text, "bad.yaml").catch((x: ChainsimError) => x);
    expect(e).toBeInstanceOf(ChainsimError);
    return (e as ChainsimError).diagnostics[0]!;
  };
  it("an overlap share outside [0, 1]", async () => {
    const d = await bad(
      tree({
        headline: "100",
        children: { a: "6", b: "6" },
        overlaps: "  - { part: a, within: b, share: 120% }",
      }),
    );
    expect(d.code).toBe("E_SHARE_RANGE");
    expect(d.loc).toMatchObject({ line: 19, col: 34 });
  });
  it("an overlap naming an unknown sector", async () => {
    const d = await bad(
      tree({
        headline: "100",
        children: { a: "6", b: "6" },
        overlaps: "  - { part: a, within: bb, share: 20% }",
      }),
    );
    expect(d.code).toBe("E_UNKNOWN_REFERENCE");
    expect(d.message).toContain('did you mean "b"');
    expect(d.loc).toMatchObject({ line: 19, col: 24 });
  });
  it("an overlap with neither within nor outside", async () => {
    const d = await bad(
      tree({ headline: "100", children: { a: "6", b: "6" }, overlaps: "  - { part: a, share: 20% }" }),
    );
    expect(d.code).toBe("E_OVERLAP_FORM");
  });
  it("shares of one part adding to more than 100%", async () => {
    const d = await bad(
      tree({
        headline: "100",
        children: { a: "6", b: "6", c: "6" },
        overlaps: "  - { part: a, within: b, share: 60% }\n  - { part: a, within: c, share: 50% }",
      }),
    );
    expect(d.code).toBe("E_OVERLAP_SUM");
    expect(d.loc!.line).toBe(23);
  });
  it("a child in a different unit (an indicator)", async () => {
    const d = await bad(`id: t
title: t
unit: 亿元
base_year: 2022
horizon: 2025
sectors:
  p: { baseline: 1, growth: 1%, children: [firms] }
indicators:
  firms: { unit: 家, baseline: 1, growth: 1% }
`);
    expect(d.code).toBe("E_CHILD_NOT_SECTOR");
    expect(d.loc).toMatchObject({ line: 7, col: 44 });
  });
  it("children declared exhaustive with no goals", async () => {
    const d = await bad(`id: t
title: t
unit: 亿元
base_year: 2022
horizon: 2025
sectors:
  p:
    baseline: 1
    growth: 1%
    children: [a]
    exhaustive: true
  a: { baseline: 1, growth: 1% }
targets:
  - { sector: p, year: 2025, at_least: 2 }
`);
    expect(d.code).toBe("E_EXHAUSTIVE_NO_GOALS");
    expect(d.loc).toMatchObject({ line: 11, col: 17 });
  });
  it("a cycle among sectors, named", async () => {
    const d = await bad(`id: t
title: t
unit: 亿元
base_year: 2022
horizon: 2025
sectors:
  a: { baseline: 1, growth: 1%, children: [b] }
  b: { baseline: 1, growth: 1%, children: [a] }
`);
    expect(d.code).toBe("E_SECTOR_CYCLE");
    expect(d.message).toContain("a → b → a");
  });
});
