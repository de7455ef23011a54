/**
 * `--set` paths into overlaps and links: by name (`overlaps.ic/software.share`,
 * `links.coefficients.BUYER.INPUT`), by position, in brackets, from variants,
 * and in matrices written as lists; and every kind of bad path refused at the
 * `--set` argument with its code, the names that exist, and exit code 2.
 */
import { describe, expect, it } from "vitest";
import { check } from "../../src/analysis/check.js";
import { ChainsimError } from "../../src/diagnostics.js";
import type { Scenario } from "../../src/model/scenario.js";
import { type LoadOptions, loadScenario, loadScenarioText } from "../../src/scenario/load.js";
import { overlapSelector, splitPath } from "../../src/scenario/set-paths.js";
import { cli, SHANDONG } from "../cli/helpers.js";

const TINY = `id: t
title: t
unit: 亿元
base_year: 2022
horizon: 2025
sectors:
  whole: { baseline: 100, growth: 5%, children: [a, b] }
  a: { baseline: 50, growth: 5% }
  b: { baseline: 50, growth: 5% }
overlaps:
  - { part: a, within: b, share: 10%~20% }
  - { part: b, outside: whole, share: 5% }
links:
  sectors: [a, b]
  coefficients: [[0.1, 0.2], [0.05, 0.1]]   # rows: inputs a, b; columns: buyers a, b
  local_share: [50%, 60%]
targets:
  - { sector: whole, year: 2025, at_least: 120 }
  - { sector: a, year: 2025, at_least: 60 }
  - { sector: b, year: 2025, at_least: 60 }
`;

function tiny(opts: LoadOptions = {}, text = TINY): Promise<Scenario> {
  return loadScenarioText(text, "tiny.yaml", opts);
}

async function rejected(p: Promise<unknown>): Promise<ChainsimError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ChainsimError) return e;
    throw e;
  }
  throw new Error("expected a ChainsimError, the scenario loaded");
}

describe("--set paths into overlaps", () => {
  it("names an overlap PART/SECTOR (within or outside), by position, or in brackets", async () => {
    expect(splitPath("overlaps[a/b].share")).toEqual(["overlaps", "a/b", "share"]);
    for (const set of [["overlaps.a/b.share=30%"], ["overlaps.0.share=30%"], ["overlaps[a/b].share=30%"]]) {
      const s = await tiny({ set });
      expect(s.overlaps[0]!.share).toMatchObject({ low: 0.3, high: 0.3 });
      expect(s.overlaps[1]!.share.central).toBe(0.05);
    }
    const s = await tiny({ set: ["overlaps.b/whole.share=8%"] });
    expect(s.overlaps[1]!.share.central).toBe(0.08);
  });

  it("reaches the overlaps a variant states (variants and --set are one mechanism)", async () => {
    const s = await loadScenario(SHANDONG, {
      variant: "statistical-overlaps",
      set: ["overlaps.energy_electronics/it_industry.share=60%"],
    });
    const o = s.overlaps.find((x) => x.part === "energy_electronics")!;
    expect(o.share).toMatchObject({ low: 0.6, high: 0.6 });
    const v = check(s).verdicts[0]!;
    // 2000亿 × 60% replaces 2000 × 50%~90% in the stated overlap's interval
    const base = check(await loadScenario(SHANDONG, { variant: "statistical-overlaps" })).verdicts[0]!;
    expect(v.overlap.low - base.overlap.low).toBeCloseTo(2000 * (0.6 - 0.5), 6);
    expect(base.overlap.high - v.overlap.high).toBeCloseTo(2000 * (0.9 - 0.6), 6);
  });

  it("E_SET_OVERLAP when the scenario states no overlaps", async () => {
    const e = await rejected(loadScenario(SHANDONG, { set: ["overlaps.ic/software.share=30%"] }));
    expect(e.code).toBe("E_SET_OVERLAP");
    expect(e.diagnostics[0]!.message).toContain("the scenario states no overlaps");
    expect(e.diagnostics[0]!.hint).toContain("variant");
    expect(e.diagnostics[0]!.loc?.file).toBe("--set overlaps.ic/software.share=30%");
  });

  it("E_SET_OVERLAP for a misspelt name, with a did-you-mean and the names that exist", async () => {
    const e = await rejected(tiny({ set: ["overlaps.a/bb.share=30%"] }));
    expect(e.code).toBe("E_SET_OVERLAP");
    expect(e.diagnostics[0]!.message).toBe(
      '--set path "overlaps.a/bb.share": no overlap "a/bb"; did you mean "a/b"?',
    );
    expect(e.diagnostics[0]!.hint).toContain("here: a/b, b/whole");
  });

  it("E_SET_OVERLAP for a position past the end", async () => {
    const e = await rejected(tiny({ set: ["overlaps.2.share=30%"] }));
    expect(e.code).toBe("E_SET_OVERLAP");
    expect(e.diagnostics[0]!.message).toContain(
      "there is no overlap 2; the scenario states 2, at positions 0 to 1",
    );
  });

  it("E_SET_OVERLAP for a name two overlaps share; each is then named by its position", async () => {
    const twice = TINY.replace(
      "  - { part: b, outside: whole, share: 5% }",
      "  - { part: a, within: b, share: 5% }",
    );
    const e = await rejected(tiny({ set: ["overlaps.a/b.share=30%"] }, twice));
    expect(e.code).toBe("E_SET_OVERLAP");
    expect(e.diagnostics[0]!.message).toContain('"a/b" names more than one overlap (positions 0, 1)');
    const list = [
      { part: "a", within: "b" },
      { part: "a", within: "b" },
    ];
    expect([overlapSelector(list, 0), overlapSelector(list, 1)]).toEqual(["0", "1"]);
    const s = await tiny({ set: ["overlaps.1.share=7%"] }, twice);
    expect(s.overlaps[1]!.share.central).toBe(0.07);
  });

  it("E_SET_OVERLAP in a variant points at the variant's line", async () => {
    const text = `${TINY}variants:\n  wrong:\n    set:\n      overlaps.a/c.share: 30%\n`;
    const e = await rejected(tiny({ variant: "wrong" }, text));
    expect(e.code).toBe("E_SET_OVERLAP");
    expect(e.diagnostics[0]!.loc).toMatchObject({ file: "tiny.yaml", line: text.split("\n").length - 1 });
  });
});

describe("--set paths into links", () => {
  it("links.coefficients.BUYER.INPUT and links.local_share.SECTOR in the mapping form", async () => {
    const s = await loadScenario(SHANDONG, {
      set: ["links.coefficients.terminals.ic=0.2", "links.local_share.ic=20%"],
    });
    const l = s.links!;
    const ic = l.sectors.indexOf("ic");
    expect(l.coefficients[ic]![l.sectors.indexOf("terminals")]).toMatchObject({ low: 0.2, high: 0.2 });
    expect(l.localShare[ic]).toMatchObject({ low: 0.2, high: 0.2 });
  });

  it("the same names address matrices written as lists (rows in the order of links.sectors)", async () => {
    const s = await tiny({ set: ["links.coefficients.b.a=0.3", "links.local_share.b=70%"] });
    const l = s.links!;
    expect(l.coefficients[0]![1]!.central).toBe(0.3); // input a, buyer b
    expect(l.coefficients[1]![0]!.central).toBe(0.05);
    expect(l.localShare[1]!.central).toBe(0.7);
    const byIndex = await tiny({ set: ["links.coefficients.1.0=0.25"] });
    expect(byIndex.links!.coefficients[0]![1]!.central).toBe(0.25);
  });

  it("E_SET_LINK for a sector that does not exist, with a did-you-mean", async () => {
    for (const arg of ["links.coefficients.terminal.ic=0.1", "links.coefficients.terminals.icc=0.1"]) {
      const e = await rejected(loadScenario(SHANDONG, { set: [arg] }));
      expect(e.code).toBe("E_SET_LINK");
      expect(e.diagnostics[0]!.message).toMatch(
        /"(terminal|icc)" is not a sector of the links; did you mean "(terminals|ic)"\?/,
      );
      expect(e.diagnostics[0]!.loc?.file).toBe(`--set ${arg}`);
      expect(e.diagnostics[0]!.hint).toContain("links.coefficients.BUYER.INPUT");
    }
    const e = await rejected(loadScenario(SHANDONG, { set: ["links.local_share.icx=20%"] }));
    expect(e.diagnostics[0]!.message).toContain('"icx" is not a sector of the links; did you mean "ic"?');
  });

  it("E_SET_LINK for a misspelt key of links", async () => {
    const e = await rejected(loadScenario(SHANDONG, { set: ["links.coefficents.terminals.ic=0.1"] }));
    expect(e.code).toBe("E_SET_LINK");
    expect(e.diagnostics[0]!.message).toContain(
      'links has no key "coefficents"; did you mean "coefficients"?',
    );
    expect(e.diagnostics[0]!.hint).toContain("local_share");
  });

  it("E_SET_LINK for a position outside links.sectors (lists) and a sector not listed there", async () => {
    const e = await rejected(tiny({ set: ["links.local_share.5=20%"] }));
    expect(e.code).toBe("E_SET_LINK");
    expect(e.diagnostics[0]!.message).toContain("5 is not a position in links.sectors");
    const w = await rejected(tiny({ set: ["links.coefficients.whole.a=0.1"] }));
    expect(w.diagnostics[0]!.message).toContain('"whole" is not a sector of the links');
    expect(w.diagnostics[0]!.hint).toContain("sectors: a, b");
  });

  it("a bad path stops the CLI with exit code 2, naming the --set argument", async () => {
    for (const [arg, code] of [
      ["overlaps.ic/software.share=30%", "E_SET_OVERLAP"],
      ["links.coefficients.terminals.icc=0.1", "E_SET_LINK"],
    ]) {
      const r = await cli("check", SHANDONG, "--set", arg!);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--set ${arg}: error ${code}:`);
      expect(r.stderr).toContain("hint:");
    }
  });
});
