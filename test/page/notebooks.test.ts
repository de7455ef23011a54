/**
 * `npm run notebooks` (scripts/build-notebooks.mjs) builds every Observable
 * Notebook Kit notebook offline into one self-contained page each;
 * test/browser/notebooks.test.ts opens them in Chromium.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildNotebooks, NOTEBOOKS } from "./build-notebooks.js";

describe("notebooks", () => {
  let out = "";
  beforeAll(async () => {
    out = await buildNotebooks();
  }, 120_000);

  it("are Notebook Kit files that import the library and Plot explicitly", () => {
    const sources = readdirSync("notebooks").filter((f) => f.endsWith(".html") && f !== "template.html");
    expect(sources.sort()).toEqual(NOTEBOOKS);
    for (const f of sources) {
      const text = readFileSync(join("notebooks", f), "utf8");
      expect(text).toMatch(/^<!doctype html>\s*<notebook/);
      expect(text).toContain('import * as Plot from "@observablehq/plot"');
      expect(text).toContain('from "../dist/notebook/chainsim.js"');
      expect(text).toMatch(/from "\.\.\/scenarios\/[\w-]+\.yaml\?raw"/);
      // nothing that Notebook Kit would fetch from a CDN
      expect(text).not.toMatch(/npm:|jsr:|https?:\/\//);
    }
  });

  it("build into self-contained pages, one per notebook, that load nothing", () => {
    expect(readdirSync(out).sort()).toEqual(NOTEBOOKS);
    for (const f of NOTEBOOKS) {
      const html = readFileSync(join(out, f), "utf8");
      expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import\s+url\(|url\(\s*["']?https?:/);
      // every CDN import of Notebook Kit's standard library is a stub that throws when used
      expect(html).not.toMatch(/import\(\s*["'`]https?:/);
      expect(html).toContain("is not bundled: chainsim's notebooks are built offline");
      expect(html).toContain('<meta name="generator" content="Observable Notebook Kit');
    }
  });

  it("carry each notebook's title and its scenario's text", () => {
    const page = readFileSync(join(out, "1-shandong-add-up.html"), "utf8");
    expect(page).toContain("<title>Do Shandong's goals add up, and under which overlaps?</title>");
    expect(page).toContain("sd-software-2025");
    const liaocheng = readFileSync(join(out, "4-liaocheng-firms.html"), "utf8");
    expect(liaocheng).toContain("liaocheng-it-2025");
  });
});
