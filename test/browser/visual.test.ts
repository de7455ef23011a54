/**
 * Visual tests of the charts, in Chromium (playwright-core, network cut):
 * every chart of the five shipped scenarios' reports is laid out by a real
 * browser with real fonts and checked for text over text, labels over the
 * lines, bands and dots they annotate, text outside its chart or its plot
 * panel, and repeated tick labels (visual-checks.ts).
 *
 * Without /usr/bin/chromium the tests are skipped, unless CI is set: then
 * they fail, so a CI image without Chromium cannot pass them silently.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cjkFontFace } from "../../src/report/charts/font-face.js";
import { cli } from "../cli/helpers.js";
import { available, openOffline } from "./chromium.js";
import { inspectCharts, SHIPPED, type VisualProblem } from "./visual-checks.js";

const run = available || Boolean(process.env.CI);

describe.skipIf(!run)("every chart of the shipped reports, laid out in Chromium", () => {
  const root = mkdtempSync(join(tmpdir(), "chainsim-visual-"));
  let page: string;
  let close: () => Promise<void> = async () => {};

  beforeAll(async () => {
    if (!available)
      throw new Error("CI is set but /usr/bin/chromium is missing: install it (apt-get install -y chromium)");
    const parts: string[] = [];
    for (const name of SHIPPED.flatMap((n) => [`${n}.zh`, `${n}.en`])) {
      const dir = join(root, name);
      const [file, lang] = [name.slice(0, -3), name.slice(-2)];
      const r = await cli(
        "report",
        `scenarios/${file}.yaml`,
        "-o",
        dir,
        "--samples",
        "400",
        "--seed",
        "1",
        "--lang",
        lang,
      );
      expect(r.code, r.stderr).toBe(0);
      const charts = readdirSync(join(dir, "charts"))
        .filter((f) => f.endsWith(".svg"))
        .sort();
      for (const f of charts) {
        const svg = readFileSync(join(dir, "charts", f), "utf8")
          .replace(/^<\?xml[^>]*>\s*/, "")
          .replace(/^<svg\b/, `<svg data-chart="${name}/${f}"`);
        parts.push(`<div style="margin:8px 0">${svg}</div>`);
      }
    }
    // a chart made wrong on purpose: the checks must find each fault in it
    parts.push(`<svg data-chart="selftest" xmlns="http://www.w3.org/2000/svg" width="300" height="120" viewBox="0 0 300 120" font-size="12">
<text x="10" y="20">重叠的标签</text><text x="14" y="22">重叠的标签</text>
<text x="280" y="60">outside the chart</text>
<svg x="0" y="30" width="200" height="80" overflow="visible"><g aria-label="line"><path d="M0,40L200,40" stroke="black" stroke-width="2" fill="none"/></g>
<g aria-label="text"><text x="60" y="44">over the line</text><text x="170" y="75">past the edge</text></g>
<g aria-label="y-axis tick label"><text x="5" y="70">5%</text><text x="5" y="10">5%</text></g></svg></svg>`);
    page = join(root, "charts.html");
    // the CJK font report.html embeds: Chinese is measured in its real glyphs, not in boxes
    const font = await cjkFontFace(parts.join(""), { bold: true });
    writeFileSync(
      page,
      `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>charts</title><style>${font}</style></head><body style="margin:0">${parts.join("\n")}</body></html>`,
    );
  }, 240_000);

  afterAll(async () => close());

  it("no text overlaps text or the marks it labels, none leaves its chart or panel, no tick repeats", async () => {
    const url = pathToFileURL(page).href;
    const browser = await openOffline(url, { viewport: { width: 1100, height: 900 } });
    close = () => browser.context.close();
    const p = await browser.newPage();
    await p.goto(url, { waitUntil: "load" });
    await p.evaluate(() => document.fonts.ready);
    const count = await p.$$eval("svg[data-chart]", (s) => s.length);
    expect(count).toBeGreaterThanOrEqual(SHIPPED.length * 4);
    const all = (await p.evaluate(`(${inspectCharts.toString()})()`)) as VisualProblem[];
    // the checks see what they are meant to see
    const kinds = new Set(all.filter((x) => x.chart === "selftest").map((x) => x.kind));
    expect([...kinds].sort()).toEqual([
      "duplicate-tick",
      "outside-chart",
      "outside-panel",
      "text-mark",
      "text-text",
    ]);
    const problems = all.filter((x) => x.chart !== "selftest");
    const report = problems.map((x) => `${x.chart}: ${x.kind} ${x.detail}`).join("\n");
    expect(report).toBe("");
    expect(browser.errors).toEqual([]);
  }, 120_000);
});
