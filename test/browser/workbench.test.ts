/**
 * The offline workbench (issue 21): one HTML file opened from disk in
 * Chromium with every non-file request refused and recorded. Guangdong's
 * scenario is dropped on it, a slider moves, and the downloaded scenario
 * differs from the file by exactly that value (the line's expected text is
 * written by hand). The language switch reads both languages and keeps the
 * values; CSV and PNG downloads are what they say. The recompute time after
 * a slider move (Shandong) is measured with performance.now() in the page and
 * printed (a benchmark, never asserted: tests do not assert wall-clock time).
 *
 * Skipped without /usr/bin/chromium, except under CI, where it must run.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { workbenchPage } from "../../src/page/html.js";
import { loadScenario } from "../../src/scenario/load.js";
import { available, openOffline } from "./chromium.js";

type Page = import("playwright-core").Page;

const GUANGDONG = "scenarios/guangdong-it-2025.yaml";
const SHANDONG = "scenarios/shandong-it-2025.yaml";

function settled(page: Page) {
  return page.waitForFunction(
    () => document.body.dataset.state === "ready" && document.body.dataset.mc === "done",
    null,
    { timeout: 60_000 },
  );
}

/** Drop a file on the page as a user drags it from a folder (a DataTransfer with the file). */
async function dropFile(page: Page, path: string): Promise<void> {
  const name = path.replace(/^.*\//, "");
  const text = readFileSync(path, "utf8");
  await page.evaluate(
    ({ name, text }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: "application/yaml" }));
      document.body.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true }));
      document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true }));
    },
    { name, text },
  );
}

/** Lines that differ, for texts with the same number of lines. */
function changedLines(a: string, b: string): Array<[string, string]> {
  const x = a.split("\n");
  const y = b.split("\n");
  expect(y.length).toBe(x.length);
  return x.flatMap((l, i) => (l === y[i] ? [] : [[l, y[i]!] as [string, string]]));
}

function workbenchFile(): { root: string; url: string } {
  const root = mkdtempSync(join(tmpdir(), "chainsim-workbench-"));
  const file = join(root, "workbench.html");
  writeFileSync(file, workbenchPage());
  return { root, url: pathToFileURL(file).href };
}

describe.skipIf(!available && !process.env.CI)(
  "the offline workbench in Chromium (needs /usr/bin/chromium)",
  () => {
    it("opens a dropped scenario offline, and downloads it with only the moved value changed", async () => {
      const { root, url } = workbenchFile();
      const { context, requests, errors, newPage } = await openOffline(url, {
        acceptDownloads: true,
        viewport: { width: 1280, height: 900 },
      });
      try {
        const page = await newPage();
        await page.goto(url, { waitUntil: "load" });
        expect(await page.evaluate(() => document.body.dataset.state)).toBe("empty");
        await dropFile(page, GUANGDONG);
        await settled(page);
        // the add-up verdict, goals, probabilities and charts are drawn
        expect(
          await page.locator("[data-verdict='gd_it_industry:2025']").getAttribute("data-value"),
        ).toBeTruthy();
        expect(await page.locator("[data-prob='gd-it-industry-2025']").textContent()).toMatch(/%$/);
        expect(await page.locator("#charts svg circle[data-goal-dot]").count()).toBeGreaterThan(0);
        // the slider runs over the file's own triangular 0%, 5%, 9%
        const slider = page.locator("input[data-path='gd_electronics_manufacturing.growth']");
        expect([await slider.getAttribute("min"), await slider.getAttribute("max")]).toEqual(["0", "9"]);

        await slider.fill("4");
        await settled(page);
        expect(decodeURIComponent(new URL(page.url()).hash)).toBe("#gd_electronics_manufacturing.growth=4%");
        // before/after: the file's projection beside the current one
        const row = page.locator("tr[data-goal='gd-electronics-manufacturing-2025']");
        expect(await row.getAttribute("class")).toBe("changed");

        const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
        const saved = join(root, "edited.yaml");
        await download.saveAs(saved);
        const original = readFileSync(GUANGDONG, "utf8");
        expect(changedLines(original, readFileSync(saved, "utf8"))).toEqual([
          [
            original
              .split("\n")
              .find((l) =>
                l.startsWith("    growth: { rate: { triangular: [0%, 5%, 9%] }, source: { assumed:"),
              ),
            "    growth: 4%",
          ],
        ]);
        const s = await loadScenario(saved);
        expect(s.quantities.get("gd_electronics_manufacturing")!.growth).toMatchObject({
          rate: { central: 0.04 },
        });

        // the tables as CSV (UTF-8 with BOM) and the view as PNG
        const [csv] = await Promise.all([page.waitForEvent("download"), page.click("#download-csv")]);
        await csv.saveAs(join(root, "tables.csv"));
        const csvText = readFileSync(join(root, "tables.csv"), "utf8");
        expect(csvText.charCodeAt(0)).toBe(0xfeff);
        expect(csvText).toContain("gd-electronics-manufacturing-2025");
        const [png] = await Promise.all([page.waitForEvent("download"), page.click("#download-png")]);
        await png.saveAs(join(root, "view.png"));
        expect([...readFileSync(join(root, "view.png")).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

        expect(requests).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }, 180_000);

    it("switches language, keeping the values in the address", async () => {
      const { url } = workbenchFile();
      const { context, requests, errors, newPage } = await openOffline(url);
      try {
        const page = await newPage();
        await page.goto(url, { waitUntil: "load" });
        await page.setInputFiles("#open-file", GUANGDONG);
        await settled(page);
        await page.locator("input[data-path='gd_electronics_manufacturing.growth']").fill("4");
        await settled(page);
        const text = () =>
          page.evaluate(() => ({
            h2: document.querySelector("#results h2")?.textContent,
            download: document.querySelector("#download")?.textContent,
            verdict: document.querySelector("[data-verdict='gd_it_industry:2025']")?.textContent,
          }));
        await page.selectOption("#lang", "zh");
        expect(await text()).toMatchObject({ h2: "目标", download: "下载情景文件" });
        expect((await text()).verdict).toMatch(/^(一致|超出|缺口|无法判定)$/);
        expect(decodeURIComponent(new URL(page.url()).hash)).toBe(
          "#lang=zh&gd_electronics_manufacturing.growth=4%",
        );
        await page.selectOption("#lang", "en");
        expect(await text()).toMatchObject({ h2: "Goals", download: "Download scenario" });
        expect(
          await page.locator("input[data-field='gd_electronics_manufacturing.growth']").inputValue(),
        ).toBe("4");
        expect(requests).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    }, 180_000);

    it("measures the recompute after a slider move (Shandong; reported, not asserted)", async () => {
      const { url } = workbenchFile();
      const { context, newPage } = await openOffline(url);
      try {
        const page = await newPage();
        await page.goto(url, { waitUntil: "load" });
        await page.setInputFiles("#open-file", SHANDONG);
        await settled(page);
        const times: number[] = [];
        for (const v of ["9", "10", "11", "13", "14", "15", "16", "12.5", "8.5", "12"]) {
          await page.locator("input[data-path='software.growth']").fill(v);
          await page.waitForFunction(() => document.body.dataset.state === "ready", null, {
            timeout: 30_000,
          });
          times.push(Number(await page.evaluate(() => document.body.dataset.recomputeMs)));
        }
        times.sort((a, b) => a - b);
        const median = (times[4]! + times[5]!) / 2;
        console.log(
          `workbench recompute after a slider move (Shandong, ${times.length} moves): median ${median.toFixed(1)} ms, min ${times[0]!.toFixed(1)} ms, max ${times[times.length - 1]!.toFixed(1)} ms (goal < 100 ms)`,
        );
        expect(times.every((t) => Number.isFinite(t) && t > 0)).toBe(true);
      } finally {
        await context.close();
      }
    }, 180_000);
  },
);
