/**
 * `npm run notebooks` (scripts/build-notebooks.mjs) builds every notebook
 * offline into self-contained HTML; test/browser/interactive.test.ts opens one.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildNotebooks } from "./build-notebooks.js";

describe("notebooks", () => {
  it("build offline into self-contained pages, one per notebook", async () => {
    const out = await buildNotebooks();
    const sources = readdirSync("notebooks").filter((f) => f.endsWith(".md") && f !== "README.md");
    expect(sources.length).toBe(4);
    const built = readdirSync(out).sort();
    expect(built).toEqual(sources.map((f) => f.replace(/\.md$/, ".html")).sort());
    for (const f of built) {
      const html = readFileSync(join(out, f), "utf8");
      expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import/);
      expect(html).toContain('id="chainsim-cells"');
    }
  });
});
