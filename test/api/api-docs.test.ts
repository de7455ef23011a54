/**
 * docs/api/ is the TypeDoc reference of src/index.ts (`npm run api-docs`,
 * typedoc.json). The test generates it again into a temporary folder and
 * fails when the committed copy differs: change the API or its comments,
 * then run `npm run api-docs` and commit docs/api/.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/** Every file under dir (relative path, forward slashes) with its text. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.set(relative(dir, p).split("\\").join("/"), readFileSync(p, "utf8"));
    }
  };
  walk(dir);
  return files;
}

describe("docs/api (generated API reference)", () => {
  it("is up to date with src/index.ts: run `npm run api-docs` when this fails", () => {
    const out = mkdtempSync(join(tmpdir(), "chainsim-api-docs-"));
    try {
      execFileSync(
        process.execPath,
        [join("node_modules", "typedoc", "bin", "typedoc"), "--out", out, "--logLevel", "Error"],
        {
          encoding: "utf8",
        },
      );
      const fresh = tree(out);
      const committed = tree("docs/api");
      expect([...committed.keys()]).toEqual([...fresh.keys()]);
      for (const [file, text] of fresh) expect(committed.get(file), `docs/api/${file} is stale`).toBe(text);
      // every public export is documented in the reference
      const readme = fresh.get("README.md")!;
      for (const name of [
        "loadScenario",
        "validateScenario",
        "check",
        "simulate",
        "analyseChain",
        "simulateCosts",
        "writeReport",
      ])
        expect(readme).toContain(`### ${name}()`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 600_000);
});
