/**
 * A loaded scenario is plain data: structured clone (what a worker thread
 * receives) carries it whole, and a clone simulates to the same bytes on
 * worker threads as the original on this thread.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { simulate } from "../../src/engine/simulate.js";
import { loadScenario } from "../../src/scenario/load.js";

const DIR = "scenarios";
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith(".yaml"))
  .map((f) => join(DIR, f));

/** Paths of every function value reachable from x (Maps included). */
function functionsIn(x: unknown, path: string, seen = new Set<unknown>()): string[] {
  if (typeof x === "function") return [path];
  if (x === null || typeof x !== "object" || seen.has(x)) return [];
  seen.add(x);
  const entries = x instanceof Map ? [...x.entries()] : Object.entries(x);
  return entries.flatMap(([k, v]) => functionsIn(v, `${path}.${String(k)}`, seen));
}

describe("a loaded scenario is plain data", () => {
  it("ships five scenarios", () => {
    expect(FILES.length).toBe(5);
  });

  for (const file of FILES) {
    it(`${file} and its variants: no functions, structuredClone equals the original`, async () => {
      const base = await loadScenario(file);
      expect(base.variants.length).toBeGreaterThan(0);
      for (const variant of [undefined, ...base.variants]) {
        const s = variant ? await loadScenario(file, { variant }) : base;
        expect(functionsIn(s, "scenario")).toEqual([]);
        expect(structuredClone(s)).toStrictEqual(s);
      }
    });

    it(`${file} and its variants: a clone on worker threads gives the bytes of this thread alone`, async () => {
      const base = await loadScenario(file);
      for (const variant of [undefined, ...base.variants]) {
        const s = variant ? await loadScenario(file, { variant }) : base;
        // two blocks, both simulated by the workers (none by this thread)
        const opts = { samples: 4096, seed: 1 };
        const one = JSON.stringify(await simulate(s, opts));
        const two = JSON.stringify(
          await simulate(structuredClone(s), { ...opts, workers: 2, mainThread: false }),
        );
        expect(two).toBe(one);
      }
    }, 600_000);
  }
});
