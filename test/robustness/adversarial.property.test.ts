/**
 * Property: `validate` on any adversarial file finishes with a result or a
 * positioned, capped list of errors, within bounded memory. Work is checked
 * by limits and counts (at most MAX_DIAGNOSTICS + 1 diagnostics, no stack
 * overflow, heap growth under 500 MB), never by the clock: the time goal
 * ("within 5 s on this machine") is measured by bench/robustness.ts.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ChainsimError, MAX_DIAGNOSTICS } from "../../src/diagnostics.js";
import { loadScenario, loadScenarioText } from "../../src/scenario/load.js";
import { adversarial, KINDS } from "./adversarial.js";

const MB = 1024 * 1024;

async function validate(text: string): Promise<"ok" | ChainsimError> {
  try {
    await loadScenarioText(text, "adv.yaml");
    return "ok";
  } catch (e) {
    if (e instanceof ChainsimError) return e;
    throw e;
  }
}

describe("adversarial files", () => {
  it("every kind at every size gives a result or at most MAX_DIAGNOSTICS + 1 positioned errors, heap bounded", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...KINDS),
        fc.integer({ min: 100, max: 300_000 }),
        async (kind, size) => {
          const text = adversarial(kind, size);
          const heapBefore = process.memoryUsage().heapUsed;
          const r = await validate(text);
          const grown = process.memoryUsage().heapUsed - heapBefore;
          expect(grown).toBeLessThan(500 * MB);
          if (r === "ok") return;
          expect(r.diagnostics.length).toBeLessThanOrEqual(MAX_DIAGNOSTICS + 1);
          expect(r.message).not.toMatch(/call stack|Maximum/i);
          for (const d of r.diagnostics) {
            if (d.code !== "E_MORE_ERRORS")
              expect(d.loc?.file, `${kind} ${size}: ${d.code}`).toBe("adv.yaml");
          }
        },
      ),
      { numRuns: 40, seed: 20261205 },
    );
  }, 600_000);

  it("a file just under 10 MB on disk is refused by its size (E_FILE_TOO_LARGE) before it is parsed", async () => {
    const f = join(mkdtempSync(join(tmpdir(), "chainsim-10mb-")), "big.yaml");
    writeFileSync(f, adversarial("many-sectors", 10 * MB - 1000));
    const e = await loadScenario(f).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ChainsimError);
    expect((e as ChainsimError).code).toBe("E_FILE_TOO_LARGE");
  });
});
