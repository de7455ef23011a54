/**
 * src/index.ts, the public API: one flat module with every stage of the
 * pipeline, and validateScenario (problems as data, no throw).
 */
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";

const exported = (name: string): unknown => (api as Record<string, unknown>)[name];

describe("the public API (src/index.ts)", () => {
  it("exports a function for every stage: load, validate, project, check, simulate, analyse, render, write", () => {
    const stages = [
      "loadScenario",
      "loadScenarioText",
      "validateScenario",
      "project",
      "check",
      "explainFindings",
      "simulate",
      "analyse",
      "compare",
      "sweep",
      "extractDocument",
      "draftYaml",
      "mergeStates",
      "modelFunction",
      "tornado",
      "morris",
      "sobol",
      "prim",
      "solve",
      "analyseChain",
      "simulateCosts",
      "runTable",
      "simulateJson",
      "checkMarkdown",
      "chainJson",
      "costsJson",
      "compareJson",
      "sweepJson",
      "explainText",
      "simulationJson",
      "writeReport",
      "writeInteractive",
      "writeFileAtomic",
      "formatDiagnostic",
    ];
    for (const name of stages) expect(typeof exported(name), name).toBe("function");
    expect(api.ChainsimError.prototype).toBeInstanceOf(Error);
    expect(api.VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("validateScenario returns a good file's scenario and warnings", async () => {
    const v = await api.validateScenario("scenarios/shandong-it-2025.yaml");
    expect(v.ok).toBe(true);
    expect(v.errors).toEqual([]);
    expect(v.scenario?.targets).toHaveLength(16);
    const bom = await api.validateScenario("test/fixtures/bad/04-bom.yaml");
    expect(bom.ok).toBe(true);
    expect(bom.warnings.map((w) => [w.code, w.loc?.line, w.loc?.col])).toEqual([["W_BOM", 1, 1]]);
  });

  it("validateScenario returns bad input as positioned diagnostics instead of throwing", async () => {
    const v = await api.validateScenario("test/fixtures/bad/10-unknown-key-baseyear.yaml");
    expect(v.ok).toBe(false);
    expect(v.scenario).toBeUndefined();
    expect(v.errors.map((d) => [d.code, d.loc?.line, d.loc?.col])).toEqual([["E_UNKNOWN_KEY", 4, 1]]);
    expect(api.formatDiagnostic(v.errors[0]!)).toContain('did you mean "base_year"?');
    const missing = await api.validateScenario("test/fixtures/no-such-file.yaml");
    expect(missing.errors.map((d) => d.code)).toEqual(["E_FILE_NOT_FOUND"]);
  });
});
