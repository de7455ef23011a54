/**
 * A slider move patches the loaded scenario (src/page/patch.ts) instead of
 * reading the YAML again: for every slider of the five shipped scenarios
 * (and Shandong's statistical-overlaps variant, which has overlap shares,
 * coefficients and local shares), at its low end, its high end and between,
 * the patched scenario must equal the one the loader reads with the same
 * `--set` argument — or the patch must decline (null), and the page loads
 * the text instead.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Scenario } from "../../src/model/scenario.js";
import { setArg, slidersFor, variantText } from "../../src/page/core.js";
import { patchScenario } from "../../src/page/patch.js";
import { includedFiles } from "../../src/page/write.js";
import { loadScenario, loadScenarioText } from "../../src/scenario/load.js";
import { parseScenarioText } from "../../src/scenario/parse.js";
import { SHIPPED } from "../browser/visual-checks.js";

/** The scenario with its correlations as a map of pairs (the order of inputs carries no meaning). */
function comparable(s: Scenario) {
  const { correlations, provenance, ...rest } = s;
  const pairs: Record<string, number> = {};
  if (correlations) {
    const n = correlations.inputs;
    for (const [i, a] of n.entries()) {
      for (const [j, b] of n.entries()) if (a < b) pairs[`${a}|${b}`] = correlations.matrix[i]![j]!;
    }
  }
  return { ...rest, provenance, pairs };
}

const CASES = [
  ...SHIPPED.map((name) => ({ name, variant: null as string | null })),
  { name: "shandong-it-2025", variant: "statistical-overlaps" },
];

describe("patching the loaded scenario gives what the loader reads with --set", () => {
  for (const { name, variant } of CASES) {
    it(`${name}${variant ? ` (${variant})` : ""}: every slider at its ends and between`, async () => {
      const file = `scenarios/${name}.yaml`;
      const files = includedFiles(await loadScenario(file), file);
      const text = await variantText(readFileSync(file, "utf8"), file, variant, files);
      const base = await loadScenarioText(text, file, { files });
      const sliders = slidersFor(base, parseScenarioText(text, file).data);
      let patched = 0;
      let declined = 0;
      for (const sl of sliders) {
        for (const v of [sl.min, sl.max, (sl.min + sl.central) / 2]) {
          if (v === sl.central) continue;
          const arg = setArg(sl, v);
          const p = patchScenario(base, sliders, new Map([[sl.path, v]]));
          if (p === null) {
            declined++;
            continue;
          }
          const loaded = await loadScenarioText(text, file, { files, set: [arg] });
          expect(comparable(p), arg).toEqual(comparable(loaded));
          patched++;
        }
      }
      // most moves are patched (declined: implied-baseline growth, coefficients above the file's high end)
      expect(patched).toBeGreaterThan(declined);
    }, 120_000);
  }
});
