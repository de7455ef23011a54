/**
 * Visual tests of the workbench page's charts, in Chromium (network cut):
 * the page is opened with each of the five shipped scenarios, in Chinese and
 * in English, and every projection chart on it is checked as the report's
 * charts are (visual-checks.ts): text over text, labels over the lines and
 * dots, text outside its chart, repeated tick labels.
 *
 * Without /usr/bin/chromium the tests are skipped, unless CI is set: then
 * they fail, so a CI image without Chromium cannot pass them silently.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { buildInteractive } from "../../src/page/write.js";
import { loadScenario } from "../../src/scenario/load.js";
import { available, openOffline } from "./chromium.js";

import { inspectCharts, SHIPPED, type VisualProblem } from "./visual-checks.js";

const run = available || Boolean(process.env.CI);

describe.skipIf(!run)("every chart of the workbench page, laid out in Chromium", () => {
  it("no text overlaps text or marks, none leaves its chart, no tick repeats (five scenarios, both languages)", async () => {
    if (!available)
      throw new Error("CI is set but /usr/bin/chromium is missing: install it (apt-get install -y chromium)");
    const root = mkdtempSync(join(tmpdir(), "chainsim-visual-page-"));
    const problems: string[] = [];
    let charts = 0;
    for (const name of SHIPPED) {
      const file = `scenarios/${name}.yaml`;
      const s = await loadScenario(file);
      for (const lang of ["zh", "en"] as const) {
        const page = join(root, `${name}.${lang}.html`);
        writeFileSync(page, buildInteractive(s, file, {}, undefined, lang));
        const url = pathToFileURL(page).href;
        const b = await openOffline(url, {
          viewport: { width: 1280, height: 900 },
        });
        try {
          const p = await b.newPage();
          await p.goto(url, { waitUntil: "load" });
          await p.waitForFunction(() => document.body.dataset.state === "ready", null, { timeout: 60_000 });
          await p.evaluate(() => document.fonts.ready);
          charts += await p.evaluate((tag) => {
            const figures = Array.from(document.querySelectorAll("#charts figure[data-chart]"));
            for (const f of figures)
              f.querySelector("svg")?.setAttribute("data-chart", `${tag}/${f.getAttribute("data-chart")}`);
            return figures.length;
          }, `${name}.${lang}`);
          const found = (await p.evaluate(`(${inspectCharts.toString()})()`)) as VisualProblem[];
          problems.push(...found.map((x) => `${x.chart}: ${x.kind} ${x.detail}`));
          expect(b.requests).toEqual([]);
          expect(b.errors).toEqual([]);
        } finally {
          await b.context.close();
        }
      }
    }
    // every scenario has level goals to draw, in both languages
    expect(charts).toBeGreaterThanOrEqual(SHIPPED.length * 2);
    expect(problems.join("\n")).toBe("");
  }, 600_000);
});
