/**
 * The shipped scenarios are what users copy: their central projections must be
 * possible numbers. A ratio quantity (held in its unit: 50 in "%" is one half) is a
 * share and cannot exceed 100% or go below 0; money cannot be negative.
 * (digital_economy_share once printed 5,097.5%: its formula multiplied by 100.)
 */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { project } from "../../src/engine/project.js";
import { loadScenario } from "../../src/scenario/load.js";

const dir = new URL("../../scenarios/", import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith(".yaml"));

describe("shipped scenarios project possible numbers", () => {
  it.each(files)("%s: shares within [0, 100%], money not negative", async (file) => {
    const s = await loadScenario(new URL(file, dir).pathname);
    const p = project(s);
    const bad: string[] = [];
    for (const q of s.quantities.values()) {
      const series = p.series.get(q.id);
      if (!series) continue;
      for (const v of series) {
        if (Number.isNaN(v)) continue;
        // a ratio is held in its unit's scale: 50 (%) is 50 × 10^-2 = 0.5
        const fraction = v * 10 ** q.unit.exp;
        if (q.unit.dimension === "ratio" && (fraction < 0 || fraction > 1)) bad.push(`${q.id}: ${v}`);
        if (q.unit.dimension === "money" && v < 0) bad.push(`${q.id}: ${v}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
