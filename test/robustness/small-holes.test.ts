/**
 * The smaller holes of issue 22, one test each: --set paths that reach
 * prototypes, full-width commas in distributions, E_FORMULA_EVAL with a
 * column and caret.
 */
import { describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/diagnostics.js";
import { project } from "../../src/engine/project.js";
import { simulate } from "../../src/engine/simulate.js";
import { loadScenarioText } from "../../src/scenario/load.js";
import { HEAD, rejected, SECTOR } from "./helpers.js";

const FILE = `${HEAD}${SECTOR}`;

describe("--set paths are looked up as own properties", () => {
  it.each([
    "__proto__.x=1",
    "toString.x=1",
    "constructor.prototype.y=1",
    "sectors.__proto__.x=1",
    "sectors.a.__proto__.polluted=1",
    "sectors.a.constructor.prototype.y=1",
    "links.value_added.__proto__.x=1",
    "hasOwnProperty=1",
  ])("--set %s is refused with E_SET_PATH at the argument", async (arg) => {
    const e = await rejected(loadScenarioText(FILE, "t.yaml", { set: [arg] }));
    // links paths have their own code (the scenario has no links block)
    expect(e.code).toBe(arg.startsWith("links.") ? "E_SET_LINK" : "E_SET_PATH");
    expect(e.diagnostics[0]!.loc?.file).toBe(`--set ${arg}`);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it("a path through a scalar is refused with E_SET_PATH at the argument; the file's own data is untouched", async () => {
    const e = await rejected(loadScenarioText(FILE, "t.yaml", { set: ["a.growth.rate.x=1"] }));
    expect(e.code).toBe("E_SET_PATH");
    expect(e.diagnostics[0]!.loc?.file).toBe("--set a.growth.rate.x=1");
    const s = await loadScenarioText(FILE, "t.yaml");
    expect((s.quantities.get("a")!.growth as { rate: { central: number } }).rate.central).toBeCloseTo(
      0.05,
      12,
    );
  });
  it("a map missing on the way is created, as in the file: a.name.zh sets a Chinese name", async () => {
    const s = await loadScenarioText(FILE, "t.yaml", { set: ["a.name.zh=软件"] });
    expect(s.quantities.get("a")!.names.zh).toBe("软件");
  });
  it("ordinary paths still work", async () => {
    const s = await loadScenarioText(FILE, "t.yaml", { set: ["a.growth=7%"] });
    const g = s.quantities.get("a")!.growth as { type: string; rate: { central: number } };
    expect(g.rate.central).toBeCloseTo(0.07, 12);
  });
});

describe("full-width commas in a distribution's list", () => {
  it("triangular: [8%， 12%， 17%] reads as [8%, 12%, 17%], with a warning at the first comma", async () => {
    const text = `${HEAD}sectors:\n  a:\n    baseline: { year: 2022, value: 100 }\n    growth: { triangular: [8%， 12%、 17%] }\n`;
    const s = await loadScenarioText(text, "fw.yaml");
    const g = s.quantities.get("a")!.growth as { rate: { dist: unknown } };
    expect(g.rate.dist).toEqual({ type: "triangular", min: 0.08, mode: 0.12, max: 0.17 });
    const w = s.warnings.find((x) => x.code === "W_FULLWIDTH_COMMA");
    // line 9: "    growth: { triangular: [8%， 12%、 17%] }"; the first "，" is character 30
    expect(w?.loc).toMatchObject({ line: 9, col: 30 });
    expect(w?.message).toContain("2 full-width commas");
  });
  it("full-width commas elsewhere (a Chinese name) are left alone", async () => {
    const text = `${HEAD}sectors:\n  a:\n    name: { zh: 信息技术，软件 }\n    baseline: { year: 2022, value: 100 }\n    growth: 5%\n`;
    const s = await loadScenarioText(text, "n.yaml");
    expect(s.quantities.get("a")!.names.zh).toBe("信息技术，软件");
  });
});

describe("E_FORMULA_EVAL", () => {
  const text = `${HEAD}sectors:\n  a:\n    baseline: { year: 2022, value: 100 }\n    growth: 5%\n  d:\n    value: { formula: 1/0 }\n`;
  // line 11 is "    value: { formula: 1/0 }": the formula starts at column 23
  it("1/0 has the formula's column and a caret under it (projection)", async () => {
    const s = await loadScenarioText(text, "f.yaml");
    let err: unknown;
    try {
      project(s);
    } catch (e) {
      err = e;
    }
    const d = (err as { diagnostics: Parameters<typeof formatDiagnostic>[0][] }).diagnostics[0]!;
    expect(d.code).toBe("E_FORMULA_EVAL");
    expect(d.loc).toMatchObject({ file: "f.yaml", line: 11, col: 23 });
    const shown = formatDiagnostic(d).split("\n");
    expect(shown[1]).toBe("  11 |     value: { formula: 1/0 }");
    expect(shown[2]).toBe(`     | ${" ".repeat(22)}^`);
  });
  it("the same in a simulation", async () => {
    const s = await loadScenarioText(text, "f.yaml");
    const e = await rejected(simulate(s, { samples: 10, seed: 1 }));
    expect(e.code).toBe("E_FORMULA_EVAL");
    expect(e.diagnostics[0]!.loc).toMatchObject({ line: 11, col: 23 });
    expect(e.diagnostics[0]!.excerpt).toBe("    value: { formula: 1/0 }");
  });
});
