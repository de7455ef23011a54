/**
 * `npm run notebooks` (scripts/build-notebooks.mjs) builds every Observable
 * Notebook Kit notebook offline into one self-contained page each;
 * test/browser/notebooks.test.ts opens them in Chromium.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BUILD_HOOK_TIMEOUT, BUILT, buildNotebooks, NOTEBOOKS } from "./build-notebooks.js";

describe("notebooks", () => {
  let out = "";
  beforeAll(async () => {
    out = await buildNotebooks();
  }, BUILD_HOOK_TIMEOUT);

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
    expect(readdirSync(out).sort()).toEqual(BUILT);
    for (const f of BUILT) {
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

  it("are built in English and in Chinese: each keeps its own prose and title, the same code", () => {
    for (const f of NOTEBOOKS) {
      const source = readFileSync(join("notebooks", f), "utf8");
      // every prose cell and title has its counterpart in the other language
      const count = (lang: string) =>
        (source.match(new RegExp(`<(script|title)[^>]*lang="${lang}"`, "g")) ?? []).length;
      expect(count("zh"), f).toBe(count("en"));
      expect(count("zh"), f).toBeGreaterThan(1);
      const en = readFileSync(join(out, f), "utf8");
      const zh = readFileSync(join(out, f.replace(/\.html$/, ".zh.html")), "utf8");
      expect(en).toContain('<html lang="en">');
      expect(zh).toContain('<html lang="zh-CN">');
      // each page links to the other
      expect(en.includes(`href="${f.replace(/\.html$/, ".zh.html")}"`), f).toBe(true);
      expect(zh.includes(`href="${f}"`), f).toBe(true);
    }
    const zh = readFileSync(join(out, "2-shandong-probability.zh.html"), "utf8");
    expect(zh).toContain("<title>2.2万亿目标有多大把握，哪些假设最关键？</title>");
    expect(zh).not.toContain("How likely is 2.2万亿 (and the 2025 sub-goals)?");
  });

  it("read the library's Findings (analyse), and type no figure into the prose by hand", () => {
    for (const f of NOTEBOOKS) {
      const source = readFileSync(join("notebooks", f), "utf8");
      expect(source, f).toContain("analyse(");
      expect(source, f).not.toMatch(/\b(simulate|check|simulateCosts|sobol|tornado)\(/);
      // prose cells: a digit outside ${…} is a year in a command line, a goal id, a file name or a defined term,
      // never a result (results are interpolated)
      for (const m of source.matchAll(/<script type="text\/markdown"[^>]*>([\s\S]*?)<\/script>/g)) {
        const prose = m[1]!
          .replace(/\$\{[^}]*(\{[^}]*\}[^}]*)*\}/g, "")
          .replace(/`[^`]*`/g, "")
          .replace(/\([^)]*\.html\)/g, "");
        expect(prose, f).not.toMatch(/\d+(\.\d+)?\s*%/);
      }
    }
  });
});
