/**
 * mathjs costs about a second to import: chain analysis loads it with a
 * dynamic import, and the commands that do not need it — run, validate,
 * check — must not reach it through static imports.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), "../../../src");

/** Static, non-type imports of a module (dynamic `import()` calls are not followed). */
function staticImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const out: string[] = [];
  const re = /^\s*(import|export)\s+(?!type\b)([^;]*?)\s+from\s+"([^"]+)"/gms;
  for (const m of text.matchAll(re)) {
    const clause = m[2]!;
    // `import { type A, type B } from` is type-only too
    const names = /^\{([^}]*)\}$/.exec(clause.trim())?.[1];
    if (names?.split(",").every((n) => n.trim() === "" || n.trim().startsWith("type "))) continue;
    out.push(m[3]!);
  }
  for (const m of text.matchAll(/^\s*import\s+"([^"]+)"/gm)) out.push(m[1]!);
  return out;
}

/** Every module reachable from `entry` by static imports, with the external packages they name. */
function reachable(entry: string): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    for (const spec of staticImports(file)) {
      if (spec.startsWith(".")) visit(resolve(dirname(file), spec.replace(/\.js$/, ".ts")));
      else packages.add(spec.replace(/^node:.*/, "node"));
    }
  };
  visit(resolve(SRC, entry));
  return { modules, packages };
}

describe("mathjs is loaded lazily", () => {
  it("the import walker sees mathjs where it is imported statically", () => {
    expect(reachable("formula/compile.ts").packages.has("mathjs")).toBe(true);
    expect(reachable("cli/commands/check.ts").modules.size).toBeGreaterThan(20);
  });

  for (const command of ["run", "validate", "check"]) {
    it(`chainsim ${command} does not import mathjs statically`, () => {
      const { packages } = reachable(`cli/commands/${command}.ts`);
      expect(packages.has("mathjs")).toBe(false);
    });
  }

  it("check reaches chain consistency, and chain analysis needs no mathjs at all (numeric LU)", () => {
    const check = reachable("cli/commands/check.ts");
    expect([...check.modules].some((m) => m.endsWith("analysis/chain/chain-consistency.ts"))).toBe(true);
    const chain = reachable("cli/commands/chain.ts");
    expect(chain.packages.has("mathjs")).toBe(false);
    expect(reachable("analysis/chain/lu.ts").packages.has("mathjs")).toBe(false);
    expect(readFileSync(resolve(SRC, "analysis/chain/linear-algebra.ts"), "utf8")).not.toContain("mathjs.js");
  });
});
