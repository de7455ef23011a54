/**
 * report.html in a real browser (Debian's Chromium, driven by
 * playwright-core): opened from disk with the network cut off, it must make
 * no request but for itself, log no console error (a CSP violation would),
 * and show every chart, non-empty.
 *
 * CI installs /usr/bin/chromium (.ci/run); where it is absent these tests are
 * skipped with a message saying so.
 */
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { cli, SHANDONG } from "../cli/helpers.js";
import { openOffline, runBrowserTests } from "./chromium.js";

describe.skipIf(!runBrowserTests)("report.html in Chromium (needs /usr/bin/chromium)", () => {
  it("loads offline with no request but itself, no console error, every chart drawn", async () => {
    const root = mkdtempSync(join(tmpdir(), "chainsim-browser-"));
    const dir = join(root, "report");
    const r = await cli("report", SHANDONG, "-o", dir, "--samples", "1000");
    expect(r.code, r.stderr).toBe(0);
    const file = join(dir, "report.html");
    const url = pathToFileURL(file).href;
    const { context, requests, errors, newPage } = await openOffline(url);
    try {
      const page = await newPage();
      const response = await page.goto(url, { waitUntil: "load" });
      expect(response === null || response.ok()).toBe(true);

      const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
      const charts = manifest.files.filter((f: { path: string }) => /^charts\/.*\.svg$/.test(f.path)).length;
      const figures = await page.$$eval("figure > svg", (svgs) =>
        svgs.map((svg) => {
          const box = svg.getBoundingClientRect();
          return {
            width: box.width,
            height: box.height,
            marks: svg.querySelectorAll("path, rect, circle, line, text").length,
            text: (svg.textContent ?? "").length,
          };
        }),
      );
      expect(figures.length).toBe(charts);
      for (const f of figures) {
        expect(f.width).toBeGreaterThan(600);
        expect(f.height).toBeGreaterThan(150);
        expect(f.marks).toBeGreaterThan(20);
        expect(f.text).toBeGreaterThan(20);
      }
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeGreaterThan(5000);
      const title = await page.title();
      expect(title).toContain("山东省新一代信息技术产业");
      const shot = join(root, "report.png");
      await page.screenshot({ path: shot, fullPage: true });
      expect(statSync(shot).size).toBeGreaterThan(100_000);

      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 90_000);
});
