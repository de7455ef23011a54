/**
 * Screenshot tests: the top of report.html (Shandong IT, seed 1), in English
 * and Chinese, and of the workbench page with the same scenario loaded, in
 * both languages, at desktop (1440) and laptop (1280) widths in Chromium,
 * compared with committed baselines (test/browser/visual-baselines/*.png) by
 * the share of pixels that differ. PNGs are decoded with resvg (an <image>
 * of the PNG rendered to pixels), so no PNG library is needed.
 *
 * The Chinese pages are also checked for real glyphs (visual-glyphs.ts):
 * Chromium here has no CJK font, so without the font the pages embed every
 * Chinese character would be the same box.
 *
 * A missing baseline is written when CI is not set (look at it, commit it);
 * a deliberate change to the page: delete the baseline and run again.
 * Without Chromium the tests are skipped, unless CI is set: then they fail.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { buildInteractive } from "../../src/page/write.js";
import { loadScenario } from "../../src/scenario/load.js";
import { cli, SHANDONG } from "../cli/helpers.js";
import { needChromium, openOffline, runBrowserTests } from "./chromium.js";
import { type GlyphProbe, probeCjk } from "./visual-glyphs.js";

const BASELINES = fileURLToPath(new URL("./visual-baselines/", import.meta.url));
/** Share of pixels allowed to differ (font hinting, anti-aliasing). */
const TOLERANCE = 0.02;

/** RGBA pixels of a PNG, decoded by resvg. */
async function decode(png: Buffer): Promise<{ width: number; height: number; pixels: Uint8Array }> {
  const { Resvg } = await import("@resvg/resvg-js");
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="data:image/png;base64,${png.toString("base64")}"/></svg>`;
  const img = new Resvg(svg, { background: "#ffffff" }).render();
  return { width: img.width, height: img.height, pixels: new Uint8Array(img.pixels) };
}

/** Share of pixels whose colour differs by more than 48 in any channel. */
export function diffRatio(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) return 1;
  let n = 0;
  for (let i = 0; i < a.length; i += 4) {
    if (
      Math.abs(a[i]! - b[i]!) > 48 ||
      Math.abs(a[i + 1]! - b[i + 1]!) > 48 ||
      Math.abs(a[i + 2]! - b[i + 2]!) > 48
    )
      n++;
  }
  return n / (a.length / 4);
}

type Page = import("playwright-core").Page;

/**
 * Screenshot `url` at each width and compare it with `<name>-<width>.png`;
 * `ready` waits for the page to settle, `look` inspects it (once, at the first width).
 */
async function matchBaselines(
  root: string,
  url: string,
  name: string,
  opts: { ready?: (p: Page) => Promise<void>; look?: (p: Page) => Promise<void> } = {},
): Promise<void> {
  mkdirSync(BASELINES, { recursive: true });
  for (const [i, width] of [1440, 1280].entries()) {
    const b = await openOffline(url, {
      viewport: { width, height: 900 },
    });
    try {
      const page = await b.newPage();
      await page.goto(url, { waitUntil: "load" });
      await page.evaluate(() => document.fonts.ready);
      if (opts.ready) await opts.ready(page);
      if (i === 0 && opts.look) await opts.look(page);
      const shot = await page.screenshot({ fullPage: false });
      const file = join(BASELINES, `${name}-${width}.png`);
      if (!existsSync(file)) {
        if (process.env.CI)
          throw new Error(`missing baseline ${file}: run the test outside CI, look at it, commit it`);
        writeFileSync(file, shot);
        continue;
      }
      const [now, then] = await Promise.all([decode(shot), decode(await readFile(file))]);
      expect([now.width, now.height]).toEqual([then.width, then.height]);
      const ratio = diffRatio(now.pixels, then.pixels);
      if (ratio > TOLERANCE) writeFileSync(join(root, `${name}-${width}.actual.png`), shot);
      expect(
        ratio,
        `${name}-${width}: ${(ratio * 100).toFixed(2)}% of pixels differ (see ${root})`,
      ).toBeLessThanOrEqual(TOLERANCE);
      expect(b.requests).toEqual([]);
      expect(b.errors).toEqual([]);
    } finally {
      await b.context.close();
    }
  }
}

/** Chinese drawn with real, distinct glyphs from the embedded Noto Sans S Chinese. */
async function expectChineseGlyphs(page: Page): Promise<void> {
  const probe = (await page.evaluate(`(${probeCjk.toString()})()`)) as GlyphProbe;
  expect(probe.family.startsWith('"Noto Sans S Chinese"'), probe.family).toBe(true);
  expect(probe.loaded).toContain("Noto Sans S Chinese 400");
  expect(probe.same, "characters drawn as the same box").toEqual([]);
  expect(probe.likeTofu, "characters drawn as the missing-glyph box").toEqual([]);
  expect(
    probe.ink.every((n) => n > 40),
    `ink ${probe.ink}`,
  ).toBe(true);
  // Noto Sans CJK draws every ideograph one em wide: four at 40px are 160px
  expect(probe.width).toBeCloseTo(160, 0);
}

describe.skipIf(!runBrowserTests)("report.html and the workbench page: screenshots against baselines", () => {
  it("report.html matches at desktop (1440) and laptop (1280) widths, in English and Chinese", async () => {
    needChromium();
    const root = mkdtempSync(join(tmpdir(), "chainsim-shot-"));
    for (const lang of ["en", "zh"] as const) {
      const dir = join(root, `report-${lang}`);
      const r = await cli("report", SHANDONG, "-o", dir, "--samples", "400", "--seed", "1", "--lang", lang);
      expect(r.code, r.stderr).toBe(0);
      const url = pathToFileURL(join(dir, "report.html")).href;
      // the English baselines keep their first names
      await matchBaselines(root, url, lang === "en" ? "report" : "report-zh", {
        ...(lang === "zh" ? { look: expectChineseGlyphs } : {}),
      });
    }
  }, 300_000);

  it("the workbench page (Shandong IT) matches at both widths, in Chinese and English", async () => {
    needChromium();
    const root = mkdtempSync(join(tmpdir(), "chainsim-shot-page-"));
    const s = await loadScenario(SHANDONG);
    for (const lang of ["zh", "en"] as const) {
      const file = join(root, `interactive-${lang}.html`);
      writeFileSync(file, buildInteractive(s, SHANDONG, {}, undefined, lang));
      await matchBaselines(root, pathToFileURL(file).href, `page-${lang}`, {
        ready: (p) =>
          p
            .waitForFunction(
              () => document.body.dataset.state === "ready" && document.body.dataset.mc === "done",
              null,
              {
                timeout: 60_000,
              },
            )
            .then(() => undefined),
        ...(lang === "zh" ? { look: expectChineseGlyphs } : {}),
      });
    }
  }, 300_000);

  it("counts differing pixels: identical 0, one of four changed 0.25", () => {
    const a = new Uint8Array([0, 0, 0, 255, 10, 10, 10, 255, 200, 200, 200, 255, 255, 255, 255, 255]);
    const b = Uint8Array.from(a);
    expect(diffRatio(a, b)).toBe(0);
    b[4] = 255; // second pixel: red 10 → 255
    expect(diffRatio(a, b)).toBe(0.25);
  });
});
