/**
 * `chainsim sensitivity` on Liaocheng's firm goals (docs/firms.md, "Which
 * assumption matters"): the population's parameters are the inputs, the
 * output is the same bytes for the same seed, and the report's tornado shows
 * a grouped input's ends as quantiles (P10, P90) under its bilingual name.
 */
import { describe, expect, it } from "vitest";
import { sensitivityFindings } from "../../src/analysis/findings/sensitivity-findings.js";
import { labels } from "../../src/report/labels.js";
import { sensitivityFigures } from "../../src/report/report-analyses.js";
import { inputName } from "../../src/report/report-figures.js";
import { loadScenario } from "../../src/scenario/load.js";
import { cli } from "./helpers.js";

const LIAOCHENG = "scenarios/liaocheng-it-2025.yaml";
const GOAL = "lc-above-scale-firms-2025";

describe("sensitivity of Liaocheng's firm goals", () => {
  it("tornado and Morris JSON: the population's inputs, byte-identical for the same seed", async () => {
    for (const method of ["tornado", "morris"]) {
      const args = ["sensitivity", LIAOCHENG, "--target", GOAL, "--method", method, "--format", "json"];
      const a = await cli(...args);
      const b = await cli(...args);
      expect(a.code).toBe(0);
      expect(a.stdout).toBe(b.stdout);
      // the reader is told how the population's randomness is held (the central population)
      expect(a.stderr).toContain("W_SENSITIVITY_POPULATION");
      const out = JSON.parse(a.stdout);
      const names: string[] = out.inputs.map((i: { name: string }) => i.name);
      expect(names).toContain("firms.sectors.electronics.growth");
      expect(names).toContain("firms.entry.new_electronics.per_year");
      // the count's own baseline and growth move nothing (the population is authoritative)
      expect(names.some((n) => n.startsWith("lc_above_scale_firms."))).toBe(false);
    }
  });

  it("the report's tornado: P10/P90 for a group, names in both languages, the same findings twice", async () => {
    const s = await loadScenario(LIAOCHENG);
    const a = await sensitivityFindings(s, GOAL, { samples: 64, seed: 1 });
    const b = await sensitivityFindings(s, GOAL, { samples: 64, seed: 1 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const figures = sensitivityFigures(s, a, labels("zh"));
    const rows = figures.tornado![0]!.rows;
    const group = rows.find((r) => r.input === "firms.sectors.electronics.named_revenue")!;
    expect([group.lowLabel, group.highLabel]).toEqual(["P10", "P90"]);
    expect(inputName(s, "firms.sectors.electronics.growth", labels("zh"))).toBe("电子信息制造业 企业增速");
    expect(inputName(s, "firms.entry.new_electronics.per_year", labels("en"))).toBe(
      "new_electronics: new firms a year",
    );
  });
});
