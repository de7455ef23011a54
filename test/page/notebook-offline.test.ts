/**
 * scripts/notebooks/offline.mjs: what keeps a Notebook Kit build from reaching
 * a CDN. Plot, d3 and `npm:` imports resolve locally; every other CDN import,
 * and the standard-library modules that import from a CDN at load, become
 * stubs that load quietly and throw a short error when used.
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain ES module of the build scripts, without types
import { offline } from "../../scripts/notebooks/offline.mjs";

interface Plugin {
  resolveId(this: unknown, source: string, importer?: string): Promise<string | { id: string } | null>;
  load(id: string): string | null;
}

const plugin = offline() as Plugin;
/** A stand-in for Vite's plugin context: `this.resolve` finds packages in node_modules. */
const context = {
  resolve: async (source: string) => ({ id: createRequire(import.meta.url).resolve(source) }),
};
const resolve = (source: string, importer?: string) => plugin.resolveId.call(context, source, importer);
const stdlib = join("node_modules", "@observablehq", "notebook-kit", "dist", "src", "runtime", "stdlib");

async function evaluate(id: string): Promise<Record<string, unknown>> {
  const source = plugin.load(id);
  expect(source).toBeTypeOf("string");
  return import(`data:text/javascript,${encodeURIComponent(source!)}`);
}

describe("the notebooks' offline plugin", () => {
  it("resolves Plot and d3 on the CDN, and npm: imports, to node_modules", async () => {
    expect(await resolve("https://cdn.jsdelivr.net/npm/@observablehq/plot/+esm")).toEqual({
      id: expect.stringMatching(/node_modules[\\/]@observablehq[\\/]plot[\\/]/),
    });
    expect(await resolve("https://cdn.jsdelivr.net/npm/d3/+esm")).toEqual({
      id: expect.stringMatching(/node_modules[\\/]d3[\\/]/),
    });
    expect(await resolve("npm:@observablehq/plot@0.6")).toEqual({
      id: expect.stringMatching(/node_modules[\\/]@observablehq[\\/]plot[\\/]/),
    });
  });

  it("stubs any other CDN import: loading is quiet, using it throws a short error", async () => {
    const id = await resolve("https://cdn.jsdelivr.net/npm/htl/+esm");
    expect(id).toMatch(/^\0chainsim-offline:https:/);
    const m = await evaluate(id as string);
    const html = m.default as (...a: unknown[]) => unknown;
    expect(() => (html as unknown as { html: unknown }).html).not.toThrow();
    expect(() => html()).toThrow(/htl\/\+esm is not bundled: chainsim's notebooks are built offline/);
  });

  it("stubs the standard library's CDN modules with their export names", async () => {
    const id = await resolve("./tex.js", join(stdlib, "recommendedLibraries.js"));
    expect(id).toMatch(/^\0chainsim-offline:.*tex\.js$/);
    const m = await evaluate(id as string);
    expect(Object.keys(m).sort()).toEqual(["default", "tex"]);
    expect(() => (m.tex as () => unknown)()).toThrow(/the notebook library "tex" is not bundled/);
    // a stdlib module that reaches no CDN is left alone
    expect(await resolve("./md.js", join(stdlib, "recommendedLibraries.js"))).toBeNull();
    // nor is the project's own code
    expect(await resolve("./library.js", "/work/src/notebook/index.ts")).toBeNull();
  });
});
