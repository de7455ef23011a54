/**
 * Reading `links:`: both forms give the same system; entries are positioned;
 * defaults are explicit.
 */
import { describe, expect, it } from "vitest";
import { ChainsimError } from "../../../src/diagnostics.js";
import { loadScenarioText } from "../../../src/scenario/load.js";

const HEAD = `id: links-test
title: links
unit: 亿元
base_year: 2022
horizon: 2025
sectors:
  agriculture: { baseline: 1000, growth: 0% }
  manufacturing: { baseline: 2000, growth: 0% }
  services: { baseline: 500, growth: 5% }
`;

async function refused(text: string): Promise<ChainsimError> {
  try {
    await loadScenarioText(HEAD + text, "links.yaml");
  } catch (e) {
    if (e instanceof ChainsimError) return e;
    throw e;
  }
  throw new Error("expected the scenario to be refused");
}

describe("links", () => {
  it("a transactions table and its coefficients give the same system (Miller and Blair 2009, ch. 2)", async () => {
    const t = await loadScenarioText(
      `${HEAD}links:
  sectors: [agriculture, manufacturing]
  transactions: [[150, 500], [200, 100]]
  output: [1000, 2000]
  value_added: { total: [650, 1400] }
`,
      "links.yaml",
    );
    const c = await loadScenarioText(
      `${HEAD}links:
  coefficients:
    agriculture: { agriculture: 0.15, manufacturing: 0.2 }
    manufacturing: { agriculture: 0.25, manufacturing: 0.05 }
  value_added: { total: { agriculture: 65%, manufacturing: 70% } }
`,
      "links.yaml",
    );
    const central = (s: typeof t) => s.links!.coefficients.map((row) => row.map((x) => x?.central ?? 0));
    expect(t.links!.sectors).toEqual(["agriculture", "manufacturing"]);
    expect(c.links!.sectors).toEqual(["agriculture", "manufacturing"]);
    central(t).forEach((row, i) => {
      row.forEach((v, j) => {
        expect(v).toBeCloseTo(central(c)[i]![j]!, 12);
      });
    });
    expect(t.links!.form).toBe("transactions");
    expect(t.links!.output).toEqual([1000, 2000]);
    expect(t.links!.valueAdded[0]!.shares.map((x) => x!.central)).toEqual([0.65, 0.7]);
    expect(c.links!.valueAdded[0]!.shares.map((x) => x!.central)).toEqual([0.65, 0.7]);
    // no local_share: every input counts as local, and the chain command says so
    expect(c.links!.localShare).toEqual([null, null]);
  });

  it("ranges, distributions and percentages are read as shares; absent entries are zero", async () => {
    const s = await loadScenarioText(
      `${HEAD}links:
  coefficients:
    manufacturing: { agriculture: 0.2~0.3, services: { triangular: [2%, 5%, 8%] } }
  local_share: { agriculture: 40%~60% }
  final_demand: { agriculture: 800, manufacturing: 1.5千亿, services: 500 }
`,
      "links.yaml",
    );
    const l = s.links!;
    expect(l.sectors).toEqual(["agriculture", "manufacturing", "services"]);
    const a = l.coefficients;
    expect(a[0]![1]).toMatchObject({ low: 0.2, high: 0.3, central: 0.25, line: 12 });
    expect(a[2]![1]!.dist).toEqual({ type: "triangular", min: 0.02, mode: 0.05, max: 0.08 });
    expect(a[1]![0]).toBeNull();
    expect(l.localShare[0]).toMatchObject({ low: 0.4, high: 0.6 });
    expect(l.finalDemand!.map((x) => x!.central)).toEqual([800, 1500, 500]);
  });

  it("final demand, when given, must name every sector of the system", async () => {
    const e = await refused(`links:
  coefficients:
    manufacturing: { agriculture: 0.2 }
  final_demand: { agriculture: 800 }
`);
    expect(e.code).toBe("E_MISSING_FIELD");
    expect(e.diagnostics[0]!.message).toContain("final_demand.manufacturing");
  });

  it("refuses both forms at once, and transactions without output", async () => {
    const both = await refused(`links:
  coefficients: { manufacturing: { agriculture: 0.2 } }
  transactions: { manufacturing: { agriculture: 400 } }
`);
    expect(both.code).toBe("E_LINK_FORM");
    expect(both.diagnostics[0]!.loc).toMatchObject({ line: 10, col: 1 });
    const noOutput = await refused(`links:
  transactions: { manufacturing: { agriculture: 400 } }
`);
    expect(noOutput.code).toBe("E_MISSING_FIELD");
    expect(noOutput.diagnostics[0]!.message).toContain('"output"');
  });

  it("lists need links.sectors; a wrong-length list is E_MATRIX_SHAPE", async () => {
    const e = await refused(`links:
  coefficients: [[0.1, 0.2], [0.1, 0.1]]
`);
    expect(e.code).toBe("E_MISSING_FIELD");
    expect(e.diagnostics[0]!.message).toContain('"sectors"');
    const shape = await refused(`links:
  sectors: [agriculture, manufacturing]
  coefficients: [[0.1, 0.2], [0.1, 0.1]]
  local_share: [50%, 60%, 70%]
`);
    expect(shape.code).toBe("E_MATRIX_SHAPE");
    expect(shape.diagnostics[0]!.message).toBe(
      "links.local_share is a list of 3; with the sectors listed in links.sectors it must be a list of 2",
    );
    expect(shape.diagnostics[0]!.loc).toMatchObject({ line: 13, col: 16 });
  });

  it("a sector not in links.sectors is named, with a suggestion", async () => {
    const e = await refused(`links:
  sectors: [agriculture, manufacturing]
  coefficients: { manufacturing: { agriculture: 0.2, services: 0.1 } }
`);
    expect(e.code).toBe("E_LINK_UNKNOWN_SECTOR");
    expect(e.diagnostics[0]!.message).toBe('unknown sector "services" in links (not in links.sectors)');
  });

  it("a negative share, a share above 100% and a negative transaction are refused at their positions", async () => {
    const e = await refused(`links:
  coefficients:
    manufacturing: { agriculture: -5%, services: 120% }
  local_share: { agriculture: -10% }
`);
    const codes = e.diagnostics.map((d) => `${d.code}@${d.loc!.line}:${d.loc!.col}`);
    expect(codes).toEqual(["E_LINK_NEGATIVE@12:35", "E_SHARE_RANGE@12:50", "E_SHARE_RANGE@13:31"]);
    const t = await refused(`links:
  sectors: [agriculture, manufacturing]
  transactions: [[150, -500], [200, 100]]
  output: [1000, 2000]
`);
    expect(t.code).toBe("E_LINK_NEGATIVE");
    expect(t.diagnostics[0]!.message).toBe(
      'the input from "agriculture" to "manufacturing" is negative (-500)',
    );
  });

  it("value added counts in the column sum", async () => {
    const e = await refused(`links:
  coefficients:
    manufacturing: { agriculture: 0.5 }
  value_added: { wages: { manufacturing: 0.3 }, surplus: { manufacturing: 0.25 } }
`);
    expect(e.code).toBe("E_LINK_COLUMN_SUM");
    expect(e.diagnostics[0]!.message).toBe(
      'the inputs of column "manufacturing" sum to 1.05 per unit of its output (inputs 0.5 + value added 0.55); inputs must total less than 1 (with value added, at most 1)',
    );
  });
});
