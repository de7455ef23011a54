/**
 * openScenario reads and parses a file once and loads it under several
 * options (validate's variants, sweep's grid, compare, backtest). Each load
 * must equal loadScenario with the same options, read the file no more, and
 * leave the next load untouched by its overrides; errors keep their positions.
 */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ChainsimError } from "../../src/diagnostics.js";
import { project } from "../../src/engine/project.js";
import type { Scenario } from "../../src/model/scenario.js";
import { type LoadOptions, loadScenario, openScenario } from "../../src/scenario/load.js";

const SHIPPED = [
  "scenarios/shandong-it-2025.yaml",
  "scenarios/guangdong-it-2025.yaml",
  "scenarios/liaocheng-it-2025.yaml",
  "scenarios/shandong-digital-economy-2025.yaml",
  "scenarios/shandong-innovation-2025.yaml",
];

/** What a load decides: the central projection, goals, warnings with positions and the run's metadata. */
function outcome(s: Scenario): unknown {
  const p = project(s);
  return {
    provenance: s.provenance,
    variants: s.variants,
    warnings: s.warnings,
    goals: s.targets.map((t) => [t.id, t.subject, t.year, t.value, t.comparator]),
    series: [...p.series].map(([k, v]) => [k, [...v]]),
  };
}

async function thrown(f: () => Promise<unknown>): Promise<unknown> {
  try {
    await f();
  } catch (e) {
    if (e instanceof ChainsimError) return e.diagnostics;
    throw e;
  }
  throw new Error("expected an error");
}

describe("openScenario", () => {
  it("each load equals loadScenario with the same options, for every shipped scenario and variant", async () => {
    for (const file of SHIPPED) {
      const opened = await openScenario(file);
      const base = await loadScenario(file);
      const options: LoadOptions[] = [
        ...base.variants.map((variant) => ({ variant })),
        { set: ["software.growth=3%"] },
        {},
      ];
      // the base first and last: a variant's overrides must not reach later loads
      expect(outcome(await opened.load()), file).toEqual(outcome(base));
      for (const o of options) {
        if (o.set && !base.quantities.has("software")) continue;
        expect(outcome(await opened.load(o)), `${file} ${JSON.stringify(o)}`).toEqual(
          outcome(await loadScenario(file, o)),
        );
      }
    }
  });

  it("does not read the file again: loads still work after it is deleted", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chainsim-open-"));
    const file = join(dir, "shandong.yaml");
    copyFileSync(SHIPPED[0]!, file);
    const expected = outcome(await loadScenario(file, { variant: "pessimistic" }));
    const opened = await openScenario(file);
    rmSync(dir, { recursive: true });
    expect(outcome(await opened.load({ variant: "pessimistic" }))).toEqual(expected);
  });

  it("errors from a load keep the positions loadScenario gives them", async () => {
    const file = SHIPPED[0]!;
    const opened = await openScenario(file);
    for (const set of [["software.growth=abc"], ["nosuch.growth=5%"], ["software.baseline.value=-5"]]) {
      const a = await thrown(() => loadScenario(file, { set }));
      const b = await thrown(() => opened.load({ set }));
      expect(b, set[0]).toEqual(a);
    }
    // and a failed load leaves the next one intact
    expect(outcome(await opened.load())).toEqual(outcome(await loadScenario(file)));
  });
});
