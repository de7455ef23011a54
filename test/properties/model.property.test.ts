/**
 * Properties of the model: projections are monotone in growth rates; add-up
 * verdicts do not change when children are reordered or when every value
 * changes unit (亿元 to 万亿元).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check } from "../../src/analysis/check.js";
import { project, valueAt } from "../../src/engine/project.js";
import { loadScenarioText } from "../../src/scenario/load.js";

interface Kid {
  id: string;
  baseline: number;
  growth: number;
  goal: number;
}

/** Write a scenario with a parent and children; `scale` divides every amount (10^4: 亿元 → 万亿元). */
function scenario(
  kids: Kid[],
  headline: number,
  exhaustive: boolean,
  unit = "亿元",
  scale = 1,
  overlap?: number,
): string {
  const amt = (x: number) => String(x / scale);
  // the overlap is between the first two ids in sorted order, whatever the children's order
  const ids = kids.map((k) => k.id).sort();
  return `id: p
title: p
unit: ${unit}
base_year: 2022
horizon: 2026
sectors:
  parent:
    baseline: ${amt(kids.reduce((a, k) => a + k.baseline, 0) * 1.5)}
    growth: 5%
    children: [${kids.map((k) => k.id).join(", ")}]
    exhaustive: ${exhaustive}
${kids.map((k) => `  ${k.id}: { baseline: ${amt(k.baseline)}, growth: ${k.growth}% }`).join("\n")}
${overlap !== undefined && kids.length > 1 ? `overlaps:\n  - { part: ${ids[0]}, within: ${ids[1]}, share: ${overlap}% }` : ""}
targets:
  - { sector: parent, year: 2026, at_least: ${amt(headline)} }
${kids.map((k) => `  - { sector: ${k.id}, year: 2026, reach: ${amt(k.goal)} }`).join("\n")}
`;
}

const kidsArb = fc
  .uniqueArray(fc.constantFrom("a", "b", "c", "d", "f", "g"), { minLength: 1, maxLength: 5 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record({
          id: fc.constant(id),
          baseline: fc.integer({ min: 1, max: 50_000 }),
          growth: fc.integer({ min: -30, max: 60 }),
          goal: fc.integer({ min: 1, max: 80_000 }),
        }),
      ),
    ),
  );

describe("model properties", () => {
  it("raising one growth rate never lowers any projected value", async () => {
    await fc.assert(
      fc.asyncProperty(kidsArb, fc.nat(), fc.integer({ min: 1, max: 30 }), async (kids, pick, bump) => {
        const s1 = await loadScenarioText(scenario(kids, 1000, false), "p.yaml");
        const i = pick % kids.length;
        const raised = kids.map((k, j) => (j === i ? { ...k, growth: k.growth + bump } : k));
        const s2 = await loadScenarioText(scenario(raised, 1000, false), "p.yaml");
        const p1 = project(s1);
        const p2 = project(s2);
        for (const k of kids) {
          for (let y = 2022; y <= 2026; y++)
            expect(valueAt(p2, k.id, y)).toBeGreaterThanOrEqual(valueAt(p1, k.id, y));
        }
        // and strictly for the raised sector after the base year
        expect(valueAt(p2, kids[i]!.id, 2026)).toBeGreaterThan(valueAt(p1, kids[i]!.id, 2026));
      }),
      { numRuns: 1000, seed: 3 },
    );
  }, 120_000);

  it("verdicts do not change when children are reordered or values change unit (亿元 → 万亿元)", async () => {
    await fc.assert(
      fc.asyncProperty(
        kidsArb,
        fc.integer({ min: 1, max: 200_000 }),
        fc.boolean(),
        fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
        async (kids, headline, exhaustive, overlap) => {
          const base = check(
            await loadScenarioText(scenario(kids, headline, exhaustive, "亿元", 1, overlap), "p.yaml"),
          );
          const reordered = check(
            await loadScenarioText(
              scenario([...kids].reverse(), headline, exhaustive, "亿元", 1, overlap),
              "p.yaml",
            ),
          );
          const rescaled = check(
            await loadScenarioText(scenario(kids, headline, exhaustive, "万亿元", 1e4, overlap), "p.yaml"),
          );
          const v = base.verdicts[0]!;
          expect(reordered.verdicts[0]!.verdict).toBe(v.verdict);
          expect(rescaled.verdicts[0]!.verdict).toBe(v.verdict);
          expect(rescaled.verdicts[0]!.childrenSum * 1e4).toBeCloseTo(v.childrenSum, 6);
          expect(rescaled.goals.map((g) => g.met)).toEqual(base.goals.map((g) => g.met));
        },
      ),
      { numRuns: 500, seed: 5 },
    );
  }, 120_000);
});
